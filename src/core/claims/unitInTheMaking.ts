import type { BlockReading } from './readReferences.ts';

/*
 * A unit told as new by what follows its head rather than by "new" before it: "an AI research group
 * being set up for them", "a research team to be formed at Microsoft", "a lab Microsoft is creating
 * for him", "a unit set up for the pair". A unit set up at another time ("a group set up in 2019",
 * "a team that was formed years ago") is not the new one: a bare past participle counts only with
 * "for" and its beneficiary after it.
 */

/** Verbs of bringing a unit into being, as past participles and -ing forms. */
const FORMED = new Set([
  ...['set', 'created', 'formed', 'built', 'launched', 'established', 'assembled', 'spun', 'stood'],
  ...['founded', 'started', 'put', 'carved', 'organised', 'organized', 'constituted', 'instituted'],
]);
const FORMING = new Set([
  ...['setting', 'creating', 'forming', 'building', 'launching', 'establishing', 'assembling'],
  ...['spinning', 'standing', 'founding', 'starting', 'putting', 'carving', 'organising', 'organizing'],
]);
/** The particle some of them take: "set up", "spun up", "stood up", "put together", "carved out". */
const PARTICLES = new Set(['up', 'together', 'out']);
/** Whom a unit is set up for: the people the story hires. */
const BENEFICIARIES = new Set(['him', 'them', 'altman', 'brockman', 'the', 'both']);
/** Who sets it up in a relative clause without "that": "a lab Microsoft is creating". */
const SETTERS = new Set(['microsoft', 'nadella', 'redmond', 'it', 'the']);
/** The story's setters as the page names or describes them ("the software company", "its chief"). */
const UNIT_SETTERS = ['microsoft', 'satya-nadella'];
/** Verbs of making a unit known, in the past: "a unit the company announced for him". */
const ANNOUNCED = new Set(['announced', 'unveiled', 'promised', 'offered', 'earmarked', 'planned']);

/** Verbs by which the setter tells of the unit it will form: "a lab the company said it would create". */
const SAYING = new Set(['said', 'says', 'announced', 'promised', 'pledged', 'confirmed']);
/** Verbs of meaning to form it, before "to": "a unit it intended to establish", "planned to set up". */
const MEANT = new Set(['intended', 'intends', 'planned', 'plans', 'meant', 'means', 'aimed', 'aims']);

const lowerAt = (reading: BlockReading, k: number) => reading.tokens[k]?.lower ?? '';
/** Nouns a page calls a company by after "the": "the company", "the software company", "the tech giant". */
const COMPANY_HEADS = new Set(['company', 'firm', 'giant', 'group', 'maker', 'titan', 'behemoth']);
/** How many words may stand before the company noun ("the Redmond software company"). */
const COMPANY_MODIFIERS = 2;

/** After "the", where "company" or "software company" ends, plus one: the word after it. */
function companyHeadEnd(reading: BlockReading, k: number): number | undefined {
  for (let j = k; j <= k + COMPANY_MODIFIERS && reading.tokens[j]?.isWord; j++)
    if (COMPANY_HEADS.has(lowerAt(reading, j))) return j + 1;
  return undefined;
}
/** Adverbs of a unit not yet in being, before "to be" or "being": "still to be built", "yet to be formed". */
const STILL = new Set(['still', 'yet', 'soon', 'now', 'currently']);
/** Auxiliaries of a progressive: "is setting up", "'s building", "were forming". */
const PROGRESSIVE = new Set(['is', "'s", 'are', "'re", 'was', 'were', 'be', 'been']);
/** What puts a base form of a forming verb in the future: "will set up", "plans to create", "'ll build". */
const FUTURE = new Set(['will', "'ll", 'to', 'shall']);
/** Base forms of the forming verbs (FORMED holds the participles, most of which are the base too). */
const FORM_BASES = new Set([
  ...['set', 'create', 'form', 'build', 'launch', 'establish', 'assemble', 'spin', 'stand', 'found'],
  ...['start', 'put', 'carve', 'organise', 'organize'],
]);
/** Words between the verb and the unit's noun phrase ("setting up a", "building an"). */
const ARTICLES = new Set(['a', 'an']);

/** A participle at `k`, with its particle: the index of its last word. */
function participleEnd(reading: BlockReading, k: number, forms: ReadonlySet<string>): number | undefined {
  if (!forms.has(lowerAt(reading, k))) return undefined;
  return PARTICLES.has(lowerAt(reading, k + 1)) ? k + 1 : k;
}

/**
 * "for him", "for them", "for Altman", "for the pair", and the unit shaped on its leader, "built
 * around him", "created round the pair", or made to order, "set up for the purpose", "formed for
 * that purpose": the index of its last word.
 */
function forBeneficiary(reading: BlockReading, k: number): number | undefined {
  if (!/^(?:for|around|round)$/.test(lowerAt(reading, k))) return undefined;
  const next = lowerAt(reading, k + 1);
  if (
    lowerAt(reading, k) === 'for' &&
    /^(?:the|that|this)$/.test(next) &&
    lowerAt(reading, k + 2) === 'purpose'
  )
    return k + 2;
  if (!BENEFICIARIES.has(next)) return undefined;
  if (next === 'the' || next === 'both') {
    const noun = lowerAt(reading, k + 2);
    return /^(?:pair|two|duo|men|founders|co-founders|executives|former)$/.test(noun) ? k + 2 : undefined;
  }
  return k + 1;
}

/**
 * The index of the last word of a clause after a unit's head (at `after`, the first token past the
 * head) that says the unit is being formed now, or undefined.
 */
export function formedAfterHead(
  reading: BlockReading,
  after: number,
  setters: readonly string[] = UNIT_SETTERS,
): number | undefined {
  const sentence = reading.sentenceOf[after - 1];
  if (reading.sentenceOf[after] !== sentence) return undefined;
  let k = after;
  // "that is being set up", "which Microsoft is creating": the relative pronoun is optional.
  if (/^(?:that|which)$/.test(lowerAt(reading, k))) k++;
  // "a group still to be built", "a lab yet to be formed", "a team soon to be set up", "a unit now being created".
  if (STILL.has(lowerAt(reading, k))) k++;
  const word = lowerAt(reading, k);
  // "being set up (for them)", "being created at Microsoft": in progress, new whoever it is for.
  if (word === 'being') return participleEnd(reading, k + 1, FORMED);
  // "to be formed", "still to be set up".
  if (word === 'to' && lowerAt(reading, k + 1) === 'be') return participleEnd(reading, k + 2, FORMED);
  // "is being set up", "was being created".
  if (/^(?:is|was|are|were)$/.test(word) && lowerAt(reading, k + 1) === 'being')
    return participleEnd(reading, k + 2, FORMED);
  // "set up for them", "created for Altman": formed for the story's people.
  const done = participleEnd(reading, k, FORMED);
  if (done !== undefined) {
    // "set up specially for him", "created just for them".
    const adverb = /^(?:especially|specially|specifically|just|expressly)$/.test(lowerAt(reading, done + 1));
    return forBeneficiary(reading, done + (adverb ? 2 : 1));
  }
  // "(that) Microsoft is setting up (for him)", "it is creating", "the software company was creating".
  const setter = reading.refAt[k];
  const named = setter?.first === k && setter.entities.some((id) => setters.includes(id));
  if (named || SETTERS.has(word)) {
    let v = named ? setter.last + 1 : k + 1;
    if (!named && word === 'the') v = companyHeadEnd(reading, v) ?? v;
    // "a lab the company said it would create around him": the setter's own word of the unit to come.
    // ("a unit the company announced for him" is the announcement itself, read below.)
    if (SAYING.has(lowerAt(reading, v))) {
      const pronoun = lowerAt(reading, v + 1) === 'that' ? v + 2 : v + 1;
      if (lowerAt(reading, pronoun) === 'it') v = pronoun + 1;
    }
    // "a unit it intended to establish", "a team Microsoft planned to set up": formed as the setter meant.
    if (MEANT.has(lowerAt(reading, v)) && lowerAt(reading, v + 1) === 'to') {
      const built = participleEnd(reading, v + 2, FORM_BASES);
      return built === undefined ? undefined : (forBeneficiary(reading, built + 1) ?? built);
    }
    // "a lab Microsoft set up for him", "a unit the company announced for him": a past deed or
    // announcement, new only for the story's people.
    const told = participleEnd(reading, v, FORMED) ?? participleEnd(reading, v, ANNOUNCED);
    if (told !== undefined) return forBeneficiary(reading, told + 1);
    if (!/^(?:is|was|has|had|will|would|'ll|'d)$/.test(lowerAt(reading, v))) return undefined;
    v++;
    // "a lab Redmond would build around him", "a team Microsoft will set up": a unit still to come.
    if (/^(?:will|would|'ll|'d)$/.test(lowerAt(reading, v - 1))) {
      const built = participleEnd(reading, v, FORM_BASES);
      if (built !== undefined) return forBeneficiary(reading, built + 1) ?? built;
    }
    if (/^(?:be|been)$/.test(lowerAt(reading, v))) v++;
    return (
      participleEnd(reading, v, lowerAt(reading, v - 1) === 'has' ? FORMED : FORMING) ??
      (/^(?:has|had)$/.test(lowerAt(reading, k + 1)) ? participleEnd(reading, v, FORMED) : undefined)
    );
  }
  return undefined;
}

/** Places that may stand between a unit's head and what it is devoted to ("a team at the software giant dedicated to AI"). */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'inside', 'within']);
/** The words that link a head to its topic across a place. "for" and "of" are left out: "at the company for years". */
const TOPIC_LINKS = new Set(['devoted', 'dedicated', 'focused', 'focusing']);
/** How many words a place may hold ("at the U.S. software giant"). */
const PLACE_WORDS = 6;

/**
 * "a newly established team at the U.S. software giant dedicated to advanced AI research": a place
 * phrase between the head and the link to its topic. The index of the link, or undefined.
 */
export function linkAfterPlace(reading: BlockReading, after: number): number | undefined {
  if (!PLACE_PREPOSITIONS.has(lowerAt(reading, after))) return undefined;
  const sentence = reading.sentenceOf[after];
  let words = 0;
  for (let k = after + 1; k < reading.tokens.length && reading.sentenceOf[k] === sentence; k++) {
    const token = reading.tokens[k]!;
    if (TOPIC_LINKS.has(token.lower)) return k;
    // A comma or a verb's clause ends the place ("at Microsoft, where he…").
    if (!token.isWord && token.text !== '.' && token.text !== "'s") return undefined;
    if (token.isWord && ++words > PLACE_WORDS) return undefined;
  }
  return undefined;
}

/**
 * "Microsoft is setting up a research group", "will create an AI lab", "plans to build a research
 * team from scratch": a unit whose forming is in progress or to come is a new one, told by the verb
 * before its noun phrase (at `first`) rather than by "new". A past forming ("set up a group in 2019")
 * is not read: it may be any unit of any year.
 */
export function formingBeforePhrase(
  reading: BlockReading,
  first: number,
  setters: readonly string[],
): boolean {
  let k = first - 1;
  if (!ARTICLES.has(lowerAt(reading, k))) return false;
  k--;
  if (PARTICLES.has(lowerAt(reading, k))) k--;
  const verb = lowerAt(reading, k);
  if (reading.sentenceOf[k] !== reading.sentenceOf[first]) return false;
  const forming =
    (FORMING.has(verb) && PROGRESSIVE.has(lowerAt(reading, k - 1))) ||
    (FORM_BASES.has(verb) && FUTURE.has(lowerAt(reading, k - 1)));
  return forming && !otherSetter(reading, k - 1, setters);
}

/** How far back the forming verb's subject is looked for ("Google is building", "Meta plans to set up"). */
const SETTER_REACH = 4;

/**
 * "Google is building a research lab": the name nearest before the verb group is another company's,
 * so the unit is not the story's. A pronoun or no name leaves the setter to the frame's subject check.
 */
function otherSetter(reading: BlockReading, aux: number, setters: readonly string[]): boolean {
  const sentence = reading.sentenceOf[aux];
  for (let j = aux - 1; j >= 0 && aux - j <= SETTER_REACH && reading.sentenceOf[j] === sentence; j--) {
    const token = reading.tokens[j]!;
    const ref = reading.refAt[j];
    if (ref) return !ref.entities.some((id) => setters.includes(id));
    if (token.isWord && /^\p{Lu}/u.test(token.text) && j > reading.sentences[sentence!]!.first) return true;
  }
  return false;
}
