import type { Frame } from '../dataset/schema.ts';
import { speaksOfAKind } from './genericInstance.ts';
import { verbForms } from '../text/inflectVerb.ts';
import {
  coordinated,
  isClauseMark,
  isQuestion,
  objectAt,
  newReport,
  REPORTING,
  opensWithCondition,
  subjectEndingAt,
  verbGroup,
} from './readClause.ts';
import type { BlockReading, ReadingContext } from './readReferences.ts';
import type { FrameMatch } from './detectStatements.ts';
import { ORDER_VERBS } from './orderVerbs.ts';
import { THREAT_GOING, THREAT_SPEAKERS } from './ultimatumThreat.ts';
import { THREAT, THREAT_NOUNS } from './statementFamilies.ts';
import { reportedUltimatums } from './reportedUltimatum.ts';
import { staffOfOther, threatInOwnWords, threatMadeOrSigned } from './staffThreatShapes.ts';
import { namesStoryStaff, namesWholeCompany, storyStaffAt } from './storyStaffPhrase.ts';
import { termsOpeningBefore } from './demandTerms.ts';
import { verblessOusterAt } from './verblessOuster.ts';
import type { Matcher } from '../match/compileMatcher.ts';

type Piece = Omit<FrameMatch, 'claimId'>;
/** What a piece of the letter states: its demand of the board, the staff's threat, or both at once ("resign or we walk"). */
type Role = 'demand' | 'threat' | 'both';
type RolePiece = Piece & { role: Role };

/**
 * How far apart in one sentence the demand and its threat may be told and still be one claim
 * instance ("called on the directors to resign, saying they were unfit, and warned that…").
 */
const ULTIMATUM_GAP = 24;

/** Words that put what follows them in a demand ("calling for", "unless", "telling the board to"). */
const DEMAND_MARKERS = new Set([
  ...ORDER_VERBS,
  ...[
    'ask',
    'asks',
    'asked',
    'asking',
    'insist',
    'insists',
    'insisted',
    'insisting',
    'unless',
    'until',
    'if',
  ],
  ...['push', 'pushes', 'pushed', 'pushing', 'appeal', 'appeals', 'appealed', 'appealing'],
  // The register of translated and formal copy: "The letter requests that all directors resign".
  ...['request', 'requests', 'requested', 'requesting', 'require', 'requires', 'required', 'requiring'],
  // Calques of sommer, exiger, réclamer, solicitar, esortare: "summon the board to resign", "reclaims the demission".
  ...['summon', 'summons', 'summoned', 'summoning', 'exige', 'exiges', 'reclaim', 'reclaims', 'reclaimed'],
  ...['solicit', 'solicits', 'solicited', 'soliciting', 'exhort', 'exhorts', 'exhorted', 'exhorting'],
  ...['enjoin', 'enjoins', 'enjoined', 'enjoining'],
  ...['invite', 'invites', 'invited', 'inviting', 'petition', 'petitions', 'petitioned', 'petitioning'],
]);
/** Forms of "ask", which before "if" put a question. */
const ASKING = new Set(['ask', 'asks', 'asked', 'asking']);
/** Nouns that, before a colon, announce a demand ("their terms: resign…", "two demands: that the board go"). */
const DEMAND_NOUNS = new Set(['demands', 'demand', 'terms', 'conditions', 'ultimatum', 'message']);
/** Words that make a quit or a move a threat ("threatened to resign", "would quit"). */
const THREAT_MARKERS = new Set([
  ...THREAT,
  ...['would', 'will', "'d", "'ll", 'could', 'may'],
  ...['might', 'consider', 'considering', 'considered', 'ready', 'prepared', 'poised'],
]);
/** Parties other than the staff whose leaving is no threat of the letter ("the directors' own allies will defect"). */
const OTHER_PARTIES = new Set([
  ...['allies', 'investors', 'backers', 'shareholders', 'customers', 'clients', 'partners', 'advertisers'],
  ...['users', 'rivals', 'executives', 'directors', 'members', 'lawyers', 'donors', 'lenders'],
]);

/** How far before a threat's marker "without" may deny it ("without the whole company threatening…"). */
const WITHOUT_REACH = 5;
/** Markers that say the threat is one ("threatened to quit", "vowed to follow him"). */
const THREAT_SAID = /^(?:threat|vow|pledg|ultimatum)/;
/** Words that make the threat conditional on the board ("unless", "failing which"). */
const CONDITION_WORDS = new Set(['unless', 'if', 'should', 'failing', 'otherwise', 'or']);
/** Condition words that open a clause of their own, which may be about anyone ("if the move happens"). */
const CONDITIONAL_IF = new Set(['if', 'should']);
/** How far an "if" clause may run while it is searched for the board's part in it. */
const CONDITION_REACH = 12;
/** Words between the board and its act ("all current board members to resign"). */
const TARGET_LINKS = new Set([
  ...[
    'the',
    'all',
    'current',
    'remaining',
    'entire',
    'whole',
    'every',
    "'s",
    'to',
    'must',
    'should',
    'would',
  ],
  ...['of', 'its', "company's", "openai's", 'members', 'board', 'directors', 'immediately', 'collectively'],
  ...['were', 'was', 'are', 'is'],
]);

/** Auxiliaries that, with "not", put the board's act in the negative ("if the board does not resign"). */
const NEGATED_AUXILIARIES = new Set(['does', 'do', 'did', 'will', 'would', 'should']);

/** Pronouns that stand for the board when the sentence has named it ("demanded that they go"). */
const BOARD_PRONOUNS = new Set(['they', 'them']);
/** How many words open a sentence whose subject is the board ("OpenAI's four remaining directors"). */
const BOARD_SUBJECT_REACH = 5;
/** How far after an imperative the restoring it is joined to may come ("Resign, the employees wrote, and bring back Altman"). */
const IMPERATIVE_REACH = 8;
/** Lemmas read as they are written, not as verbs to inflect. */
const NOT_VERBS = new Set(['back', 'return']);
/**
 * Words of a longer staff subject after "or", beside ultimatumThreat's THREAT_SPEAKERS ("or the people
 * signing walk out", "or else those who signed leave").
 */
const STAFF_AFTER_OR = new Set(['else', 'the', 'whole', 'entire', 'signing', 'who', 'signed', 'of', 'them']);
/** How far after the board's act its ultimatum's "or" may come ("steps down and Sam and Greg are reinstated, or…"). */
const OR_REACH = 12;

/** Each form of each lemma, with the particles it takes ("step" → down, aside; "" for none). */
const formsOf = (lemmas: string[]) => {
  const forms = new Map<string, string[]>();
  for (const lemma of lemmas) {
    const [verb, ...particle] = lemma.toLowerCase().split(' ');
    // Nouns ("resignation", "reinstatement", "return") and "back" ("want Altman back") stand as they are.
    const all = /(?:tion|ment)$/.test(verb!) || NOT_VERBS.has(verb!) ? [verb!] : verbForms(verb!);
    for (const form of all) forms.set(form, [...(forms.get(form) ?? []), particle.join(' ')]);
  }
  return forms;
};

interface DemandForms {
  threats: Map<string, string[]>;
  acts: Map<string, string[]>;
  restores: Map<string, string[]>;
}

/** The forms of a frame's demand, built once per demand object, not on every block. */
const demandForms = new WeakMap<NonNullable<Frame['demand']>, DemandForms>();

function formsOfDemand(demand: NonNullable<Frame['demand']>): DemandForms {
  let forms = demandForms.get(demand);
  if (!forms) {
    forms = {
      threats: formsOf(demand.threats),
      acts: formsOf(demand.targetActs),
      restores: formsOf(demand.restores),
    };
    demandForms.set(demand, forms);
  }
  return forms;
}

/** Owners that make a threat noun the staff's own. */
const THREAT_OWNERS = new Set(['their', 'our', "staff's", "employees'", "workers'", 'staff’s', 'employees’']);

/** How far back "its" may find the collective staff noun it stands for ("the entire staff … kept up its threat"). */
const COLLECTIVE_REACH = 8;
/** Collective nouns of the staff that "its" may stand for. */
const COLLECTIVE_STAFF = new Set(['staff', 'workforce', 'payroll', 'personnel', 'rank-and-file']);

/** The threat noun at `at` is the staff's: owned by them, or opening its sentence as a headline does. */
function ownThreat(reading: BlockReading, at: number): boolean {
  const { tokens, sentenceOf } = reading;
  const owner = tokens[at - 1]?.lower ?? '';
  if (THREAT_OWNERS.has(owner)) return true;
  // "the entire staff of the ChatGPT maker kept up its threat": "its" stands for the collective noun.
  if (owner === 'its')
    for (let k = at - 2; k >= Math.max(0, at - COLLECTIVE_REACH) && sentenceOf[k] === sentenceOf[at]; k--)
      if (COLLECTIVE_STAFF.has(tokens[k]!.lower)) return true;
  return at === reading.sentences[reading.sentenceOf[at]!]!.first;
}

/** Token `at` opens its clause: at the sentence start, or after a quotation mark, a colon or a dash. */
function opensClause(reading: BlockReading, at: number): boolean {
  const { tokens, sentenceOf } = reading;
  let k = at - 1;
  while (k >= 0 && sentenceOf[k] === sentenceOf[at] && /^['"‘’“”]$/.test(tokens[k]!.text)) k--;
  return k < 0 || sentenceOf[k] !== sentenceOf[at] || /^[:;—–-]$/.test(tokens[k]!.text);
}

function markerBefore(
  reading: BlockReading,
  at: number,
  markers: Set<string>,
  window: number,
): number | undefined {
  for (
    let k = at - 1;
    k >= Math.max(0, at - window) && reading.sentenceOf[k] === reading.sentenceOf[at];
    k--
  ) {
    const word = reading.tokens[k]!.lower;
    // "Asked whether the company might rehire Altman", "asked if he would return": a question, not a demand.
    if (word === 'whether' || (word === 'if' && ASKING.has(reading.tokens[k - 1]?.lower ?? '')))
      return undefined;
    if (markers.has(word)) return k;
    // "set out two demands: that the board resign": the demand named before a colon governs what follows it.
    if (reading.tokens[k]!.text === ':' && DEMAND_NOUNS.has(reading.tokens[k - 1]?.lower ?? '')) return k - 1;
    // "Asked for: the resignation of every director": a line labelled with the demand's verb.
    if (reading.tokens[k]!.text === ':') {
      const label = reading.tokens[k - 1]?.lower === 'for' ? k - 2 : k - 1;
      if (markers.has(reading.tokens[label]?.lower ?? '')) return label;
    }
    if (isClauseMark(reading, k) && reading.tokens[k]!.text !== ',') return undefined;
  }
  return undefined;
}

/**
 * Who else presses a board: a named person or company, one person ("she wanted him back"), or
 * another party ("investors pressed the board"). The letter's demand is the staff's.
 */
const OTHER_DEMANDERS = new Set([
  ...['he', 'she', 'i', 'investors', 'investor', 'backers', 'backer', 'shareholders', 'shareholder'],
  ...['partners', 'customers', 'analysts', 'executives', 'founders', 'regulators', 'lawmakers'],
  ...['critics', 'allies', 'supporters'],
]);
/** Words that open a clause of their own, so the subject of a verb after them is found after them. */
const CLAUSE_OPENERS = new Set([
  ...['when', 'while', 'as', 'because', 'after', 'before', 'since', 'although', 'though', 'whereas'],
  ...['where', 'once', 'then'],
]);

/**
 * The clause of the demand word at `marker` says who demands: someone other than the staff
 * ("Microsoft urged the directors to…", "Investors pressed for…", "Murati, the interim chief, wanted
 * Altman back") unless the staff are named in it too ("The signatories, Sutskever among them, urged…",
 * "A letter circulating inside OpenAI calls on…").
 */
function demandedByOthers(reading: BlockReading, marker: number, by: Set<string>, letter: boolean): boolean {
  const { tokens, sentenceOf } = reading;
  let others = false;
  for (let k = marker - 1; k >= 0 && sentenceOf[k] === sentenceOf[marker]; k--) {
    const word = tokens[k]!.lower;
    if (by.has(word)) return false;
    // "It says the board is incapable … and tells every director to resign": "it" is the letter the block names,
    // opening its sentence or a clause of its own ("…were not competent to steer OpenAI; it demanded…").
    if (
      letter &&
      word === 'it' &&
      (sentenceOf[k - 1] !== sentenceOf[k] ||
        (/^[;:—–]$/.test(tokens[k - 1]?.text ?? '') && !namedSubjectBefore(reading, k)))
    )
      return false;
    // "The letter's verdict was blunt. Its demand was that every director go": a sentence-opening "its"
    // after a sentence about the letter (or the staff) is theirs, not the company's the block named.
    if (word === 'its' && sentenceOf[k - 1] !== sentenceOf[k] && sentenceBeforeOpensWith(reading, k, by))
      return false;
    if (CLAUSE_OPENERS.has(word) || (isClauseMark(reading, k) && tokens[k]!.text !== ',')) break;
    // "Everyone at OpenAI threatened to quit unless…": the employer of the staff is not another party.
    const ref = reading.refAt[k];
    if (ref && storyStaffAt(reading, ref.first, by)) k = ref.first;
    else if (ref?.entities.length || OTHER_DEMANDERS.has(word)) others = true;
  }
  return others;
}

/** How many words may open a subject before its noun ("The open staff letter"). */
const SUBJECT_HEAD_REACH = 4;

/**
 * The sentence before the one of token `at` opens with one of `words` as its subject or its owner
 * ("The letter's verdict was blunt.", "The open letter called…"), not "Microsoft answered the letter".
 */
function sentenceBeforeOpensWith(reading: BlockReading, at: number, words: Set<string>): boolean {
  const before = reading.sentences[reading.sentenceOf[at]! - 1];
  if (!before) return false;
  for (let k = before.first; k <= Math.min(before.last, before.first + SUBJECT_HEAD_REACH - 1); k++) {
    if (words.has(reading.tokens[k]!.lower)) return true;
    if (reading.refAt[k] || !reading.tokens[k]!.isWord) return false;
  }
  return false;
}

/** What the reference at `at` stands for is named earlier in its sentence as a subject, opening it or a clause ("Microsoft was furious; it demanded…"). */
function namedSubjectBefore(reading: BlockReading, at: number): boolean {
  const id = reading.refAt[at]?.entities[0];
  const { first } = reading.sentences[reading.sentenceOf[at]!]!;
  for (let k = first; k < at; k++) {
    const ref = reading.refAt[k];
    if (
      !id ||
      ref?.first !== k ||
      !ref.entities.includes(id) ||
      /^(?:it|its)$/.test(reading.tokens[k]!.lower)
    )
      continue;
    if (k === first || isClauseMark(reading, k - 1)) return true;
  }
  return false;
}

/** "the one asking the board to quit", "the one that called for…": the demand names which letter, it is not told. */
function identifiesLetter(reading: BlockReading, first: number): boolean {
  const { tokens } = reading;
  let k = first - 1;
  if (/^(?:that|which)$/.test(tokens[k]?.lower ?? '')) k--;
  return tokens[k]?.lower === 'one' && /^(?:the|that|same)$/.test(tokens[k - 1]?.lower ?? '');
}

/** The sentence of a piece speaks of people in general, not the story's staff. */
function speaksOfAKindAt(reading: BlockReading, at: number): boolean {
  const { tokens, sentences, sentenceOf } = reading;
  const { first, last } = sentences[sentenceOf[at]!]!;
  const start = tokens[first]!.start;
  return speaksOfAKind(reading.text.slice(start, tokens[last]!.end), tokens[at]!.start - start);
}

/** A sentence opening "When … you": a general truth about anyone's staff, not what this letter said ("When 700 people tell you they'll leave, …"). */
function isGenericWhen(reading: BlockReading, at: number): boolean {
  const { tokens, sentences, sentenceOf } = reading;
  let { first } = sentences[sentenceOf[at]!]!;
  while (first < at && !tokens[first]!.isWord) first++;
  if (!/^(?:when|whenever|once)$/.test(tokens[first]!.lower)) return false;
  // "When a member of the board signs a letter…": anyone's case, not this one.
  if (/^(?:a|an|any|every)$/.test(tokens[first + 1]?.lower ?? '')) return true;
  for (let k = first + 1; k < at; k++) {
    if (tokens[k]!.text === ',') return false;
    if (tokens[k]!.lower === 'you') return true;
  }
  return false;
}

/**
 * "tells every director to resign, or the signers may leave": the demand and the ultimatum after
 * ", or" are two statements, as the judgement of the board is a third.
 */
function ultimatumBetween(reading: BlockReading, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const word = reading.tokens[k]!.lower;
    if ((word === 'or' || word === 'otherwise') && /^[,;—–]$/.test(reading.tokens[k - 1]!.text)) return true;
  }
  return false;
}

/**
 * "demanding that the board resign, warning that they would leave", "tells board to resign, says
 * signers will quit", "to quit and says the signers could follow him", "Threatening to quit en masse,
 * the employees asked…": a second clause of the letter's, told with its own verb, is its own mark.
 */
function anotherClauseAt(reading: BlockReading, previous: Piece, to: number): number | undefined {
  const { tokens } = reading;
  // The second clause's mark opens at its verb of reporting.
  for (let k = previous.last + 1; k < to; k++)
    if (/^(?:,|and)$/.test(tokens[k]!.lower) && REPORTING.has(tokens[k + 1]?.lower ?? '')) return k + 1;
  // An opening participle clause and the main clause after its comma.
  const sentence = reading.sentences[reading.sentenceOf[previous.first]!]!;
  if (previous.first !== sentence.first || !/ing$/.test(tokens[previous.first]!.lower)) return undefined;
  for (let k = previous.last + 1; k < to; k++) if (tokens[k]!.text === ',') return to;
  return undefined;
}

/**
 * "demanded the directors resign, criticised the board's handling of the week and threatened to
 * leave": a third verb of the list stands between the demand and the threat, which stay a mark each
 * rather than one that covers what is no part of them.
 */
function listVerbBetween(reading: BlockReading, from: number, to: number): boolean {
  const { tokens } = reading;
  for (let k = from + 1; k < to - 1; k++) {
    const verb = tokens[k + 1]!.lower;
    if (tokens[k]!.text !== ',' || !/ed$/.test(verb) || REPORTING.has(verb) || /^warn/.test(verb)) continue;
    for (let j = k + 2; j < to; j++) if (tokens[j]!.lower === 'and') return true;
  }
  return false;
}

/** Verbs by which someone puts a name to the letter. */
const SIGNING = /^(?:signed|signs|sign|signing|co-signed|cosigned|countersigned|backed|endorsed)$/;
/** Words between the signing and "letter" ("signed the open letter", "signed that same staff letter"). */
const LETTER_MODIFIERS = /^(?:a|an|the|open|staff|same|that|this|employees'|staff's)$/;
/** Words that make the signers many ("hundreds", "most of them", "700", "among those who signed"), not one person. */
const MANY =
  /^(?:among|those|hundreds|thousands|dozens|scores|most|all|many|nearly|almost|they|we|colleagues|others)$/;

/**
 * "Ilya Sutskever, who also had a vote in Friday's decision, signed a letter asking that same board to
 * quit", "ilya, who voted him out, signed the letter asking for him back": one person's signing is the
 * news, and the demand after "letter" only says which letter. Many signers ("Hundreds of employees
 * signed a letter demanding…") tell the letter's demand.
 */
function oneSignerOfLetter(reading: BlockReading, marker: number, by: Set<string>): boolean {
  const { tokens, sentenceOf, sentences } = reading;
  let k = marker - 1;
  if (tokens[k]?.lower !== 'letter') return false;
  k--;
  while (k >= 0 && LETTER_MODIFIERS.test(tokens[k]!.lower)) k--;
  if (!SIGNING.test(tokens[k]?.lower ?? '') || sentenceOf[k] !== sentenceOf[marker]) return false;
  let person = false;
  for (let j = sentences[sentenceOf[marker]!]!.first; j < k; j++) {
    const word = tokens[j]!.lower;
    if (by.has(word) || MANY.test(word) || /\d/.test(word)) return false;
    if (/^(?:he|she)$/.test(word) || reading.refAt[j]?.entities.some((id) => reading.people.has(id)))
      person = true;
  }
  return person;
}

/** How many sentences back the staff may be named for a demand to be theirs. */
const DEMANDERS_REACH = 2;

/** The staff's demand: that the board resign and restore the subjects, or they leave. */
export function detectDemands(
  matcher: Matcher,
  reading: BlockReading,
  frame: Frame,
  context: ReadingContext,
): Piece[] {
  const demand = frame.demand!;
  const { tokens, sentenceOf, sentences } = reading;
  const by = new Set(demand.by.map((w) => w.toLowerCase()));
  // Who may be the threat's speakers, before the employer the sentence names (storyStaffPhrase.ts).
  const staffWords = new Set([...by, ...THREAT_SPEAKERS, 'personnel', 'staffers']);
  const targets = new Set(demand.targets.map((w) => w.toLowerCase()));
  const { threats, acts, restores } = formsOfDemand(demand);
  const blockHasLetter = reading.blockHas('letter') || context.words.has('letter');
  const previousHasDemanders = [...by].some((w) => context.words.has(w));
  const subjects = frame.subject ?? [];
  const pieces: RolePiece[] = [];

  /** The particle the form takes here, "" for none, undefined where it needs one that is missing. */
  const particleAt = (forms: Map<string, string[]>, at: number) =>
    forms.get(tokens[at]!.lower)?.find((p) => p === '' || tokens[at + 1]?.lower === p);
  const particleOk = (forms: Map<string, string[]>, at: number) => particleAt(forms, at) !== undefined;
  const sentenceHas = (s: number, test: (word: string) => boolean) => {
    const { first, last } = sentences[s]!;
    for (let k = first; k <= last; k++) if (test(tokens[k]!.lower)) return true;
    return false;
  };

  /** Where the restoring joined by "and" to the imperative ending at `end` ends, if the subjects are restored. */
  const imperativeRestore = (at: number, end: number): number | undefined => {
    const s = sentenceOf[at]!;
    for (let k = end + 1; k < tokens.length && sentenceOf[k] === s && k - end <= IMPERATIVE_REACH; k++) {
      // "Resign and bring back Altman", "resign, reinstate Altman, or…".
      if (!/^(?:and|,)$/.test(tokens[k]!.lower) || !restores.has(tokens[k + 1]?.lower ?? '')) continue;
      const close = k + 1 + (particleAt(restores, k + 1) ? 1 : 0);
      if (particleAt(restores, k + 1) === undefined) return undefined;
      const restored = objectAt(reading, close + 1);
      return restored?.entities.some((id) => subjects.includes(id)) ? restored.last : undefined;
    }
    return undefined;
  };

  /** Where the clause whose verb is the board's act at `at` opens: the act itself as an imperative, or the board as its subject ("the whole board resigns"). */
  const ultimatumOpening = (at: number): number | undefined => {
    if (opensClause(reading, at)) return at;
    let k = at - 1;
    let named = false;
    while (
      k >= 0 &&
      sentenceOf[k] === sentenceOf[at] &&
      (TARGET_LINKS.has(tokens[k]!.lower) || targets.has(tokens[k]!.lower))
    ) {
      named ||= targets.has(tokens[k]!.lower);
      k--;
    }
    return named && k + 1 < at && opensClause(reading, k + 1) ? k + 1 : undefined;
  };

  /** The noun at `head` is the board's ("the directors' own allies", "the board's backers"). */
  const ownedByTarget = (head: number) => {
    for (let k = head - 1; k >= Math.max(0, head - 3); k--) {
      const word = tokens[k]!.lower;
      if (word === "'" || word === "'s" || word === '’' || word === '’s')
        return targets.has(tokens[k - 1]?.lower ?? '');
      if (!/^(?:own|former|closest|close|loyal)$/.test(word)) return false;
    }
    return false;
  };

  /**
   * "If the Brockman departure happens, staff will follow": the sentence's only condition is an "if" or
   * "should" clause that asks nothing of the board (no board, no act of its, no restoring, no "not").
   */
  const conditionOnOthers = (s: number): boolean => {
    const { first, last } = sentences[s]!;
    let open = -1;
    for (let k = first; k <= last; k++) {
      const word = tokens[k]!.lower;
      if (CONDITION_WORDS.has(word) && !CONDITIONAL_IF.has(word)) return false;
      if (word === 'letter' || word === 'signed') return false;
      if (CONDITIONAL_IF.has(word) && open < 0) open = k;
    }
    if (open < 0) return false;
    for (let k = open + 1; k <= last && k - open <= CONDITION_REACH && !isClauseMark(reading, k); k++) {
      const word = tokens[k]!.lower;
      if (targets.has(word) || acts.has(word) || restores.has(word) || /^(?:not|n't|never|no)$/.test(word))
        return false;
    }
    return true;
  };
  /**
   * "The directors would not budge. Staff signed a letter demanding that they resign.": the board is the
   * subject of the sentence before (or named in the block before, where the pronoun's sentence opens the
   * block), and the pronoun's own sentence names no people before it whom "they" could mean instead.
   */
  const boardBefore = (s: number, first: number, pronoun: number): boolean => {
    if (reading.refAt.slice(first, pronoun).some((ref) => ref?.entities.some((id) => reading.people.has(id))))
      return false;
    if (s === 0) return reading.startsBlock && [...targets].some((w) => context.words.has(w));
    const before = sentences[s - 1]!;
    const subjectEnd = Math.min(before.last, before.first + BOARD_SUBJECT_REACH);
    return tokens.slice(before.first, subjectEnd + 1).some((t) => targets.has(t.lower));
  };
  // "Staff at OpenAI", "nearly everyone at the ChatGPT maker": the staff named by their employer.
  const namesDemanders = sentences.map(
    (_, s) =>
      sentenceHas(s, (w) => by.has(w)) || namesStoryStaff(reading, s, by) || namesWholeCompany(reading, s),
  );
  /** Sentences that state the staff's threat: there a condition on the board is the demand's. */
  const threatIn = new Set<number>();
  /** Pieces read inside a sentence that opens with a condition ("If the board quits, …", "Should the board step down, …"). */
  const underCondition = new Set<Piece>();
  const push = (piece: RolePiece, at: number) => {
    pieces.push(piece);
    if (opensWithCondition(reading, at)) underCondition.add(piece);
  };

  tokens.forEach((token, at) => {
    const s = sentenceOf[at]!;
    // The staff may be named a sentence or two before ("The signers asked for two things. First, …").
    const demanders =
      namesDemanders[s] ||
      namesDemanders[s - 1] ||
      namesDemanders[s - 2] ||
      (s < DEMANDERS_REACH && reading.startsBlock && previousHasDemanders);
    if (!demanders && !blockHasLetter) return;
    const word = token.lower;
    const endFor = (forms: Map<string, string[]>) => at + (particleAt(forms, at) ? 1 : 0);

    // The board's act: "unless the board resigns", "calling for the board's resignation", "every director out".
    const boardAct = (acts.has(word) && particleOk(acts, at)) || verblessOusterAt(reading, at, targets);
    if (boardAct) {
      const end = endFor(acts);
      let k = at - 1;
      let target: number | undefined;
      // "if the board does not resign, we leave": "if … not" is "unless", the commonest form of the
      // translated editions' ultimatum (si no dimite, wenn … nicht). Only after "if" (below).
      const negated =
        /^(?:not|n't)$/.test(tokens[k]?.lower ?? '') && NEGATED_AUXILIARIES.has(tokens[k - 1]?.lower ?? '');
      if (negated) k -= 2;
      while (
        k >= 0 &&
        sentenceOf[k] === s &&
        (TARGET_LINKS.has(tokens[k]!.lower) || targets.has(tokens[k]!.lower))
      ) {
        if (targets.has(tokens[k]!.lower)) target = k;
        k--;
      }
      if (negated && (target === undefined || tokens[k]?.lower !== 'if')) target = undefined;
      // "told the directors … and demanded that they go": a pronoun for the board named earlier in the sentence.
      // "…; asks them to resign": the pronoun as the object of the verb of asking, before "to".
      const pronounAt = tokens[at - 1]?.lower === 'to' ? at - 2 : at - 1;
      if (target === undefined && k >= 0 && k === pronounAt && BOARD_PRONOUNS.has(tokens[k]!.lower)) {
        const { first } = sentences[s]!;
        if (tokens.slice(first, k).some((t) => targets.has(t.lower)) || boardBefore(s, first, k)) target = k;
      }
      // "the resignation of the board": the board after its act.
      let last = end;
      if (target === undefined && tokens[end + 1]?.lower === 'of') {
        for (let j = end + 2; j <= end + 4 && tokens[j]; j++) {
          if (targets.has(tokens[j]!.lower)) {
            target = at;
            last = j;
            break;
          }
        }
      }
      // "the board must go", "the directors were to resign": the modal or obligation is the demand.
      const must = tokens
        .slice(k + 1, at)
        .findIndex(
          (t, n, list) =>
            t.lower === 'must' ||
            t.lower === 'should' ||
            (t.lower === 'to' && /^(?:were|was|are|is)$/.test(list[n - 1]?.lower ?? tokens[k]!.lower)),
        );
      // "What they want: board out", "Their terms were blunt: every director out": the terms' head is the
      // demand, which opens with the first term (demandTerms.ts).
      const marker =
        target === undefined
          ? undefined
          : (markerBefore(reading, Math.min(target, at), DEMAND_MARKERS, 10) ??
            (must >= 0 ? target : termsOpeningBefore(reading, Math.min(target, at))));
      if (marker !== undefined && !demandedByOthers(reading, marker, by, blockHasLetter))
        push({ first: marker, last, fact: frame.fact, role: 'demand' }, at);
    }
    // Restoring the people: "bring back Sam Altman", "wanted Altman and Brockman reinstated".
    if (restores.has(word) && particleOk(restores, at)) {
      const end = endFor(restores);
      const after = objectAt(reading, tokens[end + 1]?.lower === 'of' ? end + 2 : end + 1);
      // "want Altman and Brockman back", "asked for Altman's return"; "for the two founders to be restored",
      // "that Altman be reinstated": the subject of an infinitive or subjunctive passive is the one restored.
      let owner = tokens[at - 1]?.lower === "'s" ? at - 2 : at - 1;
      if (tokens[owner]?.lower === 'be') owner -= tokens[owner - 1]?.lower === 'to' ? 2 : 1;
      const before = reading.refAt[owner] ? coordinated(reading, owner) : undefined;
      const restored = after ?? before;
      if (!restored?.entities.some((id) => subjects.includes(id))) return;
      // "to resign and reinstate Altman": a restoring that continues a demand already found is part of it.
      const continues = pieces.some((p) => sentenceOf[p.last] === s && at - p.last <= 3);
      const marker = continues ? at : markerBefore(reading, restored.first, DEMAND_MARKERS, 10);
      // Who demands was read for the demand it continues; "the board gone and Altman reinstated" names
      // Altman as the one restored, not as someone else demanding.
      if (marker !== undefined && (continues || !demandedByOthers(reading, marker, by, blockHasLetter)))
        push(
          { first: marker, last: Math.max(end, after?.last ?? end), fact: frame.fact, role: 'demand' },
          at,
        );
      return;
    }
    // "Resign, and restore Altman to his post", "Resign, the employees wrote, and bring back Altman": the
    // board's act as an imperative, joined to the restoring of the subjects.
    if (acts.has(word) && particleOk(acts, at) && opensClause(reading, at)) {
      const restored = imperativeRestore(at, endFor(acts));
      // The threat may follow ("resign, bring back Altman, or we leave"): the two pieces overlap and merge.
      if (restored !== undefined)
        pieces.push({ first: at, last: restored, fact: frame.fact, role: 'demand' });
    }
    // "Resign or we leave", "quit or we all follow him": the board's act as an imperative, then the threat.
    // "the board resigns and brings back Sam, or they walk", "every director steps down…, or the people
    // signing walk out": the terms told in the indicative, the board their subject, are the same ultimatum.
    const opening = boardAct ? ultimatumOpening(at) : undefined;
    if (opening !== undefined) {
      const end = endFor(acts);
      let k = end + 1;
      while (k < tokens.length && sentenceOf[k] === s && k - end <= OR_REACH && tokens[k]!.lower !== 'or')
        k++;
      if (tokens[k]?.lower !== 'or') return;
      let t = k + 1;
      while (
        t < tokens.length &&
        t - k <= 5 &&
        (THREAT_SPEAKERS.has(tokens[t]!.lower) ||
          by.has(tokens[t]!.lower) ||
          STAFF_AFTER_OR.has(tokens[t]!.lower) ||
          /^(?:'ll|will|would|'d)$/.test(tokens[t]!.lower))
      )
        t++;
      const threat = tokens[t]?.lower ?? '';
      const staffNamed = tokens.slice(k + 1, t).some((w) => THREAT_SPEAKERS.has(w.lower) || by.has(w.lower));
      // After "or we", going is leaving: "quit or we go".
      if (t === k + 1 || !staffNamed || !(threats.has(threat) || THREAT_GOING.has(threat))) return;
      let last = t + (particleAt(threats, t) ? 1 : 0);
      if (reading.refAt[last + 1]) last = reading.refAt[last + 1]!.last;
      pieces.push({ first: opening, last, fact: frame.fact, role: 'both' });
    }
    // The threat: "threatened to resign", "would quit and move to Microsoft".
    if (threats.has(word) && particleOk(threats, at)) {
      const found = markerBefore(reading, at, THREAT_MARKERS, 5);
      // A threat told as a noun is the staff's only when it is theirs ("their threat to walk") or heads
      // a line ("Threat of a mass walkout"); "the threat to leave", "a credible threat to walk" name one.
      const marker =
        found !== undefined &&
        THREAT_NOUNS.has(tokens[found]!.lower) &&
        !ownThreat(reading, found) &&
        !threatMadeOrSigned(matcher, reading, found)
          ? undefined
          : found;
      const subject =
        marker === undefined ? undefined : subjectEndingAt(reading, verbGroup(reading, marker).before);
      const end = endFor(threats);
      const conditional =
        sentenceHas(s, (w) => CONDITION_WORDS.has(w) || w === 'letter' || w === 'signed') &&
        !conditionOnOthers(s);
      // "threatened to quit", "warned they could follow him": a threat said to be one.
      const threatened =
        marker !== undefined &&
        (THREAT_SAID.test(tokens[marker]!.lower) ||
          tokens.slice(Math.max(0, marker - 3), marker).some((t) => /^warn(?:s|ed|ing)?$/.test(t.lower)) ||
          // "said they would walk out", "say they could follow": the staff's own words (staffThreatShapes.ts).
          threatInOwnWords(matcher, reading, marker, at));
      // "bring back Altman and Brockman — or they would jump ship": after the staff's demand in the
      // sentence, "they" are the staff, not the pair just named.
      const staffPronoun =
        marker !== undefined &&
        subject !== undefined &&
        /^(?:they|we)$/.test(tokens[subject.first]!.lower) &&
        pieces.some((p) => sentenceOf[p.first] === s && p.last < subject.first);
      // The word before the verb group heads its subject: another party's, or one the board owns.
      const head = marker === undefined ? -1 : verbGroup(reading, marker).before;
      // "Google employees threatened to quit", "staff at Anthropic threatened to resign": another company's staff.
      const otherParty =
        head >= 0 &&
        (OTHER_PARTIES.has(tokens[head]!.lower) ||
          (tokens[head]!.isWord && !by.has(tokens[head]!.lower) && ownedByTarget(head)) ||
          (by.has(tokens[head]!.lower) && staffOfOther(matcher, reading, head)));
      if (
        marker === undefined ||
        otherParty ||
        (subject?.entities.length &&
          !staffPronoun &&
          !storyStaffAt(reading, subject.first, staffWords) &&
          // "the staff … kept up its threat": "its" is the collective noun's, not the company's.
          !(tokens[marker - 1]?.lower === 'its' && ownThreat(reading, marker))) ||
        (!conditional && !blockHasLetter && !threatened) ||
        // "would have moved": what did not happen, not a threat.
        tokens[marker + 1]?.lower === 'have' ||
        // "fire a CEO without the whole company threatening to leave": "without" denies the gerund's act.
        tokens.slice(Math.max(0, marker - WITHOUT_REACH), marker).some((t) => t.lower === 'without') ||
        // "would not quit", "won't leave": a refusal to go, not a threat.
        tokens.slice(marker + 1, at).some((t) => /^(?:not|n't|never)$/.test(t.lower))
      )
        return;
      let last = end;
      // "threaten mass exit as Microsoft hires Altman": a clause opener ends the threat before the name.
      for (
        let k = end + 1;
        k < Math.min(tokens.length, end + 5) &&
        !isClauseMark(reading, k) &&
        !CLAUSE_OPENERS.has(tokens[k]!.lower);
        k++
      ) {
        if (reading.refAt[k]) {
          last = reading.refAt[k]!.last;
          break;
        }
      }
      pieces.push({ first: marker, last, fact: frame.fact, role: 'threat' });
      threatIn.add(s);
    }
  });
  // "the ultimatum: step down, put Sam and Greg back, or we go": the terms reported as a list (reportedUltimatum.ts).
  const terms = { acts, restores, threats, by, subjects, targets };
  sentences.forEach((_, s) => {
    const staff =
      blockHasLetter ||
      namesDemanders[s] ||
      namesDemanders[s - 1] ||
      namesDemanders[s - 2] ||
      (s < DEMANDERS_REACH && reading.startsBlock && previousHasDemanders);
    for (const span of reportedUltimatums(reading, s, terms, staff))
      pieces.push({ ...span, fact: frame.fact, role: 'both' });
  });
  // "If the board quits tonight, Altman is back": a condition with no threat of the staff's is a hypothesis.
  const stated = pieces.filter(
    (p) =>
      (!underCondition.has(p) || threatIn.has(sentenceOf[p.first]!)) &&
      !identifiesLetter(reading, p.first) &&
      !oneSignerOfLetter(reading, p.first, by) &&
      !isGenericWhen(reading, p.first) &&
      // "Most employees threatening to resign have nowhere to go": people in general (genericInstance.ts).
      !speaksOfAKindAt(reading, p.first) &&
      // "How many of them would actually leave?"
      !isQuestion(reading, p.first),
  );

  // Pieces of one demand in a sentence ("threatening to resign unless the directors step down") are one mark.
  const merged: RolePiece[] = [];
  for (const piece of stated.sort((a, b) => a.first - b.first)) {
    const previous = merged.at(-1);
    // The demand and its threat in one sentence are one claim instance, however the sentence joins them
    // ("resign, or we walk", "tells the board to go and warns that the signers could leave", "demanded…;
    // failing that, they would quit").
    if (
      previous &&
      previous.role !== piece.role &&
      sentenceOf[previous.last] === sentenceOf[piece.first] &&
      piece.first - previous.last <= ULTIMATUM_GAP &&
      !listVerbBetween(reading, previous.last, piece.first)
    ) {
      previous.last = Math.max(previous.last, piece.last);
      previous.role = 'both';
      continue;
    }
    if (
      previous &&
      sentenceOf[previous.last] === sentenceOf[piece.first] &&
      piece.first - previous.last <= 6 &&
      !newReport(reading, previous.last, piece.first) &&
      !ultimatumBetween(reading, previous.last, piece.first)
    ) {
      const own = anotherClauseAt(reading, previous, piece.first);
      if (own !== undefined) merged.push({ ...piece, first: own, ownClause: true });
      else previous.last = Math.max(previous.last, piece.last);
    } else merged.push({ ...piece });
  }
  return merged.map(({ role: _role, ...piece }) => piece);
}
