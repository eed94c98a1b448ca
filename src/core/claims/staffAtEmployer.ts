import { STORY_ORGANISATION } from '../page/pageRelevance.ts';
import type { BlockReading } from './readReferences.ts';

/** Prepositions that tie staff to their employer ("staff at OpenAI", "the entire staff of the ChatGPT maker"). */
const EMPLOYER_LINKS = new Set(['at', 'of', 'from', 'inside', 'within', 'across']);
/** How many words before the preposition the staff word may stand ("nearly the entire staff of"). */
const STAFF_REACH = 3;

/**
 * "Staff at OpenAI threaten to walk", "nearly everyone at OpenAI threatened to walk out", "the entire
 * staff of the ChatGPT maker kept up its threat": the story's company named after a staff word is their
 * employer, and the staff are the subject. Another employer ("engineers at Google threatened to quit")
 * and the company acting ("OpenAI threatened…") stay what they are.
 */
export function staffAtEmployer(
  reading: BlockReading,
  subject: { first: number; entities: string[] },
  staffWords: ReadonlySet<string>,
): boolean {
  if (!subject.entities.every((id) => id === STORY_ORGANISATION)) return false;
  const { tokens, sentenceOf } = reading;
  let link = subject.first - 1;
  // "the ChatGPT maker": a description's article stands before the name it describes.
  if (/^(?:the|its)$/.test(tokens[link]?.lower ?? '')) link--;
  if (!EMPLOYER_LINKS.has(tokens[link]?.lower ?? '')) return false;
  for (let k = link - 1; k >= Math.max(0, link - STAFF_REACH) && sentenceOf[k] === sentenceOf[link]; k--)
    if (staffWords.has(tokens[k]!.lower)) return true;
  return false;
}
