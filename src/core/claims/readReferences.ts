import type { Matcher } from '../match/compileMatcher.ts';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS } from '../text/determiners.ts';
import type { Epithet } from './statementLexicon.ts';
import { epithetMayStartAt } from './epithetStart.ts';
import { commaSpeaker } from './commaSpeaker.ts';
import { colonSpeaker } from './colonSpeaker.ts';
import {
  ageDescriptionEnd,
  fitsPronoun,
  focusPastLast,
  genderOf,
  opensWithTwoPeople,
} from './discourseSubject.ts';
import { describedOrganisation } from './describedOrganisation.ts';
import { itFollowsOtherSubject } from './itAfterOtherSubject.ts';
import { subjectStart } from './openingConnective.ts';
import { insideApposition } from './appositionAside.ts';
import { pageAlternatives } from './pageReference.ts';
import { objectOnlyPeople } from './objectOnlyAntecedent.ts';
import { describedAntecedent } from './describedAntecedent.ts';
import { strangerNameAt } from './strangerName.ts';
import { removedNamedBefore } from './removalAntecedent.ts';
import { descriptionAt, peopleFitting, type Description } from './readDescriptions.ts';
import { holderBesideStaleOwner } from './staleOwner.ts';
import type { NameHit } from '../match/findNames.ts';
import type { SubjectReach } from './structuralSubject.ts';
import { splitSentences, type Span } from '../text/splitSentences.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { groupNounEnd } from './groupNoun.ts';
import { namedLaterInClause } from './laterNameInClause.ts';
import { peopleCoordinatedWith } from './coordinatedPronoun.ts';
import { ownersCompany } from './ownersCompany.ts';
import { pairAcrossSentences } from './pairAcrossSentences.ts';
import { theyOfSpeakingGroup } from './speakingGroup.ts';

/** Who a stretch of words refers to: a name, a pronoun, "the pair", "the ousted boss", or "I" in a quote. */
export interface Reference {
  first: number;
  last: number;
  entities: string[];
  /**
   * A description ("the chief scientist") that nothing near it resolves: it means
   * one of `entities`, the one the page names (selectHighlights decides).
   */
  conditional?: boolean;
  /** A description ("the company's president"), not a name: after a comma it is an apposition. */
  description?: boolean;
  /** "a director", "a chief scientist": an indefinite description, which an act may resolve but holds no title. */
  indefinite?: true;
  /**
   * A pronoun with no antecedent in its block or the block before: it means one of `entities`
   * (also `conditional`), the one a claim's act fits; if the act fits two, nobody (pageReference.ts).
   */
  alternatives?: boolean;
  /**
   * An object pronoun's next reading ("him" after "Nadella said they had hired"): whom it means if the act
   * rules out the one it has, because that one does the act (agentAsUndergoer.ts).
   */
  otherwise?: string[];
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
  /** The reading starts where the block starts (else it is a window of a long block). */
  startsBlock: boolean;
  /** For a window: everyone the whole block names. */
  blockMentions?: ReadonlySet<string>;
  /** The block holds this word anywhere (lower case). */
  blockHas: (word: string) => boolean;
}

/**
 * The part of a block one reading covers: a long block is read in windows
 * around its cues (readWindows.ts), each with what the block holds before it.
 */
export interface ReadingRange {
  start: number;
  end: number;
  /** Its sentences, where they are known. */
  sentences?: Span[];
  /** A quotation is open at `start`. */
  quoted: boolean;
  /** The last person and organisation the block names before `start`. */
  lastPerson?: string;
  lastOrganisation?: string;
  /** The first person the block names outside quotations: the speaker of a quoted "I" its sentence does not name. */
  speaker?: string;
  /** The people the block names anywhere. */
  people: ReadonlySet<string>;
  /** The people the block names before `start`, each once, the last named last. */
  peopleBefore: string[];
  /** Everyone and everything the block names or describes anywhere. */
  mentioned: ReadonlySet<string>;
  blockHas: (word: string) => boolean;
}

/** What a block leaves for the next one: whom "he", "it", "the pair" and a quoted "I" may mean there. */
export interface ReadingContext {
  lastPerson?: string;
  /** The first person named in the block's last sentence that names one: whom "the same man" next means. */
  lastSubject?: string;
  lastOrganisation?: string;
  /** The people of the block's last sentence that names two or more ("the pair" in the next block). */
  lastPair: string[];
  /** The block introduces or signs a quotation ("Sutskever wrote on X:", "— Greg Brockman (@gdb)"): its speaker. */
  introducesQuoteBy?: string;
  /** The block's words, lower case: what the next block may be talking about ("the letter"). */
  words: { has(word: string): boolean };
  /** The entities the block refers to. */
  entities?: Set<string>;
  /** The author who signs the block being read, in the block after it ("— Greg Brockman (@gdb)"). */
  signedBy?: string;
  /**
   * The block before is only this person's name (a <dt>, a row header): the block describes
   * them, so a sentence without a subject ("Resigned in solidarity…") and "he" are theirs.
   */
  label?: string;
  /**
   * A structural subject weaker than a label (structuralSubject.ts): the person a heading above is
   * about, or the name the block opens with as a sentence. Only a fragment without a subject takes it.
   */
  carried?: SubjectReach;
  /**
   * The block before names no one: whom a pronoun of this block that names no one before it may mean,
   * the last person named further up and the page's protagonist (pageReference.ts). Where the last
   * person is one "he" cannot mean, they and the protagonist too (discourseSubject.ts).
   */
  pageCandidates?: string[];
  /** A posted line is shown just above the block (a card, a pull quote): "that exact line" may mean it (lineReference.ts). */
  lineShown?: true;
  /** The people the block's last sentence telling of a removal names (removalAntecedent.ts): "the ousted boss" next. */
  lastRemoved?: string[];
}

/** Verbs that report what someone said or wrote ("Nadella said", "Microsoft announced"). */
export const SPEECH = new Set([
  ...['said', 'says', 'wrote', 'writes', 'told', 'tells', 'posted', 'posts', 'added', 'adds', 'announced'],
  ...['announces', 'tweeted', 'explained', 'insisted', 'confirmed', 'confirms', 'admitted', 'acknowledged'],
]);
/** Titles written before a name ("Mr Altman", "Dr. Sutskever", "Prof Mak"). */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
]);
const HE = new Set(['he', 'him', 'his', 'himself']);
/** Nouns after "the same" that point back to the person just told of ("the same man"). */
const SAME_ONE = new Set(['man', 'person', 'executive', 'director', 'scientist', 'founder', 'guy']);
const SHE = new Set(['she', 'her', 'hers', 'herself']);
const OBJECT_FORMS = new Set(['him', 'himself']);
/** A pronoun that takes an unresolved description in its sentence as the object of a second act. */
const DESCRIBED_OBJECT = new Set(['him', 'himself', 'her', 'herself']);
/** Object pronouns that need not be the clause's subject ("himself" must be). */
const OBJECT_PRONOUNS = new Set(['him', 'her']);
/** Words that join a second clause to the first, whose subject may be the description's person ("… and he"). */
const COORDINATORS = new Set(['and', 'then']);
/** Marks that end a clause, for where a relative clause or a headless act reaches. */
const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '(', ')']);
/** Words that open a clause with a subject of its own ("after the board stripped him…"). */
const SUBORDINATORS = new Set([
  'after',
  'when',
  'as',
  'because',
  'before',
  'while',
  'since',
  'until',
  'once',
  'and',
]);
/** Words a sentence with a subject opens with. */
export const SUBJECT_OPENERS = new Set([
  ...ARTICLES,
  ...DEMONSTRATIVES,
  ...POSSESSIVE_DETERMINERS,
  ...['he', 'she'],
  ...[
    'it',
    'they',
    'we',
    'i',
    'you',
    'there',
    'in',
    'on',
    'at',
    'by',
    'after',
    'when',
    'as',
    'if',
    'but',
    'and',
  ],
]);
const IT = new Set(['it', 'its']);
/** Words after a name that make it a clause's subject: an auxiliary or a verb in the past. */
const SUBJECT_VERB_AFTER_NAME =
  /^(?:is|was|are|were|has|had|have|will|would|can|could|may|might|did|does|\p{L}+ed)$/u;
/** Words after which "there" is no place ("there is", "there will be"), or a set phrase ("over there", "then and there"). */
const NOT_PLACE_AFTER_THERE =
  /^(?:is|are|was|were|'s|be|been|being|will|would|may|might|could|should|must|can|has|have|had|seem|seems|seemed|appear|appears|appeared|remain|remains|remained|exist|exists|existed|and|again|too|you)$/;
const NOT_PLACE_BEFORE_THERE =
  /^(?:over|and|then|out|up|down|in|here|so|from|by|get|got|gets|getting|hang|hanging)$/;

/** "join him there": "there" after a verb or its object, not the existential "there is" nor "over there". */
function isPlaceThere(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before?.isWord || NOT_PLACE_BEFORE_THERE.test(before.lower)) return false;
  const after = tokens[i + 1];
  return !after || !NOT_PLACE_AFTER_THERE.test(after.lower);
}
const THEY = new Set(['they', 'them', 'their', 'themselves']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'we', 'us', 'our']);
/** Words that stand for two people named just before ("the pair", "the duo", "both men"). */
/** How many sentences back "the pair" may look for the two people it means. */
const PAIR_REACH = 3;
/** How many of a block's last sentences the next block's "the pair" may mean. */
export const PAIR_SENTENCES = PAIR_REACH + 2;
const GROUP = new Set(['pair', 'duo', 'both', 'two']);
const OPENING_QUOTES = new Set(['“', '«', '„']);
const CLOSING_QUOTES = new Set(['”', '»']);

function kindOf(matcher: Matcher, id: string) {
  return matcher.entities.get(id)?.kind;
}

/** Marks that set off an aside or a clause of its own. */
const ASIDE_MARKS = new Set(['—', '–', ';', '(', ')', ':']);

/** How many tokens an aside after a subject may hold ("Microsoft, which has $13 billion invested in OpenAI,"). */
const ASIDE_REACH = 16;

/**
 * Where an aside that opens with the comma at `comma` closes (its closing comma), or the token before
 * `comma` when none opens there or none closes within reach before `last`.
 */
function asideEnd(tokens: Token[], comma: number, last: number): number {
  if (tokens[comma]?.text !== ',') return comma - 1;
  for (let k = comma + 1; k <= last && k - comma <= ASIDE_REACH; k++) {
    if (tokens[k]!.text === ',') return k;
    if (ASIDE_MARKS.has(tokens[k]!.text)) break;
  }
  return comma - 1;
}

/** Whether a quotation is open after `mark`, given whether it was before. */
export function quoteStateAfter(mark: string, inside: boolean): boolean {
  if (OPENING_QUOTES.has(mark)) return true;
  if (CLOSING_QUOTES.has(mark)) return false;
  return mark === '"' ? !inside : inside;
}

const SINGLE_QUOTES = new Set(["'", '‘', '’']);

function markQuotes(tokens: Token[], openAtStart: boolean): boolean[] {
  const quoted: boolean[] = [];
  let inside = openAtStart;
  // A quotation in single marks (headlines, British copy: "Brockman: 'I quit'"): a lone mark opens
  // before a word it touches after a space, and closes after a word it touches before a space.
  let single = false;
  tokens.forEach((t, k) => {
    if (SINGLE_QUOTES.has(t.text)) {
      const before = tokens[k - 1];
      const after = tokens[k + 1];
      const touchesBefore = before !== undefined && before.end === t.start;
      // Not "the '90s": a quotation opens on a letter.
      const touchesAfter = after !== undefined && after.start === t.end && /^\p{L}/u.test(after.text);
      if (!inside && touchesAfter && !touchesBefore) inside = single = true;
      else if (single && touchesBefore && !touchesAfter) inside = single = false;
    } else inside = quoteStateAfter(t.text, inside);
    quoted.push(inside);
  });
  return quoted;
}

const epithetIndex = new WeakMap<Matcher, Map<string, Epithet[]>>();

/** The matcher's epithets by their first word, built on first use (the matcher stays plain data). */
function epithetsByFirstWord(matcher: Matcher): Map<string, Epithet[]> {
  let index = epithetIndex.get(matcher);
  if (!index) {
    index = new Map();
    for (const e of matcher.statements.epithets)
      index.set(e.words[0]!, [...(index.get(e.words[0]!) ?? []), e]);
    epithetIndex.set(matcher, index);
  }
  return index;
}

/** The distinct people named in tokens [from, to). */
function peopleIn(refAt: Array<Reference | undefined>, matcher: Matcher, from: number, to: number): string[] {
  const people: string[] = [];
  for (let i = from; i < to; i++) {
    const ref = refAt[i];
    if (!ref || ref.first !== i || ref.conditional) continue;
    for (const id of ref.entities)
      if (kindOf(matcher, id) === 'person' && !people.includes(id)) people.push(id);
  }
  return people;
}

/**
 * The alternatives reference (pageReference.ts) tokens [from, to) open with, before any person
 * they name: a later pronoun of the same thread means whom it means, not the next name along.
 */
function leadingAlternatives(
  refAt: Array<Reference | undefined>,
  matcher: Matcher,
  from: number,
  to: number,
): string[] | undefined {
  for (let i = from; i < to; i++) {
    const ref = refAt[i];
    if (!ref || ref.first !== i) continue;
    if (ref.alternatives) return ref.entities;
    if (!ref.conditional && ref.entities.some((id) => kindOf(matcher, id) === 'person')) return undefined;
  }
  return undefined;
}

/**
 * Reads a block (or, with `range`, one window of it) into words, sentences
 * and the references its words make.
 */
export function readBlock(
  matcher: Matcher,
  text: string,
  blockNames: NameHit[],
  context: ReadingContext | undefined,
  range?: ReadingRange,
): BlockReading {
  const from = range?.start ?? 0;
  const to = range?.end ?? text.length;
  const tokens = tokenize(text, from, to);
  const spans =
    range?.sentences ??
    splitSentences(text.slice(from, to)).map((s) => ({ start: s.start + from, end: s.end + from }));
  const names = range ? blockNames.filter((n) => n.start >= from && n.end <= to) : blockNames;
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
  const quoted = markQuotes(tokens, range?.quoted ?? false);
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
  // "Mr Altman", "Dr. Sutskever", "Prof Mak": an honorific is part of the reference it stands before.
  for (let i = 1; i < tokens.length; i++) {
    const ref = refAt[i];
    if (!ref || ref.first !== i) continue;
    const dot = tokens[i - 1]!.text === '.' ? 1 : 0;
    const title = tokens[i - 1 - dot];
    if (title && HONORIFICS.has(title.lower) && !refAt[i - 1 - dot] && /^\p{Lu}/u.test(title.text)) {
      ref.first = i - 1 - dot;
      for (let k = ref.first; k < i; k++) refAt[k] = ref;
    }
  }
  const epithets = epithetsByFirstWord(matcher);
  tokens.forEach((t, i) => {
    for (const epithet of epithets.get(t.lower) ?? []) {
      if (
        epithetMayStartAt(refAt, tokens, i, epithet) &&
        epithet.words.every((w, k) => tokens[i + k]?.lower === w)
      ) {
        const first = tokens[i - 1]?.lower === 'the' ? i - 1 : i;
        set({ first, last: i + epithet.words.length - 1, entities: [epithet.entityId], description: true });
      }
    }
  });

  // Pronouns, groups and a quoted "I", in reading order, so each sees the names before it.
  let lastPerson = range?.lastPerson ?? context?.lastPerson;
  const personBefore = lastPerson;
  let lastOrganisation = range?.lastOrganisation ?? context?.lastOrganisation;
  /**
   * "After it sacked and then rehired its chief executive, OpenAI has…": with no organisation named
   * yet, "its" is the organisation that opens the main clause after the comma.
   */
  const organisationAhead = (i: number): string | undefined => {
    const { last } = sentences[sentenceOf[i]!]!;
    for (let k = i + 1; k <= last; k++) {
      if (tokens[k]!.text !== ',') continue;
      const ref = refAt[k + 1];
      const id = ref?.entities.length === 1 ? ref.entities[0]! : undefined;
      if (id && kindOf(matcher, id) === 'organisation') return id;
    }
    return undefined;
  };
  // Names outside quotations, built once: the speakers a quoted "I" may be.
  let unquoted: Array<Reference | undefined> | undefined;
  let blockSpeaker: string[] | undefined;
  const speakerOf = (i: number): string | undefined => {
    const sentence = sentences[sentenceOf[i]!]!;
    unquoted ??= refAt.map((r, k) => (quoted[k] ? undefined : r));
    blockSpeaker ??= range?.speaker ? [range.speaker] : peopleIn(unquoted, matcher, 0, tokens.length);
    return (
      peopleIn(unquoted, matcher, sentence.first, sentence.last + 1)[0] ??
      blockSpeaker[0] ??
      context?.introducesQuoteBy
    );
  };
  // "Sam Altman (reinstated)" | "Emmett Shear is an American executive. … he served as…": a block that
  // opens by naming someone else as its subject is about them, not about the person labelled above it.
  const opening = sentences[0] ? refAt[sentences[0].first] : undefined;
  const ownSubject =
    opening && !/^['’]s?$/.test(tokens[opening.last + 1]?.text ?? '')
      ? opening.entities.find((id) => kindOf(matcher, id) === 'person')
      : undefined;
  const blockLabel = ownSubject && ownSubject !== context?.label ? undefined : context?.label;
  // "Sutskever later said he regretted it": "he" after a reporting verb is whoever reports.
  const reporter = (i: number): string | undefined => {
    const found = reportingReference(i);
    if (typeof found === 'string') return found;
    if (!found || found.alternatives || found.conditional) return undefined;
    const id = found.entities[0];
    return id && kindOf(matcher, id) === 'person' ? id : undefined;
  };
  /**
   * "a director who had voted against his boss said he was sorry", "The scientist said he…": "he" after a
   * reporting verb whose subject is a description nothing resolves is that description's person, whom
   * the act then decides among its people (detectStatements.ts).
   */
  const describedReporter = (i: number): Reference | undefined => {
    const found = reportingReference(i);
    return typeof found === 'object' && found.conditional && !found.alternatives ? found : undefined;
  };
  /** Who reports, for a pronoun after a reporting verb: the person of a label or heading, or the subject's reference. */
  const reportingReference = (i: number): string | Reference | undefined => {
    let k = i - 1;
    if (tokens[k]?.lower === 'that') k--;
    if (!SPEECH.has(tokens[k]?.lower ?? '')) return undefined;
    k--;
    // "Said he regretted it" opening a line under a name label or a heading about someone: theirs.
    if (k < sentences[sentenceOf[i]!]!.first) {
      const carried = context?.carried;
      const opening = tokens[k + 1]!;
      return (
        blockLabel ??
        (carried && opening.start >= carried.from && tokens[i]!.start < carried.until
          ? carried.person
          : undefined)
      );
    }
    // "the chief scientist who voted to remove Altman posted that he…": whoever "who" follows reports.
    for (let w = k; w >= 0 && sentenceOf[w] === sentenceOf[i] && !CLAUSE_ENDS.has(tokens[w]!.text); w--)
      if (tokens[w]!.lower === 'who') return refAt[w - 1];
    while (k >= 0 && /ly$|^(?:later|then|also|now|since|had|has|have)$/.test(tokens[k]!.lower)) k--;
    // "Murati, who had replaced Altman, said she…": the name before the clause set off by commas.
    if (tokens[k]?.text === ',') {
      let open = k - 1;
      while (open > k - 25 && open >= 0 && sentenceOf[open] === sentenceOf[i] && tokens[open]!.text !== ',')
        open--;
      if (tokens[open]?.text === ',' && tokens[open + 1]?.lower === 'who') k = open - 1;
    }
    // "He said he…" where the first "he" has alternatives (pageReference.ts): the second shares them.
    return refAt[k];
  };
  /** Where the block first names someone the dataset does not know (strangerName.ts), found on first need. */
  let strangerFrom: number | undefined;
  /** The people referred to so far, each once, the latest last: whom a description may mean. */
  const recentPeople: string[] = [];
  const seen = (ref: Reference) => {
    if (ref.conditional) return;
    for (const id of ref.entities) {
      if (kindOf(matcher, id) !== 'person') continue;
      const at = recentPeople.indexOf(id);
      if (at >= 0) recentPeople.splice(at, 1);
      recentPeople.push(id);
    }
  };
  /**
   * Whom a pronoun means when the reading it had is a person joined to it ("him and Brockman"): the
   * latest other person this block refers to, else the one other person the text before names.
   */
  const otherThan = (joined: string[], fits: (id: string | undefined) => string | undefined) => {
    const other = (id: string) => !joined.includes(id) && !!fits(id);
    const recent = recentPeople.findLast(other);
    if (recent) return recent;
    const before = new Set(
      [...(range?.peopleBefore ?? []), ...(context?.entities ?? [])].filter(
        (id) => kindOf(matcher, id) === 'person' && other(id),
      ),
    );
    return before.size === 1 ? [...before][0] : undefined;
  };
  /** Who a description means: the nearest fitting name before it, else one the page must name. */
  const resolveDescription = (d: Description): { entities: string[]; conditional?: true } | undefined => {
    if (d.kind === 'organisation') {
      if (d.entity) return { entities: [d.entity] };
      // "Microsoft … at the software maker": the organisation named last, in this sentence or the one before.
      const s = sentenceOf[d.first]!;
      const from = d.bare ? sentences[s]!.first : (sentences[Math.max(0, s - 1)]?.first ?? 0);
      // "the tech giant": the one organisation named there that its trade fits (describedOrganisation.ts).
      if (!d.bare && !refAt.slice(d.first + 1, d.last + 1).some(Boolean)) {
        const id = describedOrganisation(matcher, tokens, refAt, from, d.first, d.last);
        // null: some organisation, not one we can tell; it still stands where a name would ("the tech giant hired").
        return id === null ? { entities: [] } : id ? { entities: [id] } : undefined;
      }
      for (let k = d.first - 1; k >= from; k--) {
        // Bare, across an aside or a second clause ("Microsoft had announced … — a staff letter … the company") it may be another.
        if (d.bare && ASIDE_MARKS.has(tokens[k]!.text)) return undefined;
        const id = refAt[k]?.entities[0];
        if (refAt[k] && !refAt[k]!.conditional && id && kindOf(matcher, id) === 'organisation')
          return { entities: [id] };
      }
      return undefined;
    }
    if (d.entity) {
      // "Brockman was removed as chairman… the ousted executive": the removed one the text before names,
      // when it names one, else the one the dataset says was removed (removalAntecedent.ts).
      const removed = d.removal
        ? (removedNamedBefore(matcher, text, tokens, refAt, sentences, sentenceOf[d.first]!, d.first) ??
          context?.lastRemoved)
        : undefined;
      return removed && !removed.includes(d.entity) ? undefined : { entities: [d.entity] };
    }
    const fits = peopleFitting(matcher, d);
    if (!fits.length) {
      // "Sutskever – the firm's chief scientist –" after "…to Microsoft.": the post is the named holder's (staleOwner.ts).
      const holder = holderBesideStaleOwner(
        matcher,
        tokens,
        refAt,
        sentences[sentenceOf[d.first]!]!.first,
        d,
      );
      return holder ? { entities: [holder] } : undefined;
    }
    const earlier =
      recentPeople.findLast((id) => fits.includes(id)) ??
      range?.peopleBefore.findLast((id) => fits.includes(id));
    if (earlier) return { entities: [earlier] };
    const known = [lastPerson, context?.label, ...(context?.entities ?? [])].find(
      (id) => id !== undefined && fits.includes(id),
    );
    return known ? { entities: [known] } : { entities: fits, conditional: true };
  };
  /** "Voted to remove him": "him" in the clause a sentence without a subject opens. */
  const objectOfHeadlessAct = (i: number): boolean => {
    const first = sentences[sentenceOf[i]!]!.first;
    if (!isHeadless(first)) return false;
    for (let k = first; k < i; k++)
      if (CLAUSE_ENDS.has(tokens[k]!.text) || SUBORDINATORS.has(tokens[k]!.lower)) return false;
    return true;
  };
  /** The sentence opens with neither a name, a pronoun nor a determiner ("Resigned in solidarity…"). */
  const isHeadless = (first: number): boolean =>
    !refAt[first] &&
    !SUBJECT_OPENERS.has(tokens[first]?.lower ?? '') &&
    /^\p{Lu}/u.test(tokens[first]?.text ?? '');
  /**
   * "Microsoft, OpenAI's biggest backer, said it had hired Altman": "it" after a reporting verb is the
   * organisation that reports, not the one its apposition named last.
   */
  const organisationReporter = (i: number): string | undefined => {
    let k = i - 1;
    if (tokens[k]?.lower === 'that') k--;
    if (!SPEECH.has(tokens[k]?.lower ?? '')) return undefined;
    k--;
    while (k >= 0 && /ly$|^(?:later|then|also|now|since|had|has|have)$/.test(tokens[k]!.lower)) k--;
    if (tokens[k]?.text === ',') {
      let open = k - 1;
      while (open > k - 25 && open >= 0 && sentenceOf[open] === sentenceOf[i] && tokens[open]!.text !== ',')
        open--;
      if (tokens[open]?.text !== ',' || sentenceOf[open] !== sentenceOf[i]) return undefined;
      k = open - 1;
    }
    const ref = refAt[k];
    if (!ref || ref.conditional || ref.entities.length !== 1 || sentenceOf[k] !== sentenceOf[i])
      return undefined;
    return kindOf(matcher, ref.entities[0]!) === 'organisation' ? ref.entities[0] : undefined;
  };
  /**
   * The organisation the sentence before opens with as its subject ("Microsoft is…", "The maker of…" is not one),
   * when this sentence names no organisation before token `i`: whom a subject "it" continues.
   */
  const subjectOrganisationBefore = (i: number): string | undefined => {
    const s = sentenceOf[i]!;
    if (s === 0) return undefined;
    const { first } = sentences[s]!;
    for (let k = first; k < i; k++) {
      const id = refAt[k]?.entities[0];
      if (id && kindOf(matcher, id) !== 'person') return undefined;
    }
    const before = sentences[s - 1]!;
    const start = subjectStart(tokens, before.first, before.last);
    const opening = tokens[start]?.lower === 'the' ? start + 1 : start;
    const ref = refAt[opening];
    const id = ref && ref.entities.length === 1 && !ref.conditional ? ref.entities[0]! : undefined;
    if (!id || kindOf(matcher, id) !== 'organisation') return undefined;
    // The name is the subject only if a verb follows it, not "'s" or a noun ("OpenAI's board", "Microsoft shares"),
    // past an aside set off by commas ("Microsoft, which has billions in OpenAI, didn't wait").
    const next = tokens[asideEnd(tokens, ref!.last + 1, before.last) + 1]?.lower ?? '';
    return SUBJECT_VERB_AFTER_NAME.test(next) || SPEECH.has(next) ? id : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const ref = refAt[i];
    // "Twitch co-founder": an organisation's name that opens a description of a person.
    const described =
      ref?.first === i && kindOf(matcher, ref.entities[0]!) === 'organisation'
        ? descriptionAt(matcher, tokens, refAt, i, lastOrganisation)
        : undefined;
    const resolved = described && resolveDescription(described);
    if (described && resolved) {
      set({ first: described.first, last: described.last, ...resolved, description: true });
      seen(refAt[described.first]!);
      if (!resolved.conditional) lastPerson = resolved.entities[0];
      i = described.last;
      continue;
    }
    if (ref) {
      if (ref.first === i) {
        seen(ref);
        const id = ref.entities[0]!;
        if (kindOf(matcher, id) === 'person') lastPerson = id;
        // "Emmett Shear, once of Twitch, as its interim chief": an apposition's name is no "its".
        else if (kindOf(matcher, id) === 'organisation' && !insideApposition(tokens, refAt, sentenceOf, ref))
          lastOrganisation = id;
      }
      continue;
    }
    const word = tokens[i]!.lower;
    const description = descriptionAt(
      matcher,
      tokens,
      refAt,
      i,
      lastOrganisation ?? (word === 'its' ? organisationAhead(i) : undefined),
    );
    if (description) {
      const found = resolveDescription(description);
      if (found) {
        set({
          first: description.first,
          last: description.last,
          ...found,
          description: true,
          ...(description.indefinite ? { indefinite: true as const } : {}),
        });
        seen(refAt[description.first]!);
        if (!found.conditional && found.entities.length) {
          if (description.kind === 'person') lastPerson = found.entities[0];
          else lastOrganisation = found.entities[0];
        }
        i = description.last;
        continue;
      }
    }
    let entities: string[] | undefined;
    // "By Monday the same man was saying sorry": the one just told of, as "he" would be.
    // "The 38-year-old returned on Wednesday": an age stands for the one told of, as "the same man" does.
    const ageEnd = ageDescriptionEnd(tokens, i);
    const sameEnd =
      word === 'the' && tokens[i + 1]?.lower === 'same' && SAME_ONE.has(tokens[i + 2]?.lower ?? '')
        ? i + 2
        : ageEnd;
    if (sameEnd >= 0) {
      const s = sentenceOf[i]!;
      // The subject told of: the first person of this sentence, else of the one before, else the block before's.
      const here = peopleIn(refAt, matcher, sentences[s]!.first, i)[0];
      const before =
        s > 0 ? peopleIn(refAt, matcher, sentences[s - 1]!.first, sentences[s - 1]!.last + 1)[0] : undefined;
      const person = here ?? before ?? (range ? lastPerson : (context?.lastSubject ?? lastPerson));
      if (person) {
        set({ first: i, last: sameEnd, entities: [person], description: true });
        seen(refAt[i]!);
        i = sameEnd;
        continue;
      }
    }
    // "it" is the organisation that reports ("Microsoft … said it had hired"), else one a subject "it"
    // continues ("Microsoft is OpenAI's largest backer. On Nov. 19 it announced…"), not the one named last.
    const organisationForIt =
      word === 'it' ? (organisationReporter(i) ?? subjectOrganisationBefore(i)) : undefined;
    if (HE.has(word) || SHE.has(word)) {
      // Subject continuity: "he" is most often the subject of the sentence, else of the sentence before: the
      // first person named there whom the pronoun fits (discourseSubject.ts), not any name in it.
      const gender = HE.has(word) ? 'he' : 'she';
      const fits = (id: string | undefined) => (id && fitsPronoun(matcher, id, gender) ? id : undefined);
      // "Murati posted it too." | "He's CEO again.": past the last person, whom "he" cannot mean, the page's protagonist.
      const pastOtherGender = (last: string | undefined, fitting: typeof fits) =>
        last && last === context?.lastPerson && !fitting(last) && !peopleIn(refAt, matcher, 0, i).length
          ? focusPastLast(context?.pageCandidates, last, fitting)
          : undefined;
      // "he" skips a subject known as "she" to the one he fits; "she", whom few fit, only takes the subject itself.
      const undecided = (people: string[]) => people.some((id) => !genderOf(matcher, id));
      const subjectOf = (people: string[]) =>
        gender === 'he' ? people.find((id) => fits(id)) : fits(people[0]);
      const s = sentenceOf[i]!;
      const herePeople = peopleIn(refAt, matcher, sentences[s]!.first, i);
      const here = subjectOf(herePeople);
      const previous = s > 0 ? sentences[s - 1]! : undefined;
      // "Altman and Brockman were fired. He…": two subjects, no answer.
      const twoSubjects =
        !here &&
        !!previous &&
        opensWithTwoPeople(
          tokens,
          refAt,
          previous.first,
          // An organisation beside a person ("Altman and OpenAI agreed terms") is no second "he".
          (id) => kindOf(matcher, id) === 'person' && !!fits(id),
        );
      const previousPeople = previous ? peopleIn(refAt, matcher, previous.first, previous.last + 1) : [];
      // Of two subjects, the paragraph's topic (the first person it names) is still the one told of
      // ("Sutskever was chief scientist. He and Altman went back years. On Monday he said…").
      const topic = twoSubjects
        ? peopleIn(refAt, matcher, 0, previous.first).find((id) => fits(id))
        : undefined;
      const before = twoSubjects
        ? previousPeople.slice(0, 2).find((id) => id === topic)
        : subjectOf(previousPeople);
      // Below a name label, "he" is the person described, except the object of their own act
      // ("Voted to remove him").
      const label =
        blockLabel && !(OBJECT_FORMS.has(word) && objectOfHeadlessAct(i)) ? blockLabel : undefined;
      // Before the block names anyone, "he" is the subject the block before ended on ("Sutskever voted
      // to fire Altman." | "Days later, he said he regretted it."), as "the same man" is, not its object.
      const carried =
        (word === 'he' || word === 'she') && !range && !peopleIn(refAt, matcher, 0, i).length
          ? context?.lastSubject
          : undefined;
      // "hired him and Brockman": not the person joined to the pronoun as one phrase (coordinatedPronoun.ts).
      const joined = peopleCoordinatedWith(tokens, refAt, i, (id) => kindOf(matcher, id) === 'person');
      // The dataset does not say of everyone whether "she" fits: whoever reports it or the person labelled may be.
      const read =
        gender === 'she'
          ? (reporter(i) ??
            blockLabel ??
            here ??
            before ??
            // Beside someone the dataset says neither "he" nor "she" of, "she" has two answers.
            (undecided(herePeople) || undecided(previousPeople)
              ? undefined
              : (fits(carried) ?? fits(lastPerson))))
          : (fits(reporter(i)) ??
            fits(label) ??
            here ??
            before ??
            (twoSubjects
              ? undefined
              : (fits(carried) ?? fits(lastPerson) ?? pastOtherGender(lastPerson, fits))));
      const person = read && joined.includes(read) ? otherThan(joined, fits) : read;
      strangerFrom ??= strangerNameAt(text, names);
      // "fired its chief executive and rehired him": the description no name resolves is the pronoun's too,
      // when it is the object or a coordinated clause's subject ("… and he"), and no one is named or carried
      // just before ("Brockman was furious." | "After the board fired the chief executive, he quit").
      const speaking = describedReporter(i)?.entities.filter((id) => fits(id));
      const described = speaking?.length
        ? { entities: speaking }
        : herePeople.length ||
            before ||
            fits(carried) ||
            !(DESCRIBED_OBJECT.has(word) || COORDINATORS.has(tokens[i - 1]?.lower ?? ''))
          ? undefined
          : describedAntecedent(
              refAt,
              sentences[s]!.first,
              i,
              (id) => kindOf(matcher, id) === 'person',
              fits,
            );
      // The description in the pronoun's own sentence is nearer than anyone further up: "while the CEO was
      // away; with him back, …" means the CEO, not the last person named blocks before (pageReference.ts).
      // Else, nobody named in this block or the block before: the last person further up, or the page's
      // protagonist. A pronoun after one read so, with no one named in between, means the same ("he … him … he").
      const alternatives =
        !described && !label && !reporter(i) && (strangerFrom < 0 || strangerFrom > tokens[i]!.start)
          ? (pageAlternatives(leadingAlternatives(refAt, matcher, sentences[s]!.first, i), fits) ??
            (!herePeople.length && previous
              ? pageAlternatives(leadingAlternatives(refAt, matcher, previous.first, previous.last + 1), fits)
              : undefined) ??
            // The sentence before names people only as objects: its act decides among them (objectOnlyAntecedent.ts).
            (!herePeople.length && previous && !twoSubjects
              ? pageAlternatives(
                  objectOnlyPeople(
                    tokens,
                    refAt,
                    previous.first,
                    previous.last,
                    (id) => kindOf(matcher, id) === 'person',
                  ),
                  fits,
                )
              : undefined) ??
            (!range && !recentPeople.length && !here && !before && !twoSubjects && !fits(carried)
              ? pageAlternatives(context?.pageCandidates, fits)
              : undefined))
          : undefined;
      if (alternatives) {
        // "He's returning along with Altman": of the alternatives, not the person his own clause names after him.
        const possible = alternatives.filter(
          (id) => !namedLaterInClause(tokens, refAt, sentences[s]!.first, i, id) && !joined.includes(id),
        );
        if (possible.length)
          set({ first: i, last: i, entities: possible, conditional: true, alternatives: true });
        continue;
      }
      if (described && !label && !reporter(i)) {
        set({ first: i, last: i, entities: described.entities, conditional: true });
        continue;
      }
      // "He's returning along with Altman": not the person his own clause names after him.
      if (person && !namedLaterInClause(tokens, refAt, sentences[s]!.first, i, person)) entities = [person];
      // "Microsoft's Satya Nadella said they would join his company": the organisation the sentence ties him to.
      const company =
        person && entities && !quoted[i]
          ? ownersCompany(
              tokens,
              refAt,
              (id) => kindOf(matcher, id) === 'organisation',
              sentences[s]!.first,
              i,
              person,
            )
          : undefined;
      if (company) {
        set({ first: i, last: i + 1, entities: [company], description: true });
        i++;
        continue;
      }
      // "Nadella said they had hired him": the one read may be the act's doer, so the next reading is kept
      // for the act to choose (agentAsUndergoer.ts): the other person told of, else the last one named before.
      const otherwise =
        entities && OBJECT_PRONOUNS.has(word)
          ? (otherThan(entities, fits) ??
            (entities.includes(personBefore ?? '') ? undefined : fits(personBefore)))
          : undefined;
      if (otherwise) {
        set({ first: i, last: i, entities: entities!, otherwise: [otherwise] });
        seen(refAt[i]!);
        continue;
      }
    } else if (organisationForIt) {
      entities = [organisationForIt];
      lastOrganisation = organisationForIt;
    } else if (
      IT.has(word) &&
      lastOrganisation &&
      // "The board said he lied. It then hired Shear.": "it" is the board, not the organisation named before.
      !(word === 'it' && itFollowsOtherSubject(tokens, refAt, sentences, sentenceOf, i))
    )
      entities = [lastOrganisation];
    // "would join him there", "coming to work there": a place adverb after a verb stands for the company just named.
    else if (word === 'there' && lastOrganisation && isPlaceThere(tokens, i)) entities = [lastOrganisation];
    else if (FIRST_PERSON.has(word)) {
      // A quote card in quotation marks, signed on the line under it: its "I" is the signer's.
      const speaker = quoted[i]
        ? (speakerOf(i) ?? context?.signedBy)
        : (context?.signedBy ??
          context?.introducesQuoteBy ??
          colonSpeaker(matcher, tokens, refAt, i) ??
          // "on X saying, basically, I regret this": unquoted speech after a verb of saying.
          commaSpeaker(matcher, tokens, refAt, sentences[sentenceOf[i]!]!.first, i));
      if (speaker) entities = [speaker];
    } else if (word === 'both' && refAt[i + 1]?.first === i + 1) {
      // "hired both Altman and Brockman": "both … and" before the names, not the pair named before.
      continue;
    } else if (GROUP.has(word) || THEY.has(word)) {
      const sentence = sentences[sentenceOf[i]!]!;
      let people = peopleIn(refAt, matcher, sentence.first, i);
      if (people.length < 2 && sentenceOf[i]! > 0) {
        const before = sentences[sentenceOf[i]! - 1]!;
        people = peopleIn(refAt, matcher, before.first, before.last + 1);
      }
      if (people.length < 2 && GROUP.has(word)) {
        // "the pair": the last sentence before that named two people, in this block or the one before.
        for (
          let b = sentenceOf[i]! - 1;
          b >= Math.max(0, sentenceOf[i]! - PAIR_REACH) && people.length < 2;
          b--
        )
          people = peopleIn(refAt, matcher, sentences[b]!.first, sentences[b]!.last + 1);
        // "… Sam Altman. President Greg Brockman quit. Microsoft took on both men.": one from each sentence before.
        const s = sentenceOf[i]!;
        if (people.length < 2 && s >= 2 && !peopleIn(refAt, matcher, sentence.first, i).length)
          people =
            pairAcrossSentences(
              peopleIn(refAt, matcher, sentences[s - 1]!.first, sentences[s - 1]!.last + 1),
              peopleIn(refAt, matcher, sentences[s - 2]!.first, sentences[s - 2]!.last + 1),
              peopleIn(refAt, matcher, 0, sentence.first),
            ) ?? people;
        if (people.length < 2) people = context?.lastPair ?? [];
      }
      // "they" means the people only where two were just named, and no group that reports it stands
      // between ("the signatories warned, they would…"); "the pair" means them always.
      // "bring back Sam and Greg or they all walk": "all" makes "they" more than the two just named.
      const moreThanTwo = THEY.has(word) && tokens[i + 1]?.lower === 'all' && people.length === 2;
      if (
        people.length >= 2 &&
        !moreThanTwo &&
        (GROUP.has(word) ||
          (peopleIn(refAt, matcher, sentence.first, i).length >= 2 &&
            !theyOfSpeakingGroup(tokens, refAt, sentence.first, i)))
      )
        entities = people;
      // "the two founders", "both men": the noun the group word heads is part of the reference.
      const end = entities && GROUP.has(word) ? groupNounEnd(matcher, tokens, i, entities) : i;
      if (end > i) {
        set({ first: i, last: end, entities: entities! });
        seen(refAt[i]!);
        i = end;
        continue;
      }
    }
    if (entities) {
      set({ first: i, last: i, entities });
      seen(refAt[i]!);
    }
  }
  const people = new Set(range?.people);
  for (const ref of refAt)
    if (ref) for (const id of ref.entities) if (kindOf(matcher, id) === 'person') people.add(id);
  let words: Set<string> | undefined;
  const blockHas =
    range?.blockHas ?? ((word: string) => (words ??= new Set(tokens.map((t) => t.lower))).has(word));
  return {
    text,
    tokens,
    sentenceOf,
    sentences,
    refAt,
    quoted,
    people,
    startsBlock: from === 0,
    blockHas,
    ...(range ? { blockMentions: range.mentioned } : {}),
  };
}

/** What the next block may refer back to. */
export function contextAfter(matcher: Matcher, reading: BlockReading, range?: ReadingRange): ReadingContext {
  let lastPerson = range?.lastPerson;
  let lastOrganisation = range?.lastOrganisation;
  for (const ref of reading.refAt) {
    const id = ref?.entities.length === 1 ? ref.entities[0]! : undefined;
    if (!id) continue;
    if (kindOf(matcher, id) === 'person') lastPerson = id;
    else if (kindOf(matcher, id) === 'organisation') lastOrganisation = id;
  }
  // "the pair" in the next block means two people named near its end, not anywhere before.
  let lastPair: string[] = [];
  for (const sentence of reading.sentences.slice(-PAIR_SENTENCES)) {
    const people = peopleIn(reading.refAt, matcher, sentence.first, sentence.last + 1);
    if (people.length >= 2) lastPair = people;
  }
  const all = peopleIn(reading.refAt, matcher, 0, reading.tokens.length);
  let lastSubject: string | undefined;
  for (const sentence of reading.sentences)
    lastSubject = peopleIn(reading.refAt, matcher, sentence.first, sentence.last + 1)[0] ?? lastSubject;
  // A speaker: "Sutskever wrote on X:" before a quotation, or a post's author line ("Ilya Sutskever · Nov 20").
  const introduces =
    /:\s*$/.test(reading.text) || (all.length === 1 && reading.text.length <= 60 && /[@·]/.test(reading.text))
      ? all.at(-1)
      : undefined;
  const lastRemoved = removedNamedBefore(
    matcher,
    reading.text,
    reading.tokens,
    reading.refAt,
    reading.sentences,
    reading.sentences.length - 1,
    reading.tokens.length,
  );
  return {
    ...(lastPerson ? { lastPerson } : {}),
    ...(lastSubject ? { lastSubject } : {}),
    ...(lastOrganisation ? { lastOrganisation } : {}),
    lastPair,
    ...(introduces ? { introducesQuoteBy: introduces } : {}),
    words: { has: reading.blockHas },
    ...(lastRemoved ? { lastRemoved } : {}),
    entities: new Set([...(range?.mentioned ?? []), ...reading.refAt.flatMap((r) => r?.entities ?? [])]),
  };
}
