import type { Token } from '../text/tokenize.ts';

/*
 * "Brockman, a co-founder and until then board chairman, …", "until recently its president", "until
 * last week the chair": "until" before a time word is a time adverbial inside an apposition, not a
 * clause of condition or time ("until the board resigns") that would hold what follows in suspense.
 */

/** Words that, right after "until", name a time rather than open a clause. */
const TIME_AFTER_UNTIL = new Set([
  ...['then', 'now', 'recently', 'lately', 'last', 'this', 'yesterday', 'today', 'earlier', 'friday'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'saturday', 'sunday', 'november', 'december'],
]);

/** Token `k` is "until" followed by a time word or a year ("until 2023"). */
export function untilNamesATime(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'until') return false;
  const next = tokens[k + 1]?.lower ?? '';
  return TIME_AFTER_UNTIL.has(next) || /^(?:19|20)\d\d$/.test(next);
}
