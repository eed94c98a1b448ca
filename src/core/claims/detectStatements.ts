import { capacityWithoutWant } from './capacityWithoutWant.ts';
import { untoldReason } from './untoldReason.ts';
import { attributedPerson } from './attributionLine.ts';
import { FAIL_FORMS } from './wordingVariants.ts';
import { elaborationBetween } from './elaborationSameAct.ts';
import { withoutSummaries } from './summedUpAct.ts';
import { advocatedNotDone } from './advocatedAct.ts';
import type { Frame } from '../dataset/schema.ts';
import { alternativeFor } from './pageReference.ts';
import { strangerNameAt } from './strangerName.ts';
import { claimsOfNoun, inDoubtAfter, toldEvent } from './toldEvent.ts';
import { headPastClauseObject, relativeClauseHead } from './relativeClauseHead.ts';
import { titleTellsAct } from './readDescriptions.ts';
import {
  ARTICLES,
  DEMONSTRATIVES,
  POSSESSIVE_DETERMINERS,
  SINGULAR_DEMONSTRATIVES,
} from '../text/determiners.ts';
import type { Matcher } from '../match/compileMatcher.ts';
import type { NameHit } from '../match/findNames.ts';
import { talkAbout } from './actTalkedAbout.ts';
import { returnsSomething } from './returnedObject.ts';
import { backIsNoun, backOverTime } from './backIdiom.ts';
import { deniedTitle } from './deniedTitle.ts';
import { detectDemands } from './detectDemands.ts';
import { pageAboutItself } from './pageAboutItself.ts';
import { insideReportedCondition } from './reportedCondition.ts';
import { insideDemandTerms } from './demandTerms.ts';
import { platformPhraseEnd, POSTED_LINE_FACT, postingAt, widenToPostingClause } from './postingClause.ts';
import { widenToRegretObject } from './regretObject.ts';
import { lineStandsAlone } from './standaloneLine.ts';
import { lineReferences, lineShownBefore, POINTS_AT_LINE, postedLine } from './lineReference.ts';
import { endBeforeNested } from './nestedSpans.ts';
import { absoluteWithBackground, widenToAbsoluteWith } from './absoluteWith.ts';
import { predictedEffect } from './predictedEffect.ts';
import { labelledItems } from './rowLabel.ts';
import { speakerPrediction } from './speakerPrediction.ts';
import { reporterCompanyAt } from './reporterCompany.ts';
import { undergoerOf } from './agentAsUndergoer.ts';
import { judgesOnePerson } from './judgedPerson.ts';
import { disputedVersion } from './disputedVersion.ts';
import { offeredAsAlternative } from './offeredAlternative.ts';
import { directionWithoutMove } from './directionPhrase.ts';
import { votesOnMatter } from './voteOnMatter.ts';
import { isInevitableProgressive } from './inevitableProgressive.ts';
import { CEASED, WITHDREW, familyWords, withFamilies } from './statementFamilies.ts';
import { wordingIndex, wordingsAt } from './wordingIndex.ts';
import { continuesNounPhrase, markerFollowsPost } from './complementEnd.ts';
import { postHeldElsewhere } from './postHeldElsewhere.ts';
import { postOfOther, receiverTailEnd, toldOfEarlierTime } from './givenPost.ts';
import { takesOwn } from './takesOwn.ts';
import { headlineShorthand } from './headlineShorthand.ts';
import { literalSeat } from './literalSeat.ts';
import { attributiveSorry } from './attributiveSorry.ts';
import { orThreat } from './ultimatumThreat.ts';
import { effortNotFact } from './effortNotFact.ts';
import { pushNotDemand } from './pushNotDemand.ts';
import { reporterHedge } from './reporterHedge.ts';
import { criticisedBefore } from './criticisedQuality.ts';
import { opensApposition } from './appositionMatch.ts';
import { ACTIVITY_LINKS, LINK_PARTICLES } from './unitTopicLink.ts';
import { formedAfterHead, formingBeforePhrase, linkAfterPlace } from './unitInTheMaking.ts';
import {
  coordinated,
  coordinatedRight,
  forecastAfter,
  objectAt,
  isAdverb,
  isClauseMark,
  isDeniedOrAsked,
  isDeniedReport,
  isQuestion,
  isUnstated,
  NEGATIONS,
  newReport,
  opensWithCondition,
  orderedInfinitive,
  subjectEndingAt,
  verbGroup,
  wouldIsConditional,
  namedAfterPost,
} from './readClause.ts';
import { describedAsSubject } from './describedAs.ts';
import { frontedGerundClause } from './frontedGerund.ts';
import { messageOwner } from './messageOwner.ts';
import { fitsPronoun } from './discourseSubject.ts';
import {
  dashListSubject,
  fragmentRunSubject,
  opensParticipleItem,
  participleItemStart,
} from './participleListItem.ts';
import {
  contextAfter,
  readBlock,
  SUBJECT_OPENERS,
  type BlockReading,
  type ReadingContext,
  type Reference,
} from './readReferences.ts';
import {
  dekSubject,
  focusSubject,
  subjectReach,
  timelineSubject,
  type SubjectReach,
} from './structuralSubject.ts';
import { LONG_BLOCK, readingTail, readingWindows } from './readWindows.ts';
import { FIELD_ROW, isCell, type BlockLead } from '../page/blockLead.ts';
import { isFurniture } from '../page/railContext.ts';
import type { StatementLexicon, Trigger } from './statementLexicon.ts';
import { statementVerdict, type StatementVerdict } from './statementVerdict.ts';
import { hitsAcrossAsides, type WindowReader } from './asideRereading.ts';
import { subordinateEnd } from './subordinateSpan.ts';
import { holderAfterRoles, ROLE_WORDS } from './coordinatedTitle.ts';
import { describedHolder } from './describedTitle.ts';
import { verbForms } from '../text/inflectVerb.ts';
import { voteWithoutSeat } from './voteWithoutSeat.ts';
import { TIME_NOUNS, TIME_PHRASE_REACH, TIME_PHRASE_WORDS, timePhraseEnd } from './timePhrase.ts';

export interface StatementHit extends StatementVerdict {
  start: number;
  end: number;
  claimId: string;
  /** The page's words for it. */
  phrase: string;
  /** "The chief scientist signing a letter…": a claim whose subject is a description the page must resolve. */
  requires?: PageRequirement;
}

/** A trigger found in a block: the words, the frame they may state, and what the block before left. */
interface Found {
  reading: BlockReading;
  frame: Frame;
  trigger: Trigger;
  at: number;
  context: ReadingContext | undefined;
  /** Every claim's triggers: whether a noun is one claim's alone (toldEvent.ts). */
  lexicon?: StatementLexicon;
}

/** Where a frame's act was found: the token range to mark and the fact it states. */
export interface FrameMatch {
  first: number;
  last: number;
  claimId: string;
  fact: string;
  requires?: PageRequirement;
  /** A clause of its own told with its own verb ("…, warning that they would leave"): never merged with the match before. */
  ownClause?: boolean;
  /** "will run a new group at Microsoft": the act leads a unit just formed, which may be the claim instead. */
  leadsUnit?: boolean;
  /** A piece of a demand, already joined to its other pieces by the demand's own rules (its ultimatum stays apart). */
  demand?: boolean;
  /** An act told bare (a frame's `alone` wording: "went the same day"), which a retelling in steps may sum up. */
  bare?: boolean;
}

/** A match that rests on a description only the page resolves: it holds where the page names `named` and none of `unlessNamed`. */
export interface PageRequirement {
  named: string;
  unlessNamed: string[];
}

/** Phrases this long identify their claim (compileMatcher's claim phrases). */
const STANDALONE_PHRASE_WORDS = 3;
/** How far after an act its complement may come ("removed Greg Brockman from the board"). */
const COMPLEMENT_WINDOW = 9;
/** The complement of a quality that fell short ("his candour was lacking"): what criticism of it also says. */
const SHORTFALL_FAMILY = '%shortfall';
/** The staff letter's judgement that the board is unfit to oversee the company. */
const UNFIT_BOARD = 'lacks-competence';
/** A word that makes the act another fact comes right after it ("rejoins the board", "step down as chairman"). */
const EXCLUDE_WINDOW = 3;
/** Two matches of one claim this close in a sentence are one instance ("away from research and into ChatGPT"). */
const SAME_INSTANCE_GAP = 2;
/** The same fact twice in a clause or two of one sentence is one instance told twice ("not open with it, and that it had lost confidence"). */
const SAME_FACT_GAP = 8;
/** The same fact's two halves coordinated by "and" under one report may sit further apart ("had not been straight with it, consistently, and it had lost confidence"). */
const COORDINATED_FACT_GAP = 16;
/** Adjectives that may sit between a possessor and a noun for the act ("Altman's swift return"). */
const NOUN_ADJECTIVES = new Set([
  'formal',
  'official',
  'swift',
  'eventual',
  'quick',
  'sudden',
  'abrupt',
  'dramatic',
  'triumphant',
  'brief',
  'stunning',
  'surprise',
  'rapid',
  'reported',
  'shock',
  'own',
  ...['grovelling', 'groveling', 'public', 'humiliating', 'remarkable', 'extraordinary', 'astonishing'],
  ...['spectacular', 'tearful', 'full', 'late', 'belated', 'second'],
  // "his deep regret", "a heartfelt apology": the feeling's own adjectives.
  ...['deep', 'deepest', 'profound', 'sincere', 'heartfelt', 'genuine', 'bitter', 'personal', 'open'],
  // "his short-lived stint", "his much-criticised exit".
  ...['short', 'short-lived', 'ill-fated', 'unexpected', 'hasty', 'messy', 'widely-reported'],
]);
/** "Shear's 72-hour stint", "his three-day tenure", "a two-week return": a length of time before the noun. */
const SPAN_ADJECTIVE =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-(?:hour|day|week|month|year)$/;
/** An adjective that may stand between a determiner and the noun for an act ("the formal reinstatement"). */
const isNounAdjective = (word: string) =>
  NOUN_ADJECTIVES.has(word) || /^\p{Ll}+-\p{Ll}+$/u.test(word) || SPAN_ADJECTIVE.test(word);
/** Intensifiers that may stand before "sorry" as adverbs do ("was very sorry", "was so sorry"). */
const INTENSIFIERS = new Set(['very', 'so', 'too', 'most', 'truly', 'really', 'awfully', 'terribly']);
/** Words between a subject and a title that name the employer ("Ilya Sutskever, OpenAI's chief scientist"). */
const TITLE_LINKS = new Set([
  'the',
  'its',
  'his',
  "'s",
  'a',
  'an',
  'co-founder',
  'and',
  'company',
  "company's",
  'then',
  'former',
  'ex',
  'longtime',
  'new',
  // "the company's own chief scientist", "its very own CTO", "OpenAI's current chief scientist".
  'own',
  'very',
  'current',
  'incumbent',
]);
/** Words that link an act to its role ("returned as chief executive of OpenAI"). */
const ROLE_LINKS = new Set(['as', 'to', 'of', 'the', 'its', 'at', 'in']);
/** Words that continue a return or an exit ("back at the helm"). */
const ROLE_TAIL = new Set([
  ...ROLE_LINKS,
  ...[
    'chief',
    'executive',
    'ceo',
    'president',
    'interim',
    'helm',
    'job',
    'post',
    'role',
    'company',
    'charge',
    'top',
    // "dropped as board chair": the board's title ends the act, not the board.
    'chair',
    'chairman',
    'chairwoman',
  ],
]);

/** What may follow a bare "go" after a comma when it is the leaving ("Brockman goes, too"). */
const GO_AFTERTHOUGHT = new Set(['too', 'as', 'also']);

/**
 * A bare "go" that is no leaving: "he goes, no thanks" (the colloquial "says"), and "gone", which sums
 * up a state ("had already gone — first removed, then…") rather than telling the act.
 */
function bareGoNotLeaving(reading: BlockReading, at: number): boolean {
  const { tokens } = reading;
  const word = tokens[at]!.lower;
  if (word === 'gone') return true;
  if (!/^(?:go|goes|went|going)$/.test(word)) return false;
  const next = tokens[at + 1]?.text ?? '';
  if (next === 'like') return true;
  return /^[,:]$/.test(next) && !GO_AFTERTHOUGHT.has(tokens[at + 2]?.lower ?? '');
}

/** "let" before a name and "go": a dismissal ("OpenAI let Brockman go"). */
const LETTING = new Set(['let', 'lets', 'letting']);
/** Adverbs that deny what they modify ("was hardly sorry"). */
const NEGATING_ADVERBS = new Set(['hardly', 'scarcely', 'barely', 'rarely', 'seldom', 'never', 'not']);

function wordsAt(reading: BlockReading, at: number, words: string[]): boolean {
  return words.every((w, k) => reading.tokens[at + k]?.lower === w);
}

/** Words that open an apposition ("the platform for…", "a service that…"). */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an']);

/** Where a second apposition that opens at the comma `open` closes, if "as" follows it. */
function secondAppositionEnd(reading: BlockReading, open: number): number | undefined {
  if (!APPOSITION_OPENERS.has(reading.tokens[open + 1]?.lower ?? '')) return undefined;
  for (let k = open + 2; k <= open + 9 && reading.sentenceOf[k] === reading.sentenceOf[open]; k++) {
    const text = reading.tokens[k]!.text;
    if (text === ',') return reading.tokens[k + 1]?.lower === 'as' ? k : undefined;
    if (isClauseMark(reading, k)) return undefined;
  }
  return undefined;
}

/** Tokens after `from` up to the clause's end, at most `window`. */
function* clauseAfter(reading: BlockReading, from: number, window = COMPLEMENT_WINDOW): Generator<number> {
  let end = Math.min(reading.tokens.length, from + 1 + window);
  for (let k = from + 1; k < end; k++) {
    if (reading.sentenceOf[k] !== reading.sentenceOf[from]) return;
    // One apposition right after the act is skipped: "appointed Emmett Shear, the co-founder of Twitch, as interim CEO".
    if (k === from + 1 && reading.tokens[k]!.text === ',') {
      let close = k + 1;
      while (close < end + 8 && reading.tokens[close] && reading.tokens[close]!.text !== ',') close++;
      if (reading.tokens[close]?.text !== ',') return;
      // A second apposition on the first, right before "as": "chose Emmett Shear, one of the founders
      // of Twitch, the platform for streaming games, as temporary chief executive".
      const second = secondAppositionEnd(reading, close);
      if (second !== undefined) close = second;
      end = Math.min(reading.tokens.length, close + 1 + window);
      k = close;
      continue;
    }
    // So is a parenthesis: "picks Emmett Shear (ex-Twitch) as interim CEO".
    if (k === from + 1 && reading.tokens[k]!.text === '(') {
      const close = parenthesisClose(reading, k);
      if (close === undefined) return;
      end = Math.min(reading.tokens.length, close + 1 + window);
      k = close;
      continue;
    }
    if (isClauseMark(reading, k)) return;
    yield k;
  }
}

/** How far a parenthesis skipped after an act may run. */
const PARENTHESIS_REACH = 8;

/** The ")" that closes the parenthesis opened at `open`, in its sentence and within reach. */
function parenthesisClose(reading: BlockReading, open: number): number | undefined {
  const { tokens, sentenceOf } = reading;
  for (let k = open + 1; k <= open + PARENTHESIS_REACH && tokens[k]; k++) {
    if (tokens[k]!.text === ')') return k;
    if (sentenceOf[k] !== sentenceOf[open] || tokens[k]!.text === '(') return undefined;
  }
  return undefined;
}

/**
 * Where the first of `words` (or `@entity`, or words then `@entity`: "at @microsoft") ends in the
 * clause after `from`, and whether it was a place ("at @microsoft").
 */
function findAfter(
  reading: BlockReading,
  from: number,
  words: readonly string[] | undefined,
  window = COMPLEMENT_WINDOW,
): { first?: number; last: number; place: boolean } | undefined {
  if (!words?.length) return undefined;
  const index = wordingIndex(withFamilies(words));
  for (const k of clauseAfter(reading, from, window)) {
    const lower = reading.tokens[k]!.lower;
    // "there" may stand for a place at the end of any wording: those are looked at in full.
    for (const { parts, entity } of lower === 'there' ? index.all : wordingsAt(index, lower)) {
      // "Microsoft said he would work there": "there" for the place, the organisation just named.
      if (entity && reading.tokens[k]!.lower === 'there' && parts.every((p) => THERE_FOR.has(p)))
        if (organisationBefore(reading, k) === entity) return { last: k, place: parts.length > 0 };
      if (parts.length && !wordsAt(reading, k, parts)) continue;
      if (entity === undefined) return { first: k, last: k + parts.length - 1, place: false };
      const ref = reading.refAt[k + parts.length];
      // "head a new division at the company": a place, where the frame asked for the entity itself
      // ("lands at Microsoft" is where he arrives).
      const at =
        parts.length > 0 || (k - 1 > from + 1 && PLACE_WORDS.has(reading.tokens[k - 1]?.lower ?? ''));
      // "Nadella wrote that Altman was joining his company": the reporter's own organisation, not
      // the one the sentence named last.
      const reporters = reporterCompanyAt(reading, k + parts.length);
      if (reporters) {
        if (reporters.organisation === entity) return { last: reporters.last, place: at };
        continue;
      }
      if (ref?.entities.includes(entity)) return { last: ref.last, place: at };
    }
  }
  return undefined;
}

/** Prepositions "there" stands in for with its place ("work there" for "work at Microsoft"). */
const THERE_FOR = new Set(['at', 'for', 'with', 'in', 'inside', 'within', 'to']);

/** The organisation named last before `at`, in its sentence or the one before: what "there" points to. */
function organisationBefore(reading: BlockReading, at: number): string | undefined {
  const sentence = reading.sentenceOf[at]!;
  const from = reading.sentences[Math.max(0, sentence - 1)]!.first;
  for (let k = at - 1; k >= from; k--) {
    const ref = reading.refAt[k];
    if (ref && !ref.conditional && ref.entities.length === 1 && !reading.people.has(ref.entities[0]!))
      return ref.entities[0];
  }
  return undefined;
}

/** Prepositions that make an entity after them the place of the act. */
const PLACE_WORDS = new Set(['at', 'inside', 'within']);

/** Words an act may be followed by and still stand alone in its clause ("leaving too", "left in protest"). */
const ALONE_TAIL = new Set(['too', 'as', 'well', 'in', 'protest', 'solidarity', 'instead', 'altogether']);

/** "of his own accord", "of her own volition": the manner of an act done unasked, not what it is done to. */
const OWN_ACCORD = /^of (?:his|her|their) own (?:accord|volition|free will)\b/;

/** The last token of an OWN_ACCORD phrase that opens at `k`, if one does. */
function ownAccordEnd(reading: BlockReading, k: number): number | undefined {
  if (reading.tokens[k]?.lower !== 'of') return undefined;
  const start = reading.tokens[k].start;
  const manner = OWN_ACCORD.exec(reading.text.slice(start, start + 30).toLowerCase());
  return manner ? k + manner[0].split(' ').length - 1 : undefined;
}

/**
 * Nothing but adverbs follows the act in its clause, or a manner phrase that leaves it whole: "left of
 * his own accord" (not "left the meeting"). A time phrase does not ("went the same day" mostly sums up
 * steps a next sentence tells, and the re-reading across asides reads no sentence after it).
 */
function standsAlone(reading: BlockReading, last: number): boolean {
  let skipTo = last;
  for (const k of clauseAfter(reading, last, 6)) {
    if (k <= skipTo) continue;
    const word = reading.tokens[k]!.lower;
    if (ALONE_TAIL.has(word) || isAdverb(word)) continue;
    const manner = ownAccordEnd(reading, k);
    if (manner === undefined) return false;
    skipTo = manner;
  }
  return true;
}

/** Extends an act over its role ("will return as chief executive of OpenAI"). */
function roleTail(reading: BlockReading, last: number): number {
  let end = last;
  for (const k of clauseAfter(reading, last, 7)) {
    // "left of his own accord": the manner, not a role.
    if (ownAccordEnd(reading, k) !== undefined) break;
    const ref = reading.refAt[k];
    // "return to OpenAI", not "regret my participation".
    if (ref) {
      if (k > last + 1) end = ref.last;
      // "given back the chief executive's job": the description is the job's, not someone's.
      const job = reading.tokens[ref.last + 1]?.lower === "'s" ? ref.last + 2 : ref.last + 1;
      // "restored to his post", not "regret my role": a possessive only after a link word.
      const determiner =
        k === last + 1 && /^(?:my|his|her|its|their|our)$/.test(reading.tokens[ref.first]!.lower);
      if (!determiner && JOB_NOUNS.has(reading.tokens[job]?.lower ?? '')) end = job;
      break;
    }
    const word = reading.tokens[k]!.lower;
    if (!ROLE_TAIL.has(word)) break;
    if (!ROLE_LINKS.has(word)) end = k;
  }
  return end;
}

const involves = (entities: string[] | undefined, frame: Frame) =>
  !!entities && !!frame.subject?.some((id) => entities.includes(id));

/**
 * Below a name label (a <dt>, a row header), a sentence or clause that opens
 * without a subject ("Resigned in solidarity…", "…; back in the job") is the
 * labelled person's: `before` is the token before the act's group. Under a
 * heading about someone, or after their name as a sentence of its own, a
 * sentence that opens without a subject is theirs (structuralSubject.ts).
 */
function labelled(found: Found, before: number): { first: number; entities: string[] } | undefined {
  const { reading, context } = found;
  const sentence = reading.sentences[reading.sentenceOf[found.at]!]!;
  const person = context?.label ?? carriedTo(reading, context?.carried, sentence.first, found.at);
  // "Brockman demoted from chairman. Quits that night.": the run's subject, where nothing heads the block.
  const run = person ? undefined : fragmentRunSubject(reading, reading.sentenceOf[found.at]!);
  const people = person ? [person] : run?.entities;
  if (!people) return undefined;
  // "Sam Altman — Fired on a Friday, back in the job on Tuesday": the label's own name and dash open the row.
  // "“BROCKMAN: DEMOTED” → “…THEN QUITS”": a caption's quotation marks and ellipses open no clause.
  let from = skipCaptionMarks(reading, sentence.first, before);
  const name = reading.refAt[from];
  if (context?.label && name?.first === from && name.entities.includes(context.label)) {
    const mark = reading.tokens[name.last + 1]?.text ?? '';
    if (LINE_HEAD_MARK.test(mark) && name.last + 1 < before) from = name.last + 2;
  }
  from = skipCaptionMarks(reading, from, before);
  // What stands right before the act, back over the caption's marks: "→ “…then quits".
  let mark = before;
  while (mark >= from && CAPTION_MARKS.test(reading.tokens[mark]!.text)) mark--;
  const opens =
    mark < from ||
    LINE_HEAD_MARK.test(reading.tokens[mark]?.text ?? '') ||
    reading.tokens[mark]?.text === ';' ||
    (reading.tokens[before]?.text === ',' && subjectless(reading, from, before)) ||
    headlessList(reading, from, before, people);
  return opens ? { first: before + 1, entities: people } : undefined;
}

/** Quotation marks and ellipses around a caption's words. */
const CAPTION_MARKS = /^(?:["“”‘’'…]|\.\.\.)$/u;
/** What sets a line's head off from what it says of them: "Brockman — quits", "BROCKMAN: DEMOTED", "Altman → out". */
const LINE_HEAD_MARK = /^[—–:→]$/u;

function skipCaptionMarks(reading: BlockReading, from: number, before: number): number {
  while (from < before && CAPTION_MARKS.test(reading.tokens[from]!.text)) from++;
  return from;
}

/**
 * The structural subject a sentence may take: its block's heading's or opening name's, where the
 * sentence opens without a subject and no other person is named between.
 */
function carriedTo(reading: BlockReading, carried: SubjectReach | undefined, first: number, at: number) {
  if (!carried) return undefined;
  const opening = reading.tokens[first]!;
  if (opening.start < carried.from || reading.tokens[at]!.start >= carried.until) return undefined;
  if (reading.refAt[first] || SUBJECT_OPENERS.has(opening.lower) || !/^\p{Lu}/u.test(opening.text))
    return undefined;
  return carried.person;
}

/** Words that open a clause with a subject of its own after a comma ("…, the board said"). */
const CLAUSE_SUBJECTS = new Set<string>([...ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVE_DETERMINERS]);

/**
 * "Fired by video call, courted by a trillion-dollar company, and reinstated inside a week": a
 * list of acts that shares the sentence's missing subject, up to "and" or "then" before this one.
 */
function headlessList(reading: BlockReading, from: number, to: number, people: readonly string[]): boolean {
  const { tokens } = reading;
  if (!/^(?:and|then)$/.test(tokens[to]?.lower ?? '') || to <= from) return false;
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.lower;
    // "Fired by a board that said he had not been candid, …": a subordinate clause has its own subject.
    const clauseEnd = subordinateEnd(reading, k, to);
    if (clauseEnd !== undefined) {
      k = clauseEnd - 1;
      continue;
    }
    if (PRONOUNS.has(word)) return false;
    if (tokens[k - 1]?.text === ',' && CLAUSE_SUBJECTS.has(word)) return false;
    const ref = reading.refAt[k];
    if (ref?.entities.some((id) => !people.includes(id) && reading.people.has(id))) return false;
  }
  return true;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which']);

/** "Axed Friday, back Wednesday": no one is named or pointed to before the comma. */
function subjectless(reading: BlockReading, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    // "Fired by a board that said he had misled it, hired by …": the relative clause's own subject.
    const clauseEnd = k > from ? subordinateEnd(reading, k, to) : undefined;
    if (clauseEnd !== undefined) {
      k = clauseEnd - 1;
      continue;
    }
    // "Sacked on Friday, snapped up by Microsoft on Sunday, restored …": an earlier item of the
    // list names its agent or place after a preposition, and a comma opens the next participle.
    const ref = reading.refAt[k];
    if (ref && PREPOSITIONS.has(reading.tokens[k - 1]?.lower ?? '')) {
      k = ref.last;
      continue;
    }
    if (reading.tokens[k]!.text === ',' && opensParticipleItem(reading, k + 1)) continue;
    if (ref || PRONOUNS.has(reading.tokens[k]!.lower) || reading.tokens[k]!.text === ',') return false;
  }
  return true;
}

/** Prepositions whose object is named in an item of a list, not its subject ("hired by Microsoft"). */
const PREPOSITIONS = new Set(['by', 'to', 'at', 'from', 'for', 'with', 'of', 'in', 'on', 'into']);

/** "and by nightfall had quit": the conjunction before a short time phrase that ends at `groupFirst`. */
function timePhraseStart(reading: BlockReading, groupFirst: number): number | undefined {
  const { tokens, refAt } = reading;
  let timed = false;
  let k = groupFirst - 1;
  for (; k >= Math.max(0, groupFirst - TIME_PHRASE_REACH); k--) {
    const word = tokens[k]!.lower;
    if (refAt[k] || !TIME_PHRASE_WORDS.has(word)) break;
    if (TIME_NOUNS.has(word)) timed = true;
  }
  return timed && k < groupFirst - 1 && /^(?:and|then|but)$/.test(tokens[k]?.lower ?? '') ? k : undefined;
}

/** "…, then said sorry", "…, having just been dumped as chairman": the verb takes the subject of the clause before. */
function sharedSubject(reading: BlockReading, groupFirst: number) {
  const { tokens } = reading;
  if (tokens[groupFirst - 1]?.lower === 'then') return subjectEndingAt(reading, groupFirst - 1);
  // "and, hours later, resigned": an aside between commas after the conjunction.
  if (tokens[groupFirst - 1]?.text === ',') {
    for (let k = groupFirst - 2; k >= Math.max(0, groupFirst - 6); k--) {
      if (tokens[k]!.text !== ',') continue;
      return /^(?:and|then|but)$/.test(tokens[k - 1]?.lower ?? '')
        ? subjectEndingAt(reading, k - 1)
        : undefined;
    }
  }
  // "and by nightfall had quit", "and later that day resigned": a time phrase without commas after the conjunction.
  const conjunction = timePhraseStart(reading, groupFirst);
  if (conjunction !== undefined) return subjectEndingAt(reading, conjunction);
  // "having just been dumped": "having" ends the group before it, adverbs between.
  let k = groupFirst;
  if (tokens[k]?.lower !== 'being') for (k = groupFirst - 1; isAdverb(tokens[k]?.lower ?? ''); k--);
  const word = tokens[k]?.lower;
  const link = tokens[k - 1]?.lower ?? '';
  if (
    (word === 'having' || word === 'being') &&
    /^(?:,|after|before|since|upon|on|while|despite)$/.test(link)
  )
    return clauseSubject(reading, k);
  if (word === 'having' || word === 'being') return openingSubject(reading, k);
  // "Hours after losing the chairmanship, Brockman…": the gerund's subject follows its clause.
  if (frontedGerundClause(reading, groupFirst) !== undefined) return openingSubject(reading, groupFirst);
  return undefined;
}

/**
 * "Nov 17: Brockman removed as board chair; quits later that day": a clause after a semicolon that
 * opens with its verb is about the one who opens the clause before.
 */
function afterSemicolon(reading: BlockReading, semicolon: number) {
  const { tokens, sentenceOf } = reading;
  if (tokens[semicolon]?.text !== ';') return undefined;
  // "…; quits are rare": a noun that is the next clause's subject, not its verb.
  const next = tokens[semicolon + 2]?.lower ?? '';
  if (AUX_WORDS.has(next) || /^(?:are|were)$/.test(next)) return undefined;
  let k = semicolon - 1;
  while (k >= 0 && sentenceOf[k] === sentenceOf[semicolon] && !/^[;:]$/.test(tokens[k]!.text)) k--;
  const ref = reading.refAt[k + 1];
  return ref?.first === k + 1 && ref.entities.some((id) => reading.people.has(id))
    ? coordinatedRight(reading, k + 1)
    : undefined;
}

/** How far a sentence-opening participle clause may run before the comma that ends it. */
const OPENING_CLAUSE_REACH = 16;

/**
 * "Restored to the top job, Altman thanked staff", "Having apologised, Sutskever signed": a participle
 * opening its sentence is about the subject that follows the comma closing its clause; so is a gerund
 * after an opening preposition of time ("Hours after losing the chairmanship, Brockman…", frontedGerund.ts).
 */
function openingSubject(reading: BlockReading, groupFirst: number) {
  const { tokens, sentenceOf } = reading;
  const sentence = reading.sentences[sentenceOf[groupFirst]!]!;
  const clauseFirst = groupFirst === sentence.first ? groupFirst : frontedGerundClause(reading, groupFirst);
  if (clauseFirst === undefined) return undefined;
  for (
    let k = groupFirst + 1;
    k <= clauseFirst + OPENING_CLAUSE_REACH && sentenceOf[k] === sentenceOf[groupFirst];
    k++
  ) {
    // A name inside the clause is its own ("Poached by Microsoft"): only the one after the comma is the subject.
    if (tokens[k]!.text !== ',') {
      if (isClauseMark(reading, k)) return undefined;
      continue;
    }
    const ref = reading.refAt[k + 1];
    return ref?.first === k + 1 && ref.entities.some((id) => reading.people.has(id))
      ? coordinatedRight(reading, k + 1)
      : undefined;
  }
  return undefined;
}

/** How far after the subject that closes an opening participle clause its own verb may come ("he then quit"). */
const MAIN_VERB_REACH = 3;

/**
 * "Stripped of his board chairmanship, he quit the company": the opening participle and the act of
 * its subject right after are one telling of the claim, one mark.
 */
function actsOfOpeningSubject(reading: BlockReading, opening: FrameMatch, main: FrameMatch): boolean {
  if (main.first <= opening.last) return false;
  const subject = openingSubject(reading, opening.first);
  return !!subject && subject.last < main.first && main.first <= subject.last + MAIN_VERB_REACH;
}

/** How far into its sentence the subject of a participle clause may be named ("His right-hand man Greg Brockman"). */
const CLAUSE_SUBJECT_REACH = 6;

/** The first one named near the start of the sentence: who a participle clause after it is about. */
function clauseSubject(reading: BlockReading, at: number) {
  const sentence = reading.sentences[reading.sentenceOf[at]!]!;
  const end = Math.min(at, sentence.first + CLAUSE_SUBJECT_REACH);
  for (let k = sentence.first; k < end; k++) {
    const ref = reading.refAt[k];
    // "His right-hand man Greg Brockman": a possessive is not the subject.
    if (ref && /^(?:his|her|its|their)$/.test(reading.tokens[k]!.lower)) continue;
    if (ref) return ref.first === k ? coordinatedRight(reading, k) : undefined;
  }
  return undefined;
}

/** Checks shared by every act: stated, in this clause, by this subject. */
function isStated(reading: BlockReading, verb: number, groupFirst: number, subjectFirst: number): boolean {
  const group = verbGroup(reading, verb);
  if (group.negated || group.possibility) return false;
  // "demanded that … Altman be reinstated": a bare "be" after its subject is a subjunctive, a wish.
  if (reading.tokens[group.first]?.lower === 'be') return false;
  if (group.would && wouldIsConditional(reading, verb)) return false;
  if (isQuestion(reading, verb)) return false;
  if (agreementUndone(reading, verb)) return false;
  if (namesWhichBoard(reading, groupFirst)) return false;
  if (forecastAfter(reading, verb)) return false;
  if (isInevitableProgressive(reading, verb)) return false;
  if (orderedInfinitive(reading, group.first)) return false;
  return !isUnstated(reading, Math.min(groupFirst, subjectFirst));
}

/** Nouns for the board that a relative clause may single out. */
const BOARD_NOUNS = new Set(['board', 'directors']);

/**
 * "joined the board that brought Altman back", "the board which agreed to bring him back": the
 * clause says which board is meant, it does not tell the act (unless a cleft states it: "It was a
 * new board that brought Altman back").
 */
function namesWhichBoard(reading: BlockReading, groupFirst: number): boolean {
  const { tokens, sentences, sentenceOf } = reading;
  if (!/^(?:that|which)$/.test(tokens[groupFirst - 1]?.lower ?? '')) return false;
  if (!BOARD_NOUNS.has(tokens[groupFirst - 2]?.lower ?? '')) return false;
  const { first } = sentences[sentenceOf[groupFirst]!]!;
  return !(tokens[first]?.lower === 'it' && /^(?:was|is|'s)$/.test(tokens[first + 1]?.lower ?? ''));
}

/** Verbs of agreeing, whose infinitive is what was agreed ("agreed in principle to let him come back"). */
const AGREED = new Set([
  ...['agreed', 'agree', 'agrees', 'agreeing', 'consented', 'consents', 'promised', 'promises'],
  ...['accepted', 'accepts', 'accepting', 'conceded', 'concedes', 'committed', 'commits'],
]);
/** What undoes an agreement after it ("…, then hesitated", "but backed out"). */
const AGREEMENT_UNDONE = new Set([
  ...['hesitated', 'balked', 'baulked', 'wavered', 'reneged', 'stalled', 'backtracked', 'missed'],
  ...['backed', 'pulled', 'changed', 'reversed', 'dithered', 'delayed', 'failed'],
]);
/** How far back the verb of agreeing may govern the act ("accepted, in principle, that it would resign and allow Altman and co-founder Greg Brockman back"). */
const AGREEMENT_REACH = 20;

/**
 * "the directors agreed in principle to step aside and let him come back, then hesitated": an
 * agreement the sentence itself says was not carried out states nothing.
 */
function agreementUndone(reading: BlockReading, verb: number): boolean {
  const { tokens, sentenceOf } = reading;
  const s = sentenceOf[verb];
  let agreed = false;
  for (let k = verb - 1; k >= Math.max(0, verb - AGREEMENT_REACH) && sentenceOf[k] === s; k--) {
    if (/^[.;:!?]$/.test(tokens[k]!.text)) break;
    if (AGREED.has(tokens[k]!.lower)) {
      agreed = true;
      break;
    }
  }
  if (!agreed) return false;
  for (let k = verb + 1; k < tokens.length && sentenceOf[k] === s; k++) {
    if (!/^(?:then|but)$/.test(tokens[k]!.lower)) continue;
    for (let j = k + 1; j <= k + 3 && sentenceOf[j] === s; j++)
      if (AGREEMENT_UNDONE.has(tokens[j]?.lower ?? '')) return true;
  }
  return false;
}

/** "again", "once more", "once again" at the end of a complement. */
const AGAIN_TAIL = / (?:once more|once again|again)$/;
/** A frame's complements that end in "again", without it (module cache: frames are few and fixed). */
const againless = new WeakMap<readonly string[], string[]>();
function withoutAgain(complement: readonly string[]): string[] {
  let stripped = againless.get(complement);
  if (!stripped) {
    stripped = complement.filter((c) => AGAIN_TAIL.test(c)).map((c) => c.replace(AGAIN_TAIL, ''));
    againless.set(complement, stripped);
  }
  return stripped;
}

/** "again" or "once more" inside the verb group, before the verb ("is once more running"). */
function againInGroup(reading: BlockReading, first: number, verb: number): number | undefined {
  for (let k = first; k < verb; k++) if (reading.tokens[k]!.lower === 'again') return k;
  for (let k = first; k < verb - 1; k++)
    if (reading.tokens[k]!.lower === 'once' && reading.tokens[k + 1]!.lower === 'more') return k;
  return undefined;
}

/**
 * Words that open another clause without a comma ("took the job in 2019 and again led…"): wider than
 * readClause's comma joiners, for a marker that must be the act's own.
 */
const JOINERS_WITHOUT_COMMA = new Set([
  'and',
  'but',
  'or',
  'before',
  'after',
  'when',
  'while',
  'then',
  'until',
  'since',
]);

/** A clause joiner lies between the act and a word of its clause: the word is the next clause's. */
function joinedBetween(reading: BlockReading, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (JOINERS_WITHOUT_COMMA.has(reading.tokens[k]!.lower)) return true;
  return false;
}

/**
 * Which organisations a frame's post may be of: those its complement names ("@openai"), or, where it
 * names none, any but a person and those it excludes.
 */
function postPlace(reading: BlockReading, frame: Frame): (entities: string[]) => boolean {
  const named = (frame.complement ?? []).filter((w) => w.startsWith('@')).map((w) => w.slice(1));
  const excluded = (frame.excludes ?? []).filter((w) => w.startsWith('@')).map((w) => w.slice(1));
  return (entities) =>
    named.length
      ? entities.some((id) => named.includes(id))
      : entities.every((id) => !reading.people.has(id) && !excluded.includes(id));
}

/** Coordinators that may open a second clause ("Altman is back and the board is gone"). */
const CLAUSE_COORDINATORS = new Set(['and', 'but', 'while', 'whereas']);
/** Determiners a second clause's subject may open with. */
const SUBJECT_DETERMINERS = new Set(['the', 'its', 'his', 'their', 'a', 'an', 'this', 'that']);
/** Verbs after a noun that make it the subject of its own clause ("the board is gone", "the board had quit"). */
const SUBJECT_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', "'s", 'will', 'would']);

/**
 * One of the frame's excluded words within reach after the act ("back on the board"), unless it is the
 * subject of a second clause the sentence coordinates ("Altman is back and the board is gone"): that
 * board is not where he came back to.
 */
function excludedAfter(reading: BlockReading, after: number, excludes: readonly string[]): boolean {
  const found = findAfter(reading, after, excludes, EXCLUDE_WINDOW);
  if (found === undefined) return false;
  const { tokens } = reading;
  const first = found.first ?? found.last;
  for (let k = after + 1; k < first; k++)
    if (
      CLAUSE_COORDINATORS.has(tokens[k]!.lower) &&
      SUBJECT_DETERMINERS.has(tokens[k + 1]?.lower ?? '') &&
      SUBJECT_VERBS.has(tokens[found.last + 1]?.lower ?? '')
    )
      return false;
  return true;
}

/** The complement the frame needs is there, and no word that makes it another fact. */
function complementOk(
  reading: BlockReading,
  frame: Frame,
  after: number,
  againBefore?: number,
  context?: ReadingContext,
): { ok: boolean; first?: number; last: number; place?: boolean } {
  if (frame.excludes && excludedAfter(reading, after, frame.excludes)) return { ok: false, last: after };
  if (frame.alone && !standsAlone(reading, after)) return { ok: false, last: after };
  if (!frame.complement) return { ok: true, last: after };
  const found =
    findAfter(reading, after, frame.complement) ??
    (againBefore !== undefined ? findAfter(reading, after, withoutAgain(frame.complement)) : undefined) ??
    postNamedBefore(reading, frame, after) ??
    postOfTheStory(reading, frame, after, context);
  if (found === undefined) return { ok: false, last: after };
  // "will take the top job at OpenAI again": a frame told only of a second time needs its marker.
  let last = found.last;
  if (frame.marker) {
    // "led OpenAI's fundraising again": the place owns what is done again.
    if (/^['’]s$/.test(reading.tokens[found.last + 1]?.text ?? '')) return { ok: false, last: after };
    // "was never CEO again", "is not at the helm again": "be" is denied after it.
    for (let k = after + 1; k < found.last; k++)
      if (NEGATIONS.has(reading.tokens[k]!.lower) || NEGATING_ADVERBS.has(reading.tokens[k]!.lower))
        return { ok: false, last: after };
    // "was again at the helm of a startup": the role is at some other company.
    if (
      /^(?:of|at)$/.test(reading.tokens[found.last + 1]?.lower ?? '') &&
      /^(?:a|an|another)$/.test(reading.tokens[found.last + 2]?.lower ?? '')
    )
      return { ok: false, last: after };
    // "will lead the startup scene again": the post's noun phrase goes on past the wording.
    const isPlace = postPlace(reading, frame);
    if (continuesNounPhrase(reading, found.last, isPlace)) return { ok: false, last: after };
    if (againBefore === undefined) {
      const marker = findAfter(reading, after, familyWords(frame.marker));
      if (marker === undefined || joinedBetween(reading, after, marker.last))
        return { ok: false, last: after };
      if (marker.last > found.last && !markerFollowsPost(reading, found.last, marker.last, isPlace))
        return { ok: false, last: after };
      last = Math.max(last, marker.last);
    }
  }
  // Or right after the complement: "went to Microsoft's headquarters for talks" is a visit.
  if (frame.excludes && findAfter(reading, found.last, frame.excludes, EXCLUDE_WINDOW) !== undefined)
    return { ok: false, last: after };
  // "packed in his job at Stripe", "will hold the CEO role again next year at Microsoft": a post
  // named without its organisation, placed at another one (postHeldElsewhere.ts).
  if (
    frame.complement.some((w) => w.startsWith('@')) &&
    !reading.refAt[found.last] &&
    postHeldElsewhere(reading, last, postPlace(reading, frame))
  )
    return { ok: false, last: after };
  return { ok: true, first: found.first, last, place: found.place };
}

/** The frame's agent is named in the sentence (or, for a noun, the one before or the block before). */
function agentOk(
  reading: BlockReading,
  frame: Frame,
  at: number,
  context: ReadingContext | undefined,
  wide: boolean,
) {
  if (!frame.agent) return true;
  const agents = frame.agent;
  const sentence = reading.sentenceOf[at]!;
  const from = reading.sentences[wide ? Math.max(0, sentence - 1) : sentence]!.first;
  for (let k = from; k <= reading.sentences[sentence]!.last; k++) {
    if (reading.refAt[k]?.entities.some((id) => agents.includes(id))) return true;
  }
  return (
    wide &&
    sentence === 0 &&
    reading.startsBlock &&
    !!context?.lastOrganisation &&
    agents.includes(context.lastOrganisation)
  );
}

/**
 * Verbs whose object a bare "back" may follow without the object being back ("put Sam back", "want him
 * back"); "bring him back" is the restoring frame's to read, with its modal or imperative.
 */
const WANTS_BACK = new Set([
  ...['bring', 'brings', 'brought', 'bringing'],
  ...['want', 'wants', 'wanted', 'wanting', 'need', 'needs', 'needed'],
  ...['demand', 'demands', 'demanded', 'demanding', 'wish', 'wished', 'like', 'expect', 'expected'],
]);
/** Words before "put" that make it an order or a plan, not a deed ("to put him back", "must put"). */
const PUT_UNDONE = new Set(['to', 'please', 'must', 'should', 'would', 'could', 'will', "'ll"]);

/** The verb at `verb` governs "X back" as a wish or an order: "wanted Altman back", "Step down, all of you, and put Sam back". */
function wantedBack(reading: BlockReading, verb: number): boolean {
  const word = reading.tokens[verb]?.lower ?? '';
  if (WANTS_BACK.has(word)) return true;
  if (word !== 'put') return false;
  const sentence = reading.sentences[reading.sentenceOf[verb]!]!;
  if (verb === sentence.first || PUT_UNDONE.has(reading.tokens[verb - 1]!.lower)) return true;
  // Said to "you": the speaker's order.
  for (let k = sentence.first; k < verb; k++)
    if (/^(?:you|your)$/.test(reading.tokens[k]!.lower)) return true;
  return false;
}

/**
 * Words that make a unit one just formed or set apart for them ("a new group", "a fresh research
 * outfit", "a brand-new lab", "a dedicated team"): the freshness words of microsoft-new-unit's noun phrase.
 */
const NEW_UNIT = new Set([
  ...['new', 'newly', 'freshly', 'fresh', 'brand-new', 'newly-formed', 'newly-created', 'newly-minted'],
  ...['freshly-minted', 'newly-launched', 'newly-established', 'dedicated', 'standalone', 'in-house'],
  ...['freshly-created', 'freshly-formed', 'just-launched', 'just-created', 'just-formed', 'recently'],
  ...['fledgling', 'nascent'],
  // The noun phrase's other words of that group: "an advanced AI research group", "his own lab".
  ...['advanced', 'own'],
]);
/** Nouns for a unit of an organisation: the heads of microsoft-new-unit's noun phrase. */
const UNIT_NOUNS = new Set([
  ...['group', 'unit', 'team', 'division', 'lab', 'laboratory', 'outfit', 'subsidiary', 'arm', 'hub'],
  ...['initiative', 'organisation', 'organization', 'venture', 'operation', 'effort', 'shop', 'squad'],
  ...['centre', 'center', 'institute', 'department', 'cell', 'wing', 'branch', 'section', 'entity'],
]);

/** Words after "to" that make it a preposition: "to a new team", "to Microsoft's lab". */
const AFTER_PREPOSITION_TO = new Set(['a', 'an', 'the', 'its', 'his', 'their', 'her', 'this', 'that']);

/** The word at `k`, after "to", opens an infinitive: a lower-case word that is no determiner nor name. */
const infinitiveAt = (reading: BlockReading, k: number) =>
  !!reading.tokens[k]?.isWord &&
  !reading.refAt[k] &&
  !AFTER_PREPOSITION_TO.has(reading.tokens[k].lower) &&
  !/^\p{Lu}/u.test(reading.tokens[k].text);

/** Between the act and its place, a unit just formed is led ("will run a new AI research group inside Microsoft"). */
function leadsNewUnit(reading: BlockReading, from: number, to: number): boolean {
  let fresh = false;
  for (let k = from + 1; k <= to && k < reading.tokens.length; k++) {
    const word = reading.tokens[k]!.lower;
    // "accepted an offer from Microsoft to head a unit": the unit is the infinitive's, another act (not
    // "moved to a new team", a preposition, nor "going to run a new unit", the act's own future).
    if (isClauseMark(reading, k) || (word === 'to' && k > from + 1 && infinitiveAt(reading, k + 1)))
      return false;
    if (NEW_UNIT.has(word)) fresh = true;
    // "a research group being set up for them": new by the clause after it.
    if (UNIT_NOUNS.has(word) && (fresh || formedAfterHead(reading, k + 1) !== undefined)) return true;
  }
  return false;
}

/** Participles of acts one does to a place or a post, which after "be" are done to the subject ("was left out"). */
const DONE_TO_PARTICIPLES = new Set(['left', 'abandoned', 'deserted', 'vacated', 'exited']);
/** Possessive determiners that are never a verb's subject ("his return"; not "her", an object too). */
const POSSESSIVE_ONLY = new Set(['his', 'its', 'their', 'my', 'our', 'your']);

/** Words after "left out of" that name what someone was kept out of ("it", "the vote"), not a motive ("loyalty"). */
const EXCLUDED_FROM = new Set(['it', 'the', 'that', 'this', 'these', 'those', 'its', 'their', 'all', 'any']);

/**
 * "left out of the decision", "left out of it": the participle of exclusion, not a departure; "left out
 * of loyalty", "left out of a sense of duty" give the motive of one.
 */
function leftOutOf(reading: BlockReading, at: number): boolean {
  const { tokens } = reading;
  return (
    tokens[at]!.lower === 'left' &&
    tokens[at + 1]?.lower === 'out' &&
    tokens[at + 2]?.lower === 'of' &&
    EXCLUDED_FROM.has(tokens[at + 3]?.lower ?? '')
  );
}

function matchAct(found: Found): FrameMatch | undefined {
  const { reading, frame, trigger, at } = found;
  // "Altman's return" is a noun: after a possessive only a participle or gerund is a verb ("Altman's been hired").
  // "sam's back": there "'s" is "is", and "back" no noun.
  if (
    reading.tokens[at - 1]?.lower === "'s" &&
    !trigger.forms?.some((f) => f === 'participle' || f === 'gerund') &&
    trigger.words[0] !== 'back'
  )
    return undefined;
  // "his return", "their comeback": after a possessive determiner the act's word is a noun (matchNoun).
  if (
    POSSESSIVE_ONLY.has(reading.tokens[at - 1]?.lower ?? '') &&
    !trigger.forms?.some((f) => f === 'participle' || f === 'gerund')
  )
    return undefined;
  // A frame told only with its marker ("again") is left at once where none is near: "is", "was" are everywhere.
  if (
    frame.marker &&
    !hasWordBetween(reading, Math.max(0, at - 4), at + COMPLEMENT_WINDOW + 2, familyWords(frame.marker))
  )
    return undefined;
  // "the company's CEO once more": after a noun "'s" owns; "he's CEO again" is "he is".
  if (
    frame.marker &&
    /^['’]s$/.test(trigger.words[0]!) &&
    !/^(?:he|she|it|who|that)$/.test(reading.tokens[at - 1]?.lower ?? '')
  )
    return undefined;
  let last = at + trigger.words.length - 1;
  /** "how sorry he was": where the inverted wording opens. */
  let how: number | undefined;
  if (trigger.particle) {
    const parts = trigger.particle.split(' ');
    // "was deeply sorry", "stepped quietly down": an adverb may stand before the particle, unless it negates.
    // "was very deeply sorry": up to two, an intensifier being one.
    let k = last + 1;
    for (let n = 0; n < 2 && !wordsAt(reading, k, parts); n++) {
      const adverb = reading.tokens[k]?.lower ?? '';
      if ((!isAdverb(adverb) && !INTENSIFIERS.has(adverb)) || NEGATING_ADVERBS.has(adverb)) break;
      k++;
    }
    // "confessed on X to deep remorse", "apologised late on Monday for": where or when, before the particle.
    const aside = wordsAt(reading, k, parts)
      ? undefined
      : (platformPhraseEnd(reading, k) ?? timePhraseEnd(reading, k));
    if (aside !== undefined && wordsAt(reading, aside + 1, parts)) k = aside + 1;
    if (wordsAt(reading, k, parts)) last = k - 1 + parts.length;
    else if ((how = sorryHowInverted(reading, at, parts)) === undefined) return undefined;
  }
  // "Sutskever's sorry excuse for a vote": "'s" before an adjective that heads a noun is no "is".
  if (attributiveSorry(reading, at, last)) return undefined;
  // "had his back", "go back eight years": "back" the noun or an old acquaintance, no return.
  for (let k = at; k <= last; k++)
    if (reading.tokens[k]!.lower === 'back' && (backIsNoun(reading, k) || backOverTime(reading, k)))
      return undefined;
  const group = verbGroup(reading, at);
  // "were left out of the vote", "was left behind": after "be" the participle is passive; he did not leave.
  if (group.passive && DONE_TO_PARTICIPLES.has(reading.tokens[at]!.lower)) return undefined;
  // "with Altman and Brockman, the other two, left out of it": "left out of" excludes someone, with or without "be".
  if (leftOutOf(reading, at)) return undefined;
  // "His post on X expressed deep remorse": the message's author expresses it (messageOwner.ts).
  let subject =
    messageOwner(reading, group.before, reading.tokens[at]!.lower) ?? subjectEndingAt(reading, group.before);
  if (subject) subject = headPastClauseObject(reading, subject, group.before);
  // "looking forward to returning": a gerund's subject is the clause's.
  if (!subject && trigger.forms?.includes('gerund')) {
    for (let k = group.before; k >= Math.max(0, at - 8) && !isClauseMark(reading, k); k--) {
      if (reading.refAt[k]) {
        subject = subjectEndingAt(reading, k);
        break;
      }
    }
  }
  // "Altman, back as chief executive, thanked staff": "back" and its role set off after the name.
  if (!subject && trigger.words[0] === 'back' && reading.tokens[group.before]?.text === ',')
    if (reading.refAt[group.before - 1] && roleTail(reading, last) > last)
      subject = subjectEndingAt(reading, group.before - 1);
  subject ??=
    labelled(found, group.before) ??
    sharedSubject(reading, group.first) ??
    afterSemicolon(reading, group.before) ??
    relativeClauseHead(reading, group.before);
  // "said he could not wait to be back": eagerness under a negation is not a denial; the act is his.
  const eager = eagerFor(reading, group.first);
  if (!subject && eager) subject = subjectEndingAt(reading, eager.before);
  if (!subject || !involves(subject.entities, frame)) return undefined;
  // "put Sam and Greg back", "wanted Altman back": the name is another verb's object, and that verb (a wish, an order) is the act.
  if (trigger.words[0] === 'back' && wantedBack(reading, subject.first - 1)) return undefined;
  // "OpenAI let Brockman go": the idiom of a dismissal, the one who lets him go acts ("let him leave" is his leaving).
  if (reading.tokens[at]!.lower === 'go' && LETTING.has(reading.tokens[subject.first - 1]?.lower ?? ''))
    return undefined;
  // Only where the act stands alone: "has gone to Microsoft" is the move it tells.
  if (frame.alone && !trigger.particle && bareGoNotLeaving(reading, at)) return undefined;
  // "the board that took Altman back": the name is the object of a clause that says which board.
  if (trigger.words[0] === 'back' && namesWhichBoard(reading, subject.first - 1)) return undefined;
  // "Nadella said Altman was coming aboard": an act that names no place needs the one it joins named nearby.
  if (!agentOk(reading, frame, at, found.context, true)) return undefined;
  if (
    eager
      ? isUnstated(reading, Math.min(eager.first, subject.first))
      : !isStated(reading, at, group.first, subject.first)
  )
    return undefined;
  // "I regret nothing": the act denied by its object.
  if (/^(?:nothing|none)$/.test(reading.tokens[last + 1]?.lower ?? '')) return undefined;
  // "returned the favour", "returned fire": giving something back is no coming back (returnedObject.ts).
  if (returnsSomething(reading, last)) return undefined;
  const complement = complementOk(reading, frame, last, againInGroup(reading, group.first, at));
  if (!complement.ok) return undefined;
  // "Altman and Brockman would lead a new group at Microsoft": who acts, and the act, are the claim —
  // unless what they lead is a unit just formed: then the unit is the news, and its own claim. A unit
  // between the verb and its place makes "head" lead, not travel ("is to head a fresh AI group there").
  if (complement.place || (frame.complement && leadsNewUnit(reading, last, complement.last)))
    return {
      first: subject.first,
      last,
      claimId: '',
      fact: frame.fact,
      ...(leadsNewUnit(reading, last, at + COMPLEMENT_WINDOW) ? { leadsUnit: true } : {}),
    };
  return {
    first: how ?? eager?.first ?? group.first,
    // "resumed his post as chief executive": the role after the complement belongs to the act.
    last: roleTail(reading, frame.complement ? complement.last : last),
    claimId: '',
    fact: frame.fact,
  };
}

/** Forms of "be" that close an exclamative after their subject ("how sorry he was"). */
const BE_AFTER_SUBJECT = new Set(['is', 'was', 'are', 'were', 'am']);

/**
 * "to say how deeply sorry he was", "how sorry I am": the adjective of "be sorry" put before its
 * subject by "how"; `at` is the form of "be" after the subject.
 */
function sorryHowInverted(reading: BlockReading, at: number, parts: string[]): number | undefined {
  const { tokens, refAt } = reading;
  if (parts.length !== 1 || !BE_AFTER_SUBJECT.has(tokens[at]!.lower)) return undefined;
  const subject = refAt[at - 1];
  if (!subject || subject.last !== at - 1) return undefined;
  let k = subject.first - 1;
  if (tokens[k]?.lower !== parts[0]) return undefined;
  for (k--; k >= subject.first - 4; k--) {
    const word = tokens[k]?.lower ?? '';
    if (NEGATING_ADVERBS.has(word) || (!isAdverb(word) && !INTENSIFIERS.has(word))) break;
  }
  if (tokens[k]?.lower !== 'how') return undefined;
  // "never said how sorry he was": the report of it denied.
  return k > 0 && verbGroup(reading, k - 1).negated ? undefined : k;
}

/** "can't wait to", "could not wait to": an eagerness that states the act to come, not a denial. */
function eagerFor(reading: BlockReading, groupFirst: number) {
  const { tokens } = reading;
  if (tokens[groupFirst]?.lower !== 'to' || tokens[groupFirst - 1]?.lower !== 'wait') return undefined;
  const wait = verbGroup(reading, groupFirst - 1);
  // Only the negated "wait" is eager ("could not wait to be back"); "will wait to return" is a plan.
  if (!wait.negated || wait.would) return undefined;
  if (isQuestion(reading, groupFirst)) return undefined;
  return wait;
}

/**
 * "Altman was fired, only to be reinstated days later": an infinitive after the clause's comma takes
 * the sentence's subject, when the sentence opens with it.
 */
function onlyToSubject(reading: BlockReading, group: { first: number; before: number }) {
  if (reading.tokens[group.before]?.text !== ',' || reading.tokens[group.first]?.lower !== 'to')
    return undefined;
  const sentence = reading.sentences[reading.sentenceOf[group.first]!]!;
  const ref = reading.refAt[sentence.first];
  return ref ? coordinatedRight(reading, sentence.first) : undefined;
}

/** Token `before` ends what comes before a clause: nothing, a mark, or a conjunction. */
function opensClause(reading: BlockReading, before: number): boolean {
  const token = reading.tokens[before];
  if (!token || reading.sentenceOf[before] !== reading.sentenceOf[before + 1]) return true;
  return !token.isWord || /^(?:and|or|but|then|to)$/.test(token.lower) || isClauseMark(reading, before);
}

/** Words that open a noun phrase: after a verb and its particle, they start the verb's own object. */
const NOUN_PHRASE_OPENERS = new Set<string>([
  ...ARTICLES,
  ...POSSESSIVE_DETERMINERS,
  ...SINGULAR_DEMONSTRATIVES,
]);

/**
 * Particles that are adverbs, never prepositions: a noun phrase after them is the verb's object.
 * ("dismissed from the board", "kicked off the board", "pushed out the door": the phrase is the place.)
 */
const ADVERB_PARTICLES = new Set(['back', 'up', 'down', 'away', 'aside']);

/**
 * "Altman put back the launch", "she placed back the phone": with no auxiliary, a verb whose
 * particle is followed by a noun phrase is active, its object that phrase, not a reduced passive
 * ("Altman, put back in charge, …").
 */
function objectAfterParticle(reading: BlockReading, group: { passive: boolean }, last: number, at: number) {
  return (
    !group.passive &&
    last > at &&
    ADVERB_PARTICLES.has(reading.tokens[last]!.lower) &&
    NOUN_PHRASE_OPENERS.has(reading.tokens[last + 1]?.lower ?? '')
  );
}

/** How far after the verb what it gives may come, and how far after that the "to" of its receiver. */
const GIVEN_WINDOW = 6;
const RECIPIENT_GAP = 8;
/** Determiners that own a noun after them. */
const RECEIVER_OWNERS = new Set<string>(POSSESSIVE_DETERMINERS);
/** How far past the receiver a marker of the gift may come ("…to Emmett Shear, a Twitch co-founder, as interim chief"). */
const RECIPIENT_TAIL = 12;

/**
 * Where the particle after the verb at `at` ends ("turned to"), `at` itself where none follows. A time
 * phrase may stand between them: "turned on Sunday night to Emmett Shear", "turned, late on Sunday, to".
 */
function particleEnd(reading: BlockReading, at: number, parts: string[]): number {
  if (!parts.length) return at;
  if (wordsAt(reading, at + 1, parts)) return at + parts.length;
  const timed = timePhraseEnd(reading, at + 1);
  return timed !== undefined && wordsAt(reading, timed + 1, parts) ? timed + parts.length : at;
}

/**
 * "OpenAI's board has handed the top job to Emmett Shear", "entrusted the company, on an interim
 * basis, to Emmett Shear": the subject receives what the act gives, after "to". A marker family the
 * frame names may sit anywhere from the verb to the receiver.
 */
function matchGivenTo(found: Found): FrameMatch | undefined {
  const { reading, frame, trigger, at } = found;
  const { tokens } = reading;
  const parts = trigger.particle?.split(' ') ?? [];
  const last = particleEnd(reading, at, parts);
  const group = verbGroup(reading, at);
  if (group.passive) return matchPassiveGift(found, group.first, last);
  const had =
    frame.recipient === 'from' && trigger.forms?.includes('participle') && group.first === at
      ? matchHadTaken(found, last)
      : undefined;
  if (had) return had;
  const given = findAfter(reading, last, frame.complement, GIVEN_WINDOW);
  if (!given) return undefined;
  const postLast = given.last;
  // The particle may follow what is given or taken: "took the chair away from Brockman".
  if (parts.length && last === at) {
    if (!wordsAt(reading, given.last + 1, parts)) return undefined;
    given.last += parts.length;
  }
  // "took away his chairmanship", "took Brockman's chair away": what is taken names its holder as
  // its owner, and no "from" need follow (one that does, in the same clause, still names him).
  const owner = frame.recipient === 'from' ? ownerOf(reading, given.first) : undefined;
  // The "to" of the receiver, past an aside between commas ("…, on an interim basis, to").
  let to = -1;
  for (
    let k = given.last + 1;
    k <= given.last + RECIPIENT_GAP && reading.sentenceOf[k] === reading.sentenceOf[at];
    k++
  ) {
    const word = tokens[k]!.lower;
    if (word === frame.recipient) {
      to = k;
      break;
    }
    if (owner && (word === ',' || word === 'and')) break;
    if (/^[.;:!?—–()]$/.test(tokens[k]!.text)) {
      if (owner) break;
      return undefined;
    }
  }
  // "The movers took his chair away": a chair only its owner names, with no board in sight, is furniture.
  if (to < 0 && given.first !== undefined && literalSeat(reading, given.first, postLast)) return undefined;
  const receiver = to < 0 ? owner : reading.refAt[to + 1];
  if (!receiver || !involves(receiver.entities, frame)) return undefined;
  // "handed the top job at Twitch to Emmett Shear in 2014": another company's post, or another time's.
  if (
    frame.agent &&
    (postOfOther(reading, given.last + 1, to, frame.agent) || toldOfEarlierTime(reading, at))
  )
    return undefined;
  // "gave the top job to his deputy": the pronoun owns the receiver, it is not the receiver.
  if (to >= 0 && RECEIVER_OWNERS.has(tokens[to + 1]!.lower)) return undefined;
  const doer = subjectEndingAt(reading, group.before);
  if (doer && frame.agent && !doer.entities.some((id) => frame.agent!.includes(id))) return undefined;
  // "Brockman took his seat on the board", "He pulled his chair up": a holder taking his own post.
  if (to < 0 && takesOwn(reading, doer, receiver)) return undefined;
  if (!isStated(reading, at, group.first, doer?.first ?? group.first)) return undefined;
  const end = to < 0 ? given.last : receiver.last;
  const tail = Math.min(reading.sentences[reading.sentenceOf[at]!]!.last, end + RECIPIENT_TAIL);
  if (frame.excludes && hasWordBetween(reading, at, tail, withFamilies(frame.excludes))) return undefined;
  // The marker is the gift's only before another clause ("…in 2014, temporarily keeping the founders").
  const markerTail = receiverTailEnd(reading, end + 1, tail);
  if (frame.marker && !hasWordBetween(reading, at, markerTail, familyWords(frame.marker))) return undefined;
  // The giver, where named, is one of the frame's agents (above); "the board", "they" may give.
  return { first: group.first, last: end, claimId: '', fact: frame.fact };
}

/** How many words the post may take before its passive verb ("The OpenAI board chairmanship was taken"). */
const POST_SUBJECT_REACH = 5;

/**
 * "The board chairmanship was taken from Greg Brockman", "The interim job was handed to Emmett
 * Shear": the post given or taken is the passive's subject, and its receiver or loser follows the
 * frame's "to" or "from" right after the verb (and its particle or "away").
 */
function matchPassiveGift(found: Found, verbFirst: number, last: number): FrameMatch | undefined {
  const { reading, frame, at } = found;
  const { tokens } = reading;
  const s = reading.sentenceOf[at]!;
  const start = Math.max(reading.sentences[s]!.first, verbFirst - POST_SUBJECT_REACH);
  // The post ends the subject, right before its verb: the longest wording that ends there.
  let postFirst: number | undefined;
  for (const wording of withFamilies(frame.complement ?? [])) {
    if (wording.includes('@')) continue;
    const parts = wording.toLowerCase().split(' ');
    const first = verbFirst - parts.length;
    if (first >= start && (postFirst === undefined || first < postFirst) && wordsAt(reading, first, parts))
      postFirst = first;
  }
  if (postFirst === undefined) return undefined;
  const post = { first: postFirst };
  let k = last + 1;
  if (/^(?:away|back|over)$/.test(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower !== frame.recipient) return undefined;
  const receiver = reading.refAt[k + 1];
  if (!receiver || receiver.first !== k + 1 || !involves(receiver.entities, frame)) return undefined;
  // "The interim CEO job": a marker (or an excluded word) may qualify the post before it.
  let first = post.first;
  while (
    first > start &&
    tokens[first - 1]!.isWord &&
    !/^(?:the|a|an|his|its)$/.test(tokens[first - 1]!.lower)
  )
    first--;
  // "… to Emmett Shear on an interim basis": the gift's tail, as in the active (matchGivenTo).
  const tail = Math.min(reading.sentences[s]!.last, receiver.last + RECIPIENT_TAIL);
  if (frame.marker && !hasWordBetween(reading, first, tail, familyWords(frame.marker))) return undefined;
  if (frame.excludes && hasWordBetween(reading, first, tail, withFamilies(frame.excludes))) return undefined;
  if (!isStated(reading, at, verbFirst, first)) return undefined;
  return { first, last: receiver.last, claimId: '', fact: frame.fact };
}

/** "have" and "get" in the causative passive: "had his chairmanship taken away", "got his chair yanked". */
const CAUSATIVE_HAVE = new Set(['had', 'has', 'have', 'having', 'got', 'gets', 'get', 'getting']);
/** What may own the post in "had his chair taken": his own, or "the". */
const HAD_OWNERS = new Set(['his', 'her', 'their', 'the']);

/**
 * "Brockman had his board chairmanship yanked", "had the chairmanship taken away from him": the
 * holder had the post taken, the subject of "had" with the post between it and the participle.
 */
function matchHadTaken(found: Found, last: number): FrameMatch | undefined {
  const { reading, frame, at, context } = found;
  const { tokens } = reading;
  let post = -1;
  // A wording ending in an entity ("at @microsoft") names no post a token could match.
  for (const { parts, entity } of wordingIndex(withFamilies(frame.complement ?? [])).all) {
    if (!entity && wordsAt(reading, at - parts.length, parts)) {
      post = at - parts.length;
      break;
    }
  }
  if (post < 0) return undefined;
  // "had the chair removed from his office": furniture, where no board is named; "his old chair taken
  // away when he moved offices in 2022": another time's.
  if (literalSeat(reading, post, at - 1) || toldOfEarlierTime(reading, at)) return undefined;
  let owner = post - 1;
  if (POST_MODIFIERS.has(tokens[owner]?.lower ?? '')) owner--;
  if (!HAD_OWNERS.has(tokens[owner]?.lower ?? '') || !CAUSATIVE_HAVE.has(tokens[owner - 1]?.lower ?? ''))
    return undefined;
  const have = verbGroup(reading, owner - 1);
  const holder = subjectEndingAt(reading, have.before);
  if (!holder || !involves(holder.entities, frame)) return undefined;
  if (
    tokens[owner]!.lower !== 'the' &&
    reading.refAt[owner] &&
    !involves(reading.refAt[owner]!.entities, frame)
  )
    return undefined;
  if (!isStated(reading, owner - 1, have.first, holder.first)) return undefined;
  if (!agentOk(reading, frame, at, context, true)) return undefined;
  return { first: have.first, last, claimId: '', fact: frame.fact };
}

/** Nouns that may stand between an owner and the post named ("his board chairmanship"). */
const POST_MODIFIERS = new Set(['board', 'powerful', 'coveted', 'prized']);
/** Possessive determiners that stand for a person named before ("his chairmanship"). */
const PERSONAL_OWNERS = new Set(['his', 'her', 'their']);

/**
 * The owner of the noun phrase whose head starts at `first`: "his", "Brockman's", "the co-founder's",
 * over a modifier ("his board chairmanship"). Undefined where an article or nothing owns it.
 */
function ownerOf(reading: BlockReading, first: number | undefined) {
  if (first === undefined) return undefined;
  const { tokens, refAt } = reading;
  let before = first - 1;
  if (POST_MODIFIERS.has(tokens[before]?.lower ?? '')) before--;
  if (tokens[before]?.lower === "'s" && refAt[before - 1]) return refAt[before - 1];
  if (PERSONAL_OWNERS.has(tokens[before]?.lower ?? '') && refAt[before]) return refAt[before];
  return undefined;
}

/** One of `words` stands between `from` and `to` (inclusive), within the sentence of `to`'s side of `from`. */
function hasWordBetween(reading: BlockReading, from: number, to: number, words: readonly string[]): boolean {
  const index = wordingIndex(words);
  for (let k = from; k <= to && k < reading.tokens.length; k++)
    for (const { parts, entity } of wordingsAt(index, reading.tokens[k]!.lower))
      // Words only: an entity ("@microsoft") is not read here.
      if (entity === undefined && wordsAt(reading, k, parts)) return true;
  return false;
}

function matchUndergo(found: Found): FrameMatch | undefined {
  const { reading, frame, trigger, at, context } = found;
  if (frame.recipient) return matchGivenTo(found);
  const { tokens } = reading;
  const parts = trigger.particle?.split(' ') ?? [];
  let last = particleEnd(reading, at, parts);
  const group = verbGroup(reading, at);
  const participle = trigger.forms?.includes('participle') ?? false;
  const byAgent = tokens[last + 1]?.lower === 'by' ? reading.refAt[last + 2] : undefined;
  const object = objectAt(reading, last + 1);
  // "Altman, hired by Microsoft, …", "Altman formally reinstated": a participle with no auxiliary.
  const label = labelled(found, group.before);
  // "Shear, whom the board named interim boss": the object is the antecedent of "whom".
  const whomObject = object ? undefined : objectOfWhom(reading, group.before);
  const listed =
    participle && !object && group.first === at ? passiveListSubject(reading, group.before) : undefined;
  const reducedPassive =
    participle &&
    !object &&
    !objectAfterParticle(reading, group, last, at) &&
    !whomObject &&
    group.first === at &&
    (listed !== undefined ||
      byAgent !== undefined ||
      describedAsSubject(reading, group.before) !== undefined ||
      openingSubject(reading, at) !== undefined ||
      /^[,(]$/.test(tokens[group.before]?.text ?? '') ||
      !!reading.refAt[group.before] ||
      label !== undefined ||
      sharesPassive(reading, group.before) ||
      dashListSubject(reading, group.before) !== undefined);

  let end: number;
  let subjectFirst: number;
  let undergoer: string[] | undefined;
  if (participle && (group.passive || reducedPassive)) {
    // In the passive the particle follows the verb: "was brought back", not "had taken the stage";
    // or the job it gives: "was handed his job back".
    if (parts.length && last === at) {
      const job = jobThenParticle(reading, at, parts);
      if (job === undefined) return undefined;
      last = job;
    }
    // "Named chief executive by the board…" below a name label: the person labelled is named.
    const subject =
      listed ??
      // "described him as removed from the board": the one described underwent it (describedAs.ts).
      describedAsSubject(reading, group.before) ??
      subjectEndingAt(reading, group.before) ??
      // "Altman, reinstated on Wednesday, thanked staff", "Sam Altman (reinstated)".
      (/^[,(]$/.test(tokens[group.before]?.text ?? '') && reading.refAt[group.before - 1]
        ? subjectEndingAt(reading, group.before - 1)
        : undefined) ??
      label ??
      openingSubject(reading, group.first) ??
      onlyToSubject(reading, group) ??
      sharedSubject(reading, group.first) ??
      dashListSubject(reading, group.before) ??
      // "The chief executive they fired was reinstated": the head of a relative clause undergoes it.
      relativeClauseHead(reading, group.before);
    undergoer = subject?.entities;
    subjectFirst = subject?.first ?? group.first;
    end = byAgent ? byAgent.last : last;
    if (byAgent && frame.agent && !byAgent.entities.some((id) => frame.agent!.includes(id))) return undefined;
  } else {
    const undergone = object ?? whomObject;
    if (!undergone) return undefined;
    undergoer = undergoerOf(undergone, frame);
    end = object ? object.last : last;
    // The particle may follow the object: "brought Altman back".
    if (parts.length && last === at) {
      if (!wordsAt(reading, end + 1, parts)) return undefined;
      end += parts.length;
    }
    const doer = subjectEndingAt(reading, group.before);
    subjectFirst = doer?.first ?? group.first;
    if (doer && frame.agent && !doer.entities.some((id) => frame.agent!.includes(id))) return undefined;
    // "resign, bring back Altman, or we leave": a verb in its base form with no subject and no
    // auxiliary is an imperative, a demand, not a report of the act.
    // A headline's present ("The directors pick Shear as CEO") has a subject before it.
    if (
      !doer &&
      group.first === at &&
      trigger.forms?.includes('base') &&
      !trigger.forms.includes('past') &&
      opensClause(reading, group.before)
    )
      return undefined;
    // "Put Altman back in charge, the letter said": a verb whose past is its base ("put", "set"),
    // opening its sentence with no subject, is read as the order, not a headline's deed.
    if (
      !doer &&
      group.first === at &&
      trigger.forms?.includes('base') &&
      at === reading.sentences[reading.sentenceOf[at]!]!.first
    )
      return undefined;
  }
  if (!involves(undergoer, frame)) return undefined;
  // The agent may be named in the sentence before ("Microsoft moved fast. Altman was hired to lead…").
  if (!agentOk(reading, frame, at, context, true)) return undefined;
  if (!isStated(reading, at, group.first, subjectFirst)) return undefined;
  // "was once again named chief executive": "again" before the verb completes "chief executive again".
  // "chose a new temporary boss named Emmett Shear": the post told before the name is the complement.
  const postFirst = object && namedAfterPost(reading, last + 1) ? last : end;
  const complement = complementOk(reading, frame, postFirst, againInGroup(reading, group.first, at), context);
  if (!complement.ok) return undefined;
  const tail = Math.max(roleTail(reading, complement.last), end);
  return { first: group.first, last: tail, claimId: '', fact: frame.fact };
}

/** In "X, whom the board named…", the subject ending at `before` follows "whom": the act's object is X. */
/** Determiners that open the subject of a relative clause with "whom" left out. */
const ZERO_RELATIVE_SUBJECTS = new Set(['the', 'its', 'their']);

function objectOfWhom(reading: BlockReading, before: number) {
  let whom = before;
  // Over the subject ("the board", "OpenAI's directors"), a few words with no mark between.
  while (
    whom > before - 5 &&
    reading.tokens[whom] &&
    !isClauseMark(reading, whom) &&
    reading.tokens[whom]!.lower !== 'whom'
  ) {
    // "Shear, the Twitch co-founder the old board had installed": a person, then at once the
    // subject's determiner, with "whom" left out.
    const ref = reading.refAt[whom];
    if (
      ref?.last === whom &&
      whom < before &&
      ZERO_RELATIVE_SUBJECTS.has(reading.tokens[whom + 1]!.lower) &&
      ref.entities.some((id) => reading.people.has(id))
    )
      return coordinated(reading, whom);
    whom--;
  }
  if (reading.tokens[whom]?.lower !== 'whom') return undefined;
  const antecedent = reading.tokens[whom - 1]?.text === ',' ? whom - 2 : whom - 1;
  const ref = reading.refAt[antecedent];
  return ref && ref.entities.some((id) => reading.people.has(id))
    ? coordinated(reading, antecedent)
    : undefined;
}

/** Words of a job given back ("his job", "the chief executive's job", "his old post"). */
const JOB_WORDS = new Set([
  'his',
  'her',
  'the',
  'its',
  'old',
  'former',
  'top',
  'chief',
  'executive',
  "'s",
  'ceo',
]);

/** "handed his job back": where the particle after the job ends, if it does within a few words. */
function jobThenParticle(reading: BlockReading, at: number, parts: string[]): number | undefined {
  for (let k = at + 1; k <= at + 5; k++) {
    const word = reading.tokens[k]?.lower ?? '';
    if (JOB_NOUNS.has(word))
      return k > at + 1 && wordsAt(reading, k + 1, parts) ? k + parts.length : undefined;
    if (!JOB_WORDS.has(word)) return undefined;
  }
  return undefined;
}

/** "He was fired on Friday and rehired days later": a participle after "and" shares the passive before it. */
/** How far back a list of participles may reach for the passive that opens it. */
const PASSIVE_LIST_REACH = 30;

/**
 * "Altman was fired on a Friday, signed by Microsoft on the Sunday, and rehired as CEO by Tuesday":
 * a participle that is a later item of a list after a comma shares the list's passive and its
 * subject. The subject of that passive, where the item follows one or more commas.
 */
function passiveListSubject(reading: BlockReading, before: number) {
  const { tokens, sentenceOf } = reading;
  let k = before;
  if (/^(?:and|or|then)$/.test(tokens[k]?.lower ?? '')) {
    k--;
    // "was pushed out, signed up by Microsoft and finally restored": the last item after "and" with no
    // comma of its own; the item before it is a participle set off by a comma.
    if (tokens[k]?.text !== ',') k = participleItemStart(reading, k) ?? k;
  }
  if (tokens[k]?.text !== ',') return undefined;
  let commas = 0;
  for (; k >= Math.max(0, before - PASSIVE_LIST_REACH) && sentenceOf[k] === sentenceOf[before]; k--) {
    const word = tokens[k]!;
    if (word.text === ',') {
      if (++commas > 3) return undefined;
      continue;
    }
    if (isClauseMark(reading, k)) return undefined;
    // "…, and Altman, signed by Microsoft": a name opening an item is that item's own subject.
    const ref = reading.refAt[k];
    if (ref && ref.first === k && /^(?:,|and|or|then)$/.test(tokens[k - 1]?.lower ?? ',')) return undefined;
    if (!/^(?:was|were|is|are|been|got|gets)$/.test(word.lower)) continue;
    // The passive's participle follows it: "was fired", "were quickly signed".
    let next = k + 1;
    while (isAdverb(tokens[next]?.lower ?? '')) next++;
    if (!/(?:ed|en|wn)$/.test(tokens[next]?.lower ?? '')) return undefined;
    return subjectEndingAt(reading, k - 1);
  }
  return undefined;
}

function sharesPassive(reading: BlockReading, before: number): boolean {
  if (!/^(?:and|but|then)$/.test(reading.tokens[before]?.lower ?? '')) return false;
  for (let k = before - 1; k >= Math.max(0, before - 8) && !isClauseMark(reading, k); k--)
    if (/^(?:was|were|is|are|been|being|be)$/.test(reading.tokens[k]!.lower)) return true;
  return false;
}

/** Verbs of occurrence: negated after a noun for the act, the act did not take place ("a defection that never happened"). */
const OCCURRED = new Set([
  ...['happen', 'happened', 'materialise', 'materialised', 'materialize', 'materialized', 'occur'],
  'occurred',
]);
/** Predicates that undo an act named by a noun ("the move fell through", "the hiring was called off"). */
const UNDONE = new Set([
  'fell',
  'collapsed',
  'called',
  'scrapped',
  'abandoned',
  'unravelled',
  'unraveled',
  'dropped',
]);
const NOT = new Set(['not', "n't", 'never']);

/** The clause after a noun for the act says the act never took place. */
function neverHappened(reading: BlockReading, end: number): boolean {
  let negated = false;
  let k = 0;
  for (const at of clauseAfter(reading, end, 6)) {
    const word = reading.tokens[at]!.lower;
    if (k++ === 0 && /^(?:that|which)$/.test(word)) continue;
    if (NOT.has(word)) negated = true;
    else if ((negated && OCCURRED.has(word)) || UNDONE.has(word) || IN_DOUBT.has(word)) return true;
    else if (!AUX_WORDS.has(word) && !SEEMED.has(word) && !isAdverb(word)) return false;
  }
  return false;
}
/** "The return of Altman looked unlikely": a noun for the act judged uncertain states no act. */
const IN_DOUBT = new Set(['unlikely', 'uncertain', 'doubtful', 'impossible', 'improbable']);
const SEEMED = new Set(['looked', 'looks', 'seemed', 'seems', 'appeared', 'appears', 'remained', 'remains']);
const AUX_WORDS = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'was', 'is', 'were', 'been', 'ever']);

/** Verbs that make a noun for the act the subject's act ("staged a comeback", "pulled off a stunning comeback"). */
const LIGHT_VERBS = new Set([
  ...['staged', 'stages', 'staging', 'made', 'makes', 'making', 'completed', 'completes', 'engineered'],
  ...['mounted', 'sealed', 'secured', 'managed', 'off', 'tendered', 'handed', 'announced', 'announces'],
  // "posts apology", "voiced deep regret", "issued an apology".
  ...['posts', 'posted', 'issues', 'issued', 'offers', 'offered', 'voices', 'voiced', 'expresses'],
  'expressed',
]);
/** Words that may follow a noun that ends its phrase ("a comeback in business history", "a comeback as CEO"). */
const NOUN_PHRASE_ENDS = new Set([
  'in',
  'as',
  'at',
  'on',
  'after',
  'from',
  'to',
  'for',
  'with',
  'that',
  'which',
  'and',
  'but',
  'within',
  'over',
  'about',
]);
/** Words between a light verb and its noun that say none was made ("voiced no regret", "offered not a word"). */
const NONE_OF_IT = new Set(['no', 'zero', 'nary', 'not', 'without', 'never']);
/** "not only", "not just": a "not" that adds ("offered not only an apology but a promise"), denying nothing. */
const NOT_ONLY = new Set(['only', 'just', 'merely', 'simply', 'solely']);
/** How far before the noun its light verb may be ("pulled off one of the most astonishing comebacks"). */
const LIGHT_VERB_REACH = 7;

/** The subject of a light verb before the noun at `at`, the act then being the subject's own. */
function doneBy(reading: BlockReading, at: number) {
  const { tokens } = reading;
  for (let k = at - 1; k >= Math.max(0, at - LIGHT_VERB_REACH); k--) {
    if (reading.refAt[k] || isClauseMark(reading, k)) return undefined;
    const word = tokens[k]!.lower;
    // "expressed no regret", "offered not a word of apology", "made zero comeback": the act is denied.
    if (NONE_OF_IT.has(word) && !(word === 'not' && NOT_ONLY.has(tokens[k + 1]?.lower ?? '')))
      return undefined;
    if (!LIGHT_VERBS.has(word)) continue;
    if (word === 'off' && !/^pull(?:ed|s|ing)?$/.test(tokens[k - 1]?.lower ?? '')) return undefined;
    const verb = word === 'off' ? k - 1 : k;
    const group = verbGroup(reading, verb);
    if (!isStated(reading, verb, group.first, group.first)) return undefined;
    const subject = subjectEndingAt(reading, group.before);
    return subject ? { ...subject, first: group.first } : undefined;
  }
  return undefined;
}

/** Light verbs in the passive after a noun for the act ("was expressed by", "was issued by"). */
const PASSIVE_LIGHT_VERBS = new Set(['expressed', 'voiced', 'issued', 'offered', 'posted', 'made', 'staged']);

/** The doer after a noun for the act and its light verb in the passive ("Regret was expressed by Sutskever"). */
function passiveDoer(reading: BlockReading, last: number) {
  const { tokens } = reading;
  let k = last + 1;
  if (!/^(?:was|were|is|are|has|had|have)$/.test(tokens[k]?.lower ?? '')) return undefined;
  k++;
  while (tokens[k] && (isAdverb(tokens[k]!.lower) || /^(?:been|not|never)$/.test(tokens[k]!.lower))) k++;
  if (!PASSIVE_LIGHT_VERBS.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'by') return undefined;
  const ref = reading.refAt[k + 2];
  const group = verbGroup(reading, k);
  if (group.negated || group.possibility || ref?.first !== k + 2) return undefined;
  return { first: last, last: ref.last, entities: ref.entities };
}

/** Verbs after a noun for the act that make it their subject ("The hire was announced", "the move came"). */
const NOUN_SUBJECT_VERBS = new Set(['was', 'is', 'had', 'has', 'came', 'went', 'took', 'lasted', 'made']);
/** Determiners that point back to what was just told ("the hire", "this move"). */
const DEFINITE = new Set(['the', 'this', 'that']);

/**
 * "The hire", with no one's name on it, opening its clause: the act the sentence before told, when
 * that sentence names one whom the act concerns.
 */
function actToldBefore(reading: BlockReading, frame: Frame, at: number, end: number) {
  const { tokens, sentenceOf, sentences, refAt } = reading;
  if (!DEFINITE.has(tokens[at - 1]?.lower ?? '') || !opensClause(reading, at - 2)) return undefined;
  // The noun is its clause's subject: its verb follows ("The hire was announced").
  if (!NOUN_SUBJECT_VERBS.has(tokens[end + 1]?.lower ?? '') || inDoubtAfter(reading, end)) return undefined;
  const s = sentenceOf[at]!;
  if (s === 0) return undefined;
  const before = sentences[s - 1]!;
  for (let k = before.first; k <= before.last; k++) {
    const ref = refAt[k];
    if (ref?.first === k && !ref.conditional && involves(ref.entities, frame))
      return { first: at - 1, last: end, entities: ref.entities };
  }
  return undefined;
}

/**
 * Words after the noun that show it ends its phrase and is the clause's subject: an auxiliary, a past
 * tense ("The Altman comeback was complete", "the Shear appointment lasted"). A noun after it ("Altman
 * comeback talks", "comeback rumours") makes the noun a modifier of something else.
 */
const NOUN_VERB_AFTER =
  /^(?:is|was|has|had|will|would|could|may|might|came|comes|took|takes|also|became|becomes|remains|proved|\p{Ll}+ed)$/u;

/** How many words the first of two coordinated nouns may take ("his ouster and swift comeback"). */
const FIRST_NOUN_REACH = 3;

/**
 * "his ouster and swift comeback", "Brockman's demotion and resignation": a possessor shared by two
 * nouns joined by "and" (`before` is the "and"); the mark opens on the second noun.
 */
function sharedPossessor(reading: BlockReading, before: number) {
  const { tokens, refAt } = reading;
  if (tokens[before]?.lower !== 'and') return undefined;
  for (let k = before - 1; k >= Math.max(0, before - 1 - FIRST_NOUN_REACH); k--) {
    const token = tokens[k]!;
    if (token.lower === "'s" && refAt[k - 1]) return { ...refAt[k - 1]!, first: before + 1 };
    if (refAt[k] && /^(?:his|their)$/.test(token.lower)) return { ...refAt[k]!, first: before + 1 };
    if (!token.isWord || refAt[k]) return undefined;
  }
  return undefined;
}

/** Pronouns and possessives that a reference may be, but no name used as a modifier is. */
const NOT_A_NAME = /^(?:he|she|it|they|him|her|them|his|its|their|who|which|whom|this|that)$/;

/**
 * "The Shear appointment", "the Altman comeback", "Brockman exit confirmed": a name used as the
 * modifier of the noun for the act, after "the" or opening its sentence. The noun must end its phrase
 * ("Altman comeback talks" are talks).
 */
function attributiveName(reading: BlockReading, before: number, last: number) {
  const { tokens } = reading;
  const ref = reading.refAt[before];
  if (!ref || ref.last !== before || NOT_A_NAME.test(tokens[ref.first]!.lower)) return undefined;
  if (!tokens[before]!.isWord || !/^\p{Lu}/u.test(tokens[before]!.text)) return undefined;
  const next = tokens[last + 1];
  if (next?.isWord && !NOUN_PHRASE_ENDS.has(next.lower) && !NOUN_VERB_AFTER.test(next.lower))
    return undefined;
  const determiner = tokens[ref.first - 1]?.lower ?? '';
  const opens = ref.first === reading.sentences[reading.sentenceOf[before]!]!.first;
  if (DEFINITE.has(determiner)) return { ...ref, first: ref.first - 1 };
  return opens ? { ...ref } : undefined;
}

/** Forms of "be" and "become" a predicate noun follows ("could be the new employer of Altman"). */
const PREDICATING = new Set(['be', 'become']);

/** "Microsoft could be the new employer of Altman": the noun a modal's copula predicates is a possibility. */
function possibleCopulaBefore(reading: BlockReading, first: number): boolean {
  const copula = first - 1;
  return PREDICATING.has(reading.tokens[copula]?.lower ?? '') && verbGroup(reading, copula).possibility;
}

function matchNoun(found: Found): FrameMatch | undefined {
  const { reading, frame, trigger, at, context } = found;
  const { tokens, refAt } = reading;
  const last = at + trigger.words.length - 1;
  let before = at - 1;
  // "Altman's swift return", "Brockman's late-night resignation".
  const adjective = tokens[before]?.text ?? '';
  if (
    NOUN_ADJECTIVES.has(adjective.toLowerCase()) ||
    /^\p{Ll}+-\p{Ll}+$/u.test(adjective) ||
    SPAN_ADJECTIVE.test(adjective.toLowerCase())
  )
    before--;
  let possessor: { first: number; entities: string[] } | undefined;
  if (tokens[before]?.lower === "'s" && refAt[before - 1])
    possessor = { ...refAt[before - 1]!, first: refAt[before - 1]!.first };
  else if (refAt[before] && /^(?:his|their|its)$/.test(tokens[before]!.lower)) possessor = refAt[before];
  else if (tokens[before]?.lower === 'whose') possessor = subjectEndingAt(reading, before);
  else possessor = attributiveName(reading, before, last) ?? sharedPossessor(reading, before);
  let of: ReturnType<typeof coordinatedRight>;
  if (tokens[last + 1]?.lower === 'of') of = objectAt(reading, last + 2);
  // "made the return trip": the noun must head its phrase.
  const headed = !tokens[last + 1]?.isWord || NOUN_PHRASE_ENDS.has(tokens[last + 1]!.lower);
  const done = of || possessor || !headed ? undefined : doneBy(reading, at);
  if (done) possessor = done;
  // "Did Altman ever work at Microsoft? The hire was announced, but…": "the" act told just before.
  // "The formal reinstatement followed", "On Nov. 29 the return became official": the act the page told (toldEvent.ts).
  const toldJustBefore = of || possessor ? undefined : actToldBefore(reading, frame, at, last);
  const toldOnPage =
    of || possessor || toldJustBefore
      ? undefined
      : toldEvent(
          reading,
          at,
          last,
          context,
          (entities) => involves(entities, frame),
          isNounAdjective,
          !!found.lexicon && claimsOfNoun(found.lexicon, trigger.words) === 1,
          frame.subject?.length === 1 ? frame.subject[0] : undefined,
        );
  const told = toldJustBefore ?? toldOnPage;
  // "Regret was also expressed by Sutskever": the noun's light verb in the passive, and its doer.
  const by = of || possessor || told ? undefined : passiveDoer(reading, last);
  const subject = of ?? possessor ?? told ?? by;
  if (!subject || !involves(subject.entities, frame)) return undefined;
  if (!agentOk(reading, frame, at, context, true)) return undefined;
  const first = possessor?.first ?? told?.first ?? (tokens[at - 1]?.lower === 'the' ? at - 1 : at);
  if (isQuestion(reading, at) || isUnstated(reading, first) || possibleCopulaBefore(reading, first))
    return undefined;
  const end = of?.last ?? told?.last ?? by?.last ?? last;
  const complement = complementOk(reading, frame, end);
  if (!complement.ok) {
    // "The board faulted his candour": criticism of the quality says it fell short.
    const critic = frame.complement?.includes(SHORTFALL_FAMILY)
      ? criticisedBefore(reading, first)
      : undefined;
    return critic === undefined ? undefined : { first: critic, last: end, claimId: '', fact: frame.fact };
  }
  // "Altman's candour was never inconsistent": a negation between the noun and its complement denies it.
  if (frame.complement && deniedBetween(reading, end, complement.first ?? complement.last)) return undefined;
  if (neverHappened(reading, frame.complement ? complement.last : end)) return undefined;
  // "his return would tighten his grip": what the act would do, said of it as possible (predictedEffect.ts).
  if (predictedEffect(reading, frame.complement ? complement.last : end)) return undefined;
  return {
    first,
    last: frame.complement ? complement.last : end,
    claimId: '',
    fact: frame.fact,
    // The story's return told with no antecedent holds where the page names who returned (storyReturn.ts).
    ...(toldOnPage?.requires ? { requires: toldOnPage.requires } : {}),
  };
}

/** "that post", "the title": a post pointed back to. */
const POST_BACK = ['that post', 'that title', 'that role', 'that position', 'that seat', 'that job'];
/** Words a complement names a post by: only a post may be pointed back to as "that post". */
const POST_HEADS =
  /\b(?:chair|chairman|chairmanship|president|presidency|ceo|chief|seat|post|role|job|title)\b/;

/** The posts of a frame's complement, by the complement (withFamilies gives one array per list). */
const POSTS_OF = new WeakMap<readonly string[], string[]>();

/**
 * "Board chair Greg Brockman was dropped from that post", "Brockman, the board's chairman, was
 * stripped of that post", "He had chaired the board since 2019. He lost that title": the post the
 * frame asks for, named earlier in the sentence or the one before, pointed back to after the act.
 */
function postNamedBefore(reading: BlockReading, frame: Frame, after: number) {
  const back = findAfter(reading, after, POST_BACK);
  if (!back || !frame.complement) return undefined;
  // One list per frame, so wordingIndex splits it once (a new array per call missed its cache).
  let posts = POSTS_OF.get(frame.complement);
  if (!posts)
    POSTS_OF.set(
      frame.complement,
      (posts = withFamilies(frame.complement).filter(
        (w) => !w.startsWith('@') && POST_HEADS.test(w.toLowerCase()),
      )),
    );
  if (!posts.length) return undefined;
  const from = reading.sentences[Math.max(0, reading.sentenceOf[after]! - 1)]!.first;
  return hasWordBetween(reading, from, back.first! - 1, posts) ? back : undefined;
}

/**
 * "chose Shear for the job": the post the story has been about, pointed to with "the" after "for".
 * Not the bare "the job" ("said he had accepted the job", "who had held the post"): that may be
 * anyone's post, and the act is told elsewhere.
 */
const POST_THE = ['for the job', 'for the post', 'for the role', 'for the position'];
/** The one-word complements and exclusions of a frame, lower case (module cache: frames are few and fixed). */
const SINGLE_WORDS_OF = new WeakMap<readonly string[], string[]>();
function singleWords(list: readonly string[]): string[] {
  let words = SINGLE_WORDS_OF.get(list);
  if (!words)
    SINGLE_WORDS_OF.set(
      list,
      (words = withFamilies(list)
        .filter((w) => !w.startsWith('@') && !w.includes(' '))
        .map((w) => w.toLowerCase())),
    );
  return words;
}

/**
 * "Murati had stepped in as interim head." | "… but the board chose Shear for the job instead": "the
 * job" is the post named earlier in the block or in the block before, so it carries that post's
 * complement ("interim"), and that post's exclusions (an interim post is not the permanent one).
 */
function postOfTheStory(reading: BlockReading, frame: Frame, after: number, context?: ReadingContext) {
  if (!frame.complement) return undefined;
  const back = findAfter(reading, after, POST_THE);
  if (back?.first === undefined) return undefined;
  const named = (word: string) =>
    hasWordBetween(reading, 0, back.first! - 1, [word]) || !!context?.words.has(word);
  if (frame.excludes && singleWords(frame.excludes).some(named)) return undefined;
  return singleWords(frame.complement).some(named) ? back : undefined;
}

/** A negation stands between `from` and `to` (both excluded). */
function deniedBetween(reading: BlockReading, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if (NEGATIONS.has(reading.tokens[k]!.lower) || NEGATING_ADVERBS.has(reading.tokens[k]!.lower))
      return true;
  return false;
}

function matchTitle(found: Found): FrameMatch | undefined {
  const { reading, frame, trigger, at } = found;
  const last = at + trigger.words.length - 1;
  // "Shear is not its interim chief executive", "is no longer CEO": the copula denies the title.
  if (deniedTitle(reading, at)) return undefined;
  const after = reading.refAt[last + 1];
  // "the chief scientist who voted…": the title is itself a description of its holder, unless "is"
  // follows it and says who holds it ("The interim CEO is not Emmett Shear", "… is Mira Murati").
  const own = involves(reading.refAt[at]?.entities, frame) && !holderToldAfter(reading, last);
  let subject = own ? reading.refAt[at]?.entities : undefined;
  if (!involves(subject, frame)) subject = after?.entities;
  // "Chief scientist and board member Ilya Sutskever": the title coordinated with his other roles.
  if (!involves(subject, frame)) subject = holderAfterRoles(reading, last)?.entities;
  // "the firm's chief scientist, Ilya Sutskever, who…": the holder set off after the title, himself set off.
  // "settled on an interim chief executive from outside, Emmett Shear": past a short tail of the post.
  // A colon only after a tail: right after the title, "holderAfter" below reads it ("Interim CEO: Emmett Shear").
  const tail = postTailEnd(reading, last);
  const comma = tail + 1;
  const setOff = reading.tokens[comma]?.text ?? '';
  if (!involves(subject, frame) && (setOff === ',' || (setOff === ':' && tail > last))) {
    const named = reading.refAt[comma + 1];
    const closes = reading.tokens[employerTailEnd(reading, named?.last ?? 0) + 1];
    if (named?.first === comma + 1 && (!closes || /^[,.;)(—–]$/.test(closes.text))) subject = named.entities;
  }
  // "gave the interim CEO job to Shear", "the interim chief's role went to Shear": the job and who got it.
  let holder = last + 1;
  if (reading.tokens[holder]?.lower === "'s") holder++;
  if (!involves(subject, frame) && JOB_NOUNS.has(reading.tokens[holder]?.lower ?? '')) {
    let k = holder + 1;
    if (JOB_PASSED.has(reading.tokens[k]?.lower ?? '')) k++;
    const recipient = reading.tokens[k]?.lower === 'to' ? objectAt(reading, k + 1) : undefined;
    if (involves(recipient?.entities, frame) && !isQuestion(reading, at) && !isUnstated(reading, at))
      return { first: at, last: recipient!.last, claimId: '', fact: frame.fact };
  }
  if (!involves(subject, frame)) {
    // "Ilya Sutskever, OpenAI's chief scientist" / "Emmett Shear, its interim chief executive"
    let k = at - 1;
    while (
      k >= 0 &&
      (TITLE_LINKS.has(reading.tokens[k]!.lower) ||
        // "Sutskever, the outfit's chief scientist": whatever owns the title.
        (reading.tokens[k + 1]?.lower === "'s" && reading.tokens[k]!.isWord) ||
        // "Ilya Sutskever: co-founder, chief scientist, board member": a list of his roles.
        (reading.tokens[k]!.text === ',' && ROLE_WORDS.has(reading.tokens[k - 1]?.lower ?? '')) ||
        ROLE_WORDS.has(reading.tokens[k]!.lower) ||
        // "Ilya Sutskever, as chief scientist, …", "Sutskever, who as chief scientist had…": the role he acted in.
        (reading.tokens[k]!.lower === 'as' && k === at - 1) ||
        (reading.tokens[k]!.lower === 'who' && reading.tokens[k + 1]?.lower === 'as') ||
        (reading.refAt[k] && !involves(reading.refAt[k]!.entities, frame)))
    ) {
      k = reading.refAt[k] ? reading.refAt[k]!.first - 1 : k - 1;
    }
    // Set off after the name by a comma, a parenthesis or a fact box's colon.
    const mark = reading.tokens[k]?.text ?? '';
    // After a colon or a dash only the title or a list of roles: "Sutskever: the chief scientist at Google disagreed" is a quote.
    const row = !/^[:—–]$/.test(mark) || k + 1 === at || ROLE_WORDS.has(reading.tokens[k + 1]!.lower);
    subject =
      (/^[,(:—–]$/.test(mark) && row ? reading.refAt[k - 1]?.entities : undefined) ??
      // "Role: chief scientist" below a name label.
      labelled(found, k)?.entities ??
      // "the wire calls Sutskever its chief data scientist", "appears in its report as": a report's
      // description. A corrections page's wrong version ("The item described Sutskever as its CTO; he
      // was its chief scientist") is marked too: a reader sees it (round-25 decision 2).
      describedHolder(reading, k, at)?.entities;
  }
  // "Sutskever, who held the post of chief scientist" (or "the chief scientist's post"): the job the title names, and who holds it.
  if (!involves(subject, frame)) {
    const holder = holderOfPost(reading, at, last);
    if (holder && involves(holder.entities, frame)) subject = holder.entities;
  }
  // "As chief scientist, Ilya Sutskever had…": a sentence opened by the role, its holder the subject after the comma.
  if (!involves(subject, frame) && asOpening(reading, at) && reading.tokens[last + 1]?.text === ',')
    subject = reading.refAt[last + 2]?.entities;
  // "OpenAI's new CEO is Emmett Shear", "Interim CEO (from Nov 19): Emmett Shear": the holder after the title.
  let first = at;
  let end = last;
  if (!involves(subject, frame)) {
    const holder = holderAfter(reading, last);
    if (holder && involves(holder.entities, frame)) {
      subject = holder.entities;
      end = holder.last;
    }
  }
  // "The board found a caretaker CEO in Emmett Shear": the one the post was found in.
  if (!involves(subject, frame)) {
    const holder = foundIn(reading, at, last);
    if (holder && involves(holder.entities, frame)) {
      subject = holder.entities;
      end = holder.last;
    }
  }
  // "emmett shear is interim ceo", "Altman is again chief executive": the title after "is" and its subject;
  // "Shear is the directors' choice for the interim CEO job": after the choice it is.
  if (!involves(subject, frame)) {
    const copula = copulaBefore(reading, at) ?? copulaBefore(reading, choiceBefore(reading, at) ?? -1);
    if (copula && involves(copula.entities, frame)) {
      subject = copula.entities;
      first = copula.verb;
      if (!isStated(reading, copula.verb, copula.verb, copula.first)) return undefined;
    }
  }
  if (!involves(subject, frame)) return undefined;
  // "It was the chief scientist all along?", "Is Shear interim CEO?": a question states no title.
  if (isQuestion(reading, at)) return undefined;
  if (end > last && (opensWithCondition(reading, at) || isUnstated(reading, at))) return undefined;
  return { first, last: end, claimId: '', fact: frame.fact };
}

/**
 * "Emmett Shear of Twitch", "Shear, from Twitch": a name's tail that says where the person comes from.
 * Where the name at `last` has one (an organisation named), the tail's last token; else `last`.
 */
function employerTailEnd(reading: BlockReading, last: number): number {
  const { tokens, refAt } = reading;
  if (!/^(?:of|from)$/.test(tokens[last + 1]?.lower ?? '')) return last;
  const org = refAt[last + 2];
  return org?.first === last + 2 && !org.entities.some((id) => reading.people.has(id)) ? org.last : last;
}

/** The marks that set a post's holder off after it: a comma, or a colon as in a recap ("…from outside: Emmett Shear"). */
const HOLDER_SET_OFF = /^[,:]$/;

/** Prepositions that open a short tail of a post ("from outside", "of its own"). */
const POST_TAIL_OPENERS = new Set(['from', 'of']);
/** How many words such a tail may take ("from outside the company"). */
const POST_TAIL_REACH = 4;

/**
 * "an interim chief executive from outside, Emmett Shear", "…from outside the company: Emmett Shear":
 * where a short tail of the post ends (plain words, naming no one), before the comma or colon that sets
 * off its holder; `last` where there is none.
 */
function postTailEnd(reading: BlockReading, last: number): number {
  const { tokens, refAt } = reading;
  if (!POST_TAIL_OPENERS.has(tokens[last + 1]?.lower ?? '')) return last;
  for (let k = last + 2; k <= last + 1 + POST_TAIL_REACH && tokens[k]; k++) {
    if (HOLDER_SET_OFF.test(tokens[k]!.text)) return k > last + 2 ? k - 1 : last;
    // "from Twitch", "of its own": an organisation may be named, not a person.
    if (!tokens[k]!.isWord || refAt[k]?.entities.some((id) => reading.people.has(id))) return last;
  }
  return last;
}

/** Verbs by which a post is found in someone ("found a caretaker CEO in Emmett Shear"). */
const FINDS_IN = new Set(['find', 'have', 'get', 'see', 'land', 'gain'].flatMap((v) => verbForms(v)));
/** Words between such a verb and the post ("found its new interim CEO", "has in Shear a caretaker CEO"). */
const FOUND_POST_FILLERS = new Set(['a', 'an', 'the', 'its', 'their', 'new', 'own']);

/** "found a caretaker CEO in Emmett Shear": the one named after "in", where a verb of finding has the post. */
function foundIn(reading: BlockReading, at: number, last: number) {
  const { tokens, refAt } = reading;
  if (tokens[last + 1]?.lower !== 'in') return undefined;
  const holder = refAt[last + 2];
  if (holder?.first !== last + 2 || !holder.entities.some((id) => reading.people.has(id))) return undefined;
  let verb = at - 1;
  while (verb >= 0 && FOUND_POST_FILLERS.has(tokens[verb]!.lower)) verb--;
  if (!FINDS_IN.has(tokens[verb]?.lower ?? '')) return undefined;
  const group = verbGroup(reading, verb);
  const doer = subjectEndingAt(reading, group.before);
  return isStated(reading, verb, group.first, doer?.first ?? group.first) ? holder : undefined;
}

/** Nouns for the one chosen ("the directors' choice for the interim CEO job"). */
const CHOICE_NOUNS = new Set(['choice', 'pick', 'selection', 'candidate', 'nominee']);

/**
 * "is the directors' choice for the interim CEO job", "is their pick for interim CEO": where the chooser's
 * words begin before the choice noun, for the copula before them; the post follows "for".
 */
function choiceBefore(reading: BlockReading, at: number): number | undefined {
  const { tokens, refAt } = reading;
  let k = at - 1;
  if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower !== 'for' || !CHOICE_NOUNS.has(tokens[k - 1]?.lower ?? '')) return undefined;
  const noun = k - 1;
  // "the directors' choice", "OpenAI's pick": the chooser before its possessive mark.
  if (/^['’]s?$/.test(tokens[noun - 1]?.text ?? '')) {
    const owner = noun - 2;
    return refAt[owner]?.first ?? (tokens[owner]?.isWord ? owner : undefined);
  }
  return noun;
}

/** After a title, "is" (or "is not") and a name: the sentence says who holds the title ("The interim CEO is not Shear"). */
function holderToldAfter(reading: BlockReading, last: number): boolean {
  const { tokens, refAt } = reading;
  // "The interim CEO at the company is not Shear": past where the post is held.
  const copula = pastTitleAside(reading, postPlaceEnd(reading, last) + 1);
  if (!COPULAS.has(tokens[copula]?.lower ?? '')) return false;
  let k = copula + 1;
  const filler = (word: string) => COPULA_FILLERS.has(word) || NEGATING_ADVERBS.has(word) || word === "n't";
  while (tokens[k] && !refAt[k] && filler(tokens[k]!.lower)) k++;
  // Not "The chief scientist is not on the new board": a person must follow.
  return refAt[k]?.first === k;
}

/** Verbs by which someone holds a post ("held the post of", "occupied the role of"). */
const HOLDS = new Set([
  ...['held', 'holds', 'holding', 'occupied', 'occupies', 'occupying', 'filled', 'fills', 'kept', 'keeps'],
  ...['had', 'has', 'retained', 'retains', 'assumed', 'assumes'],
]);

/**
 * Who holds "the post of" the title at `at` ("Sutskever held the post of chief scientist"), or the
 * post the title owns ("Sutskever, who held the chief scientist's post"), if stated.
 */
function holderOfPost(reading: BlockReading, at: number, last: number) {
  const { tokens } = reading;
  const postOf = tokens[at - 1]?.lower === 'of' && JOB_NOUNS.has(tokens[at - 2]?.lower ?? '');
  const titlesPost = tokens[last + 1]?.lower === "'s" && JOB_NOUNS.has(tokens[last + 2]?.lower ?? '');
  if (!postOf && !titlesPost) return undefined;
  const determiner = postOf ? at - 3 : at - 1;
  const verb = /^(?:the|his|her|a)$/.test(tokens[determiner]?.lower ?? '') ? determiner - 1 : determiner;
  if (!HOLDS.has(tokens[verb]?.lower ?? '')) return undefined;
  const group = verbGroup(reading, verb);
  const subject = subjectEndingAt(reading, group.before);
  return subject && isStated(reading, verb, group.first, subject.first) ? subject : undefined;
}

/** "As chief scientist, …": the title follows an "as" that opens its sentence. */
function asOpening(reading: BlockReading, at: number): boolean {
  const as = at - 1;
  return reading.tokens[as]?.lower === 'as' && reading.sentences[reading.sentenceOf[as]!]!.first === as;
}

/** How far a parenthesis after a title may run ("Interim CEO (from Nov 19): Emmett Shear"). */
const TITLE_ASIDE_REACH = 8;

/** Marks that open an aside after a title, and the mark that closes each. */
const TITLE_ASIDE_CLOSE: Record<string, string> = { '(': ')', '—': '—', '–': '–', ',': ',' };

/**
 * Past an aside that opens at `k` right after a title ("Interim CEO (from Nov 19): …", "Their pick for
 * interim CEO — the second in a weekend — was …", "The interim chief, as of Monday, is …"): a short one
 * that names nobody, closed by its own mark in the sentence. Else `k` itself.
 */
function pastTitleAside(reading: BlockReading, k: number): number {
  const { tokens, refAt, sentenceOf } = reading;
  const close = TITLE_ASIDE_CLOSE[tokens[k]?.text ?? ''];
  if (!close) return k;
  for (let j = k + 1; j <= k + TITLE_ASIDE_REACH && tokens[j] && sentenceOf[j] === sentenceOf[k]; j++) {
    if (tokens[j]!.text === close) return j > k + 1 ? j + 1 : k;
    if (refAt[j] || /^[.;:!?]$/.test(tokens[j]!.text)) return k;
  }
  return k;
}

/** The one named right after a title and "is" or a fact box's colon ("new CEO is Emmett Shear"). */
function holderAfter(reading: BlockReading, last: number) {
  const { tokens, sentenceOf } = reading;
  // '"Chief scientist" at that place meant Ilya': past the title's closing quote and where it is held.
  const quoted = /^["”’']$/.test(tokens[last + 1]?.text ?? '') ? last + 1 : last;
  const k = pastTitleAside(reading, postPlaceEnd(reading, quoted) + 1);
  const means = meaningVerbEnd(reading, k);
  if (tokens[k]?.text !== ':' && !COPULAS.has(tokens[k]?.lower ?? '') && means === undefined)
    return undefined;
  let j = (means ?? k) + 1;
  while (
    tokens[j] &&
    !reading.refAt[j] &&
    (COPULA_FILLERS.has(tokens[j]!.lower) || isAdverb(tokens[j]!.lower))
  )
    j++;
  const ref = reading.refAt[j];
  return ref?.first === j && sentenceOf[j] === sentenceOf[last] ? coordinatedRight(reading, j) : undefined;
}

/** How many words may say where a post is held ("at that place", "at the company"). */
const POST_PLACE_REACH = 3;

/** "chief scientist at that place", "at OpenAI": where a short place phrase after `last` ends; else `last`. */
function postPlaceEnd(reading: BlockReading, last: number): number {
  const { tokens, refAt } = reading;
  if (!/^(?:at|in)$/.test(tokens[last + 1]?.lower ?? '')) return last;
  const ref = refAt[last + 2];
  if (ref?.first === last + 2) return ref.entities.some((id) => reading.people.has(id)) ? last : ref.last;
  // "at that place", "at the company": a determiner and a noun or two, naming no one.
  if (!/^(?:that|the|this)$/.test(tokens[last + 2]?.lower ?? '')) return last;
  for (let k = last + 3; k <= last + 1 + POST_PLACE_REACH && tokens[k]; k++) {
    if (!tokens[k]!.isWord || refAt[k]) return last;
    if (COPULAS.has(tokens[k + 1]?.lower ?? '') || meaningVerbEnd(reading, k + 1) !== undefined) return k;
  }
  return last;
}

/** "used to mean Ilya", "meant Sutskever": where a verb by which a title means its holder ends at `k`. */
function meaningVerbEnd(reading: BlockReading, k: number): number | undefined {
  const { tokens } = reading;
  const word = tokens[k]?.lower ?? '';
  if (word === 'means' || word === 'meant') return k;
  if (/^(?:used|came)$/.test(word) && tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.lower === 'mean')
    return k + 2;
  return undefined;
}

/** Nouns for the post a title names ("the interim CEO job"). */
const JOB_NOUNS = new Set(['job', 'role', 'post', 'position', 'slot', 'seat', 'title']);
/** Verbs by which a job passes to someone ("the job went to Shear"). */
const JOB_PASSED = new Set(['went', 'goes', 'passed', 'passes', 'fell', 'falls']);

/** Forms of "be" that link a subject to its title ("is interim CEO", "was named…" is not one). */
const COPULAS = new Set(['is', "'s", 'was', 'are', 'were', 'remains', 'remained', 'becomes', 'became']);
/** Verbs that hold a post "as" a title ("serves as chief scientist"). */
const SERVES = new Set([
  'serves',
  'served',
  'serve',
  'serving',
  'works',
  'worked',
  'working',
  'acts',
  'acted',
]);
/** Words between a copula and the title ("is now interim CEO", "is once again chief executive"). */
const COPULA_FILLERS = new Set([
  // "was their own chief scientist": the employer's own.
  'own',
  'now',
  'again',
  'still',
  'once',
  'more',
  'the',
  'its',
  'their',
  'openai',
  "openai's",
  'officially',
  'formally',
  'also',
  // "Shear is OpenAI's new interim CEO", "is the company's newly installed chief": the title just given.
  ...['new', 'newly', 'appointed', 'installed', 'named', 'minted', 'company', 'firm', 'startup'],
]);

/** Employers whose possessive may stand between a copula and the title ("is the company's new CEO"). */
const EMPLOYER_BEFORE_POSSESSIVE = new Set(['openai', 'company', 'firm', 'startup', 'start-up']);

/** Fillers that refer to the title's employer ("its", "OpenAI's"), read through as fillers. */
const TITLE_OWNERS = new Set(['its', 'their', 'openai', "openai's"]);

/** Adverbs between a subject and its copula, read through ("then" coordinates, and a negation denies). */
const SKIPPED_BEFORE_COPULA = (word: string) =>
  isAdverb(word) && word !== 'then' && !NEGATING_ADVERBS.has(word);

/** The copula before a title at `at`, with its subject ("Shear is now interim CEO"). */
function copulaBefore(reading: BlockReading, at: number) {
  let k = at - 1;
  // "was nominally a Microsoft employee", "is briefly the stopgap CEO": an article and adverbs too.
  const filler = (word: string, at: number) =>
    COPULA_FILLERS.has(word) ||
    word === 'a' ||
    word === 'an' ||
    isAdverb(word) ||
    // "is OpenAI's new interim CEO": the employer's possessive, not the copula "'s" ("Altman's a Microsoft guy").
    (/^['’]s$/.test(word) && EMPLOYER_BEFORE_POSSESSIVE.has(reading.tokens[at - 1]?.lower ?? ''));
  while (
    k >= 0 &&
    filler(reading.tokens[k]!.lower, k) &&
    // "is now its interim chief executive": the employer's possessive refers, and stays a filler.
    (!reading.refAt[k] || TITLE_OWNERS.has(reading.tokens[k]!.lower)) &&
    !NEGATING_ADVERBS.has(reading.tokens[k]!.lower)
  )
    k--;
  // "who serves as chief scientist", "Sutskever, then serving as chief scientist".
  if (reading.tokens[k]?.lower === 'as' && SERVES.has(reading.tokens[k - 1]?.lower ?? '')) k--;
  else if (!COPULAS.has(reading.tokens[k]?.lower ?? '')) return undefined;
  const verb = k;
  // "who also serves as chief scientist", "Sutskever currently serves as": up to two adverbs before the verb.
  let end = verb - 1;
  for (let n = 0; n < 2 && SKIPPED_BEFORE_COPULA(reading.tokens[end]?.lower ?? ''); n++) end--;
  const subject = postOwnerEndingAt(reading, end) ?? subjectEndingAt(reading, end);
  return subject ? { ...subject, verb } : undefined;
}

/** Words between an owner and the post noun ("his actual title", "Sutskever's official job"). */
const POST_QUALIFIERS = new Set(['actual', 'real', 'official', 'formal', 'proper', 'true', 'correct', 'own']);
/** Words after the post noun that say where it is held ("his post there", "his job then"). */
const POST_PLACES = new Set(['there', 'then', 'at', 'in']);

/**
 * "His post there is chief scientist", "Sutskever's actual title was chief scientist": the post noun as
 * the copula's subject, its owner the one who holds the title. The owner: a possessive before the noun.
 */
function postOwnerEndingAt(reading: BlockReading, end: number) {
  const { tokens, refAt } = reading;
  let k = end;
  // "his job at OpenAI", "his post there": the place the post is held, read back to the noun.
  if (refAt[k] && /^(?:at|in)$/.test(tokens[refAt[k]!.first - 1]?.lower ?? '')) k = refAt[k]!.first - 1;
  if (POST_PLACES.has(tokens[k]?.lower ?? '')) k--;
  if (!JOB_NOUNS.has(tokens[k]?.lower ?? '')) return undefined;
  k--;
  while (POST_QUALIFIERS.has(tokens[k]?.lower ?? '')) k--;
  if (/^['’]s$/.test(tokens[k]?.text ?? '')) k--;
  const owner = refAt[k];
  return owner?.last === k && reading.people.has(owner.entities[0] ?? '')
    ? { first: owner.first, entities: owner.entities }
    : undefined;
}

/** A fixed wording, allowing one extra word between its words and ignoring quotation marks. */
function matchPhrase(found: Found): FrameMatch | undefined {
  const { reading, frame, trigger, at, context } = found;
  const { tokens } = reading;
  let k = at;
  for (let w = 1; w < trigger.words.length; w++) {
    let gap = 0;
    k++;
    while (k < tokens.length && tokens[k]!.lower !== trigger.words[w]) {
      // A possessive is part of the word before it ("observer on OpenAI's board").
      if (tokens[k]!.isWord && tokens[k]!.lower !== "'s") gap++;
      if (gap > 1 || /[.;!?]/.test(tokens[k]!.text)) return undefined;
      // "candour was never inconsistent": a negation let into the wording denies it.
      if (NEGATIONS.has(tokens[k]!.lower) || NEGATING_ADVERBS.has(tokens[k]!.lower)) return undefined;
      k++;
    }
    if (k >= tokens.length) return undefined;
  }
  if (frame.subject) {
    const sentence = reading.sentenceOf[at]!;
    // A wording of three words or more identifies its claim: its subject may be named anywhere in the block.
    const standalone = trigger.words.length >= STANDALONE_PHRASE_WORDS;
    let named = false;
    if (standalone) {
      // A window of a long block: the rest of the block may name the subject.
      const anywhere = referencedIn(reading);
      named = frame.subject.some((id) => anywhere.has(id) || !!reading.blockMentions?.has(id));
    } else {
      const { first } = reading.sentences[Math.max(0, sentence - 1)]!;
      for (let i = first; i <= reading.sentences[sentence]!.last && !named; i++)
        named = involves(reading.refAt[i]?.entities, frame);
    }
    // The block before may name the subject, unless the wording stands in quotation marks on its own.
    const fromBefore =
      !reading.quoted[at] &&
      !ownSubjectBefore(reading, frame, at) &&
      frame.subject.some((id) => context?.entities?.has(id));
    if (!named && !fromBefore) return undefined;
    if (trigger.pairOwner && !pairOwnsWording(reading, frame, at)) return undefined;
  }
  if (wordingUnstated(reading, at, at) || negatedBefore(reading, frame, at) || votesOnMatter(reading, k))
    return undefined;
  if (directionWithoutMove(reading, at) || pointsBack(reading, at)) return undefined;
  // "without having explained what he had been less than candid about": the reason left untold.
  if (untoldReason(reading, at)) return undefined;
  if (pronounWithoutBoard(reading, trigger.words, at)) return undefined;
  // "lost faith in his capacity to run the company": the unfitness is one person's, not the board's.
  if (frame.fact === UNFIT_BOARD && judgesOnePerson(reading, at)) return undefined;
  // "the same as the ability to govern": a capacity named, no one judged wanting in it.
  if (frame.fact === UNFIT_BOARD && capacityWithoutWant(reading, at)) return undefined;
  // "hadn't been candid": the mark opens on the word that carries the clitic.
  return { first: tokens[at]!.lower === "n't" ? at - 1 : at, last: k, claimId: '', fact: frame.fact };
}

/** Object pronouns that may close a wording ("not straight with it/them"). */
const OBJECT_PRONOUNS = new Set(['it', 'them']);
/** Words that name the board, the pronoun's antecedent. */
const BOARD_WORDS = new Set(['board', 'directors', 'board’s', "board's"]);

/**
 * "the board says Altman wasn't straight with it": a wording that ends in a pronoun is the board's only
 * where the board is named before it in the sentence ("Investors said he was not honest with them" is not).
 */
function pronounWithoutBoard(reading: BlockReading, words: readonly string[], at: number): boolean {
  if (!OBJECT_PRONOUNS.has(words[words.length - 1]!)) return false;
  const { first } = reading.sentences[reading.sentenceOf[at]!]!;
  for (let k = first; k < at; k++) if (BOARD_WORDS.has(reading.tokens[k]!.lower)) return false;
  return true;
}

/** Nouns of a want or a loss that a demonstrative may point back to ("this lack of candour"). */
const WANT_NOUNS = new Set(['lack', 'loss', 'absence', 'want']);

/**
 * "…without ever specifying in what this lack of candour had consisted", "such a loss of confidence":
 * a demonstrative before a noun of want points back to the reason already told; it is not told again.
 * "that" is left alone: it is as often the conjunction ("said that lack of candour had cost him").
 */
function pointsBack(reading: BlockReading, at: number): boolean {
  const { tokens } = reading;
  if (!WANT_NOUNS.has(tokens[at]!.lower)) return false;
  const before = tokens[at - 1]?.lower ?? '';
  return /^(?:this|these)$/.test(before) || (before === 'a' && tokens[at - 2]?.lower === 'such');
}

/**
 * "The pair are on their way back": a wording the data writes with "his", met with "their", is the
 * clause subject's. The nearest reference before it in the sentence must be the frame's subject (the
 * pair, "Altman and Brockman"), not "the staff were on their way back", whoever the block named before.
 */
function pairOwnsWording(reading: BlockReading, frame: Frame, at: number): boolean {
  const { first } = reading.sentences[reading.sentenceOf[at]!]!;
  for (let k = at - 1; k >= first; k--)
    if (reading.refAt[k]?.entities.length) return involves(coordinated(reading, k)?.entities, frame);
  return false;
}

/**
 * "The club said its coach had not been candid", "the chain's directors said their manager had not
 * been…": in a sentence that names not the claim's subject, the wording's own subject is someone's
 * ("its coach"), so the block before cannot supply one. A pronoun ("he had not been candid") or a
 * bare noun ("Board cites lack of candour") leaves the block before to say who.
 */
function ownSubjectBefore(reading: BlockReading, frame: Frame, at: number): boolean {
  const { tokens, sentenceOf } = reading;
  const { before } = verbGroup(reading, at);
  const token = tokens[before];
  if (!token?.isWord || sentenceOf[before] !== sentenceOf[at]) return false;
  // "Murati had been insufficiently candid": a person named as the wording's subject is someone else's.
  const named = reading.refAt[before];
  if (
    named &&
    isName(token) &&
    !named.description &&
    named.entities.length &&
    !involves(named.entities, frame)
  )
    return true;
  const sentence = reading.sentences[sentenceOf[at]!]!;
  for (let k = sentence.first; k <= sentence.last; k++)
    if (involves(reading.refAt[k]?.entities, frame)) return false;
  // "The CEO of Acme was not candid", "Acme's chief executive had not been candid": a head owned by a
  // name the story does not know is that name's.
  if (ownedByStranger(reading, before)) return true;
  if (!/^[a-z-]+$/.test(token.text)) return false;
  // The subject's determiner: a possessive a word or two before its head noun.
  for (let k = before - 1; k >= Math.max(sentence.first, before - OWNER_REACH); k--) {
    const word = tokens[k]!.lower;
    if (OWNERS.has(word)) return true;
    if (!tokens[k]!.isWord) return false;
  }
  return false;
}

/** A capitalised word that is no pronoun: a name ("Murati"), whose reading the page does not guess. */
const isName = (token: { text: string; lower: string }) =>
  /^\p{Lu}/u.test(token.text) && !SUBJECT_PRONOUNS.has(token.lower);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);

/** Possessive determiners that make a subject someone's ("its head coach", "their chief executive"). */
const OWNERS = new Set(['its', 'their']);
/** How many words a possessive may stand before its head noun ("its long-serving head coach"). */
const OWNER_REACH = 3;

/** A capitalised word no reference reads: a name the story does not know ("Acme", "Initech"). */
function strangerAt(reading: BlockReading, at: number): boolean {
  const token = reading.tokens[at];
  return !!token?.isWord && /^\p{Lu}/u.test(token.text) && !reading.refAt[at];
}

/** The subject ending at `end` is a stranger's: "the CEO of Acme", "Acme's chief executive". */
function ownedByStranger(reading: BlockReading, end: number): boolean {
  const { tokens } = reading;
  // "the chief executive of Acme (Corp)": the name closes the subject, after "of" or "at".
  let k = end;
  while (k > end - 2 && strangerAt(reading, k - 1)) k--;
  if (strangerAt(reading, k) && /^(?:of|at)$/.test(tokens[k - 1]?.lower ?? '')) return true;
  // "Acme's long-serving chief executive": the name owns the head a few words on.
  for (let j = end - 1; j >= Math.max(0, end - OWNER_REACH - 1); j--)
    if (/^(?:'s|’s)$/.test(tokens[j]!.lower)) return strangerAt(reading, j - 1);
  return false;
}

/**
 * "has never been repentant", "had not lost confidence": a wording whose verb group before it holds a
 * negation is denied. A wording that carries its own negation ("not been candid") is read as written.
 */
function negatedBefore(reading: BlockReading, frame: Frame, at: number): boolean {
  const word = reading.tokens[at]!.lower;
  if (NEGATIONS.has(word)) return false;
  // "had not lost confidence", "had never fallen short of candour": a wording that is a want or a loss
  // itself is denied by a negation, even in a frame whose other wordings take one ("never consistently candid").
  if (statesNegatively(frame) && !LOSS_WORDS.has(word)) return false;
  // "never fallen short": "short" is its verb's complement.
  const fallen = word === 'short' && /^f[ae]ll/.test(reading.tokens[at - 1]?.lower ?? '');
  return verbGroup(reading, fallen ? at - 1 : at).negated;
}

/**
 * First words of wordings that tell a want or a loss ("lost confidence", "lack of candour", "less than
 * candid", "stopped trusting him", "withdrew its confidence"), and the "fail" that stands for a wording's own negation ("failed to be candid", wordingVariants.ts).
 */
const LOSS_WORDS = new Set([
  'lost',
  'loss',
  'lack',
  'lacked',
  'lacking',
  'less',
  'short',
  ...FAIL_FORMS,
  ...CEASED,
  ...WITHDREW,
]);

/** Frames that already read a negation in (whose wordings include "not candid", "no vote"). */
const negativeFrames = new WeakMap<Frame, boolean>();

/**
 * A frame whose own wordings carry a negation ("not fit to lead", "not candid"): a negation before
 * its other wordings ("was never consistently candid") is part of the claim, not a denial of it.
 */
function statesNegatively(frame: Frame): boolean {
  let negative = negativeFrames.get(frame);
  if (negative === undefined) {
    negative = (frame.phrases ?? []).some((phrase) => NEGATED_WORDING.test(phrase));
    negativeFrames.set(frame, negative);
  }
  return negative;
}

const NEGATED_WORDING = /(?:^|\s)(?:not|no|never|can't|cannot)\s|n't\s/i;

/**
 * A fixed wording or noun phrase (at `at`, its words from `first`) that its sentence asks, denies,
 * makes a condition's consequence or only possible states nothing.
 */
function wordingUnstated(reading: BlockReading, at: number, first: number): boolean {
  return (
    isQuestion(reading, at) ||
    isDeniedReport(reading, first) ||
    opensWithCondition(reading, first) ||
    isDeniedOrAsked(reading, first) ||
    governedByModal(reading, first)
  );
}

/** Words that bring a head's modifiers after it ("a unit for advanced AI research", "a lab of his own", "a division devoted to AI"). */
const POST_HEAD_LINKS = new Set([
  'for',
  'of',
  'devoted',
  'dedicated',
  'focused',
  'focusing',
  ...ACTIVITY_LINKS,
]);

/** Place adverbs that may stand between a head and its modifiers after it ("a lab there devoted to AI", "a unit here for research"). */
const HEAD_PLACE_ADVERBS = new Set(['there', 'here', 'internally', 'in-house']);

/** Words between a verb and the noun phrase it takes ("set up a dedicated team", "give him his own lab"). */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'its', 'his', 'their', 'up', 'out', 'him', 'them']);

/** "Microsoft may yet set up a research team": the verb whose object the phrase is is only possible. */
function governedByModal(reading: BlockReading, first: number): boolean {
  let verb = first - 1;
  while (OBJECT_OPENERS.has(reading.tokens[verb]?.lower ?? '')) verb--;
  const token = reading.tokens[verb];
  if (!token?.isWord || reading.refAt[verb] || reading.sentenceOf[verb] !== reading.sentenceOf[first])
    return false;
  return verbGroup(reading, verb).possibility;
}

/** A head and the modifiers before it that the frame's noun phrase needs ("a brand-new AI research outfit"). */
function matchNounPhrase(found: Found): FrameMatch | undefined {
  const { reading, frame, at, context } = found;
  const phrase = frame.nounPhrase!;
  const modifiers = new Set(phrase.modifiers.map((w) => w.toLowerCase()));
  const words: string[] = [];
  let first = at;
  for (let k = at - 1; k >= 0 && reading.sentenceOf[k] === reading.sentenceOf[at]; k--) {
    const lower = reading.tokens[k]!.lower;
    const parts = [lower, ...lower.split('-')];
    if (!parts.some((p) => modifiers.has(p))) break;
    words.push(...parts);
    first = k;
  }
  // The modifiers may follow the head: "a unit for advanced AI research", "a lab of his own".
  let last = at;
  let k = at + 1;
  // "a lab there focused on AI research": a place adverb may sit between the head and its modifiers.
  if (
    HEAD_PLACE_ADVERBS.has(reading.tokens[k]?.lower ?? '') &&
    POST_HEAD_LINKS.has(reading.tokens[k + 1]?.lower ?? '')
  )
    k++;
  // "a team at the software giant dedicated to AI research": a place between the head and its topic.
  k = linkAfterPlace(reading, k) ?? k;
  if (POST_HEAD_LINKS.has(reading.tokens[k]?.lower ?? '')) {
    k++;
    if (LINK_PARTICLES.test(reading.tokens[k]?.lower ?? '')) k++;
    if (/^(?:his|their|its)$/.test(reading.tokens[k]?.lower ?? '') && reading.tokens[k + 1]?.lower === 'own')
      k++;
    const after: string[] = [];
    for (; k < reading.tokens.length && reading.sentenceOf[k] === reading.sentenceOf[at]; k++) {
      const lower = reading.tokens[k]!.lower;
      if (!modifiers.has(lower)) break;
      after.push(lower);
    }
    // The phrase after the head ends in what the unit is about ("for advanced AI research"), not "for new products".
    const topics = phrase.requires.slice(1).flat();
    const own = after.length === 1 && after[0] === 'own';
    if (own || topics.some((w) => w.toLowerCase() === after.at(-1))) {
      words.push(...after);
      last = k - 1;
    }
  }
  // "an AI research group being set up for them": the clause after the head says the unit is new.
  const formed = formedAfterHead(reading, at + 1, frame.subject);
  // "Microsoft is setting up a research group": the verb before the phrase says the unit is new.
  if (formed === undefined && formingBeforePhrase(reading, first, frame.subject ?? []))
    words.push(...phrase.requires[0]!.map((w) => w.toLowerCase()));
  if (formed !== undefined) {
    words.push(...phrase.requires[0]!.map((w) => w.toLowerCase()));
    last = Math.max(last, formed);
  }
  if (!phrase.requires.every((group) => group.some((w) => words.includes(w.toLowerCase())))) return undefined;
  if (frame.subject) {
    const anywhere = referencedIn(reading);
    const named =
      frame.subject.some((id) => anywhere.has(id) || !!reading.blockMentions?.has(id)) ||
      frame.subject.some((id) => context?.entities?.has(id));
    if (!named) return undefined;
  }
  // "and if it doesn't, Microsoft has a new AI division": a consequence of a condition states nothing.
  if (wordingUnstated(reading, at, first)) return undefined;
  return { first, last, claimId: '', fact: frame.fact };
}

function matchFrame(found: Found): FrameMatch | undefined {
  switch (found.trigger.kind) {
    case 'nounPhrase':
      return matchNounPhrase(found);
    case 'act':
      return matchAct(found);
    case 'undergo':
      return matchUndergo(found);
    case 'noun':
      return matchNoun(found);
    case 'title':
      return matchTitle(found);
    case 'phrase':
      return matchPhrase(found);
  }
}

/** A semicolon, colon or dash between two tokens, ", or", or ", and warned": what follows is another statement ("…; failing that, …"). */
function clauseBreakBetween(reading: BlockReading, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    if (/^[;:—–]$/.test(reading.tokens[k]!.text)) return true;
    // "…to resign, or the signers may leave": a demand and its ultimatum.
    if (/^(?:or|otherwise)$/.test(reading.tokens[k]!.lower) && reading.tokens[k - 1]!.text === ',')
      return true;
  }
  return newReport(reading, from, to);
}

/** Words after "and" that open a second reported clause ("and that they had", "and it had"), not a list's next verb. */
const SECOND_CLAUSE = new Set(['that', 'it', 'they', 'he', 'she', 'we']);
/** "…, and said it had lost confidence": the reporter's verb again opens the report's second clause. */
const REPORTED_AGAIN = new Set(['said', 'says', 'added', 'adds', 'stated', 'wrote', 'concluded', 'declared']);
/** "…, and said its members had lost confidence": the second clause's subject a noun phrase of its own. */
const SECOND_SUBJECT_OPENERS = new Set(['its', 'their', 'the']);

/**
 * After a comma, the words that carry one report on: its participles of charge and a second "that" clause
 * (not "saying", "adding": his own account of the act, OWN_ACCOUNT's, is kept apart).
 */
const REPORT_GOES_ON = new Set([
  'that',
  'claiming',
  'alleging',
  'stating',
  'asserting',
  'arguing',
  'citing',
  'accusing',
  'charging',
  'complaining',
]);

/** How many words a preposition may put between a comma and its "which" (", as a result of which"). */
const WHICH_REACH = 5;

function whichWithin(reading: BlockReading, comma: number): boolean {
  for (let k = comma + 1; k <= comma + WHICH_REACH && k < reading.tokens.length; k++) {
    if (reading.tokens[k]!.lower === 'which') return true;
    if (!reading.tokens[k]!.isWord) return false;
  }
  return false;
}

/**
 * "hadn't been upfront with it, and said it had lost confidence", "not candid with the board, which no
 * longer had confidence in him": one reason told in two halves.
 */
function reportContinues(reading: BlockReading, from: number, to: number): boolean {
  const { tokens } = reading;
  for (let k = from + 1; k < to - 2; k++) {
    if (/^[;:—–]$/.test(tokens[k]!.text)) return false;
    // "not candid with the board, which as a result no longer had confidence in him": the board's side of it.
    // ", due to which they lost faith", ", as a result of which…": the same relative, led by its preposition.
    if (tokens[k]!.text === ',' && whichWithin(reading, k)) return true;
    // "no longer trusted him, claiming his dealings had not been frank", "not candid, that it had lost confidence":
    // the same report carried on by its participle or by a second "that" clause.
    if (tokens[k]!.text === ',' && REPORT_GOES_ON.has(tokens[k + 1]!.lower)) return true;
    if (tokens[k]!.lower !== 'and' || !REPORTED_AGAIN.has(tokens[k + 1]!.lower)) continue;
    const next = tokens[k + 2]!.lower === 'that' ? k + 3 : k + 2;
    const opener = tokens[next]?.lower ?? '';
    return (SECOND_CLAUSE.has(opener) || SECOND_SUBJECT_OPENERS.has(opener)) && next < to;
  }
  return false;
}

/** How far a report carried on past a semicolon may run from the mark it continues. */
const CARRIED_REPORT_GAP = 24;

/**
 * "…was not candid with it; trust in his leadership, it added, was gone", "…not frank with it; it had
 * lost confidence in him": the same fact again after a semicolon of the same sentence, with no other
 * person brought in between ("…; Toner said he had not been candid"), carries the report already
 * marked on: one instance, not a second. In the next sentence only the same reporter named again
 * ("It added that…", "They said…") carries it on; a sentence told by nobody is a telling of its own.
 */
function reportCarriedOn(reading: BlockReading, k: FrameMatch, m: FrameMatch): boolean {
  const { tokens, sentenceOf, refAt, people } = reading;
  if (m.demand || m.first <= k.last || m.first - k.last > CARRIED_REPORT_GAP) return false;
  const nextSentence = sentenceOf[m.first] === sentenceOf[k.last]! + 1;
  if (sentenceOf[m.first] !== sentenceOf[k.last] && !nextSentence) return false;
  // Where the second telling starts: the next sentence's first word, or the word after a semicolon.
  let from = nextSentence ? reading.sentences[sentenceOf[m.first]!]!.first : -1;
  const told = new Set<string>();
  for (let j = k.first; j <= k.last; j++) for (const id of refAt[j]?.entities ?? []) told.add(id);
  for (let j = k.last + 1; j < m.first; j++) {
    if (refAt[j]?.entities.some((id) => people.has(id) && !told.has(id))) return false;
    if (!nextSentence && tokens[j]!.text === ';') from = j + 1;
  }
  return nextSentence ? reporterAgain(reading, from, m.last) : from >= 0;
}

/** The unnamed reporter of a report already told: "It added that…", "…, they said, …". */
const REPORTER_AGAIN = new Set(['it', 'they']);
/** Adverbs between the reporter and its verb ("It also said"). */
const REPORTER_ADVERBS = new Set(['also', 'further', 'then', 'later']);

/** Whether "it added", "they said", "it also said" stands in tokens [from, to). */
function reporterAgain(reading: BlockReading, from: number, to: number): boolean {
  const { tokens } = reading;
  for (let i = from; i < to; i++) {
    if (!REPORTER_AGAIN.has(tokens[i]!.lower)) continue;
    const verb = REPORTER_ADVERBS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    if (REPORTED_AGAIN.has(tokens[verb]?.lower ?? '')) return true;
  }
  return false;
}

/** Words after a comma that make what follows the consequence of what came before ("…, so they no longer trusted him"). */
const CONSEQUENCES = new Set(['so', 'hence', 'thus', 'therefore', 'consequently']);
/** Relatives on a person that carry the same report on ("…with directors, who in consequence had lost confidence"). */
const PERSON_RELATIVES = new Set(['who', 'whom']);

/**
 * "not straightforward with the directors, so they no longer trusted him", "with directors, who in
 * consequence had lost confidence", "lost confidence in Altman, whom it accused of not being candid": one
 * fact told as a cause and its consequence, or carried on by a relative on the person it concerns.
 */
function consequenceContinues(reading: BlockReading, from: number, to: number): boolean {
  const { tokens } = reading;
  for (let k = from + 1; k < to - 1; k++) {
    if (/^[;:—–.]$/.test(tokens[k]!.text)) return false;
    if (tokens[k]!.text !== ',') continue;
    const next = tokens[k + 1]!.lower === 'and' ? k + 2 : k + 1;
    if (CONSEQUENCES.has(tokens[next]?.lower ?? '') && next < to) return true;
    if (PERSON_RELATIVES.has(tokens[k + 1]!.lower) && k + 1 < to) return true;
  }
  return false;
}

/** "and that"/"and it" between two tokens: a second clause of the same report. */
function andBetween(reading: BlockReading, from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) {
    const opener = reading.tokens[k + 1]!.lower;
    if (
      reading.tokens[k]!.lower === 'and' &&
      (SECOND_CLAUSE.has(opener) || SECOND_SUBJECT_OPENERS.has(opener))
    )
      return true;
  }
  return false;
}

/** Participles by which the subject gives his own account of what he did ("resigned, saying that…"). */
const OWN_ACCOUNT = new Set(['writing', 'saying', 'adding', 'explaining', 'telling', 'posting', 'noting']);

/** In one sentence, a comma and a participle of his own account between two tokens. */
function ownAccountBetween(reading: BlockReading, from: number, to: number): boolean {
  if (to <= from || reading.sentenceOf[from] !== reading.sentenceOf[to]) return false;
  for (let k = from + 1; k < to; k++)
    if (reading.tokens[k]!.text === ',' && OWN_ACCOUNT.has(reading.tokens[k + 1]?.lower ?? '')) return true;
  return false;
}

/** How far back in its clause an ultimatum may open before what it names. */
const ULTIMATUM_REACH = 8;

/**
 * "resign, …, or we may go work for the new Microsoft subsidiary": what the staff's ultimatum names is
 * where they would go, part of the threat, not a claim of its own.
 */
function insideUltimatum(reading: BlockReading, at: number): boolean {
  const { tokens, sentenceOf } = reading;
  for (let k = at - 1; k >= Math.max(1, at - ULTIMATUM_REACH) && sentenceOf[k] === sentenceOf[at]; k--) {
    if (/^[.;:!?]$/.test(tokens[k]!.text)) return false;
    if (tokens[k]!.lower !== 'or' || tokens[k - 1]!.text !== ',') continue;
    return orThreat(tokens, k, at - 1);
  }
  return false;
}

/** Two words before an act that say it did not happen in its place ("rather than him stepping down", "instead of quitting"). */
const CONTRASTS = new Set(['rather than', 'instead of', 'opposed to', 'far from']);
/** Words between the contrast and the act: who would have done it ("rather than him resigning", "instead of Brockman's exit"). */
const CONTRASTED_DOERS = new Set([
  'him',
  'his',
  'her',
  'them',
  'their',
  'he',
  'she',
  'a',
  'an',
  'the',
  "'s",
  '’s',
]);

/** "the board removed him as chair rather than him stepping down": the act after a contrast is the one denied. */
function contrastedAway(reading: BlockReading, first: number): boolean {
  const { tokens, sentenceOf } = reading;
  let k = first - 1;
  while (
    k >= 1 &&
    first - k <= 3 &&
    sentenceOf[k] === sentenceOf[first] &&
    (CONTRASTED_DOERS.has(tokens[k]!.lower) || reading.refAt[k])
  )
    k--;
  return (
    k >= 1 &&
    sentenceOf[k - 1] === sentenceOf[first] &&
    CONTRASTS.has(`${tokens[k - 1]!.lower} ${tokens[k]!.lower}`)
  );
}

/** Nouns for talk nobody stands behind ("whispers that…", "rumours that…", "speculation that…"). */
const RUMOURS = new Set([
  ...['whisper', 'whispers', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'chatter', 'gossip'],
  ...['buzz', 'murmurs', 'murmuring', 'murmurings'],
]);
/** Adverbs of hearsay in or right before the act's verb group ("was supposedly on his way"). */
const HEARSAY = new Set(['supposedly', 'allegedly', 'purportedly', 'ostensibly', 'rumouredly']);
/** How far back in its sentence the rumour may be named before the act. */
const RUMOUR_REACH = 12;

/**
 * "Whispers grow that the board could be talked into bringing Sam back", "rumours that Altman would
 * return", "Altman is rumoured to be heading back": a rumour, not a fact the page states.
 */
function rumoured(reading: BlockReading, first: number): boolean {
  const { tokens, sentenceOf } = reading;
  // "Altman was supposedly on his way to Microsoft": the reporter does not stand behind the act.
  for (let k = first - 1; k <= first + 2; k++) if (HEARSAY.has(tokens[k]?.lower ?? '')) return true;
  for (let k = first - 1; k >= 0 && first - k <= RUMOUR_REACH && sentenceOf[k] === sentenceOf[first]; k--) {
    const word = tokens[k]!.lower;
    if (/^rumou?red$/.test(word) && tokens[k + 1]?.lower === 'to') return true;
    if (!RUMOURS.has(word)) continue;
    // The rumour's content follows it: "whispers (grow/swirl) that…", "rumours of his return".
    for (let j = k + 1; j <= k + 3 && j < first; j++) if (/^(?:that|of)$/.test(tokens[j]!.lower)) return true;
  }
  return false;
}

/** Keeps one match per claim instance: overlapping matches of a claim become one, the longer wins across claims. */
function oneMarkEach(reading: BlockReading, matches: FrameMatch[]): FrameMatch[] {
  const sorted = [...matches].sort((a, b) => a.first - b.first || b.last - a.last);
  const kept: FrameMatch[] = [];
  for (const m of sorted) {
    const same = kept.find(
      (k) =>
        !m.ownClause &&
        k.claimId === m.claimId &&
        reading.sentenceOf[k.first] === reading.sentenceOf[m.first] &&
        k.first <= m.last + SAME_INSTANCE_GAP &&
        // "removed as chair and quits": two facts side by side are two instances.
        (m.first <= k.last + (k.fact === m.fact ? SAME_INSTANCE_GAP : 0) ||
          (k.fact === m.fact &&
            (m.first <= k.last + SAME_FACT_GAP ||
              (m.first <= k.last + COORDINATED_FACT_GAP && andBetween(reading, k.last, m.first))) &&
            !clauseBreakBetween(reading, k.last, m.first)) ||
          // One fact told in two halves; two facts ("removed as chair, which is why he quit") stay two instances.
          (!m.demand &&
            k.fact === m.fact &&
            m.first <= k.last + COORDINATED_FACT_GAP &&
            (reportContinues(reading, k.last, m.first) || consequenceContinues(reading, k.last, m.first))) ||
          // "a non-voting seat — an observer — on the board": the second wording renames the first.
          (k.fact === m.fact && opensApposition(reading, k.last, m.first)) ||
          // "he was done: he quit the company": a colon or dash elaboration tells the same act again.
          (!m.demand &&
            k.fact === m.fact &&
            m.first <= k.last + COORDINATED_FACT_GAP &&
            elaborationBetween(reading, k.last, m.first)) ||
          // "Stripped of his chairmanship, he quit": two facts are two instances however the sentence joins them.
          (k.fact === m.fact && actsOfOpeningSubject(reading, k, m)) ||
          // "Removed from board; removed as chair": a cell of bare acts, no subject and only a semicolon between, tells one story.
          (k.fact === m.fact &&
            m.first === k.last + 2 &&
            reading.tokens[k.last + 1]!.text === ';' &&
            reading.sentences[reading.sentenceOf[k.first]!]!.first === k.first)),
    );
    if (same) {
      same.last = Math.max(same.last, m.last);
      continue;
    }
    // "…not consistently candid with it; trust in him, it added, was gone": the same report carried on
    // past a semicolon is the instance already marked.
    if (kept.some((k) => k.claimId === m.claimId && k.fact === m.fact && reportCarriedOn(reading, k, m)))
      continue;
    // "he had resigned, writing that the news had made him quit": his own account of the act is the same instance.
    if (
      kept.some(
        (k) => k.claimId === m.claimId && k.fact === m.fact && ownAccountBetween(reading, k.last, m.first),
      )
    )
      continue;
    const clash = kept.find((k) => k.first <= m.last && m.first <= k.last);
    if (!clash) kept.push(m);
    else if (m.last - m.first > clash.last - clash.first) kept.splice(kept.indexOf(clash), 1, m);
  }
  return kept;
}

/** The matches of one reading, one per claim instance, from triggers at or after token `from`. */
const referenced = new WeakMap<BlockReading, Set<string>>();

/** Everyone and everything a reading refers to. */
function referencedIn(reading: BlockReading): Set<string> {
  let found = referenced.get(reading);
  if (!found) {
    // A pronoun's alternatives (pageReference.ts) count: the act decides between them (requirementOf).
    found = new Set(
      reading.refAt.flatMap((r) => (r && (!r.conditional || r.alternatives) ? r.entities : [])),
    );
    referenced.set(reading, found);
  }
  return found;
}

function matchReading(matcher: Matcher, reading: BlockReading, context: ReadingContext, from: number) {
  const matches: FrameMatch[] = [];
  /** Where each claim's last match ends: a trigger inside it is part of that instance. */
  const endOf = new Map<string, number>();
  const demandFrames = new Map<string, Frame>();
  for (let at = from; at < reading.tokens.length; at++) {
    for (const trigger of matcher.statements.byFirstWord.get(reading.tokens[at]!.lower) ?? []) {
      const claim = matcher.claims.get(trigger.claimId)!;
      const frame = claim.frames![trigger.frame]!;
      if (frame.demand) {
        demandFrames.set(claim.id, frame);
        continue;
      }
      // A phrase may have a word inserted ("not been consistently candid"): it checks its own words.
      if (trigger.kind !== 'phrase' && !wordsAt(reading, at, trigger.words)) continue;
      if ((endOf.get(claim.id) ?? -1) >= at) continue;
      const found = matchFrame({
        reading,
        frame,
        trigger,
        at,
        context,
        lexicon: matcher.statements,
      });
      if (!found) continue;
      const titled = trigger.kind === 'title' && !titleTellsAct(trigger.words);
      const requires = requirementOf(reading, frame, found, claim.entities, titled);
      if (requires === null) continue;
      matches.push({
        ...found,
        claimId: claim.id,
        ...(requires ? { requires } : {}),
        ...(frame.alone ? { bare: true } : {}),
      });
      endOf.set(claim.id, Math.max(endOf.get(claim.id) ?? -1, found.last));
    }
  }
  dropSplitDescriptions(matches);
  for (const [claimId, frame] of demandFrames)
    for (const m of detectDemands(matcher, reading, frame, context))
      if (reading.sentenceOf[m.first]! >= reading.sentenceOf[from]!)
        matches.push({ ...m, claimId, demand: true });
  // "Altman to Microsoft", "Brockman out": a headline's shorthand for the verb (headlineShorthand.ts).
  if (from === 0) matches.push(...headlineShorthand(matcher, reading).filter((m) => !endOf.has(m.claimId)));
  // A post card or pull quote showing the line alone reports no one posting it (convention i).
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i]!;
    if (m.fact === POSTED_LINE_FACT && !m.demand && lineStandsAlone(reading, m.first, m.last))
      matches.splice(i, 1);
  }
  // "Half the company has posted that exact line", under the card that shows it (lineReference.ts).
  const line = context.lineShown ? postedLine(matcher) : null;
  if (line) {
    const entities = matcher.claims.get(line.claimId)!.entities ?? [];
    for (const m of lineReferences(reading, from, entities))
      if ((endOf.get(line.claimId) ?? -1) < m.first)
        matches.push({ ...m, claimId: line.claimId, fact: POSTED_LINE_FACT });
  }
  // "Staff reposted one slogan: '…'": the quoted line's mark covers the clause that reports its posting.
  widenToPostingClause(reading, matches);
  postedInNextSentence(matcher, reading, matches);
  // "confessed to deep regret over his own hand in the ouster": the regret's mark covers what it is for.
  widenToRegretObject(reading, matches);
  // "hiring him, to lead a freshly created lab": the hire's mark ends before the unit's clause.
  endBeforeNested(reading, matches);
  // "With Altman restored, …": the return taken as given is marked from the "with".
  widenToAbsoluteWith(reading, matches);
  // "went the same day. He was first stripped of…": the summary of the steps that follow is no instance of its own.
  return oneMarkEach(
    reading,
    withoutSummaries(reading, matches).filter(
      (m) =>
        (m.demand || !insideUltimatum(reading, m.first)) &&
        !speakerPrediction(reading, m.first, m.last) &&
        (m.demand || !effortNotFact(reading, m.first, m.last)) &&
        (m.demand || !advocatedNotDone(reading, m.first)) &&
        !(m.demand && pushNotDemand(reading, m.first, m.last)) &&
        !(m.demand && reporterHedge(reading, m.first, m.last)) &&
        (m.demand || !insideDemandTerms(reading, m.first, m.last, matcher.claims.get(m.claimId)!)) &&
        (m.demand || !insideReportedCondition(reading, m.first)) &&
        (m.demand || !offeredAsAlternative(reading, m.first)) &&
        !disputedVersion(reading, m.first) &&
        !contrastedAway(reading, m.first) &&
        !absoluteWithBackground(reading, m.first) &&
        !rumoured(reading, m.first) &&
        !(!m.demand && talkAbout(reading, m.last)) &&
        !pageAboutItself(reading, m.first) &&
        !voteWithoutSeat(reading, m.first, m.last) &&
        // The unit found after the act is the news: the act of leading it is not a second claim.
        !(
          m.leadsUnit &&
          matches.some(
            (u) => u.claimId !== m.claimId && u.first > m.last && u.first <= m.last + COMPLEMENT_WINDOW,
          )
        ),
    ),
  );
}

/**
 * Whether a match rests on a description only the page can resolve ("the chief
 * scientist", said of no one near it): what the page must name, undefined
 * when it rests on nothing of the kind, null when it cannot be the subject's.
 */
function requirementOf(
  reading: BlockReading,
  frame: Frame,
  match: FrameMatch,
  /** Everyone the claim involves, not only its subject. */
  involved: readonly string[],
  /** The match is a title the description itself holds, not an act. */
  titled: boolean,
): PageRequirement | undefined | null {
  const sentence = reading.sentences[reading.sentenceOf[match.first]!]!;
  let conditional: string[] | undefined;
  let alternatives: string[] | undefined;
  let described: Reference | undefined;
  for (let k = sentence.first; k <= match.last; k++) {
    const ref = reading.refAt[k];
    if (!ref) continue;
    if (!ref.conditional && involves(ref.entities, frame)) return undefined;
    if (ref.alternatives && involves(ref.entities, frame)) alternatives = ref.entities;
    else if (ref.conditional && involves(ref.entities, frame)) {
      conditional = ref.entities;
      described ??= ref;
    }
  }
  // A pronoun far from any name, where no name settles it: the act decides whom of its alternatives it means.
  if (alternatives) return alternativeFor(alternatives, frame.subject!, involved) === null ? null : undefined;
  if (!conditional) return undefined;
  // An act decides among the people the description fits ("a director … said he was sorry", "the
  // chief executive was reinstated"): only another of them it could be told of leaves it open. A
  // title is no act: "there was the interim CEO" is anyone who held the post.
  // "A chief scientist co-signing the protest": an indefinite description holds no title; "a finding
  // that a chief executive lacked candor": nor does one in a noun's content clause tell an event.
  if (described?.indefinite && (titled || contentOfNoun(reading, described.first))) return null;
  // Past someone the block names whom the dataset does not know ("Kettering Vale … asked the founder
  // back"), the description may be theirs: the act decides nothing.
  const decides = !titled && !strangerBefore(reading, described!.first);
  const named = conditional.find((id) => frame.subject!.includes(id));
  const open = conditional.filter((id) => id !== named && (!decides || frame.subject!.includes(id)));
  if (!named) return null;
  const requirement = { named, unlessNamed: open };
  if (decides) decidedBy.set(requirement, described!);
  return requirement;
}

/** "a finding that …", "the idea that …": "that" after a noun with its article opens what the noun holds. */
function contentOfNoun(reading: BlockReading, first: number): boolean {
  const { tokens } = reading;
  return (
    tokens[first - 1]?.lower === 'that' &&
    /^(?:a|an|the|any|every)$/.test(tokens[first - 3]?.lower ?? '') &&
    !reading.refAt[first - 2]
  );
}

/** The description whose person an act decided, for each requirement so made. */
const decidedBy = new WeakMap<PageRequirement, Reference>();

/**
 * "The co-founder who walked out, walked back in": acts that decide one description for two different
 * people decide it for neither (Brockman left, Altman returned: the description is one of them).
 */
function dropSplitDescriptions(matches: FrameMatch[]): void {
  const people = new Map<Reference, Set<string>>();
  for (const m of matches) {
    const ref = m.requires && decidedBy.get(m.requires);
    if (ref) people.set(ref, (people.get(ref) ?? new Set()).add(m.requires!.named));
  }
  for (let i = matches.length - 1; i >= 0; i--) {
    const ref = matches[i]!.requires && decidedBy.get(matches[i]!.requires!);
    if (ref && people.get(ref)!.size > 1) matches.splice(i, 1);
  }
}

/** The block names someone or something the dataset does not know before token `at` (strangerName.ts). */
function strangerBefore(reading: BlockReading, at: number): boolean {
  const { tokens, refAt } = reading;
  const names = refAt.flatMap((ref, k) =>
    ref?.first === k ? [{ start: tokens[k]!.start, end: tokens[ref.last]!.end }] : [],
  );
  const stranger = strangerNameAt(reading.text, names);
  return stranger >= 0 && stranger < tokens[at]!.start;
}

/** What the block before leaves for this one; a long one is read over its last sentences only. */
function contextBefore(matcher: Matcher, previous: { text: string; names: NameHit[] }, windowFrom: number) {
  const range =
    previous.text.length > windowFrom ? readingTail(matcher, previous.text, previous.names) : undefined;
  return contextAfter(matcher, readBlock(matcher, previous.text, previous.names, undefined, range), range);
}

/**
 * Statement claims in one block, as who did what: each frame's act is found
 * with its subject, and kept only where it is stated (not negated, asked,
 * wished, planned or conditional) by or of the claim's subject. A block
 * longer than `windowFrom` characters is read in windows around its cues.
 */
export function detectStatements(
  matcher: Matcher,
  text: string,
  names: NameHit[],
  previous?: { text: string; names: NameHit[]; lead?: BlockLead },
  next?: { text: string; names: NameHit[] },
  windowFrom = LONG_BLOCK,
): StatementHit[] {
  return [...statementSteps(matcher, text, names, previous, next, windowFrom)].flat();
}

/**
 * The same, one step at a time: a block is one step, a long block one step per
 * window (each a few thousand characters at most), so a caller can yield to
 * the page between steps of a block that holds a whole article.
 */
export function* statementSteps(
  matcher: Matcher,
  text: string,
  names: NameHit[],
  previous?: { text: string; names: NameHit[]; lead?: BlockLead },
  next?: { text: string; names: NameHit[] },
  windowFrom = LONG_BLOCK,
): Generator<StatementHit[], void> {
  // A row's label cell names the act for each name its value cell lists ("Interim CEOs" above "Emmett Shear (from 20 Nov)").
  const items = previous && !previous.names.length ? labelledItems(previous.text, text, names) : undefined;
  if (items) {
    const hits = items.flatMap((item) =>
      detectStatements(matcher, item.text, item.names, previous, next, windowFrom)
        .filter((h) => h.end > item.prefix)
        // The item is the act's whole span: the name and what the cell says of it ("Emmett Shear (from 20 Nov)").
        .map((h) => {
          const start = item.offset;
          const end = item.offset + item.text.length - item.prefix;
          return { ...h, start, end, phrase: text.slice(start, end) };
        }),
    );
    if (hits.length) {
      yield hits;
      return;
    }
  }
  const lexicon = matcher.statements;
  // "Half the company has posted that exact line" under a card showing the line: read though no cue is in it.
  const posted = previous && POINTS_AT_LINE.test(text) ? postedLine(matcher) : null;
  const lineShown =
    !!posted &&
    lineShownBefore(posted.line, [
      ...(previous!.lead?.blocks.map((b) => b.text ?? '') ?? []),
      previous!.text.slice(-LINE_SHOWN_CHARACTERS),
    ]);
  if ((!lexicon.cue || !lexicon.cue.test(text)) && !lineShown) return;
  // A rail's link, a cited title, a hatnote: another page's words, not this one's (railContext.ts).
  if (isFurniture(text, previous?.lead?.furnitureRail, 'statement')) return;
  const before: ReadingContext = previous
    ? contextBefore(matcher, previous, windowFrom)
    : { lastPair: [], words: new Set<string>() };
  // Who was named last before the block before ("Why?" between a name and "he had been…").
  const lead = previous?.lead;
  // A fact box's row ("Asked for: …") under a heading a row or two above ("THE LETTER", then
  // "Said of the board: …"): the heading's cue words are the row's context too.
  const headed = new Set(
    FIELD_ROW.test(text) ? lead?.blocks.slice(-HEADING_REACH).flatMap((b) => b.cues) : [],
  );
  if (headed.size) {
    const words = before.words;
    before.words = { has: (word) => words.has(word) || headed.has(word) };
  }
  // Not past someone the dataset does not know, named in the block before as a person ("Apple's Tim
  // Cook spoke on Monday.", "Trustees removed president Alan Marsh."): "he" may be theirs (strangerName.ts).
  if (
    !before.lastPerson &&
    lead?.lastPerson &&
    previous &&
    strangerNameAt(previous.text, previous.names, true) < 0
  ) {
    before.lastPerson = lead.lastPerson;
    // The block before names no one: a pronoun may mean the page's protagonist as well (pageReference.ts),
    // but not past any capitalised pair the dataset does not know ("Silicon Valley" too: precision first).
    const top = lead.protagonist?.top;
    if (top && top !== lead.lastPerson && strangerNameAt(previous.text, previous.names) < 0)
      before.pageCandidates = [lead.lastPerson, top];
  }
  // The block before ends on someone "he" cannot mean ("Murati posted it too."): "he" here may still be
  // the page's protagonist (discourseSubject.ts).
  const focus = lead?.protagonist?.top;
  if (
    !before.pageCandidates &&
    before.lastPerson &&
    focus &&
    focus !== before.lastPerson &&
    !fitsPronoun(matcher, before.lastPerson, 'he')
  )
    before.pageCandidates = [before.lastPerson, focus];
  if (!before.lastPair.length && lead?.lastPair) before.lastPair = lead.lastPair;
  // A post's or a quote card's signature in the block after it: "— Greg Brockman (@gdb), Nov 17",
  // "Who: Ilya Sutskever, on X" (attributionLine.ts).
  const signedBy = next ? attributedPerson(matcher, next) : undefined;
  // Several cells below the name (an infobox's rows), the person is only another cell's.
  const underCells = (previous?.lead?.cells ?? 0) > 1 && !isCell(text);
  const label = (underCells ? undefined : previous?.lead?.person) ?? inlineLabel(matcher, text, names);
  const carried = label
    ? undefined
    : subjectReach(
        matcher,
        text,
        names,
        previous?.lead?.subject ??
          timelineSubject(text, previous?.lead) ??
          dekSubject(matcher, text, names, next) ??
          focusSubject(matcher, text, names, previous?.lead),
      );
  const context: ReadingContext = {
    ...before,
    ...(lineShown ? { lineShown: true as const } : {}),
    ...(signedBy ? { signedBy } : {}),
    ...(label ? { label } : {}),
    ...(carried ? { carried } : {}),
  };
  const readWindow: WindowReader<StatementHit> = (read, readNames, window) => {
    const reading = readBlock(matcher, read, readNames, context, window);
    const from = reading.tokens.findIndex((t) => t.start >= window.core);
    return from < 0
      ? []
      : matchReading(matcher, reading, context, from).map((m) => toHit(matcher, reading, m));
  };
  if (text.length <= windowFrom) {
    const reading = readBlock(matcher, text, names, context);
    const hits = matchReading(matcher, reading, context, 0).map((m) => toHit(matcher, reading, m));
    yield [...hits, ...hitsAcrossAsides(matcher, text, names, hits, readWindow)];
    return;
  }
  const found: StatementHit[] = [];
  for (const window of readingWindows(matcher, text, names)) {
    const hits = readWindow(text, names, window);
    found.push(...hits);
    yield hits;
  }
  // The sentences around cuts near a trigger, read again without their asides: a step of their own.
  yield hitsAcrossAsides(matcher, text, names, found, readWindow);
}

/**
 * "SAM ALTMAN — ChatGPT guru. Axed Friday, back Wednesday.", "“BROCKMAN: DEMOTED” → “…THEN QUITS”",
 * "Brockman → quits": a block led by a name and a dash, a colon, an arrow (or a tab) is about that
 * person; a caption's opening quotation mark or bracket stands before the name at most.
 */
function inlineLabel(matcher: Matcher, text: string, names: NameHit[]): string | undefined {
  const first = names[0];
  if (!first || !LINE_HEAD_OPENING.test(text.slice(0, first.start))) return undefined;
  if (matcher.entities.get(first.entityId)?.kind !== 'person') return undefined;
  // A row's first cell ("Ilya Sutskever\tChief Scientist\tVoted to remove Altman") heads the row as well.
  return /^\s*[—–:→]|^[^\S\t]*\t/.test(text.slice(first.end)) ? first.entityId : undefined;
}

/** What may stand before the name that heads a line: a caption's opening quotation mark or bracket. */
const LINE_HEAD_OPENING = /^\s*(?:["“‘'([]\s*)?$/u;

/** How much of the block before may show the line a pointing clause means (its end: the nearest quotation). */
const LINE_SHOWN_CHARACTERS = 240;

/** How many short blocks above a row its heading may be. */
const HEADING_REACH = 3;

function toHit(matcher: Matcher, reading: BlockReading, m: FrameMatch): StatementHit {
  const claim = matcher.claims.get(m.claimId)!;
  const start = reading.tokens[m.first]!.start;
  const end = reading.tokens[m.last]!.end;
  return {
    start,
    end,
    claimId: claim.id,
    phrase: reading.text.slice(start, end),
    ...(m.requires ? { requires: m.requires } : {}),
    ...statementVerdict(claim, m.fact),
  };
}

/**
 * "'OpenAI is nothing without its people.' Scores of staff posted that line", "…: '…'. Murati shared it
 * as well": the sentence right after a quoted line posts it, pointing back with "it" or "the slogan"
 * (lineReference.ts). A line quoted bare takes that posting clause as its own (one mark, convention h);
 * a line already posted in its own clause gets a second mark only for a noun that can mean nothing but
 * the line ("the same line", "the slogan"), not for "it", which may be the letter, the post or the news.
 */
function postedInNextSentence(
  matcher: Matcher,
  reading: BlockReading,
  matches: Array<{ first: number; last: number; claimId: string; demand?: boolean; fact?: string }>,
): void {
  for (const shown of matches.filter((m) => m.fact === POSTED_LINE_FACT && !m.demand)) {
    const next = reading.sentences[reading.sentenceOf[shown.last]! + 1];
    if (!next) continue;
    const entities = matcher.claims.get(shown.claimId)?.entities ?? [];
    const bare = !reading.tokens
      .slice(shown.first, shown.last + 1)
      .some((_, i) => postingAt(reading, shown.first + i));
    for (const { pronoun, ...m } of lineReferences(reading, next.first, entities, {
      to: next.last,
      anaphora: true,
    })) {
      if (matches.some((o) => o.claimId === shown.claimId && o.first <= m.last && o.last >= m.first))
        continue;
      if (bare) shown.last = Math.max(shown.last, m.last);
      else if (!pronoun) matches.push({ ...m, claimId: shown.claimId, fact: POSTED_LINE_FACT });
      break;
    }
  }
}
