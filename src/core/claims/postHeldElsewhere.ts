import type { BlockReading } from './readReferences.ts';

/*
 * A post named without its organisation ("his job", "the CEO role") is placed by the clause after it:
 * "packed in his job at Stripe" left another company, and "will hold the CEO role again next year at
 * Microsoft" holds it elsewhere. The frame's own organisation there ("at OpenAI") keeps it.
 */

/** How far past the post the clause is read for its place. */
const REACH = 8;
/** Words that end the clause the post is in. */
const CLAUSE_ENDERS = new Set([
  'and',
  'but',
  'or',
  'while',
  'whereas',
  'before',
  'after',
  'when',
  'because',
  'to',
]);
/** Capitalised words after "at" that name a time, not a company. */
const TIMES = new Set([
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter'],
  ...['the', 'a', 'an', 'its', 'his', 'their', 'this', 'that', 'first', 'last', 'once', 'least', 'most'],
]);

/**
 * The clause after the post ending at `last` places it "at" an organisation the frame does not take
 * (`isPlace`), or at a capitalised name the story does not know.
 */
export function postHeldElsewhere(
  reading: BlockReading,
  last: number,
  isPlace: (entities: string[]) => boolean,
): boolean {
  const sentence = reading.sentenceOf[last];
  const end = Math.min(reading.tokens.length - 1, last + REACH);
  for (let k = last + 1; k < end; k++) {
    const token = reading.tokens[k]!;
    if (reading.sentenceOf[k] !== sentence || !token.isWord || CLAUSE_ENDERS.has(token.lower)) return false;
    if (token.lower !== 'at') continue;
    const next = reading.tokens[k + 1]!;
    const ref = reading.refAt[k + 1];
    if (ref) return !ref.entities.some((id) => reading.people.has(id)) && !isPlace(ref.entities);
    return next.isWord && /^\p{Lu}/u.test(next.text) && !TIMES.has(next.lower);
  }
  return false;
}
