import type { BlockReading } from './readReferences.ts';

/** Roles listed beside a title ("co-founder, chief scientist, board member"). */
export const ROLE_WORDS = new Set([
  'co-founder',
  'cofounder',
  'founder',
  'director',
  'member',
  'researcher',
  'board',
]);

/** How many words a coordinated role may run to before the name ("and long-time board member"). */
const ROLE_REACH = 5;

/**
 * "Chief scientist and board member Ilya Sutskever", "CTO, co-founder and director X": a title
 * before a name may be coordinated with other roles, all of them the name's. The reference right
 * after the last role word, when only role words, "and", "&" or commas stand between it and the
 * title (a role word at least: "the chief scientist and Altman" names two people).
 */
export function holderAfterRoles(reading: BlockReading, last: number) {
  const { tokens, refAt, sentenceOf } = reading;
  if (!/^(?:and|&|,)$/.test(tokens[last + 1]?.lower ?? '')) return undefined;
  let roles = 0;
  let k = last + 1;
  for (; k <= last + ROLE_REACH && tokens[k] && !refAt[k]; k++) {
    const word = tokens[k]!.lower;
    if (ROLE_WORDS.has(word)) roles++;
    else if (!/^(?:and|&|,)$/.test(word)) return undefined;
  }
  const ref = refAt[k];
  // The last role word right before the name: "and board member Sutskever", not "and, Sutskever".
  if (!roles || ref?.first !== k || !ROLE_WORDS.has(tokens[k - 1]!.lower)) return undefined;
  return sentenceOf[k] === sentenceOf[last] ? ref : undefined;
}
