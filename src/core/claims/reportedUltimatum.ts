import type { BlockReading } from './readReferences.ts';
import { ORDER_VERBS } from './orderVerbs.ts';
import { staffGoing, THREAT_GOING, THREAT_SPEAKERS } from './ultimatumThreat.ts';
import { verblessOusterAt } from './verblessOuster.ts';

/**
 * The letter's terms reported as they were put, a list of imperatives or bare clauses ending in the
 * threat: "the ultimatum: step down, put Sam and Greg back, or the people who signed will resign",
 * "The letter basically says: every one of you quits, Sam and Greg come back, otherwise we're off to
 * MSFT", "their message — resign, rehire Altman; failing that, we walk", "'Go, bring Sam back, or else
 * everybody leaves.'" The list has no subject and no verb of demanding, so nothing else reads it as a
 * demand; it is one span, from its first term through the threat.
 */

/** What the caller knows of the letter's demand: the board's acts, the restoring, the staff and who is restored. */
export interface UltimatumTerms {
  /** Each form of the board's acts, with the particles it takes ("step" → "down"; "" for none). */
  acts: ReadonlyMap<string, readonly string[]>;
  /** Each form of the restoring ("reinstate", "back", "bring" → "back"). */
  restores: ReadonlyMap<string, readonly string[]>;
  /** Each form of the staff's going ("resign", "walk" → "out"). */
  threats: ReadonlyMap<string, readonly string[]>;
  /** Words for the staff ("employees", "signatories"). */
  by: ReadonlySet<string>;
  /** Whom the demand restores (Altman, Brockman). */
  subjects: readonly string[];
  /** Words for the board ("board", "directors"). */
  targets: ReadonlySet<string>;
}

/** Verbs by which a reporter tells a demand ("told the board to", "asked that", "wanted the board gone"). */
const ORDERING = new Set([
  ...ORDER_VERBS,
  ...['ask', 'asks', 'asked', 'asking', 'want', 'wants', 'wanted', 'wanting', 'demand', 'demands'],
  'demanded',
]);
/** Words that open the threat after the terms ("or", "otherwise", "or else", "failing that", "if not", "else"). */
const CONNECTIVES = new Set(['or', 'otherwise', 'else']);
/** Words after a connective before the threat's own clause ("or else", "failing that", "if not"). */
const CONNECTIVE_TAILS = new Set(['else', 'that', 'which', 'not', ',', '—', '–', ':']);
/** The staff in the threat, besides ultimatumThreat's speakers ("the people who signed", "the whole lot of us"). */
const MORE_SPEAKERS = new Set(['signed', 'signing', 'lot', 'rest', 'whole', 'entire', 'staffers', 'team']);
/** One person's threat, not the staff's ("or I quit"). */
const ONE_SPEAKER = new Set(['i', "i'll", 'i’ll', 'he', 'she']);
/** Going words an ultimatum's threat uses besides the verbs ("we're off to Microsoft", "we're out", "we're gone"). */
const MORE_GOING = new Set(['off', 'out', 'gone', 'outta', 'done', 'walking', 'leaving', 'quitting']);
/** How many words the terms may run before their threat. */
const TERMS_REACH = 30;
/** Parties other than the staff who may put an ultimatum to the board ("investors' terms: …"). */
const OTHER_PARTIES = new Set([
  ...['investors', 'investor', 'backers', 'shareholders', 'partners', 'regulators', 'lawyers', 'donors'],
  ...['he', 'she', 'his', 'her', 'union', 'unions', 'management', 'managers', 'executives'],
]);
/** Words that name the letter or the staff before the terms ("the letter:", "the staff's message:"). */
const LETTER_WORDS = new Set(['letter', 'petition', 'signed', 'signers', 'signatories']);
/** Words that say the sentence tells an ultimatum, whoever's: the staff's when nobody else is named. */
const ULTIMATUM_WORDS = new Set(['ultimatum', 'signed', 'signers', 'signatory', 'signatories']);

/**
 * Token `at` opens terms reported as they were put: after a colon, a dash or a semicolon, or an opening
 * quotation mark. A sentence's own first word is the reporter's clause ("It told the directors to quit…,
 * or…"), which the demand's other readers take.
 */
function opensTerms(reading: BlockReading, at: number): boolean {
  const { tokens, sentenceOf } = reading;
  let k = at - 1;
  let quoted = false;
  while (k >= 0 && sentenceOf[k] === sentenceOf[at] && /^['"‘“]$/.test(tokens[k]!.text)) {
    quoted = true;
    k--;
  }
  if (k < 0 || sentenceOf[k] !== sentenceOf[at]) return quoted;
  return /^[:;—–]$/.test(tokens[k]!.text);
}

/** The form at `at` is in `forms` with the particle it needs ("step down", "bring … back" is read by "back"). */
function formAt(reading: BlockReading, forms: ReadonlyMap<string, readonly string[]>, at: number): boolean {
  const particles = forms.get(reading.tokens[at]!.lower);
  return !!particles?.some((p) => p === '' || reading.tokens[at + 1]?.lower === p);
}

/** Where the threat opened by the connective at `k` ends, if the staff go in it ("or the people who signed will resign…"). */
function threatEnd(reading: BlockReading, k: number, terms: UltimatumTerms): number | undefined {
  const { tokens, sentenceOf } = reading;
  const s = sentenceOf[k]!;
  let t = k + 1;
  while (CONNECTIVE_TAILS.has(tokens[t]?.lower ?? '') && sentenceOf[t] === s) t++;
  // The staff within five words of the connective, their going within nine; "or I quit" is one person's.
  const going = staffGoing(tokens, k, t, reading.sentences[s]!.last, {
    speaker: (word) =>
      !ONE_SPEAKER.has(word) && (THREAT_SPEAKERS.has(word) || terms.by.has(word) || MORE_SPEAKERS.has(word)),
    opening: (word) => !ONE_SPEAKER.has(word),
    going: (word, j) => THREAT_GOING.has(word) || formAt(reading, terms.threats, j) || MORE_GOING.has(word),
    stops: (token) => /^[;:.!?)]$/.test(token.text),
    reach: [5, 9],
  });
  if (going === undefined) return undefined;
  // The threat runs to its clause's end: where they would go and what they would do there. A comma
  // closes it ("or we go, and by Tuesday Altman was back"): the going's own complement takes none.
  let last = going;
  for (let j = going + 1; j < tokens.length && sentenceOf[j] === s; j++) {
    if (/^[;,—–(“”"’]$/.test(tokens[j]!.text) || tokens[j]!.text === "'") break;
    if (tokens[j]!.isWord) last = j;
  }
  return last;
}

/**
 * The terms from `first` up to the connective at `k` ask the board's act and the restoring of those the
 * demand restores ("every one of you quits, Sam and Greg come back"): a list of terms, not any clause
 * before "or" ("Go home and rest, or we all burn out").
 */
function asksBoard(reading: BlockReading, first: number, k: number, terms: UltimatumTerms): boolean {
  let act = false;
  let restore = false;
  let restored = false;
  for (let j = first; j < k; j++) {
    const word = reading.tokens[j]!.lower;
    // "told the board to quit…, or": a verb of demanding in the terms makes them the reporter's clause.
    if (ORDERING.has(word)) return false;
    // "every director out, Altman reinstalled, or…": the board's act told without a verb (verblessOuster.ts).
    if (formAt(reading, terms.acts, j) || verblessOusterAt(reading, j, terms.targets)) act = true;
    if (formAt(reading, terms.restores, j)) restore = true;
    if (reading.refAt[j]?.entities.some((id) => terms.subjects.includes(id))) restored = true;
  }
  // The restoring of those the demand restores is always asked: a "you" and a threat of walking out
  // is any party's ultimatum ("The union's ultimatum to the board: you withdraw the pay cut, or…").
  return act && restore && restored;
}

/** Who puts the terms, told before them in the sentence: someone other than the staff ("Microsoft's message:", "Investors' terms:"). */
function putByOthers(reading: BlockReading, first: number, terms: UltimatumTerms): boolean {
  const { tokens, sentenceOf, sentences } = reading;
  let others = false;
  for (let j = sentences[sentenceOf[first]!]!.first; j < first; j++) {
    const word = tokens[j]!.lower;
    if (terms.by.has(word) || LETTER_WORDS.has(word)) return false;
    if (OTHER_PARTIES.has(word) || reading.refAt[j]?.entities.length) others = true;
    // "Some directors had a reply: …": the board putting terms, not addressed by them ("to the board").
    if (terms.targets.has(word) && tokens[j - 1]?.lower !== 'to' && tokens[j - 2]?.lower !== 'to')
      others = true;
  }
  return others;
}

/** After a quoted ultimatum, the one who said it: a person, not the staff ("…,' Murati told the board"). */
function saidByPerson(reading: BlockReading, last: number, terms: UltimatumTerms): boolean {
  const { tokens, sentenceOf, sentences } = reading;
  const end = sentences[sentenceOf[last]!]!.last;
  for (let j = last + 1; j <= end; j++) {
    if (terms.by.has(tokens[j]!.lower) || LETTER_WORDS.has(tokens[j]!.lower)) return false;
    if (reading.refAt[j]?.entities.some((id) => reading.people.has(id))) return true;
  }
  return false;
}

/** The sentence names the letter, the staff or an ultimatum ("And then the ultimatum: …", "…, or the people who signed…"). */
function namesUltimatum(reading: BlockReading, start: number, end: number, terms: UltimatumTerms): boolean {
  for (let j = start; j <= end; j++) {
    const word = reading.tokens[j]!.lower;
    if (terms.by.has(word) || LETTER_WORDS.has(word) || ULTIMATUM_WORDS.has(word)) return true;
  }
  return false;
}

/**
 * The spans of the reported ultimatums in `sentence` of the reading ("step down, put Sam back, or we
 * go"), where the staff are known to be the ones who put it (`staff`) or the sentence names them.
 */
export function reportedUltimatums(
  reading: BlockReading,
  sentence: number,
  terms: UltimatumTerms,
  staff: boolean,
): Array<{ first: number; last: number }> {
  const { tokens } = reading;
  const { first: start, last: end } = reading.sentences[sentence]!;
  if (!staff && !namesUltimatum(reading, start, end, terms)) return [];
  const found: Array<{ first: number; last: number }> = [];
  let opening = -1;
  for (let k = start; k <= end; k++) {
    const word = tokens[k]!.lower;
    const pair = `${word} ${tokens[k + 1]?.lower ?? ''}`;
    // "…; failing that, we walk", "… — or we go": the threat's connective opens no new terms.
    const threatOpener = CONNECTIVES.has(word) || word === 'failing' || pair === 'if not';
    if (tokens[k]!.isWord && !threatOpener && opensTerms(reading, k)) opening = k;
    if (opening < 0 || k - opening > TERMS_REACH) continue;
    const connective =
      (CONNECTIVES.has(word) && k > opening) ||
      ((pair === 'failing that' || pair === 'failing which' || pair === 'if not') &&
        /^(?:[,;—–]|and)$/.test(tokens[k - 1]?.lower ?? ''));
    if (!connective || !asksBoard(reading, opening, k, terms)) continue;
    const last = threatEnd(reading, k, terms);
    if (last === undefined || putByOthers(reading, opening, terms) || saidByPerson(reading, last, terms))
      continue;
    found.push({ first: opening, last });
    opening = -1;
  }
  return found;
}
