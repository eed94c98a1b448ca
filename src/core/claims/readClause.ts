import { possessedDecisionOwner } from './possessedDecision.ts';
import { untilNamesATime } from './untilTime.ts';
import type { BlockReading, Reference } from './readReferences.ts';
import { POSSESSIVE_DETERMINERS } from '../text/determiners.ts';
import { unheldBelief } from './unheldBelief.ts';
import { ORDER_VERBS } from './orderVerbs.ts';
import { acceptedRequestStart } from './acceptedRequest.ts';

/**
 * The grammar the statement frames need, over one block's words: where a
 * verb's subject is, whether the verb is negated, modal, asked, wished for or
 * conditional. Closed word classes only: the open ones come from the dataset.
 */

/** Adverbs news puts inside a verb group ("has now formally returned"). */
const ADVERBS = new Set([
  'earlier',
  'yet',
  'also',
  'then',
  'later',
  'quickly',
  'officially',
  'formally',
  'finally',
  'reportedly',
  'abruptly',
  'promptly',
  'now',
  'already',
  'just',
  'subsequently',
  'afterward',
  'afterwards',
  'thereafter',
  'eventually',
  'too',
  'immediately',
  'soon',
  'swiftly',
  'publicly',
  'effectively',
  'suddenly',
  'since',
  // "has long since returned", "had meanwhile returned", "has ever since been back": time adverbs
  // inside the verb group, as "since" is.
  'long',
  'ever',
  'meanwhile',
  'nonetheless',
  'nevertheless',
  'briefly',
  'dramatically',
  'ultimately',
  'apparently',
  'initially',
  'all',
  'both',
  'himself',
  'once',
  // "is once more running": "more" after "once".
  'more',
  'again',
  'back',
  'duly',
  'indeed',
  'actually',
  'still',
  'instead',
  'only',
  // "was first relieved of…", "was next named…": the order of events inside the group.
  'first',
  'next',
]);
/** Forms of "be" (and "get"), which make a participle passive. */
const BE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'s",
  "'re",
  'am',
  "'m",
  'get',
  'got',
  'gets',
  'getting',
]);
/** Auxiliaries and the words that carry a verb in headlines and reports ("set to join", "agreed to return"). */
const AUXILIARIES = new Set([
  ...BE,
  'has',
  'have',
  'had',
  'will',
  'would',
  "'ll",
  "'d",
  "'ve",
  'shall',
  'do',
  'does',
  'did',
  'to',
  'set',
  'poised',
  'due',
  'agreed',
  'agrees',
  'decided',
  'going',
  'expected',
  'about',
  'chose',
  'opted',
]);
/** An adverb: from the list, or any word in -ly ("deeply", "formally"). */
export const isAdverb = (word: string) => ADVERBS.has(word) || (word.length > 4 && word.endsWith('ly'));

/** Modals that make a possibility, not a statement ("may join Microsoft"). */
const POSSIBILITY = new Set(['may', 'might', 'could', 'can', 'should', 'must', 'ought', 'cannot', "can't"]);
export const NEGATIONS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'neither',
  'nor',
  'cannot',
  "can't",
  'nobody',
  'none',
]);
/** Words that open a condition ("if", "provided that", "in case", "as long as"): see conditionAt. */
const CONDITIONS = new Set([
  'if',
  'unless',
  'whether',
  'lest',
  'until',
  'provided',
  'providing',
  'assuming',
  'supposing',
]);
/** The condition words that are also a deal's verb: "providing for", "provided for". */
const PROVIDING = new Set(['provided', 'providing']);
/** Words that, opening a sentence before its subject, make it an inverted condition ("Should the board resign, …", "Had he stayed, …", "Were he to return, …"). */
const INVERTED_CONDITIONS = new Set(['should', 'had', 'were']);

/**
 * Words that open what follows if a demand is not met ("…, else they jump ship", "or else he goes",
 * "; otherwise Altman joins Microsoft"): the consequence is threatened, not done.
 */
const CONSEQUENCE_OPENERS = new Set(['else', 'otherwise']);
/** What stands before such an opener when it opens a clause: "or", or a clause's punctuation. */
const BEFORE_CONSEQUENCE = /^(?:or|,|;|:|—|–|-)$/;

/** Token `k` opens a condition: a condition word, or "in case", "as/so long as", "on condition". */
export function conditionAt(reading: BlockReading, k: number): boolean {
  const { tokens } = reading;
  const word = tokens[k]!.lower;
  // "an agreement providing for his reinstatement": what a deal provides for is its term, not a condition.
  if (PROVIDING.has(word) && tokens[k + 1]?.lower === 'for') return false;
  if (CONDITIONS.has(word)) return !untilNamesATime(tokens, k);
  // "an otherwise quiet week", "nobody else": only after "or" or a clause's break does it open a clause.
  if (CONSEQUENCE_OPENERS.has(word)) return BEFORE_CONSEQUENCE.test(tokens[k - 1]?.lower ?? '');
  const next = tokens[k + 1]?.lower;
  if (word === 'in' && next === 'case') return true;
  if (word === 'on' && next === 'condition') return true;
  if ((word === 'as' || word === 'so') && next === 'long' && tokens[k + 2]?.lower === 'as') return true;
  return false;
}

/** Words that join a clause to the one before ("…, and if it doesn't, Microsoft has…"). */
const CLAUSE_JOINERS = new Set(['and', 'but', 'or', ';', '—', '–']);

/**
 * Token `at` is in the consequence of a condition that opens a later clause of its sentence: "he's
 * back by Wednesday, and if it doesn't, Microsoft has a new division". The consequence follows the
 * condition after a comma; what comes before the condition is stated as it stands.
 */
function clauseOpensWithCondition(reading: BlockReading, at: number, first: number): boolean {
  const { tokens } = reading;
  let comma = false;
  for (let k = at - 1; k > first; k--) {
    const text = tokens[k]!.text;
    if (text === ',') comma = true;
    if (CLAUSE_JOINERS.has(tokens[k]!.lower) && k < at - 1) {
      // The clause after the joiner opens with a condition, and a comma closes it before `at`.
      // "or else they decamp, and he was back": a consequence ends at its comma; what follows is told.
      const opener = tokens[k + 1]!.lower;
      return comma && conditionAt(reading, k + 1) && opener !== 'whether' && !CONSEQUENCE_OPENERS.has(opener);
    }
    if (text === '.' || text === '!' || text === '?') return false;
  }
  return false;
}

/**
 * The sentence of token `at` is a condition and its consequence as a whole: it opens with a condition
 * ("If the board resigns, Altman will return") or inverts one ("Should the board step down, …",
 * "Were he to return, …", "Had Altman stayed, …"). Nothing in it is stated as fact.
 */
export function opensWithCondition(reading: BlockReading, at: number): boolean {
  const sentence = reading.sentences[reading.sentenceOf[at]!]!;
  if (clauseOpensWithCondition(reading, at, sentence.first)) return true;
  let k = sentence.first;
  // Quotation marks, a dash or a bullet may come first.
  while (k < sentence.last && !reading.tokens[k]!.isWord) k++;
  const word = reading.tokens[k]?.lower ?? '';
  if (conditionAt(reading, k)) return true;
  // "Had he stayed", "Were the board to resign", "Should the directors step down": the auxiliary before its subject.
  if (!INVERTED_CONDITIONS.has(word) || !/^\p{Lu}/u.test(reading.tokens[k]!.text)) return false;
  const next = reading.tokens[k + 1];
  return (
    !!next &&
    (!!reading.refAt[k + 1] ||
      /^(?:he|she|they|it|we|i|you|the|a|an|its|his|her|their|our)$/.test(next.lower))
  );
}
/** Verbs that deny what they report ("disputes that it has starved its research"). */
const DENIALS = new Set([
  ...['deny', 'denies', 'denied', 'denying', 'dispute', 'disputes', 'disputed', 'disputing'],
  ...['refute', 'refutes', 'refuted', 'rebut', 'rebuts', 'rebutted'],
]);
/** How far back a denial or "whether" may govern a fixed wording. */
const DOUBT_REACH = 12;

/**
 * A fixed wording inside what is denied or asked ("disputes that it has starved its research",
 * "questioned whether the board was ever fit to oversee"): in its sentence, before it, a denial verb
 * or "whether", with no sentence mark between.
 */
export function isDeniedOrAsked(reading: BlockReading, at: number): boolean {
  const { tokens, sentenceOf } = reading;
  for (let k = at - 1; k >= Math.max(0, at - DOUBT_REACH) && sentenceOf[k] === sentenceOf[at]; k--) {
    const word = tokens[k]!.lower;
    if (DENIALS.has(word) || word === 'whether') return true;
    if (/^[;:—–()]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** Verbs of a forecast or a wager (not "predicted", which also reports a forecast come true). */
const SPECULATION = [
  ...['bet', 'bets', 'betting', 'wager', 'wagers', 'predict', 'predicts', 'predicting', 'prediction'],
  ...['guess', 'guessing', 'reckon', 'reckons', 'speculate', 'speculates', 'speculating'],
];

const SPECULATING = new Set(SPECULATION);
/** How far after the act a trailing forecast may stand, and how many words its speaker may take. */
const TRAILING_REACH = 30;
const SPEAKER_REACH = 4;

/**
 * "Altman will win his job back, his allies predict", "Sam's back by Friday, insiders bet": a
 * forecast or a wager told after the act, closing its sentence, makes the act a guess.
 */
export function forecastAfter(reading: BlockReading, at: number): boolean {
  const { tokens, sentenceOf } = reading;
  const end = Math.min(tokens.length, at + TRAILING_REACH);
  for (let k = at + 1; k < end && sentenceOf[k] === sentenceOf[at]; k++) {
    if (!/^[,—–]$/.test(tokens[k]!.text)) continue;
    for (let j = k + 1; j <= k + 1 + SPEAKER_REACH && tokens[j]?.isWord; j++) {
      if (!SPECULATING.has(tokens[j]!.lower)) continue;
      const next = tokens[j + 1];
      if (!next || sentenceOf[j + 1] !== sentenceOf[at] || /^[.!;]$/.test(next.text)) return true;
    }
  }
  return false;
}

/** Words after which what follows is wished, asked, planned or discussed, not stated. */
export const NON_FACTIVE = new Set([
  ...['want', 'wants', 'wanted', 'wanting', 'demand', 'demands', 'demanded', 'demanding'],
  ...[
    'call',
    'calls',
    'called',
    'calling',
    'urge',
    'urges',
    'urged',
    'urging',
    'press',
    'pressed',
    'pressing',
  ],
  ...['push', 'pushed', 'pushing', 'lobby', 'lobbied', 'lobbying', 'ask', 'asks', 'asked', 'asking'],
  ...[
    'insist',
    'insisted',
    'insisting',
    'threaten',
    'threatens',
    'threatened',
    'threatening',
    'seek',
    'seeks',
  ],
  ...[
    'sought',
    'seeking',
    'try',
    'tries',
    'tried',
    'trying',
    'attempt',
    'attempts',
    'attempted',
    'hope',
    'hopes',
  ],
  ...['hoped', 'hoping', 'talk', 'talks', 'talking', 'discuss', 'discussed', 'discussing', 'discussion'],
  ...['discussions', 'negotiate', 'negotiated', 'negotiating', 'negotiations', 'consider', 'considered'],
  ...['considering', 'weigh', 'weighed', 'weighing', 'explore', 'explored', 'exploring', 'plan', 'plans'],
  ...[
    'planned',
    'planning',
    'bid',
    'bids',
    'effort',
    'efforts',
    'campaign',
    'deadline',
    'prospect',
    'prospects',
  ],
  ...['possibility', 'chance', 'chances', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'refuse'],
  ...['refused', 'refuses', 'refusing', 'fail', 'failed', 'fails', 'failing', 'wish', 'wished', 'whether'],
  ...['idea', 'question', 'odds', 'would-be'],
  // "Board weighs Altman's return", "mulls bringing him back": deliberation, in every form a headline uses.
  ...['weighs', 'considers', 'explores', 'discusses', 'mull', 'mulls', 'mulled', 'mulling', 'ponder'],
  ...['ponders', 'pondered', 'pondering', 'contemplate', 'contemplates', 'contemplated', 'contemplating'],
  ...['debates', 'debated', 'debating', 'deliberate', 'deliberates', 'deliberated', 'deliberating'],
  // "told a director that she intended to rehire the two men": an intention, not the act.
  ...['intend', 'intends', 'intended', 'intending', 'intention', 'intentions', 'intent'],
  // "OpenAI disputes that it has starved its research": what is denied is not stated.
  ...DENIALS,
  // "I bet Sam is back inside a week", "insiders predict he will be reinstated": a forecast, not the news.
  ...SPECULATION,
]);
const QUOTE_MARKS = new Set(["'", '"', '‘', '’', '“', '”']);
const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '(', ')', '.', '!', '?', '[', ']']);
const RELATIVES = new Set(['who', 'that', 'which', 'whose']);
/** Marks that close a clause of a list of clauses ("the directors removed Altman; Brockman lost the chair and quit"). */
const CLAUSE_PUNCTUATION = new Set([';', ':', '—', '–']);
/** Last words of a time phrase that may open a clause without a comma ("The same day", "That evening", "On Monday"). */
const FRONTED_TIME = new Set([
  ...['day', 'night', 'evening', 'morning', 'afternoon', 'weekend', 'week', 'later', 'earlier'],
  ...['today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  ...['saturday', 'sunday', 'then', 'meanwhile'],
]);

/** Connectives that may open a sentence before its subject ("So he lost the chair, then quit", "Still, he…"). */
const SENTENCE_CONNECTIVES = new Set([
  'so',
  'thus',
  'still',
  'yet',
  'anyway',
  'instead',
  'eventually',
  'finally',
]);

/** How many words a time phrase that opens a sentence may take ("On the same day"). */
const FRONTED_TIME_WORDS = 4;

/** The words up to `last` open their sentence and name no one: a time phrase, not "the day Altman was fired". */
function shortOpeningNamingNoOne(reading: BlockReading, last: number): boolean {
  const { first } = reading.sentences[reading.sentenceOf[last]!]!;
  if (last - first >= FRONTED_TIME_WORDS) return false;
  for (let k = first; k <= last; k++) if (reading.refAt[k]) return false;
  return true;
}

/** Words that open a clause before its subject ("2023, when Altman was fired and then brought back"). */
export const SUBORDINATORS = new Set([
  'when',
  'after',
  'once',
  'since',
  'because',
  'while',
  'before',
  'though',
  'although',
]);
/** How far back the relative that "and who" repeats may be. */
const SECOND_RELATIVE_REACH = 25;
/** Words that open a group joined to a name: a relative clause after them is the group's. */
const OTHERS = new Set(['other', 'others', 'fellow']);
/** Words of a title written before a name ("Chief scientist Ilya Sutskever", "President Greg Brockman"). */
const TITLE_WORDS = new Set([
  ...['chief', 'scientist', 'executive', 'technology', 'officer', 'president', 'chairman', 'chair'],
  ...['co-founder', 'cofounder', 'founder', 'director', 'ceo', 'cto', 'board', 'member', 'former', 'interim'],
]);

export interface VerbGroup {
  /** First word of the group (an auxiliary, "to", or the verb itself). */
  first: number;
  /** The word before the group: where its subject ends. */
  before: number;
  negated: boolean;
  possibility: boolean;
  /** "would", or the future ("will"): a statement in reported speech, a consequence beside a condition. */
  would: boolean;
  passive: boolean;
}

export const isClauseMark = (reading: BlockReading, i: number) =>
  CLAUSE_MARKS.has(reading.tokens[i]?.text ?? '.');

/**
 * Verbs that make a deal ("struck a deal to", "reached an agreement to"), and those of the deal made,
 * the state striking it leaves ("had a deal to return", resultState.ts).
 */
const DEAL_MADE = new Set([
  ...['struck', 'strikes', 'reached', 'reaches', 'cut', 'signed', 'clinched', 'sealed', 'secured'],
  ...['had', 'has', 'have', 'having'],
]);

/** Token `at` is "deal" or "agreement" made before "to" ("struck a deal to return"). */
function isDealTo(reading: BlockReading, at: number): boolean {
  const { tokens, sentenceOf } = reading;
  return (
    /^(?:deal|agreement)$/.test(tokens[at]?.lower ?? '') &&
    tokens[at + 1]?.lower === 'to' &&
    /^(?:a|an)$/.test(tokens[at - 1]?.lower ?? '') &&
    DEAL_MADE.has(tokens[at - 2]?.lower ?? '') &&
    sentenceOf[at - 2] === sentenceOf[at]
  );
}

/** Adverbs of a near miss: "was nearly restored", "almost came back" say it did not happen. */
const NEAR_MISS = new Set(['nearly', 'almost']);

/**
 * A near-miss adverb right before the verb or its auxiliary denies the act; before another adverb it
 * grades that one ("almost immediately returned" did return).
 */
function nearMissAt(reading: BlockReading, i: number): boolean {
  const next = reading.tokens[i + 1]?.lower ?? '';
  return NEAR_MISS.has(reading.tokens[i]!.lower) && !isAdverb(next);
}

/** Verbs of coming near: "came close to", "got close to". */
const CAME_NEAR = new Set([
  'came',
  'come',
  'comes',
  'coming',
  'got',
  'get',
  'gets',
  'getting',
  'was',
  'were',
]);
/** Verbs of stopping before: "stopped short of", "fell short of". */
const STOPPED_BEFORE = new Set(['stopped', 'stop', 'stops', 'stopping', 'fell', 'fall', 'falls', 'falling']);

/** Token `k` ends "came close to" or "stopped short of": what follows came near and did not happen. */
function nearMissPhraseEndsAt(reading: BlockReading, k: number): boolean {
  const word = (i: number) => reading.tokens[i]?.lower ?? '';
  if (word(k) === 'to' && /^(?:close|closer|near)$/.test(word(k - 1)))
    return CAME_NEAR.has(word(k - 2)) || (word(k - 2) === 'very' && CAME_NEAR.has(word(k - 3)));
  return word(k) === 'of' && word(k - 1) === 'short' && STOPPED_BEFORE.has(word(k - 2));
}

/** Phrases that stand as one adverb inside a verb group ("was in fact named"). */
const ADVERB_PHRASES = [
  ['in', 'fact'],
  ['in', 'truth'],
  ['of', 'course'],
  ['in', 'the', 'end'],
  ['after', 'all'],
];

/** Where an adverb phrase ending at `last` begins, if one does, in the sentence of `last`. */
function adverbPhraseStart(reading: BlockReading, last: number): number | undefined {
  const { tokens, sentenceOf } = reading;
  const phrase = ADVERB_PHRASES.find((words) =>
    words.every((w, n) => {
      const k = last - words.length + 1 + n;
      return tokens[k]?.lower === w && sentenceOf[k] === sentenceOf[last];
    }),
  );
  return phrase ? last - phrase.length + 1 : undefined;
}

/** Walks left from the verb at `verb` over auxiliaries, modals, negations and adverbs. */
export function verbGroup(reading: BlockReading, verb: number): VerbGroup {
  const { tokens, sentenceOf } = reading;
  let i = verb - 1;
  let first = verb;
  let negated = false;
  let possibility = false;
  let would = false;
  let passive = false;
  let accepted: number | undefined;
  let owner: number | undefined;
  while (i >= 0 && sentenceOf[i] === sentenceOf[verb] && !reading.refAt[i]) {
    const word = tokens[i]!.lower;
    // Quotation marks inside a clause ("Sutskever 'deeply regrets'") do not end it.
    if (QUOTE_MARKS.has(word)) {
      i--;
      continue;
    }
    // "was in fact named", "had of course resigned": a phrase that stands as one adverb.
    const phrase = adverbPhraseStart(reading, i);
    if (phrase !== undefined) {
      i = phrase - 1;
      continue;
    }
    // "can't" and "won't" are read as "ca" + "n't" and "wo" + "n't".
    const clitic = tokens[i + 1]?.lower === "n't";
    if (NEGATIONS.has(word) || nearMissAt(reading, i)) negated = true;
    else if (word === 'but' && tokens[i - 1]?.lower === 'all' && sentenceOf[i - 1] === sentenceOf[verb]) {
      // "all but returned": came close, and so did not.
      negated = true;
      i -= 2;
      continue;
    } else if (POSSIBILITY.has(word) || (clitic && word === 'ca')) possibility = true;
    else if (
      word === 'would' ||
      word === "'d" ||
      word === 'will' ||
      word === "'ll" ||
      word === 'shall' ||
      (clitic && word === 'wo')
    )
      would = true;
    else if (isDealTo(reading, i)) {
      // "had struck a deal to go back": the deal carries the verb as "agreed to" does.
      first = i - 2;
      i -= 3;
      continue;
    } else if ((owner = possessedDecisionOwner(reading, i)) !== undefined) {
      // "his decision to join Microsoft": the decision carries the verb, its possessor is the subject.
      first = i;
      i = owner;
      break;
    } else if ((accepted = acceptedRequestStart(reading, i)) !== undefined) {
      // "had agreed to the board's request to step in": the accepter does what was asked.
      first = accepted;
      i = accepted - 1;
      continue;
    } else if (!AUXILIARIES.has(word) && !isAdverb(word)) break;
    if (BE.has(word)) passive = true;
    // The group starts at its first auxiliary; adverbs before it belong to the clause.
    if (!isAdverb(word)) first = i;
    i--;
  }
  return { first, before: i, negated, possibility, would, passive };
}

/** Words of a title before a name: "co-founder", "its president", "the company's chief scientist". */
const TITLE_LEADS = new Set(['the', 'its', 'his', 'her', 'their', 'fellow', 'company', 'firm', "'s"]);
/** How many words such a title may take. */
const TITLE_BEFORE_REACH = 5;

/** Where a title of a few words before the name at `first` begins (`first` itself where there is none). */
function titleBefore(reading: BlockReading, first: number): number {
  const { tokens } = reading;
  let k = first;
  while (k > first - TITLE_BEFORE_REACH && reading.sentenceOf[k - 1] === reading.sentenceOf[first]) {
    const word = tokens[k - 1]!.lower;
    // "OpenAI's co-founder": an organisation's name and its possessive.
    if (word === "'s" && reading.refAt[k - 2] && !reading.people.has(reading.refAt[k - 2]!.entities[0]!)) {
      k = reading.refAt[k - 2]!.first;
      continue;
    }
    // "OpenAI co-founder", "Microsoft chief executive": an organisation's name used before a title word.
    const owner = reading.refAt[k - 1];
    if (
      owner &&
      k < first &&
      !reading.people.has(owner.entities[0]!) &&
      TITLE_WORDS.has(tokens[k]?.lower ?? '')
    ) {
      k = owner.first;
      continue;
    }
    if (!TITLE_WORDS.has(word) && !TITLE_LEADS.has(word)) break;
    k--;
  }
  // The title holds a title word: "and the Greg Brockman" is no title.
  for (let j = k; j < first; j++) if (TITLE_WORDS.has(tokens[j]!.lower)) return k;
  return first;
}

/** The references joined by "and", "," or "&" that end at `last` ("Altman and Greg Brockman"). */
export function coordinated(
  reading: BlockReading,
  last: number,
): { first: number; entities: string[] } | undefined {
  const ref = reading.refAt[last];
  if (!ref) return undefined;
  const entities = [...ref.entities];
  let first = ref.first;
  for (;;) {
    const previous = reading.refAt[first - 1];
    if (
      previous &&
      previous !== reading.refAt[first] &&
      !!previous.description &&
      previous.entities.every((id) => entities.includes(id))
    ) {
      first = previous.first;
      continue;
    }
    // "Altman and the company's co-founder Greg Brockman": a title before the second name.
    // Only after "and": "Before him, CTO Mira Murati" is an opening phrase, not a list.
    let titled = titleBefore(reading, first);
    if (titled < first && !['and', '&'].includes(reading.tokens[titled - 1]?.lower ?? '')) titled = first;
    const join = reading.tokens[titled - 1]?.lower;
    const before = reading.refAt[titled - 2];
    if (!before || (join !== 'and' && join !== ',' && join !== '&')) break;
    // "Greg Brockman, the company's president,": an apposition, not a second person.
    entities.push(...before.entities);
    first = before.first;
  }
  return { first, entities };
}

/** After the reference ending at `last`, another item of the list follows ("Altman, Brockman and Sutskever"). */
function listGoesOn(reading: BlockReading, last: number): boolean {
  const join = reading.tokens[last + 1]?.lower;
  return (join === ',' || join === 'and' || join === '&') && !!reading.refAt[last + 2];
}

/**
 * The item of a list at `at`: "and its chief executive Sam Altman", "and the company's president Greg
 * Brockman" are the person named after the title, not the organisation that owns it.
 */
function titledItem(reading: BlockReading, at: number): Reference | undefined {
  const ref = reading.refAt[at];
  if (!ref || ref.entities.some((id) => reading.people.has(id))) return ref;
  let k = ref.last + 1;
  if (reading.tokens[k]?.lower === "'s") k++;
  const titled = k;
  while (
    k < titled + TITLE_BEFORE_REACH &&
    TITLE_WORDS.has(reading.tokens[k]?.lower ?? '') &&
    !reading.refAt[k]
  )
    k++;
  const name = reading.refAt[k];
  return k > titled && name?.first === k && name.entities.some((id) => reading.people.has(id)) ? name : ref;
}

/** The same, reading rightwards from `first` ("hired Altman and Brockman"). */
export function coordinatedRight(reading: BlockReading, first: number): Reference | undefined {
  const ref = reading.refAt[first];
  if (!ref) return undefined;
  const entities = [...ref.entities];
  let last = ref.last;
  for (;;) {
    // "ousted OpenAI chief Altman": a description and the name it stands for are one reference.
    const next = reading.refAt[last + 1];
    if (
      next &&
      next !== reading.refAt[last] &&
      !next.description &&
      next.entities.every((id) => entities.includes(id))
    ) {
      last = next.last;
      continue;
    }
    const join = reading.tokens[last + 1]?.lower;
    const after = titledItem(reading, last + 2);
    if (!after || (join !== 'and' && join !== ',' && join !== '&')) break;
    if (join === ',' && after.description) break;
    // "rehired its chief executive, OpenAI has…": a comma joins a list only where "and" goes on to close it.
    if (join === ',' && !listGoesOn(reading, after.last)) break;
    entities.push(...after.entities);
    last = after.last;
  }
  // A lone pronoun keeps its next reading (agentAsUndergoer.ts); a list has none.
  return last === ref.last && ref.otherwise
    ? { first, last, entities, otherwise: ref.otherwise }
    : { first, last, entities };
}

/** The mark of a possessor ("Brockman's allies"). */
const POSSESSIVE = /^['’]s?$/;

/** A time that labels a line: "14:35", "[00:12:45]", "2:30 p.m. -", "09.15 –". */
const TIMESTAMP_TOKEN = /^(?:\d{1,2}(?:[:.]\d{2}){0,2}|[:.\-–—[\]()]|a\.?m\.?|p\.?m\.?|am|pm)$/i;

/**
 * Only a timestamp stands before token `first` in its sentence (a transcript's, live blog's or
 * podcast chapter's line: "14:35 Greg Brockman loses the chair, then quits"): `first` opens it.
 */
function opensAfterTimestamp(reading: BlockReading, first: number): boolean {
  const { tokens, sentences, sentenceOf } = reading;
  const start = sentences[sentenceOf[first]!]!.first;
  if (start === first || first - start > 8) return false;
  let digits = 0;
  for (let k = start; k < first; k++) {
    if (!TIMESTAMP_TOKEN.test(tokens[k]!.text)) return false;
    if (/^\d/.test(tokens[k]!.text)) digits += /[:.]/.test(tokens[k]!.text) ? 2 : 1;
  }
  // A time has two parts ("14:35"); a lone number opening a line is a count or a list item.
  return digits >= 2;
}

/**
 * Who is the subject ending at token `at`: a reference (with those coordinated
 * with it), the antecedent of "who", or the name before a parenthesis
 * ("Brockman, the co-founder who resigned on Friday, would join").
 */
export function subjectEndingAt(
  reading: BlockReading,
  at: number,
): { first: number; entities: string[] } | undefined {
  const { tokens, sentenceOf } = reading;
  const token = tokens[at];
  if (!token) return undefined;
  if (reading.refAt[at]) return coordinated(reading, at);
  // "was removed as chairman … and resigned": the subject of the verb before.
  if (token.lower === 'and' || token.lower === 'but' || token.lower === 'then') {
    for (let k = at - 1; k >= Math.max(0, at - 25) && sentenceOf[k] === sentenceOf[at]; k--) {
      const ref = reading.refAt[k];
      if (!ref) continue;
      // "Brockman's allies lose the argument, then quit": a possessor is not the subject.
      if (POSSESSIVE.test(tokens[ref.last + 1]?.text ?? '')) {
        k = ref.first;
        continue;
      }
      // "Chief scientist Ilya Sutskever signs the letter and apologizes": a title before the name is part of the subject.
      let title = ref.first;
      while (TITLE_WORDS.has(tokens[title - 1]?.lower ?? '') && sentenceOf[title - 1] === sentenceOf[at])
        title--;
      const before = tokens[title - 1];
      if (
        !before ||
        sentenceOf[title - 1] !== sentenceOf[at] ||
        opensAfterTimestamp(reading, title) ||
        before.text === ',' ||
        CLAUSE_PUNCTUATION.has(before.text) ||
        // "The same day Greg Brockman was stripped of the title and quit": a time phrase opens the clause.
        (FRONTED_TIME.has(before.lower) && shortOpeningNamingNoOne(reading, title - 1)) ||
        before.lower === 'and' ||
        SUBORDINATORS.has(before.lower) ||
        // "So he lost his board chair, then left": a connective opens the sentence before its subject.
        (SENTENCE_CONNECTIVES.has(before.lower) && reading.sentences[sentenceOf[at]!]!.first === title - 1)
      )
        return coordinated(reading, ref.last);
      k = ref.first;
    }
    return undefined;
  }
  if (RELATIVES.has(token.lower)) {
    // "Brockman, the OpenAI co-founder who resigned": "who" is a person, not the OpenAI before it.
    const person = token.lower === 'who' || token.lower === 'whose';
    // "Sutskever, who had been a director and who afterward expressed regret": the second "who" is the first's.
    if (tokens[at - 1]?.lower === 'and') {
      for (
        let k = at - 2;
        k >= Math.max(0, at - SECOND_RELATIVE_REACH) && sentenceOf[k] === sentenceOf[at];
        k--
      )
        if (tokens[k]!.lower === token.lower) return subjectEndingAt(reading, k);
    }
    for (let k = at - 1; k >= Math.max(0, at - 8) && sentenceOf[k] === sentenceOf[at]; k--) {
      // "Brockman and other staff who had walked out": the clause is about the others joined to him.
      if (OTHERS.has(tokens[k]!.lower)) return undefined;
      const ref = reading.refAt[k];
      if (ref && (!person || ref.entities.some((id) => reading.people.has(id))))
        return coordinated(reading, k);
      if (tokens[k]!.lower !== ',' && isClauseMark(reading, k)) break;
    }
    return undefined;
  }
  if (token.text === ',') {
    for (let k = at - 1; k >= Math.max(0, at - 25) && sentenceOf[k] === sentenceOf[at]; k--) {
      if (tokens[k]!.text !== ',') continue;
      // "The chair, Greg Brockman, was removed", "His co-founder, Greg Brockman, resigned": the name set
      // off by commas after a description says whom the description means.
      const name = reading.refAt[at - 1];
      const named = name && name.first === k + 1 && !name.description && !name.conditional;
      const before = reading.refAt[k - 1];
      if (before && !(named && before.description)) return coordinated(reading, k - 1);
      return named ? coordinated(reading, at - 1) : undefined;
    }
  }
  return undefined;
}

/** The sentence is a question. */
export function isQuestion(reading: BlockReading, at: number): boolean {
  const sentence = reading.sentences[reading.sentenceOf[at]!]!;
  if (signedQuestion(reading, at, sentence.last)) return true;
  let stopped = false;
  for (let k = sentence.last; k >= sentence.first; k--) {
    const text = reading.tokens[k]!.text;
    if (text === '?') return true;
    if (reading.tokens[k]!.isWord) return !stopped && questionHeadline(reading, sentence.first, k);
    stopped ||= /^[.!:;]$/.test(text);
  }
  return false;
}

/**
 * "Isn't he the chief scientist? — Priya M., Leeds": a reader's question signed after a dash, which the
 * sentence runs on into. The clause of `at` ends at a "?" that a dash follows.
 */
function signedQuestion(reading: BlockReading, at: number, last: number): boolean {
  const { tokens } = reading;
  for (let k = at + 1; k < last; k++) {
    const text = tokens[k]!.text;
    if (/^[.!;]$/.test(text)) return false;
    if (text === '?') return /^[—–]$/.test(tokens[k + 1]!.text);
  }
  return false;
}

/** Question words that open a headline's question ("Who is…", "What does…"). */
const QUESTION_WORDS = new Set(['who', 'what', 'why', 'how', 'where', 'when', 'which']);
/** The auxiliary a question puts right after its question word, or first ("Is Altman back"). */
const QUESTION_AUXILIARIES = new Set([
  ...['is', "'s", 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'did', 'does', 'do'],
  ...['has', 'have', 'had', 'might', 'may'],
]);

/**
 * "Who is Emmett Shear, the new interim boss of OpenAI", "Will Altman return": a headline, which ends
 * without a stop, asks its question without the question mark. It opens with a question word and an
 * auxiliary, or with the auxiliary and a name; "How Sam Altman survived" and "Why Altman is back"
 * (no auxiliary after the question word) tell.
 */
function questionHeadline(reading: BlockReading, first: number, last: number): boolean {
  const { tokens } = reading;
  let k = first;
  while (k < last && !tokens[k]!.isWord) k++;
  const opening = tokens[k]!.lower;
  const next = tokens[k + 1];
  if (!next) return false;
  if (QUESTION_WORDS.has(opening)) return QUESTION_AUXILIARIES.has(next.lower);
  return QUESTION_AUXILIARIES.has(opening) && /^\p{Lu}/u.test(tokens[k]!.text) && /^\p{Lu}/u.test(next.text);
}

/**
 * The words from `from` back to the clause start say the act is wished,
 * planned, discussed or conditional ("pressed the board to reinstate",
 * "talks about Altman returning", "if he is not reinstated").
 */
/**
 * Openers of a clause of time or cause with a subject of its own ("as Microsoft hires him", "after
 * Altman jumps to Microsoft"): each says its clause happened. Not "when" ("asked when he would return")
 * nor "once", "before", "until" (what has not yet happened).
 */
const CLAUSE_OF_TIME_OR_CAUSE = new Set(['as', 'because', 'while', 'since', 'after']);

/** Modals that put a clause in the future or the hypothetical ("would quit after he joins"). */
const FUTURE_OR_HYPOTHETICAL = new Set([...POSSIBILITY, 'would', 'will', "'d", "'ll", 'shall', 'wo']);

/** In the clause before `at`, a modal: what "after" times there has not happened yet. */
function modalBefore(reading: BlockReading, at: number): boolean {
  for (
    let k = at - 1;
    k >= 0 && reading.sentenceOf[k] === reading.sentenceOf[at] && !isClauseMark(reading, k);
    k--
  )
    if (FUTURE_OR_HYPOTHETICAL.has(reading.tokens[k]!.lower)) return true;
  return false;
}

export function isUnstated(reading: BlockReading, from: number, window = 10): boolean {
  const { tokens, sentenceOf } = reading;
  if (opensWithCondition(reading, from) || nearMissPhraseEndsAt(reading, from)) return true;
  let reach = Math.max(0, from - window);
  /** The scan has passed a subordinator: the act lies in a clause of time or cause. */
  let subordinate = false;
  for (let k = from - 1; k >= reach && sentenceOf[k] === sentenceOf[from]; k--) {
    // "a campaign with other investors — among them Thrive — to get Altman back": an aside between
    // dashes is passed over, and the clause before it read on.
    const open = asideOpening(reading, k);
    if (open !== undefined) {
      reach = Math.max(0, reach - (k - open + 1));
      k = open;
      continue;
    }
    const word = tokens[k]!.lower;
    // "Staff threaten mass exit as Microsoft hires Altman": a clause of time or cause right before
    // the subject has its own subject and verb; what governs the clause before does not reach it.
    if (
      k === from - 1 &&
      CLAUSE_OF_TIME_OR_CAUSE.has(word) &&
      k > 0 &&
      !isClauseMark(reading, k - 1) &&
      !(word === 'after' && modalBefore(reading, k))
    )
      return false;
    // "may conclude the worst is over because Altman returned": the act explains or times the clause
    // of the belief, which does not hold it. ("asked when he would return" is still asked.)
    if (SUBORDINATORS.has(word) && !NON_FACTIVE.has(tokens[k - 1]?.lower ?? '')) subordinate = true;
    if (conditionAt(reading, k) || NON_FACTIVE.has(word)) return true;
    // "readers will think Altman worked there": a belief someone would hold, not a fact.
    if (!subordinate && unheldBelief(reading, k, from)) return true;
    // "work with Altman wherever he landed": a free choice names no act that happened.
    if (FREE_CHOICES.has(word)) return true;
    // "My money says Sam is back", "my money's on him returning": a wager.
    if (word === 'money' && tokens[k - 1]?.lower === 'my') return true;
    // "The directors were to resign and reinstate him", "the board has to go": an obligation, not a fact.
    // "was working to bring him back", "scrambled to reinstate him": an attempt, not its outcome.
    // "its board declined to bring back Altman": an act turned down is not done.
    if ((ATTEMPTS.has(word) || INTENTIONS.has(word) || DECLINES.has(word)) && tokens[k + 1]?.lower === 'to')
      return true;
    const verbBefore = tokens[k - 1]?.lower ?? '';
    if (
      word === 'to' &&
      (OBLIGATIONS.has(verbBefore) || ATTEMPTS.has(verbBefore) || INTENTIONS.has(verbBefore))
    )
      return true;
    // "ringing round to get Altman reinstated", "went on X to get Sam back": a purpose, not its outcome,
    // unless the verb before says it came off ("managed to get him reinstated").
    if (word === 'to' && CAUSATIVES.has(tokens[k + 1]?.lower ?? '') && !ACHIEVED.has(verbBefore)) return true;
    // "came close to returning", "stopped short of reinstating him": a near miss, not the act.
    if (nearMissPhraseEndsAt(reading, k)) return true;
    // "joined the pressure for his return": what is pressed for is not yet done.
    if (word === 'for' && PRESSURES.has(verbBefore)) return true;
    // "Asked for: the reinstatement of Altman", "Demands: …": a label that makes the line a wish.
    if (word === ':' && labelsWish(reading, k)) return true;
    if (isClauseMark(reading, k)) return false;
    // "announced that …" reports it; "demanded that …" and "did not say that …" do not.
    // "That same night it installed…": opening its sentence, "that" points at a time, and reports nothing.
    if (word === 'that' && k === reading.sentences[sentenceOf[k]!]!.first) continue;
    if (word === 'that') {
      for (let j = k - 1; j >= Math.max(0, k - 4) && sentenceOf[j] === sentenceOf[k]; j--)
        if (
          NON_FACTIVE.has(tokens[j]!.lower) ||
          NEGATIONS.has(tokens[j]!.lower) ||
          (!subordinate && unheldBelief(reading, j, from))
        )
          return true;
      return false;
    }
  }
  return false;
}

/** How far back the dash that opens an aside may be. */
const ASIDE_REACH = 16;

/** Where the aside closed by the dash at `k` opens (its first dash), if `k` closes one. */
function asideOpening(reading: BlockReading, k: number): number | undefined {
  const { tokens, sentenceOf } = reading;
  if (!/^[—–]$/.test(tokens[k]!.text)) return undefined;
  for (let j = k - 1; j >= Math.max(0, k - ASIDE_REACH) && sentenceOf[j] === sentenceOf[k]; j--)
    if (/^[—–]$/.test(tokens[j]!.text)) return j;
  return undefined;
}

/** Words that open a clause of any place, thing or way: its act is open ("wherever he landed"). */
const FREE_CHOICES = new Set(['wherever', 'whatever', 'whichever', 'whoever', 'however']);

/** Words before "to" that make what follows an obligation or a plan ("were to resign", "had to go"). */
const OBLIGATIONS = new Set([
  'was',
  'were',
  'is',
  'are',
  'am',
  'has',
  'have',
  'had',
  'need',
  'needs',
  'needed',
  'ought',
  'supposed',
]);

/** Verbs that make someone undergo an act ("get him reinstated", "see Altman back"). */
const CAUSATIVES = new Set(['get', 'see', 'have']);
/** Verbs before "to" that report the purpose reached ("managed to get him reinstated"). */
const ACHIEVED = new Set([
  ...['managed', 'manage', 'manages', 'succeeded', 'able', 'helped', 'help', 'helps', 'enough'],
]);
/** Nouns of pressure whose "for" names what is pressed for ("pressure for his return"). */
const PRESSURES = new Set(['pressure', 'pressures', 'clamour', 'clamor', 'pleas', 'appeals', 'agitation']);

/** Verbs of striving before "to": what follows is attempted, not done ("working to bring Altman back"). */
const ATTEMPTS = new Set([
  // Not "raced to hire him" or "moved to hire him": those report the act done.
  ...['working', 'worked', 'works', 'scrambling', 'scrambled', 'fighting', 'fought', 'racing'],
  ...['battling', 'battled', 'struggling', 'struggled', 'angling', 'angled', 'manoeuvring', 'maneuvering'],
  ...['moving', 'rushing', 'striving', 'strove', 'aiming', 'aimed', 'looking', 'bidding'],
]);

/** Verbs that turn down the act they govern with "to" ("declined to reinstate him"); "shares declined" governs none. */
const DECLINES = new Set(['decline', 'declines', 'declined', 'declining']);

/**
 * Words of meaning or longing before "to": what follows is only intended ("she meant to bring him back",
 * "keen to rehire the pair"). Only with "to": "that meant Altman was out" states a consequence.
 */
const INTENTIONS = new Set([
  ...['mean', 'means', 'meant', 'meaning', 'aim', 'aims', 'aspire', 'aspires', 'aspired', 'aspiring'],
  ...['keen', 'eager', 'determined', 'desperate', 'anxious', 'itching', 'yearn', 'yearned', 'yearning'],
  ...['longed', 'longing', 'dreamed', 'dreamt', 'vow', 'vows', 'vowed', 'vowing', 'pledged'],
]);

/**
 * Words that, as a line's label before a colon, ask for or guess at what follows ("Asked for:",
 * "Demands:", "Prediction:", "My guess:").
 */
const WISH_LABELS = new Set([
  ...NON_FACTIVE,
  ...['for', 'demands', 'asks', 'wants', 'wish', 'goal', 'goals', 'aim'],
  ...['prediction', 'predictions', 'guess', 'forecast', 'bet', 'hunch', 'theory', 'hope', 'scenario'],
]);

/** The colon at `colon` closes a short label of a wish ("Asked for:", "Their demands:"). */
function labelsWish(reading: BlockReading, colon: number): boolean {
  const { tokens, sentenceOf } = reading;
  const word = tokens[colon - 1]?.lower ?? '';
  if (!WISH_LABELS.has(word)) return false;
  // Only a label: at most three words between the line's start and the colon.
  const start = reading.sentences[sentenceOf[colon]!]!.first;
  return colon - start <= 3 && (word !== 'for' || NON_FACTIVE.has(tokens[colon - 2]?.lower ?? ''));
}

/** Words that open what a report leaves unsaid ("has not said what he…", "did not explain why"). */
const UNSAID_OPENERS = new Set(['what', 'why', 'how', 'that']);

/** The words before `from` in its clause deny the report of it ("The board has not said what he was not candid about"). */
export function isDeniedReport(reading: BlockReading, from: number): boolean {
  const { tokens, sentenceOf } = reading;
  for (let k = from - 1; k >= 0 && sentenceOf[k] === sentenceOf[from] && !isClauseMark(reading, k); k--) {
    if (!UNSAID_OPENERS.has(tokens[k]!.lower)) continue;
    // Only its own sentence's negation: "…gave no details. That statement also said…" denies nothing.
    for (let j = k - 1; j >= Math.max(0, k - 4) && sentenceOf[j] === sentenceOf[from]; j--)
      if (NEGATIONS.has(tokens[j]!.lower)) return true;
    return false;
  }
  return false;
}

/** "would" states a fact in reported speech ("said they would join"), not in a conditional sentence. */
export function wouldIsConditional(reading: BlockReading, at: number): boolean {
  const sentence = reading.sentences[reading.sentenceOf[at]!]!;
  // "resign — or they would jump ship": what follows "or" is the price of a demand refused.
  for (let k = at - 1; k >= Math.max(sentence.first, at - 6); k--) {
    const word = reading.tokens[k]!.lower;
    if (word === 'or' || word === 'otherwise' || word === 'else') return true;
    if (word !== 'would' && word !== "'d" && isClauseMark(reading, k)) break;
  }
  for (let k = sentence.first; k <= sentence.last; k++) {
    const word = reading.tokens[k]!.lower;
    if (conditionAt(reading, k)) return true;
    if (word === 'have' && reading.tokens[k - 1]?.lower === 'would') return true;
  }
  return false;
}

/** Words that may come before the person an act is done to ("appointed former Twitch CEO Emmett Shear"). */
const OBJECT_LEAD = new Set([
  'the',
  'its',
  'his',
  'former',
  'ex',
  'co-founder',
  'cofounder',
  'founder',
  'ceo',
  'boss',
  'chief',
  'executive',
  'president',
  "'s",
  'ousted',
  'then',
  'chairman',
  'director',
  'head',
  // "recruited both Altman and Brockman": the coordinated object announced by "both".
  'both',
]);

const POSSESSIVES = new Set<string>(POSSESSIVE_DETERMINERS);

/**
 * An adverb right after the verb, before a long object: "chose instead Emmett Shear, a Twitch
 * co-founder, as…", "hired swiftly Sam Altman, the ousted chief". Lower-case "-ly" words or these.
 */
const OBJECT_ADVERBS = new Set(['instead', 'also', 'again', 'too', 'soon', 'next']);
const isObjectAdverb = (token: { text: string; lower: string }) =>
  OBJECT_ADVERBS.has(token.lower) || /^\p{Ll}{2,}ly$/u.test(token.text);

/** How many title words a description may leave before its name. */
const TITLE_TAIL = 2;

/**
 * "the former Twitch chief executive Emmett Shear", "its chief scientist Ilya Sutskever": a title read
 * as a description, with a name right after it, is that name's title. The name says who is meant, even
 * where the description alone would point at someone else (the story's own chief executive).
 */
function nameAfterTitle(reading: BlockReading, ref: Reference): Reference {
  if (!ref.description) return ref;
  // The description may stop short of the title's last words: "the former Twitch chief | executive Emmett Shear".
  let k = ref.last + 1;
  while (k <= ref.last + TITLE_TAIL && TITLE_WORDS.has(reading.tokens[k]?.lower ?? '') && !reading.refAt[k])
    k++;
  const name = reading.refAt[k];
  if (!name || name.first !== k || name.description || !name.entities.some((id) => reading.people.has(id)))
    return ref;
  return name;
}

/** The words that give a post's holder by name: "a new boss named Emmett Shear", "a CEO called …". */
const NAMING = new Set(['named', 'called']);
/** Heads of a post told before the name of its holder. */
const POST_HEADS = new Set(['boss', 'chief', 'ceo', 'executive', 'leader', 'head', 'president', 'chair']);
/** How many words the post may hold before "named" ("a new temporary chief executive"). */
const POST_WORDS = 5;

/**
 * The object told by its post, then by name: "chose a new temporary boss named Emmett Shear",
 * "installed a stopgap CEO called Emmett Shear". The person after "named" is the one the act is
 * done to. Not "a company called Twitch" (no post), nor a name before it ("hired Altman, a boss named …").
 */
export function namedAfterPost(reading: BlockReading, from: number): Reference | undefined {
  const { tokens, sentenceOf } = reading;
  const end = Math.min(tokens.length - 1, from + POST_WORDS);
  for (let k = from; k <= end && sentenceOf[k] === sentenceOf[from]; k++) {
    if (!tokens[k]!.isWord || reading.refAt[k]) return undefined;
    if (!NAMING.has(tokens[k]!.lower)) continue;
    const person = reading.refAt[k + 1];
    if (k === from || !POST_HEADS.has(tokens[k - 1]!.lower) || person?.first !== k + 1) return undefined;
    return person.entities.some((id) => reading.people.has(id))
      ? coordinatedRight(reading, k + 1)
      : undefined;
  }
  return undefined;
}

/**
 * The people an act is done to, starting at `from` ("hired Altman and Brockman", "named former Twitch CEO
 * Emmett Shear", "chose instead Emmett Shear").
 */
export function objectAt(reading: BlockReading, from: number): Reference | undefined {
  const named = namedAfterPost(reading, from);
  if (named) return named;
  for (let k = from; k < Math.min(reading.tokens.length, from + 6); k++) {
    const ref = reading.refAt[k] && nameAfterTitle(reading, reading.refAt[k]!);
    // "welcomed their return": a possessive determiner owns the noun after it; it is not the object.
    if (ref && ref.first === ref.last && POSSESSIVES.has(reading.tokens[k]!.lower)) return undefined;
    // "named Twitch co-founder Emmett Shear": an organisation's name that opens a title before the person.
    if (ref && !ref.entities.some((id) => reading.people.has(id))) {
      let j = ref.last + 1;
      while (j < from + 6 && OBJECT_LEAD.has(reading.tokens[j]?.lower ?? '') && !reading.refAt[j]) j++;
      const person = reading.refAt[j] && nameAfterTitle(reading, reading.refAt[j]!);
      if (j > ref.last + 1 && person?.entities.some((id) => reading.people.has(id)))
        return coordinatedRight(reading, person.first);
    }
    if (ref && (k === from || reading.people.size === 0 || ref.entities.some((id) => reading.people.has(id))))
      return coordinatedRight(reading, ref.first);
    if (ref) {
      k = ref.last;
      continue;
    }
    // "turns to a former Twitch boss": an indefinite article before a dataset epithet, which names one person.
    const next = reading.refAt[k + 1];
    if (
      /^an?$/.test(reading.tokens[k]!.lower) &&
      next?.first === k + 1 &&
      next.description &&
      !next.conditional
    )
      continue;
    if (k === from && isObjectAdverb(reading.tokens[k]!)) continue;
    if (!OBJECT_LEAD.has(reading.tokens[k]!.lower)) return undefined;
  }
  return undefined;
}

/** Verbs of reporting: after ", and", a second report ("demanded …, and warned that …"). */
export const REPORTING = new Set([
  ...['warned', 'warning', 'warns', 'said', 'says', 'saying', 'added', 'adding', 'threatened'],
  ...['threatening', 'vowed', 'declared', 'stated', 'wrote', 'writing', 'told', 'telling'],
]);

/** Between two pieces a comma, "and" and a verb of reporting open another statement of the letter. */
export function newReport(reading: BlockReading, from: number, to: number): boolean {
  const { tokens } = reading;
  for (let k = from + 1; k < to - 1; k++)
    if (
      tokens[k]!.text === ',' &&
      tokens[k + 1]!.lower === 'and' &&
      REPORTING.has(tokens[k + 2]?.lower ?? '')
    )
      return true;
  return false;
}

/** Verbs that order what their infinitive says ("told the directors to resign", "urged them to"). */
const ORDERS = ORDER_VERBS;
/**
 * Verbs of pressure on someone, whose infinitive names what they are pressed to do ("leaned on the
 * board to bring him back", "pressured the directors to reinstate him", "nudges board to take him
 * back"): striven for, not done. Kept apart from ORDER_VERBS, which also mark the letter's demand.
 */
const PUSHES = new Set([
  ...['pressure', 'pressures', 'pressured', 'pressuring', 'pressurised', 'pressurized', 'pressurising'],
  ...['pressurizing', 'nudge', 'nudges', 'nudged', 'nudging', 'prod', 'prods', 'prodded', 'prodding'],
  ...['lobby', 'lobbies', 'lobbied', 'lobbying', 'coax', 'coaxes', 'coaxed', 'coaxing', 'cajole'],
  ...['cajoles', 'cajoled', 'cajoling', 'goad', 'goads', 'goaded', 'goading', 'push', 'pushes', 'pushed'],
  ...['pushing', 'petition', 'petitions', 'petitioned', 'petitioning'],
]);
/** "lean on": pressure only with its "on" ("leaned on the board to …"); "leaned towards" is no push. */
const LEAN = new Set(['lean', 'leans', 'leaned', 'leant', 'leaning']);
/** How far back an order may govern its infinitive, across a list of infinitives and asides. */
const ORDER_REACH = 16;
/** Words that end the order's reach: another verb now carries the infinitive ("agreed to", "managed to"). */
const ORDER_BREAKS = new Set(['agreed', 'agree', 'agrees', 'decided', 'voted', 'managed', 'deal', 'that']);

/**
 * The infinitive opening at `groupFirst` is what someone was told to do, not a deed: "The employees
 * told the directors, in writing, to resign and to put Altman back in charge".
 */
export function orderedInfinitive(reading: BlockReading, groupFirst: number): boolean {
  const { tokens, sentenceOf } = reading;
  const to =
    tokens[groupFirst]?.lower === 'to'
      ? groupFirst
      : tokens[groupFirst - 1]?.lower === 'to'
        ? groupFirst - 1
        : -1;
  if (to < 0) return false;
  for (let k = to - 1; k >= Math.max(0, to - ORDER_REACH) && sentenceOf[k] === sentenceOf[to]; k--) {
    const word = tokens[k]!.lower;
    // "Pressed by investors, the board moved to…": a passive participle orders nothing.
    if (ORDERS.has(word) || PUSHES.has(word)) return tokens[k + 1]?.lower !== 'by';
    if (LEAN.has(word) && tokens[k + 1]?.lower === 'on') return true;
    if (ORDER_BREAKS.has(word) || /^[;:]$/.test(word)) return false;
    if (ownsInfinitive(reading, k)) return false;
  }
  return false;
}

/** Determiners before a participle that make it an adjective of the object ("the ousted chief"). */
const PARTICIPLE_OWNERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', "'s", 'our', 'your']);

/**
 * Token `k`, scanning back from an infinitive, gives the infinitive a verb of its own or closes the
 * order's reach: another finite verb ("the board moved within days to"), a relative clause ("which had
 * wanted him"), or "and" that joins another clause ("pressed hard, and … moved to"), not another
 * infinitive ("to resign and to put Altman back").
 */
function ownsInfinitive(reading: BlockReading, k: number): boolean {
  const { tokens } = reading;
  const word = tokens[k]!.lower;
  if (RELATIVES.has(word)) return true;
  if (word === 'and') return tokens[k + 1]?.lower !== 'to';
  // A past form after anything but a determiner is a verb of its own ("in writing" is no verb).
  if (!/^[a-z]+ed$/.test(word) || word.length < 5 || word === 'hundred') return false;
  return !PARTICIPLE_OWNERS.has(tokens[k - 1]?.lower ?? '');
}
