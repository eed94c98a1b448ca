import type { BlockReading } from './readReferences.ts';

/**
 * Where the board should be, told without a verb: "every director out", "the board gone", "directors
 * off", "the whole board overboard". In a list of terms ("Their terms: every director out, Altman
 * reinstalled, or…", "What they want: board out, Altman back") the word is the board's act.
 */
const OUSTED = new Set(['out', 'gone', 'off', 'overboard', 'outta']);
/** What may follow the term: the list goes on or ends ("board out, …", "board gone and…", "board out."). */
const TERM_END = /^(?:[,;.!:—–)]|and|or|now|immediately|tonight|today)$/;

/**
 * Token `at` is a verbless act of the board named right before it ("every director out,"), ending its
 * term: not "out of the building", "gone by Friday", "off to Microsoft", where the word has its own
 * complement and is no term.
 */
export function verblessOusterAt(reading: BlockReading, at: number, targets: ReadonlySet<string>): boolean {
  const { tokens, sentenceOf } = reading;
  if (!OUSTED.has(tokens[at]!.lower) || !targets.has(tokens[at - 1]?.lower ?? '')) return false;
  if (sentenceOf[at - 1] !== sentenceOf[at]) return false;
  const next = tokens[at + 1];
  return !next || sentenceOf[at + 1] !== sentenceOf[at] || TERM_END.test(next.lower);
}
