/*
 * The other ways a page writes the same wording, found once when the lexicon is compiled so that every
 * family is matched in all of them (one normalisation layer, not a variant per wording in the data):
 * - a negation with or without its clitic: "cannot vote" = "can't vote" = "can not vote", "will not"
 *   = "won't", "was not" = "wasn't" (the tokenizer splits "can't" into "ca" + "n't");
 * - a negation as the verb "fail": "not being candid" = "failing to be candid", "had not been candid"
 *   = "had failed to be candid", "not candid with" = "failed to be candid with";
 * - a wording's opening words set as a hyphenated compound: "less than candid dealings" =
 *   "less-than-candid dealings", "not fully candid" = "not-fully-candid" (the tokenizer reads a compound
 *   as one word), and a compound of two set as words ("non-voting" = "non voting");
 * - a possessive that agrees with a pair: "on his way back" = "(the pair are) on their way back".
 */

/** Auxiliaries whose "not" is written on them ("wasn't", "hadn't"), as the tokenizer splits them. Marked pure so
 * the gate, which imports this module's neighbours but not the map, does not ship it. */
const CLITIC_STEMS = /* @__PURE__ */ new Map([
  ['will', 'wo'],
  ['shall', 'sha'],
  ['do', 'do'],
  ['does', 'does'],
  ['did', 'did'],
  ['is', 'is'],
  ['was', 'was'],
  ['are', 'are'],
  ['were', 'were'],
  ['has', 'has'],
  ['have', 'have'],
  ['had', 'had'],
  ['could', 'could'],
  ['would', 'would'],
  ['should', 'should'],
  ['must', 'must'],
  ['need', 'need'],
  ['dare', 'dare'],
  ['might', 'might'],
]);
/** The clitic stems the tokenizer leaves that are no word of their own ("ca" of "can't"). */
const BOUND_STEMS: ReadonlyMap<string, string> = new Map([
  ['ca', 'can'],
  ['wo', 'will'],
  ['sha', 'shall'],
]);
/** "fail" in the forms that take the place of a negation before a verb ("failing to be candid"). */
export const FAIL_FORMS = ['fail', 'fails', 'failed', 'failing'];
const BE_FORMS = new Set(['be', 'being', 'been']);
/** Words a compound may be made of: letters only (no clitics, no punctuation). */
const COMPOUNDABLE = /^\p{L}+$/u;
/** Words a compound neither opens nor closes with ("the-board" is not written). */
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'with',
  'in',
  'on',
  'by',
  'for',
  'and',
  'or',
  'his',
  'her',
  'its',
  'their',
]);
/** A compound of more words than this is not written in news English. */
const LONGEST_COMPOUND = 4;

/** The wording with each negation written the other ways (clitic, "cannot", "can not"). */
function negationForms(words: readonly string[]): string[][] {
  let forms: string[][] = [[]];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    let choices: string[][] = [[word]];
    if (word === 'cannot') choices = [['cannot'], ['ca', "n't"], ['can', 'not']];
    else if (next === 'not' && CLITIC_STEMS.has(word)) {
      choices = [
        [word, 'not'],
        [CLITIC_STEMS.get(word)!, "n't"],
      ];
      i++;
    } else if (next === "n't" && (CLITIC_STEMS.has(word) || BOUND_STEMS.has(word))) {
      const full = BOUND_STEMS.get(word) ?? word;
      choices = [[word, "n't"], full === 'can' ? ['cannot'] : [full, 'not']];
      if (full === 'can') choices.push(['can', 'not']);
      i++;
    }
    forms = forms.flatMap((f) => choices.map((c) => [...f, ...c]));
  }
  return forms;
}

/** "not (being/been) candid" → "fail(ed/ing) to be candid": a wording that opens with its negation. */
function failForms(words: readonly string[]): string[][] {
  if (words[0] !== 'not' && words[0] !== "n't") return [];
  if (words.length < 2) return [];
  const rest = BE_FORMS.has(words[1]!) ? words.slice(2) : words.slice(1);
  if (!rest.length) return [];
  return FAIL_FORMS.map((fail) => [fail, 'to', 'be', ...rest]);
}

/**
 * The wording with its opening two to four words set as one hyphenated compound ("less-than-candid",
 * "not-fully-candid"): a compound is a modifier, and a wording's modifier opens it. Runs inside a
 * wording are left out: they multiplied the lexicon threefold for compounds pages hardly write.
 */
function compoundForms(words: readonly string[]): string[][] {
  const forms: string[][] = [];
  for (let to = 2; to <= Math.min(words.length, LONGEST_COMPOUND); to++) {
    const run = words.slice(0, to);
    if (!run.every((w) => COMPOUNDABLE.test(w))) break;
    if (FUNCTION_WORDS.has(run[0]!) || FUNCTION_WORDS.has(run.at(-1)!)) continue;
    forms.push([run.join('-'), ...words.slice(to)]);
  }
  // And the other way: a compound the data writes ("non-voting") set as words ("non voting").
  words.forEach((word, i) => {
    const parts = word.split('-');
    // Two parts only: a longer one ("nothing-without-its-people") is a tag, its words no wording of their own.
    if (parts.length === 2 && parts.every((p) => COMPOUNDABLE.test(p)))
      forms.push([...words.slice(0, i), ...parts, ...words.slice(i + 1)]);
  });
  return forms;
}

/**
 * "his" as a pair's "their": a wording the data writes for one person ("on his way back to OpenAI",
 * "fought his way back") is said of "the pair" or "Altman and Brockman" with "their". Who the subject
 * is stays the frame's to check, so the staff "on their way back to work" are still no one's return.
 */
function pluralPossessiveForms(words: readonly string[]): string[][] {
  return words.includes('his') ? [words.map((w) => (w === 'his' ? 'their' : w))] : [];
}

/** Every other way `words` (lower case, as the tokenizer reads them) may be written; the wording itself first. */
export function wordingVariants(words: readonly string[]): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  const add = (form: string[]) => {
    const key = form.join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    out.push(form);
  };
  const forms = [...negationForms(words), ...failForms(words)];
  [...forms, ...forms.flatMap(pluralPossessiveForms)].forEach(add);
  compoundForms(words).forEach(add);
  return out;
}
