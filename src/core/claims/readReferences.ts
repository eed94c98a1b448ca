import type { Matcher } from '../match/compileMatcher.ts';
import type { NameHit } from '../match/findNames.ts';
import { splitSentences } from '../text/splitSentences.ts';
import { tokenize, type Token } from '../text/tokenize.ts';

/** Who a stretch of words refers to: a name, a pronoun, "the pair", "the ousted boss", or "I" in a quote. */
export interface Reference {
  first: number;
  last: number;
  entities: string[];
}

/** A block read into words, sentences and the references its words make. */
export interface BlockReading {
  text: string;
  tokens: Token[];
  /** The sentence index of each token. */
  sentenceOf: number[];
  /** Token ranges of the sentences. */
  sentences: Array<{ first: number; last: number }>;
  /** The reference each token belongs to, if any. */
  refAt: Array<Reference | undefined>;
  /** Tokens inside a quotation. */
  quoted: boolean[];
  /** The dataset's people, to tell "who" from "which". */
  people: ReadonlySet<string>;
}

/** What a block leaves for the next one: whom "he", "it", "the pair" and a quoted "I" may mean there. */
export interface ReadingContext {
  lastPerson?: string;
  lastOrganisation?: string;
  /** The people named in the last sentence. */
  lastSentencePeople: string[];
  /** The block introduces a quotation ("Sutskever wrote on X:"): its speaker. */
  introducesQuoteBy?: string;
}

const HE = new Set(['he', 'him', 'his', 'himself']);
const IT = new Set(['it', 'its']);
const THEY = new Set(['they', 'them', 'their', 'themselves']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'we', 'us', 'our']);
/** Words that stand for two people named just before ("the pair", "the duo", "both men"). */
const GROUP = new Set(['pair', 'duo', 'both', 'two']);
const OPENING_QUOTES = new Set(['“', '«', '„']);
const CLOSING_QUOTES = new Set(['”', '»']);

function kindOf(matcher: Matcher, id: string) {
  return matcher.entities.get(id)?.kind;
}

function markQuotes(tokens: Token[]): boolean[] {
  const quoted: boolean[] = [];
  let inside = false;
  for (const t of tokens) {
    if (OPENING_QUOTES.has(t.text)) inside = true;
    else if (CLOSING_QUOTES.has(t.text)) inside = false;
    else if (t.text === '"') inside = !inside;
    quoted.push(inside);
  }
  return quoted;
}

/** The distinct people named in tokens [from, to). */
function peopleIn(refAt: Array<Reference | undefined>, matcher: Matcher, from: number, to: number): string[] {
  const people: string[] = [];
  for (let i = from; i < to; i++) {
    const ref = refAt[i];
    if (!ref || ref.first !== i) continue;
    for (const id of ref.entities)
      if (kindOf(matcher, id) === 'person' && !people.includes(id)) people.push(id);
  }
  return people;
}

export function readBlock(
  matcher: Matcher,
  text: string,
  names: NameHit[],
  context: ReadingContext | undefined,
): BlockReading {
  const tokens = tokenize(text);
  const spans = splitSentences(text);
  const sentenceOf: number[] = [];
  const sentences: Array<{ first: number; last: number }> = [];
  let s = 0;
  tokens.forEach((t, i) => {
    while (s < spans.length - 1 && t.start >= spans[s]!.end) s++;
    sentenceOf.push(s);
    const current = sentences[s];
    if (current) current.last = i;
    else sentences[s] = { first: i, last: i };
  });
  const quoted = markQuotes(tokens);
  const refAt: Array<Reference | undefined> = tokens.map(() => undefined);
  const set = (ref: Reference) => {
    for (let i = ref.first; i <= ref.last; i++) refAt[i] = ref;
  };

  // Names, then epithets ("the ousted boss").
  let n = 0;
  tokens.forEach((t, i) => {
    while (n < names.length && names[n]!.end <= t.start) n++;
    const name = names[n];
    if (!name || t.start < name.start || t.end > name.end) return;
    const previous = refAt[i - 1];
    if (previous && previous.entities[0] === name.entityId && tokens[i - 1]!.end >= name.start) {
      previous.last = i;
      refAt[i] = previous;
    } else {
      set({ first: i, last: i, entities: [name.entityId] });
    }
  });
  for (const epithet of matcher.statements.epithets) {
    for (let i = 0; i + epithet.words.length <= tokens.length; i++) {
      if (epithet.words.every((w, k) => tokens[i + k]!.lower === w) && !refAt[i])
        set({ first: i, last: i + epithet.words.length - 1, entities: [epithet.entityId] });
    }
  }

  // Pronouns, groups and a quoted "I", in reading order, so each sees the names before it.
  let lastPerson = context?.lastPerson;
  let lastOrganisation = context?.lastOrganisation;
  const speakerOf = (i: number): string | undefined => {
    const sentence = sentences[sentenceOf[i]!]!;
    const outside = (from: number, to: number) =>
      peopleIn(
        refAt.map((r, k) => (quoted[k] ? undefined : r)),
        matcher,
        from,
        to,
      );
    return (
      outside(sentence.first, sentence.last + 1)[0] ??
      outside(0, tokens.length)[0] ??
      context?.introducesQuoteBy
    );
  };
  for (let i = 0; i < tokens.length; i++) {
    const ref = refAt[i];
    if (ref) {
      if (ref.first === i) {
        const id = ref.entities[0]!;
        if (kindOf(matcher, id) === 'person') lastPerson = id;
        else if (kindOf(matcher, id) === 'organisation') lastOrganisation = id;
      }
      continue;
    }
    const word = tokens[i]!.lower;
    let entities: string[] | undefined;
    if (HE.has(word) && lastPerson) entities = [lastPerson];
    else if (IT.has(word) && lastOrganisation) entities = [lastOrganisation];
    else if (FIRST_PERSON.has(word) && (quoted[i] || context?.introducesQuoteBy)) {
      const speaker = quoted[i] ? speakerOf(i) : context?.introducesQuoteBy;
      if (speaker) entities = [speaker];
    } else if (GROUP.has(word) || THEY.has(word)) {
      const sentence = sentences[sentenceOf[i]!]!;
      let people = peopleIn(refAt, matcher, sentence.first, i);
      if (people.length < 2 && sentenceOf[i]! > 0) {
        const before = sentences[sentenceOf[i]! - 1]!;
        people = peopleIn(refAt, matcher, before.first, before.last + 1);
      } else if (people.length < 2 && sentenceOf[i] === 0) {
        people = context?.lastSentencePeople ?? [];
      }
      // "they" means the people only where two were just named; "the pair" means them always.
      if (people.length >= 2 && (GROUP.has(word) || peopleIn(refAt, matcher, sentence.first, i).length >= 2))
        entities = people;
    }
    if (entities) set({ first: i, last: i, entities });
  }
  const people = new Set(
    refAt.flatMap((r) => r?.entities ?? []).filter((id) => kindOf(matcher, id) === 'person'),
  );
  return { text, tokens, sentenceOf, sentences, refAt, quoted, people };
}

/** What the next block may refer back to. */
export function contextAfter(matcher: Matcher, reading: BlockReading): ReadingContext {
  let lastPerson: string | undefined;
  let lastOrganisation: string | undefined;
  for (const ref of reading.refAt) {
    const id = ref?.entities.length === 1 ? ref.entities[0]! : undefined;
    if (!id) continue;
    if (kindOf(matcher, id) === 'person') lastPerson = id;
    else if (kindOf(matcher, id) === 'organisation') lastOrganisation = id;
  }
  const last = reading.sentences.at(-1);
  const people = last ? peopleIn(reading.refAt, matcher, last.first, last.last + 1) : [];
  const introduces = /:\s*$/.test(reading.text) ? (people.at(-1) ?? lastPerson) : undefined;
  return {
    ...(lastPerson ? { lastPerson } : {}),
    ...(lastOrganisation ? { lastOrganisation } : {}),
    lastSentencePeople: people,
    ...(introduces ? { introducesQuoteBy: introduces } : {}),
  };
}
