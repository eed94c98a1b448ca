import type { ContentClaim, Entity } from '../dataset/schema.ts';
import { escapeRegExp, WORD_AFTER, WORD_BEFORE } from '../match/namePattern.ts';
import { britishForms, inflectVerb, type VerbForms } from '../text/inflectVerb.ts';
import { tokenize } from '../text/tokenize.ts';
import { resultStates } from './resultState.ts';
import { withFamilies } from './statementFamilies.ts';
import { FAIL_FORMS, wordingVariants } from './wordingVariants.ts';

export type TriggerKind = 'act' | 'undergo' | 'noun' | 'title' | 'phrase' | 'nounPhrase';
export type VerbForm = keyof VerbForms;

/** One way a frame's act is written: the words that start it, and what they are. */
export interface Trigger {
  claimId: string;
  /** Index of the frame in the claim's `frames`. */
  frame: number;
  kind: TriggerKind;
  /** Lower-case words, in order. */
  words: string[];
  /** The verb's particle ("down" in "stepped down"), which may also follow the object ("brought Altman back"). */
  particle?: string;
  /** The verb forms these words can be ("hired": past and participle). */
  forms?: VerbForm[];
  /** A wording's "his" written "their" for a pair: the clause's own subject must be the frame's. */
  pairOwner?: true;
}

export interface Epithet {
  entityId: string;
  words: string[];
}

/** The statement frames compiled for lookup: plain data, so it survives serialisation. */
export interface StatementLexicon {
  /** Triggers by their first word. */
  byFirstWord: Map<string, Trigger[]>;
  epithets: Epithet[];
  /** Any first word of any trigger: the cheap test that phase 2 has work in a block. */
  cue: RegExp | null;
}

export const wordsOf = (text: string): string[] => tokenize(text).map((t) => t.lower);

/** Forms of "be" its regular inflection leaves out. */
const BE_FORMS: Array<[string, VerbForm]> = [
  ["'s", 'third'],
  ["'m", 'base'],
  ["'re", 'base'],
  ['am', 'base'],
  ['are', 'base'],
  ['were', 'past'],
];

/** Every form of a verb lemma, with its particle ("step down" → stepped/down…). */
function verbTriggers(lemma: string, base: Omit<Trigger, 'words' | 'forms' | 'particle'>): Trigger[] {
  const [verb, ...rest] = wordsOf(lemma);
  const particle = rest.length ? rest.join(' ') : undefined;
  // "back" as in "Altman is back": no verb to inflect.
  if (verb === 'back' && !particle) return [{ ...base, words: ['back'], forms: ['base'] }];
  const forms = inflectVerb(verb!);
  const byWord = new Map<string, VerbForm[]>();
  const british = britishForms(verb!);
  for (const [form, word] of [...Object.entries(forms), ...Object.entries(british ?? {})] as Array<
    [VerbForm, string]
  >)
    byWord.set(word, [...(byWord.get(word) ?? []), form]);
  // "he's sorry", "they're back", "I'm sorry", "were sorry": the other persons and contractions of "be".
  if (verb === 'be')
    for (const [word, form] of BE_FORMS) byWord.set(word, [...(byWord.get(word) ?? []), form]);
  return [...byWord].map(([word, f]) => ({
    ...base,
    words: [word],
    forms: f,
    ...(particle ? { particle } : {}),
  }));
}

/**
 * A variant's first word goes into the cue only where it is the wording's own first word. "fail" for "not"
 * ("failing to be candid") is found by the fail cue below with its wording's next words, so that not every
 * "failed" in business or sport copy sends its block to phase 2.
 */
const cueFor = (written: readonly string[], variant: readonly string[]) => variant[0] === written[0];

/** Every trigger, list by list: a loop, not `flat()`, which took 40–60 ms over round 24's 29,000 in node. */
function allTriggers(byFirstWord: Map<string, Trigger[]>): Trigger[] {
  const all: Trigger[] = [];
  for (const list of byFirstWord.values()) for (const t of list) all.push(t);
  return all;
}

export function compileStatementLexicon(claims: ContentClaim[], entities: Entity[]): StatementLexicon {
  const steps = statementLexiconSteps(claims, entities);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `compileStatementLexicon` a step at a time, for a caller that yields between them (phase 2's warm-up):
 * one wording of the data with all the ways it is written, one first word's triggers ordered, or the cue.
 * Round 24's families made some 29,000 triggers, a 200 ms compile in one task of a fresh page.
 * Each step yields how many triggers are compiled so far.
 */
export function* statementLexiconSteps(
  claims: ContentClaim[],
  entities: Entity[],
): Generator<number, StatementLexicon> {
  let triggers = 0;
  const byFirstWord = new Map<string, Trigger[]>();
  /**
   * The first words the cue looks for: a variant's own first word only where nothing else finds it
   * ("failing to be candid"); "less-than-candid" is found by "less", "can't vote" by the stem cue below.
   */
  const cueWords = new Set<string>();
  const add = (t: Trigger, cue = true) => {
    const key = t.words[0]!;
    if (cue) cueWords.add(key);
    triggers++;
    // Appended in place: copying the list on every add was quadratic in a first word's triggers
    // (round 24's 1,900 under one word made the compile a 200 ms task in a fresh page).
    const list = byFirstWord.get(key);
    if (list) list.push(t);
    else byFirstWord.set(key, [t]);
  };
  for (const claim of claims) {
    for (const [index, frame] of (claim.frames ?? []).entries()) {
      const base = { claimId: claim.id, frame: index };
      for (const lemma of withFamilies(frame.acts ?? [])) {
        verbTriggers(lemma, { ...base, kind: 'act' }).forEach((t) => add(t));
        yield triggers;
      }
      // "has a new job at Microsoft", "holds the chief scientist title": the state the act leaves (resultState.ts).
      for (const lemma of resultStates(frame)) {
        verbTriggers(lemma, { ...base, kind: 'act' }).forEach((t) => add(t));
        yield triggers;
      }
      for (const lemma of withFamilies(frame.undergoes ?? [])) {
        verbTriggers(lemma, { ...base, kind: 'undergo' }).forEach((t) => add(t));
        yield triggers;
      }
      // Each wording as pages also write it: "can't", "failing to be", "less-than-candid" (wordingVariants.ts).
      for (const noun of withFamilies(frame.nouns ?? [])) {
        const written = wordsOf(noun);
        for (const words of wordingVariants(written))
          add({ ...base, kind: 'noun', words }, cueFor(written, words));
        yield triggers;
      }
      for (const title of withFamilies(frame.titles ?? [])) {
        const written = wordsOf(title);
        for (const words of wordingVariants(written))
          add({ ...base, kind: 'title', words }, cueFor(written, words));
        yield triggers;
      }
      for (const phrase of withFamilies(frame.phrases ?? [])) {
        const written = wordsOf(phrase);
        // "hadn't been candid": a phrase that opens with "not" is also written with the clitic.
        const clitic = written[0] === 'not' ? [["n't", ...written.slice(1)]] : [];
        const forms = new Map([written, ...clitic].flatMap(wordingVariants).map((w) => [w.join(' '), w]));
        for (const words of forms.values()) {
          const pairOwner = words.includes('their') && !written.includes('their');
          add(
            { ...base, kind: 'phrase', words, ...(pairOwner ? { pairOwner } : {}) },
            cueFor(written, words),
          );
        }
        yield triggers;
      }
      for (const head of frame.nounPhrase?.heads ?? [])
        add({ ...base, kind: 'nounPhrase', words: wordsOf(head) });
      const demand = frame.demand;
      if (demand) {
        // A demand is found from its threat or from the act it asks of the board.
        for (const lemma of [...demand.threats, ...demand.targetActs, ...demand.restores])
          verbTriggers(lemma, { ...base, kind: 'act' }).forEach((t) => add(t));
      }
      yield triggers;
    }
  }
  // The longest wording first, so "bring on board" is tried before "bring on".
  // Each trigger's length counted once, not at every comparison (a stable sort: equal lengths keep their order).
  const lengths = new Map<Trigger, number>();
  const length = (t: Trigger) => t.words.length + (t.particle?.split(' ').length ?? 0);
  for (const list of byFirstWord.values()) {
    if (list.length < 2) continue;
    for (const t of list) lengths.set(t, length(t));
    list.sort((a, b) => lengths.get(b)! - lengths.get(a)!);
    yield triggers;
  }
  const epithets = entities.flatMap((e) =>
    (e.epithets ?? []).map((text) => ({ entityId: e.id, words: wordsOf(text) })),
  );
  // "n't" is written on its word ("hadn't"), so it is looked for without a word boundary before it.
  const firstWords = [...cueWords, ...epithets.map((e) => e.words[0]!)].filter((w) => w !== "n't");
  // Only with a word after it ("n't been", one word between as phrases allow: "n't always been"), so
  // that every "didn't" does not send its block to phase 2.
  const afterClitic = [...new Set((byFirstWord.get("n't") ?? []).map((t) => t.words[1]!))];
  const clitic = afterClitic.length
    ? `|n['’]t\\s+(?:[a-z-]+\\s+)?(?:${afterClitic.map(escapeRegExp).join('|')})${WORD_AFTER}`
    : '';
  yield triggers;
  // A wording that opens on a word with its clitic ("can't vote", "wasn't candid"): the word is found
  // with it and the wording's next word, so that not every "can't" sends its block to phase 2.
  const stemmed = allTriggers(byFirstWord).filter((t) => t.words[1] === "n't" && t.words[2]);
  const stems = [...new Set(stemmed.map((t) => escapeRegExp(t.words[0]!)))];
  const afterStems = [...new Set(stemmed.map((t) => escapeRegExp(t.words[2]!)))];
  const stemCue = stems.length
    ? `|${WORD_BEFORE}(?:${stems.join('|')})n['’]t\\s+(?:[a-z-]+\\s+)?(?:${afterStems.join('|')})${WORD_AFTER}`
    : '';
  yield triggers;
  // "failed to be candid": a fail variant is found with its "to be" and its wording's next word (one word
  // may stand between, as phrases allow: "failed consistently to be candid", "failed to be fully candid").
  const failed = allTriggers(byFirstWord).filter(
    (t) => FAIL_FORMS.includes(t.words[0]!) && t.words[1] === 'to' && t.words[3],
  );
  const afterFail = [...new Set(failed.map((t) => escapeRegExp(t.words[3]!)))];
  const failCue = afterFail.length
    ? `|${WORD_BEFORE}fail(?:s|ed|ing)?\\s+(?:[a-z-]+\\s+)?to\\s+be\\s+(?:[a-z-]+\\s+)?(?:${afterFail.join('|')})${WORD_AFTER}`
    : '';
  yield triggers;
  return {
    byFirstWord,
    epithets,
    cue: firstWords.length
      ? new RegExp(
          `${WORD_BEFORE}(?:${[...new Set(firstWords)].map(escapeRegExp).join('|')})${WORD_AFTER}${clitic}${stemCue}${failCue}`,
          'i',
        )
      : null,
  };
}
