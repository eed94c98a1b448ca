import { verbForms } from '../text/inflectVerb.ts';
import { REPORTING } from './readClause.ts';
import type { BlockReading } from './readReferences.ts';

/**
 * A quoted line and the clause that reports its posting are one statement (convention h): "dozens of
 * employees, Murati among them, took to X with one identical sentence: 'OpenAI is nothing without its
 * people'", "Staffers kept reposting 'OpenAI is nothing…'", "Large numbers of staff reposted a common
 * slogan — '…'", "'…,' employee after employee has posted on X", "'…', posted on X by many of its staff".
 * The mark of the quoted line widens to cover the posting clause before or after it. Only the posted
 * line's claim widens (another claim's quoted words stay bare), the clause is the one holding the line
 * (a comma and "and/who/which" start another), and a noun ("the tweet read", "The post:") posts nothing.
 */

/** Verbs of putting words on a feed, in every register ("post", "tweet", "put up", "flood X with", "copy onto"). */
const POSTING_LEMMAS = [
  ...['post', 'repost', 'cross-post', 'tweet', 'retweet', 'quote-tweet', 'share', 'reshare', 'publish'],
  ...['republish', 'type', 'copy', 'paste', 'echo', 'repeat', 'chant', 'upload', 'pin', 'flood'],
  ...['fill', 'rally', 'adopt', 'reproduce', 'circulate', 'spread', 'write', 'broadcast', 'amplify'],
  ...['blast', 'splash', 'plaster'],
];
const POSTING = new Set(POSTING_LEMMAS.flatMap((lemma) => verbForms(lemma)));
/** "took to X", "taking to social media": the verb of going onto a platform. */
const TAKING = new Set(verbForms('take'));
/** Platforms and feeds after "took to" ("took to X", "took to their accounts"). */
const PLATFORM_NAMES = new Set([
  ...['x', 'twitter', 'linkedin', 'threads', 'bluesky', 'mastodon', 'instagram', 'facebook', 'social'],
]);
const PLATFORMS = new Set([
  ...PLATFORM_NAMES,
  ...['their', 'its', 'his', 'her', 'the', 'feeds', 'timelines', 'accounts', 'profiles'],
]);
/**
 * "on X", "on social media", "on his LinkedIn": where something was said, standing between a verb and
 * its particle ("confessed on X to deep remorse"). The last token of the phrase that opens at `k`.
 */
export function platformPhraseEnd(reading: BlockReading, k: number): number | undefined {
  const { tokens } = reading;
  if (tokens[k]?.lower !== 'on') return undefined;
  let j = k + 1;
  if (/^(?:his|her|their|its)$/.test(tokens[j]?.lower ?? '')) j++;
  if (!PLATFORM_NAMES.has(tokens[j]?.lower ?? '')) return undefined;
  return tokens[j]!.lower === 'social' && tokens[j + 1]?.lower === 'media' ? j + 1 : j;
}

/** How many tokens the posted object and its introducer may take between the posting verb and the line. */
const BEFORE_REACH = 16;
/** How many tokens after the line its posting verb may come ("'…,' employee after employee at OpenAI has posted"). */
const AFTER_REACH = 14;
/** Words that open a clause fronted before the subject ("When the board would not budge, staff posted…"). */
const FRONTED_OPENERS = new Set([
  ...['when', 'while', 'as', 'after', 'although', 'though', 'because', 'since', 'if', 'once', 'until'],
]);
/** Marks that end a clause before the posting one. */
const CLAUSE_BREAKS = /^[:;—–()[\]]$/;
/** Words after a comma that open another clause ("…, and staff responded", "Brockman, who had posted…"). */
const CLAUSE_OPENERS = new Set([
  ...['and', 'but', 'while', 'whereas', 'as', 'who', 'whom', 'whose', 'which', 'where', 'when', 'yet'],
]);
/** Words before a noun: "the tweet read", "a post", "his repost" are nouns, not verbs of posting. */
const DETERMINERS = new Set([
  ...['the', 'a', 'an', 'this', 'that', 'these', 'those', 'one', 'his', 'her', 'their', 'its', 'our', 'my'],
  ...['your', 'every', 'each', 'another', 'whose', 'latest', 'first', 'last', 'viral'],
]);
/** The claim fact whose mark is the posted line with its posting clause (convention h). */
export const POSTED_LINE_FACT = 'posted-line';
/** Quotation marks around the line. */
const QUOTES = /^['"‘’“”]$/;

/** The token at `k` is a verb of posting ("posted", "took to X"). */
export function postingAt(reading: BlockReading, k: number): boolean {
  const word = reading.tokens[k]!.lower;
  if (TAKING.has(word)) {
    return reading.tokens[k + 1]?.lower === 'to' && PLATFORMS.has(reading.tokens[k + 2]?.lower ?? '');
  }
  if (!POSTING.has(word)) return false;
  // "Posted 10:42 —", "The post:", "the tweet read": a stamp or a noun, not someone posting.
  const { first } = reading.sentences[reading.sentenceOf[k]!]!;
  // "an X post by an employee", "his LinkedIn post": the platform and its determiner make it a noun.
  const platformNoun =
    PLATFORM_NAMES.has(reading.tokens[k - 1]?.lower ?? '') &&
    DETERMINERS.has(reading.tokens[k - 2]?.lower ?? '');
  return k > first && !DETERMINERS.has(reading.tokens[k - 1]!.lower) && !platformNoun;
}

/** A comma at `k` followed by a word that opens another clause. */
function clauseMark(reading: BlockReading, k: number): boolean {
  return reading.tokens[k]!.text === ',' && CLAUSE_OPENERS.has(reading.tokens[k + 1]?.lower ?? '');
}

/** Where the clause holding the verb at `verb` opens: its sentence's start or a clause mark, after a fronted clause. */
export function clauseStart(reading: BlockReading, verb: number): number {
  const { tokens, sentenceOf, sentences } = reading;
  const { first } = sentences[sentenceOf[verb]!]!;
  let start = first;
  for (let k = verb - 1; k >= first; k--) {
    if (CLAUSE_BREAKS.test(tokens[k]!.text) || QUOTES.test(tokens[k]!.text)) {
      start = k + 1;
      break;
    }
  }
  // "When the board would not budge, staff posted …": the fronted clause is not the posting.
  if (FRONTED_OPENERS.has(tokens[start]?.lower ?? '')) {
    for (let k = start + 1; k < verb; k++)
      if (tokens[k]!.text === ',') {
        start = k + 1;
        break;
      }
  }
  while (start < verb && !tokens[start]!.isWord) start++;
  return start;
}

/** The posting verb before the quoted line at `first`, in its sentence, with only the posted object between. */
function postingBefore(reading: BlockReading, first: number): number | undefined {
  const { tokens, sentenceOf } = reading;
  let k = first - 1;
  while (k >= 0 && QUOTES.test(tokens[k]!.text)) k--;
  // The line opens after its introducer or a word of the clause: "…: 'OpenAI…'", "posted 'OpenAI…'".
  if (k < 0 || !(tokens[k]!.isWord || /^[:,—–]$/.test(tokens[k]!.text))) return undefined;
  for (let j = k; j >= 0 && first - j <= BEFORE_REACH && sentenceOf[j] === sentenceOf[first]; j--) {
    if (/^[;.!?]$/.test(tokens[j]!.text) || (QUOTES.test(tokens[j]!.text) && j < k)) return undefined;
    // "Microsoft published a statement, and staff responded: '…'": the verb is another clause's.
    if (j < k && clauseMark(reading, j)) return undefined;
    // "…, the analyst said: 'OpenAI…'": another verb of saying reports the line.
    if (REPORTING.has(tokens[j]!.lower) && !POSTING.has(tokens[j]!.lower)) return undefined;
    if (postingAt(reading, j)) return j;
  }
  return undefined;
}

/** The last word of the posting clause after the quoted line ending at `last` ("'…,' wrote one employee after another"). */
function postingAfter(reading: BlockReading, last: number): number | undefined {
  const { tokens, sentenceOf } = reading;
  let k = last + 1;
  while (k < tokens.length && (QUOTES.test(tokens[k]!.text) || tokens[k]!.text === ',')) k++;
  if (k === last + 1) return undefined;
  for (let j = k; j < tokens.length && j - last <= AFTER_REACH && sentenceOf[j] === sentenceOf[last]; j++) {
    if (/^[;.!?:—–]$/.test(tokens[j]!.text) || QUOTES.test(tokens[j]!.text)) return undefined;
    // "'…,' the slogan went, and by midnight Altman had posted": the first clause after the line only.
    if (tokens[j]!.text === ',' || CLAUSE_OPENERS.has(tokens[j]!.lower)) return undefined;
    if (REPORTING.has(tokens[j]!.lower) && !POSTING.has(tokens[j]!.lower)) return undefined;
    if (!postingAt(reading, j)) continue;
    // The clause runs to its next mark: "posted on X by many of the company's employees".
    let end = j;
    for (let e = j + 1; e < tokens.length && sentenceOf[e] === sentenceOf[j]; e++) {
      if (/^[,;.!?:—–()]$/.test(tokens[e]!.text) || QUOTES.test(tokens[e]!.text)) break;
      if (tokens[e]!.isWord) end = e;
    }
    return end;
  }
  return undefined;
}

/** The line from `first` to `last` stands in quotation marks or after an introducer: a line quoted, not a clause. */
function quotedLine(reading: BlockReading, first: number, last: number): boolean {
  const before = reading.tokens[first - 1]?.text ?? '';
  const after = reading.tokens[last + 1]?.text ?? '';
  return QUOTES.test(before) || QUOTES.test(after) || /^[:—–]$/.test(before);
}

/**
 * Widens each match of a quoted line to the clause reporting its posting, before or after it, short of
 * any other match in the sentence (which keeps its own mark).
 */
export function widenToPostingClause(
  reading: BlockReading,
  matches: Array<{ first: number; last: number; demand?: boolean; fact?: string }>,
): void {
  for (const m of matches) {
    if (m.demand || m.fact !== POSTED_LINE_FACT || !quotedLine(reading, m.first, m.last)) continue;
    const verb = postingBefore(reading, m.first);
    let first = verb === undefined ? m.first : clauseStart(reading, verb);
    let last = verb === undefined ? (postingAfter(reading, m.last) ?? m.last) : m.last;
    // Another match inside the clause: the clause is not the posting's alone, so the line stays bare.
    for (const other of matches) {
      if (other === m) continue;
      if (other.last < m.first && other.last >= first) first = m.first;
      if (other.first > m.last && other.first <= last) last = m.last;
    }
    while (first < m.first && !reading.tokens[first]!.isWord) first++;
    while (last > m.last && !reading.tokens[last]!.isWord) last--;
    m.first = Math.min(m.first, first);
    m.last = Math.max(m.last, last);
  }
}
