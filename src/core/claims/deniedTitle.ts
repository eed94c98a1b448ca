import { isAdverb } from './readClause.ts';
import type { BlockReading } from './readReferences.ts';

/**
 * A title denied by the copula before it: "Shear is not its interim chief executive", "isn't the
 * CEO", "is no longer chief executive", "was never its chief scientist", "has never been its CEO".
 * Not "is not only its chief but also…" (the title is granted), nor "is now its interim chief".
 */

/** Forms of "be" that link a subject to a title. */
const COPULAS = new Set([
  ...['is', "'s", 'was', 'are', 'were', 'be', 'been', 'being'],
  ...['remains', 'remained', 'remain', 'becomes', 'became', 'become'],
]);
const NOT = new Set(['not', "n't", 'never']);
/** "not only … but", "not just", "not merely": the title granted, and more added. */
const NOT_ONLY = new Set(['only', 'just', 'merely', 'simply', 'solely']);
/** Words between the copula and the title: articles, possessives, "now", "officially". */
const FILLERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', "'s"]);
/** How far back from the title its copula may stand. */
const REACH = 6;

/** Whether the title starting at `at` follows a negated copula. */
export function deniedTitle(reading: BlockReading, at: number): boolean {
  const { tokens, refAt } = reading;
  const title = refAt[at];
  let k = at - 1;
  // "its interim chief executive" read as one description: its own words are no fillers to skip.
  if (title) k = Math.min(k, title.first - 1);
  const stop = Math.max(0, at - REACH);
  const skippable = (i: number) => {
    const word = tokens[i]!.lower;
    // "OpenAI's": a possessive after a name, not the copula "'s".
    if (word === "'s" && refAt[i - 1]) return true;
    if (NOT.has(word) || COPULAS.has(word)) return false;
    // "is not OpenAI's chief executive": the employer and its possessive.
    if (refAt[i] && tokens[refAt[i].last + 1]?.lower === "'s") return true;
    return FILLERS.has(word) || (isAdverb(word) && !refAt[i]);
  };
  while (k >= stop && skippable(k)) k = refAt[k] ? refAt[k]!.first - 1 : k - 1;
  const word = tokens[k]?.lower ?? '';
  // "is no longer chief executive".
  if (word === 'longer' && tokens[k - 1]?.lower === 'no') return COPULAS.has(tokens[k - 2]?.lower ?? '');
  // "is not its chief", "isn't", "was never": the negation after the copula.
  if (NOT.has(word)) {
    if (NOT_ONLY.has(tokens[k + 1]?.lower ?? '')) return false;
    return COPULAS.has(tokens[k - 1]?.lower ?? '');
  }
  // "never was its chief", "has never been its CEO": the negation before the copula.
  if (COPULAS.has(word)) {
    let n = k - 1;
    while (n > k - 3 && n >= 0 && isAdverb(tokens[n]!.lower) && !NOT.has(tokens[n]!.lower)) n--;
    return NOT.has(tokens[n]?.lower ?? '') && !NOT_ONLY.has(tokens[n + 1]?.lower ?? '');
  }
  return false;
}
