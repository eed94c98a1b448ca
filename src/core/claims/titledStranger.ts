import type { PageFigure } from '../figures/parseFigure.ts';
import type { NameHit } from '../match/findNames.ts';
import type { Span } from '../text/splitSentences.ts';
import { eachMatch } from '../text/eachMatch.ts';

/**
 * A span of time held by a titled person the page's people are not: "Mr. Penhaligon served on the city
 * council for 14 years", "Dr Okafor, who chaired the trust for nine years", "Mrs Hale spent 20 years at
 * the bank". An honorific and a capitalised surname the dataset does not know is a stranger, and a
 * tenure in the clause after it is that stranger's, never a topic person's. A known person named between
 * the stranger and the figure ("Mr. Penhaligon said D'Angelo served eight years") takes it back.
 */

/** An honorific, its optional stop, then a capitalised surname (maybe a second part: "Mr. Van Dyke"). */
const TITLED_NAME =
  /\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Judge|Councillor|Councilor|Cllr|Alderman)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?/gu;

const isSpan = (figure: PageFigure) => (figure.unit === 'years' || figure.unit === 'months') && !figure.isAge;

/** The span at `figure` is a titled stranger's: the last titled name before it is unknown, and no known person stands between. */
export function spanOfTitledStranger(
  text: string,
  span: Span,
  figure: PageFigure,
  names: NameHit[],
  isPerson: (entityId: string) => boolean,
): boolean {
  if (!isSpan(figure)) return false;
  const stranger = [...eachMatch(TITLED_NAME, text.slice(span.start, figure.start))].at(-1);
  if (!stranger) return false;
  const start = span.start + stranger.index;
  // A titled name the dataset knows ("Mr. Altman") is no stranger; nor is one a known person follows.
  return !names.some((n) => n.end > start && n.start < figure.start && isPerson(n.entityId));
}
