import { eachMatch } from '../text/eachMatch.ts';
import type { Matcher } from '../match/compileMatcher.ts';
import type { NameHit } from '../match/findNames.ts';
import { escapeRegExp } from '../match/namePattern.ts';
import { sentencesAround, splitSentences, type Span } from '../text/splitSentences.ts';
import { PAIR_SENTENCES, quoteStateAfter, type ReadingRange } from './readReferences.ts';

/**
 * Phase 2 must stay cheap on any block, and a page may put a whole article
 * in one element. A block longer than this (few paragraphs are) is read in
 * windows around its cues, so its cost follows what it says about the story,
 * not its length.
 */
export const LONG_BLOCK = 3000;
/** Sentences read before a cue's own: "the pair" looks three back, and one more settles who "he" is there. */
const SENTENCES_BEFORE = PAIR_SENTENCES - 1;
const QUOTE_MARK = /[“”«»„"]/g;

interface Lookups {
  cues: RegExp;
  epithets: RegExp | null;
  epithetOf: Map<string, string>;
}

/** Built on first use from the plain-data matcher (which the runtime revives without functions). */
const lookups = new WeakMap<Matcher, Lookups>();

function lookupsOf(matcher: Matcher): Lookups {
  let found = lookups.get(matcher);
  if (!found) {
    const { cue, epithets } = matcher.statements;
    const epithetOf = new Map(epithets.map((e) => [e.words.join(' '), e.entityId]));
    // Words apart by spaces, searched in the text with its whitespace made spaces (`spaced`): the same
    // matches as `\s+` between them, at a fraction of the first search's compile (a case-folded Unicode
    // class per gap, 400 epithets: 70–200 ms against 40–65 in node).
    const source = [...epithetOf.keys()].map((k) => k.split(' ').map(escapeRegExp).join(' +')).join('|');
    found = {
      cues: new RegExp(cue!.source, 'gi'),
      epithets: source ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu') : null,
      epithetOf,
    };
    lookups.set(matcher, found);
  }
  return found;
}

interface Mention {
  start: number;
  entityId: string;
}

/** Every whitespace character made a space, one for one: the same offsets, gaps the epithets pattern reads as ` +`. */
const spaced = (text: string) => text.replace(/\s/g, ' ');

/** The block's names and epithets ("the ousted boss"), in text order. */
function mentionsOf(matcher: Matcher, text: string, names: NameHit[]): Mention[] {
  const { epithets, epithetOf } = lookupsOf(matcher);
  const found: Mention[] = names.map((n) => ({ start: n.start, entityId: n.entityId }));
  if (epithets)
    for (const m of eachMatch(epithets, spaced(text)))
      found.push({ start: m.index, entityId: epithetOf.get(m[0].toLowerCase().split(/\s+/).join(' '))! });
  return found.sort((a, b) => a.start - b.start);
}

/** Lower-case words of the block, as its tokens have them ("letter" in "the letter's"). */
function wordTest(text: string): (word: string) => boolean {
  const seen = new Map<string, boolean>();
  return (word) => {
    let has = seen.get(word);
    if (has === undefined) {
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]['’\\-‐‑.])${escapeRegExp(word)}(?![\\p{L}\\p{N}]|['’\\-‐‑.](?!(?:s|m|re|ve|ll|d)(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}])`,
        'iu',
      );
      seen.set(word, (has = pattern.test(text)));
    }
    return has;
  };
}

/** What a window needs to know of the whole block, gathered in one pass over it. */
function blockFacts(matcher: Matcher, text: string, names: NameHit[]) {
  const mentions = mentionsOf(matcher, text, names);
  const kind = (id: string) => matcher.entities.get(id)?.kind;
  const marks = [...eachMatch(QUOTE_MARK, text)].map((m) => ({ at: m.index, mark: m[0] }));
  /** Whether a quotation is open at each offset asked for, in increasing order. */
  const quoteState = () => {
    let inside = false;
    let next = 0;
    return (offset: number) => {
      while (next < marks.length && marks[next]!.at < offset)
        inside = quoteStateAfter(marks[next++]!.mark, inside);
      return inside;
    };
  };
  const quotedAtMention = quoteState();
  const speaker = mentions.find((m) => kind(m.entityId) === 'person' && !quotedAtMention(m.start))?.entityId;
  const mentioned = new Set(mentions.map((m) => m.entityId));
  const people = new Set([...mentioned].filter((id) => kind(id) === 'person'));
  const blockHas = wordTest(text);
  const quotedAt = quoteState();
  let lastPerson: string | undefined;
  let lastOrganisation: string | undefined;
  const peopleBefore: string[] = [];
  let next = 0;
  /** The range facts for a window starting at `start` (asked in increasing order). */
  return (start: number): Omit<ReadingRange, 'start' | 'end'> => {
    for (; next < mentions.length && mentions[next]!.start < start; next++) {
      const id = mentions[next]!.entityId;
      if (kind(id) === 'person') {
        lastPerson = id;
        if (peopleBefore.includes(id)) peopleBefore.splice(peopleBefore.indexOf(id), 1);
        peopleBefore.push(id);
      } else if (kind(id) === 'organisation') lastOrganisation = id;
    }
    return {
      peopleBefore: [...peopleBefore],
      quoted: quotedAt(start),
      ...(lastPerson ? { lastPerson } : {}),
      ...(lastOrganisation ? { lastOrganisation } : {}),
      ...(speaker ? { speaker } : {}),
      people,
      mentioned,
      blockHas,
    };
  };
}

/** A window grows over the cues that follow it up to this many characters, then a new one starts. */
const MAX_WINDOW = 4000;
/** About how many characters one window segments: where cues are denser, the block is segmented whole (in linear time). */
const WINDOW_CHARS = 4000;

/**
 * The windows of a long block phase 2 reads: each cue's sentence with the
 * sentences before it, overlapping windows merged, each with what the block
 * holds before it. `core` is where the window's own sentences start: matches
 * before it belong to the window before. `around` (in increasing order) replaces the cues.
 */
export function readingWindows(
  matcher: Matcher,
  text: string,
  names: NameHit[],
  around?: number[],
): Array<ReadingRange & { core: number }> {
  // By default around each cue; the aside re-reading (asideRereading.ts) asks around its cuts.
  const hits = around ?? [...eachMatch(lookupsOf(matcher).cues, text)].map((m) => m.index);
  const all = hits.length * WINDOW_CHARS > text.length ? splitSentences(text) : undefined;
  const sentencesUpTo = (at: number): Span[] => {
    if (!all) return sentencesAround(text, at, SENTENCES_BEFORE);
    let i = all.length - 1;
    while (i > 0 && all[i]!.start > at) i--;
    return all.slice(Math.max(0, i - SENTENCES_BEFORE), i + 1);
  };
  const windows: Array<{ start: number; end: number; core: number; sentences: Span[] }> = [];
  for (const at of hits) {
    const last = windows.at(-1);
    if (last && at < last.end) continue;
    const sentences = sentencesUpTo(at);
    const own = sentences.at(-1)!;
    // Overlapping windows are one, up to a size that keeps each step of phase 2 short.
    if (last && sentences[0]!.start <= last.end && own.end - last.start <= MAX_WINDOW) {
      last.sentences.push(...sentences.filter((s) => s.start >= last.end));
      last.end = own.end;
    } else windows.push({ start: sentences[0]!.start, end: own.end, core: own.start, sentences });
  }
  const before = blockFacts(matcher, text, names);
  return windows.map((window) => ({ ...window, ...before(window.start) }));
}

/** The range over the last sentences of a long block: what the block after it may refer back to. */
export function readingTail(matcher: Matcher, text: string, names: NameHit[]): ReadingRange {
  const sentences = sentencesAround(text, text.length - 1, SENTENCES_BEFORE);
  const start = sentences[0]!.start;
  return { start, end: text.length, sentences, ...blockFacts(matcher, text, names)(start) };
}
