import { STORY_ORGANISATION } from '../page/pageRelevance.ts';
import type { BlockReading } from './readReferences.ts';

/**
 * The staff told by their employer after a preposition: "staff at OpenAI", "employees of OpenAI",
 * "nearly everyone at the ChatGPT maker", "hundreds inside OpenAI". The name there is where they
 * work, not who acts: the phrase is the story's staff, as "OpenAI's staff" is, and so is the company
 * told whole ("nearly the whole company threatened to walk"). Another company's staff ("engineers at
 * Microsoft", "staff at Anthropic") is not.
 */

/** Prepositions that tie people to their employer. */
const EMPLOYER_LINKS = new Set(['at', 'of', 'from', 'inside', 'within', 'across', 'in']);
/** How many words before the preposition the staff word may stand ("nearly the entire staff of"). */
const STAFF_REACH = 3;
/** Words for the whole or most of a company's people, beside the frame's own staff nouns. */
const WHOLE_STAFF = new Set([
  ...['everyone', 'everybody', 'all', 'most', 'hundreds', 'nearly', 'almost', 'virtually', 'people'],
  ...['staffers', 'employee', 'colleagues', 'personnel', 'rank-and-file'],
]);

/** The reference starting at `at` is the story's company, named as the employer of staff just before it. */
export function storyStaffAt(reading: BlockReading, at: number, staff: ReadonlySet<string>): boolean {
  const ref = reading.refAt[at];
  if (!ref || ref.first !== at || ref.entities.length !== 1 || ref.entities[0] !== STORY_ORGANISATION)
    return false;
  const { tokens, sentenceOf } = reading;
  let link = at - 1;
  // "the entire staff of the ChatGPT maker": a description's article stands before the name it describes.
  if (/^(?:the|its)$/.test(tokens[link]?.lower ?? '')) link--;
  if (!EMPLOYER_LINKS.has(tokens[link]?.lower ?? '')) return false;
  // "nearly the entire staff of": the staff word may stand a few words before the preposition.
  for (let k = link - 1; k >= Math.max(0, link - STAFF_REACH) && sentenceOf[k] === sentenceOf[at]; k--) {
    const word = tokens[k]!.lower;
    if (staff.has(word) || WHOLE_STAFF.has(word)) return true;
  }
  return false;
}

/** Sentence `s` names the story's staff by their employer ("Staff at OpenAI threaten to walk"). */
export function namesStoryStaff(reading: BlockReading, s: number, staff: ReadonlySet<string>): boolean {
  const { first, last } = reading.sentences[s]!;
  for (let k = first + 2; k <= last; k++) if (storyStaffAt(reading, k, staff)) return true;
  return false;
}

/** Words that make a company its whole workforce ("the whole company", "the entire firm"). */
const WHOLE = new Set(['whole', 'entire']);
/** Nouns for the company on a page about it, told whole as its people. */
const COMPANY_NOUNS = new Set([
  ...['company', 'firm', 'startup', 'start-up', 'lab'],
  ...['organisation', 'organization'],
]);

/**
 * Sentence `s` names the company whole as its people ("nearly the whole company threatened to walk"):
 * "the whole/entire" before a bare company noun, not a named one ("the entire Microsoft team").
 */
export function namesWholeCompany(reading: BlockReading, s: number): boolean {
  const { first, last } = reading.sentences[s]!;
  const { tokens, refAt } = reading;
  for (let k = first + 2; k <= last; k++)
    if (
      COMPANY_NOUNS.has(tokens[k]!.lower) &&
      WHOLE.has(tokens[k - 1]!.lower) &&
      tokens[k - 2]!.lower === 'the' &&
      !refAt[k]
    )
      return true;
  return false;
}
