import type { ContentDataset } from '../dataset/schema.ts';
import type { FigureHighlight, StatementHighlight } from '../page/selectHighlights.ts';
import { formatDate } from '../text/formatDate.ts';

/**
 * One sentence a card shows under a disputed claim: who said otherwise, or
 * what later reporting established and when. Undefined where the claim agrees.
 */
export function explainVerdict(
  dataset: ContentDataset,
  highlight: FigureHighlight | StatementHighlight,
): string | undefined {
  if (highlight.verdict === 'agrees') return undefined;
  const outlet = (id: string) => dataset.sources.find((s) => s.id === id)?.outlet ?? id;
  const claim = dataset.claims.find((c) => c.id === highlight.id);

  if (highlight.claimKind === 'figure') {
    const apart = highlight.comparisons.filter((c) => !c.overlaps);
    const first = apart[0];
    if (!first) return undefined;
    const others = apart.length - 1;
    return (
      `${outlet(first.source)} reported ${first.figure.wording}, which does not overlap ` +
      `“${highlight.figure.wording}”${others > 0 ? `, and ${others} more ${others === 1 ? 'report differs' : 'reports differ'}` : ''}.`
    );
  }

  if (highlight.verdict === 'overturned' && claim?.reversal) {
    return `Overturned: ${claim.reversal.summary} (${formatDate(claim.reversal.date)})`;
  }
  const [main, ...rest] = [...highlight.versions].sort((a, b) => b.sources.length - a.sources.length);
  if (!main || !rest.length) return undefined;
  const other = rest[0]!;
  return (
    `Outlets disagree: ${other.sources.map(outlet).join(', ')} ${other.sources.length === 1 ? 'says' : 'say'} ` +
    `“${other.version}”, while ${main.sources.length} ${main.sources.length === 1 ? 'report says' : 'reports say'} “${main.version}”.`
  );
}
