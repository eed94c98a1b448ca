import type { Token } from '../text/tokenize.ts';

/**
 * Who may utter or be named in an ultimatum's "or we…" ("or we all go", "or they walk", "or every one of
 * us is gone", "or staff will follow him", "or everyone quits"): the staff, speaking or spoken of.
 */
export const THREAT_SPEAKERS = new Set([
  ...['we', "we'll", 'they', "they'll", 'i', 'staff', 'employees', 'workers', 'engineers', 'researchers'],
  ...['everyone', 'everybody', 'all', 'every', 'each', 'most', 'many', 'hundreds', 'signers', 'signatories'],
  ...['those', 'people', 'us'],
  // The staff in a columnist's register: "or the whole squad transfers to Microsoft", "or the crew walks".
  ...['squad', 'crew', 'workforce'],
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
  // Packing up and clearing out: "or the whole lot of them would pack up for Microsoft", "or we clear out".
  ...['pack', 'packs', 'clear', 'clears', 'flee', 'flees', 'bail', 'bails'],
  // Moving to the rival as a body: "or the whole squad transfers to Microsoft", "or they switch to Satya".
  ...['transfer', 'transfers', 'switch', 'switches'],
]);

/** Words that may open the staff subject after "or" ("or the engineers…", "or all of us…"). */
const OPENING_DETERMINERS = new Set(['the', 'all', 'most', 'many', 'some', 'its', 'their', 'our']);

/** How a threat's reader tells the staff, words before them, their going, a clause's end, and their reach. */
export interface ThreatWords {
  speaker: (word: string) => boolean;
  opening: (word: string) => boolean;
  going: (word: string, at: number) => boolean;
  stops: (token: Token) => boolean;
  reach: [speaker: number, going: number];
}
/** "or" with the staff right after it (or after a determiner), then a verb of going, in words only. */
const OR_WORDS: ThreatWords = {
  speaker: (word) => THREAT_SPEAKERS.has(word),
  opening: (word) => OPENING_DETERMINERS.has(word),
  going: (word) => THREAT_GOING.has(word),
  stops: (token) => !token.isWord,
  reach: [2, 6],
};

/** The staff, then their going, from `at` to `end` after the connective at `k`: where the going is. */
export function staffGoing(tokens: readonly Token[], k: number, at: number, end: number, words: ThreatWords) {
  let speaker = false;
  for (let j = at; j <= end && j - k <= words.reach[1]; j++) {
    if (words.stops(tokens[j]!)) return undefined;
    const word = tokens[j]!.lower;
    if (!speaker) {
      if (j - k <= words.reach[0] && words.speaker(word)) speaker = true;
      else if (j - k >= words.reach[0] || !words.opening(word)) return undefined;
    }
    if (speaker && words.going(word, j)) return j;
  }
  return undefined;
}

/**
 * "or" at `k` opens the threat of an ultimatum: one of the staff after it, then a verb of going before
 * `end` ("…, or we all walk out", "or every one of us is gone"). Not any "or" before people ("reassuring
 * investors or employees who had feared the worst"), nor "Tuesday, or Wednesday in Asia".
 */
export function orThreat(tokens: readonly Token[], k: number, end: number): boolean {
  if (tokens[k]?.lower !== 'or') return false;
  return tokens[k + 1]?.lower === 'else' || staffGoing(tokens, k, k + 1, end, OR_WORDS) !== undefined;
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
