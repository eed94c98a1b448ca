import type { ContentDataset, ContentSource } from '../dataset/schema.ts';
import type { FigureHighlight, StatementHighlight } from '../page/selectHighlights.ts';
import { formatDate } from '../text/formatDate.ts';

/**
 * Whose word a reader can weigh first: a named news outlet (or one that syndicates named copy), then
 * any other named outlet (a blog, an aggregator), then one the document does not name.
 */
function standing(source: ContentSource | undefined): number {
  if (!source || source.named === false) return 2;
  return source.kind === 'news' || source.kind === 'syndicated' ? 0 : 1;
}

/**
 * One sentence a card shows under a disputed claim: who said otherwise, or
 * what later reporting established and when. Undefined where the claim agrees.
 */
export function explainVerdict(
  dataset: ContentDataset,
  highlight: FigureHighlight | StatementHighlight,
): string | undefined {
  if (highlight.verdict === 'agrees') return undefined;
  const sourceOf = (id: string) => dataset.sources.find((s) => s.id === id);
  const outlet = (id: string) => sourceOf(id)?.outlet ?? id;
  // Stable: among outlets of the same standing, the dataset's order stays.
  const byStanding = <T>(items: T[], id: (item: T) => string) =>
    [...items].sort((a, b) => standing(sourceOf(id(a))) - standing(sourceOf(id(b))));
  const claim = dataset.claims.find((c) => c.id === highlight.id);

  if (highlight.claimKind === 'figure') {
    // Only reports of the same period and quantity can differ; others are change over time.
    const apart = byStanding(
      highlight.comparisons.filter((c) => c.samePeriod && !c.overlaps),
      (c) => c.source,
    );
    const first = apart[0];
    if (!first) return undefined;
    const others = apart.length - 1;
    // A count the outlet implies by naming, not by a number, says whom it names.
    const named = first.figure.countOf === undefined ? '' : ` (${first.figure.countOf})`;
    return (
      `${outlet(first.source)} reported ${first.figure.wording}${named}, which does not overlap ` +
      `“${highlight.figure.wording}”${others > 0 ? `, and ${others} more ${others === 1 ? 'report differs' : 'reports differ'}` : ''}.`
    );
  }

  if (highlight.verdict === 'overturned' && claim?.reversal) {
    return `Overturned: ${claim.reversal.summary} (${formatDate(claim.reversal.date)})`;
  }
  // Who states a fact that cannot be true with the page's, and what that fact is: the largest group.
  const label = new Map(claim?.facts?.map((f) => [f.id, f.label]));
  const groups = new Map<string, string[]>();
  for (const source of byStanding(highlight.differingSources, (id) => id)) {
    const facts = claim?.reports.find((r) => r.source === source)?.facts ?? [];
    const said = facts.map((id) => label.get(id) ?? id).join(', then ');
    groups.set(said, [...(groups.get(said) ?? []), source]);
  }
  // The largest group; of equal ones, the one with the outlet of best standing (each group's first).
  const lead = (sources: string[]) => standing(sourceOf(sources[0]!));
  const [said, sources] =
    [...groups].sort((a, b) => b[1].length - a[1].length || lead(a[1]) - lead(b[1]))[0] ?? [];
  if (!said || !sources) return undefined;
  const outlets = sources.map(outlet);
  const names = [...new Set(outlets)];
  const who =
    names.length > 2 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} more` : names.join(' and ');
  const rest =
    groups.size > 1
      ? `; ${groups.size - 1} other ${groups.size === 2 ? 'version differs' : 'versions differ'} too`
      : '';
  return `${who} ${outlets.length === 1 ? 'reports' : 'report'} “${said}”, not “${label.get(highlight.fact) ?? highlight.fact}”${rest}.`;
}
