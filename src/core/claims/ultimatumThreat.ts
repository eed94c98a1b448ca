import type { Token } from '../text/tokenize.ts';

/**
 * Who may utter or be named in an ultimatum's "or we…" ("or we all go", "or they walk", "or every one of
 * us is gone", "or staff will follow him", "or everyone quits"): the staff, speaking or spoken of.
 */
export const THREAT_SPEAKERS = new Set([
  ...['we', "we'll", 'they', "they'll", 'i', 'staff', 'employees', 'workers', 'engineers', 'researchers'],
  ...['everyone', 'everybody', 'all', 'every', 'each', 'most', 'many', 'hundreds', 'signers', 'signatories'],
  ...['those', 'people', 'us'],
]);

/**
 * Verbs of going in an ultimatum, in every form ("or we go", "or they will leave for…", "or every one of
 * us is gone", "or we all clock in at Satya's place", "or the engineers defect").
 */
export const THREAT_GOING = new Set([
  ...['go', 'goes', 'going', 'gone', 'leave', 'leaves', 'leaving', 'walk', 'walks', 'quit', 'quits'],
  ...['join', 'joins', 'move', 'moves', 'follow', 'follows', 'defect', 'defects', 'decamp', 'decamps'],
  ...['resign', 'resigns', 'exit', 'exits', 'depart', 'departs', 'bolt', 'bolts', 'jump', 'jumps'],
  ...['clock', 'head', 'heads', 'walkout', 'strike'],
]);

/** Words that may open the staff subject after "or" ("or the engineers…", "or all of us…"). */
const OPENING_DETERMINERS = new Set(['the', 'all', 'most', 'many', 'some', 'its', 'their', 'our']);
/** How many words may stand between "or" and its verb of going ("or every one of us is gone"). */
const GOING_REACH = 6;

/**
 * "or" at `k` opens the threat of an ultimatum: one of the staff after it, then a verb of going before
 * `end` ("…, or we all walk out", "or every one of us is gone"). Not any "or" before people ("reassuring
 * investors or employees who had feared the worst"), nor "Tuesday, or Wednesday in Asia".
 */
export function orThreat(tokens: readonly Token[], k: number, end: number): boolean {
  if (tokens[k]?.lower !== 'or') return false;
  if (tokens[k + 1]?.lower === 'else') return true;
  // The staff open what follows "or", maybe after a determiner ("or the people signing walk out", "or
  // those who signed leave", "or every one of us is gone").
  const speaker = [1, 2].find((d) => THREAT_SPEAKERS.has(tokens[k + d]?.lower ?? ''));
  if (speaker === undefined || (speaker === 2 && !OPENING_DETERMINERS.has(tokens[k + 1]!.lower)))
    return false;
  for (let g = k + speaker + 1; g <= Math.min(end, k + GOING_REACH); g++) {
    if (!tokens[g]!.isWord) return false;
    if (THREAT_GOING.has(tokens[g]!.lower)) return true;
  }
  return false;
}

/**
 * "if not" at `k` opens the threat of refusal where it stands as a clause of its own ("…, and if not,
 * the signers leave", "if not — we go"), not where it qualifies a word ("a stunning if not unprecedented
 * comeback", "dozens if not hundreds").
 */
export function ifNotThreat(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'if' || tokens[k + 1]?.lower !== 'not') return false;
  const after = tokens[k + 2]?.lower ?? '';
  if (/^[,—–:;]$/.test(after)) return true;
  // "…, and if not we all walk": a clause of its own, its speaker right after it.
  return /^(?:,|;|—|–|and)$/.test(tokens[k - 1]?.lower ?? '') && THREAT_SPEAKERS.has(after);
}
