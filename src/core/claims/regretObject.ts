import type { BlockReading } from './readReferences.ts';

/**
 * A regret is told with what it is for: "confessed to deep regret over his own hand in the ouster",
 * "voiced remorse for his part in Friday's vote", "was sorry for taking part", "regretted his role in
 * what the board did". The mark of the regret widens over that object, so the claim is one mark from
 * the verb through the thing regretted, not the feeling word alone. Another object ("regret over the
 * weather", "sorry for the delay") is no part of the claim and stays outside.
 */

/** Words of regret a mark may end on before its object. */
const REGRET_WORDS =
  /^(?:regret|regrets|regretted|regretting|regretful|remorse|remorseful|contrition|contrite|sorry|apolog(?:y|ies|ised|ized|ising|izing|ise|ize)|repentance|penitence|repented|rued)$/;
/** Prepositions that open what is regretted. */
const OBJECT_PREPOSITIONS = new Set(['over', 'for', 'about', 'at', 'regarding', 'of', 'on']);
/** Nouns of one's share in the act ("his own hand in", "her part in", "his vote"). */
const SHARE_NOUNS = new Set([
  ...['part', 'role', 'hand', 'share', 'participation', 'involvement', 'vote', 'votes', 'actions'],
  ...['action', 'conduct', 'decision', 'decisions', 'behaviour', 'behavior', 'choice'],
]);
/** Nouns of the act itself ("regret over the ouster", "sorry for Friday's firing"). */
const ACT_NOUNS = new Set([
  ...['ouster', 'firing', 'removal', 'sacking', 'dismissal', 'coup', 'move', 'putsch', 'episode'],
  ...['affair', 'ousting', 'vote', 'decision', 'actions', 'action'],
]);
/** Words before the head noun: owners and determiners ("his own", "the board's", "Friday's"). */
const OWNERS = /^(?:his|her|my|their|its|our|the|own|this|that|'s|’s)$/;
/** Words that end the object's noun phrase: a clause of its own or another act. */
const OBJECT_ENDS = new Set([
  ...['and', 'but', 'which', 'who', 'as', 'after', 'before', 'when', 'while', 'because', 'since'],
  ...['though', 'although', 'plus', 'then', 'saying', 'adding', 'writing', 'yet'],
  // A time after the object is the act's, not the object's ("his vote within days", "the move on Monday").
  ...['within', 'on', 'days', 'hours', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'afterwards'],
]);
/** How many words the object's noun phrase may run after its head ("in what the board did on Friday"). */
const TAIL_REACH = 8;

/** Where the object after `at` ends, or undefined where no share in the act follows. */
function objectEnd(reading: BlockReading, at: number, inShare: boolean): number | undefined {
  const { tokens, sentenceOf } = reading;
  const same = (k: number) => k < tokens.length && sentenceOf[k] === sentenceOf[at];
  let k = at;
  let head: number | undefined;
  if (inShare) head = at - 1;
  else {
    if (same(k) && OBJECT_PREPOSITIONS.has(tokens[k]!.lower)) k++;
    let owners = 0;
    const owner = (j: number) => OWNERS.test(tokens[j]!.lower) || /^['’]s$/.test(tokens[j + 1]?.lower ?? '');
    while (same(k) && owner(k) && owners < 5) {
      k++;
      owners++;
    }
    const word = tokens[k]?.lower ?? '';
    // "sorry for taking part", "regret over joining the board's move": a gerund is what he did.
    const gerund = owners === 0 && k > at && /^\w{3,}ing$/.test(word) && !OBJECT_ENDS.has(word);
    if (!same(k) || !(SHARE_NOUNS.has(word) || (owners > 0 && ACT_NOUNS.has(word)) || gerund))
      return undefined;
    head = k;
  }
  let end = head;
  for (let j = head + 1; same(j) && j - head <= TAIL_REACH; j++) {
    const token = tokens[j]!;
    if (!token.isWord || OBJECT_ENDS.has(token.lower)) break;
    end = j;
  }
  return end;
}

/** Widens each mark ending on a word of regret over the share in the act it is for, short of any other mark. */
export function widenToRegretObject(
  reading: BlockReading,
  matches: Array<{ first: number; last: number; demand?: boolean }>,
): void {
  const { tokens } = reading;
  for (const m of matches) {
    if (m.demand) continue;
    const last = tokens[m.last]!.lower;
    const regretIn = () => tokens.slice(m.first, m.last).some((t) => REGRET_WORDS.test(t.lower));
    const inShare = SHARE_NOUNS.has(last) && regretIn();
    if (!REGRET_WORDS.test(last) && !inShare) continue;
    const end = objectEnd(reading, m.last + 1, inShare);
    if (end === undefined) continue;
    const limit = Math.min(
      end,
      ...matches.filter((o) => o !== m && o.first > m.last).map((o) => o.first - 1),
    );
    if (limit > m.last) m.last = limit;
  }
}
