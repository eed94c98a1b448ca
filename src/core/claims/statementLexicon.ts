import type { ContentClaim, Entity } from '../dataset/schema.ts';
import { escapeRegExp, WORD_AFTER, WORD_BEFORE } from '../match/namePattern.ts';
import { britishForms, inflectVerb, type VerbForms } from '../text/inflectVerb.ts';
import { tokenize } from '../text/tokenize.ts';
import { withFamilies } from './statementFamilies.ts';

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

export function compileStatementLexicon(claims: ContentClaim[], entities: Entity[]): StatementLexicon {
  const byFirstWord = new Map<string, Trigger[]>();
  const add = (t: Trigger) => {
    const key = t.words[0]!;
    byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), t]);
  };
  for (const claim of claims) {
    claim.frames?.forEach((frame, index) => {
      const base = { claimId: claim.id, frame: index };
      for (const lemma of withFamilies(frame.acts ?? []))
        verbTriggers(lemma, { ...base, kind: 'act' }).forEach(add);
      for (const lemma of withFamilies(frame.undergoes ?? []))
        verbTriggers(lemma, { ...base, kind: 'undergo' }).forEach(add);
      for (const noun of withFamilies(frame.nouns ?? []))
        add({ ...base, kind: 'noun', words: wordsOf(noun) });
      for (const title of withFamilies(frame.titles ?? []))
        add({ ...base, kind: 'title', words: wordsOf(title) });
      for (const phrase of withFamilies(frame.phrases ?? [])) {
        const words = wordsOf(phrase);
        add({ ...base, kind: 'phrase', words });
        // "hadn't been candid": a phrase that opens with "not" is also written with the clitic.
        if (words[0] === 'not') add({ ...base, kind: 'phrase', words: ["n't", ...words.slice(1)] });
      }
      for (const head of frame.nounPhrase?.heads ?? [])
        add({ ...base, kind: 'nounPhrase', words: wordsOf(head) });
      const demand = frame.demand;
      if (demand) {
        // A demand is found from its threat or from the act it asks of the board.
        for (const lemma of [...demand.threats, ...demand.targetActs, ...demand.restores])
          verbTriggers(lemma, { ...base, kind: 'act' }).forEach(add);
      }
    });
  }
  // The longest wording first, so "bring on board" is tried before "bring on".
  const length = (t: Trigger) => t.words.length + (t.particle?.split(' ').length ?? 0);
  for (const list of byFirstWord.values()) list.sort((a, b) => length(b) - length(a));
  const epithets = entities.flatMap((e) =>
    (e.epithets ?? []).map((text) => ({ entityId: e.id, words: wordsOf(text) })),
  );
  // "n't" is written on its word ("hadn't"), so it is looked for without a word boundary before it.
  const firstWords = [...byFirstWord.keys(), ...epithets.map((e) => e.words[0]!)].filter((w) => w !== "n't");
  // Only with a word after it ("n't been", one word between as phrases allow: "n't always been"), so
  // that every "didn't" does not send its block to phase 2.
  const afterClitic = [...new Set((byFirstWord.get("n't") ?? []).map((t) => t.words[1]!))];
  const clitic = afterClitic.length
    ? `|n['’]t\\s+(?:[a-z-]+\\s+)?(?:${afterClitic.map(escapeRegExp).join('|')})${WORD_AFTER}`
    : '';
  return {
    byFirstWord,
    epithets,
    cue: firstWords.length
      ? new RegExp(
          `${WORD_BEFORE}(?:${[...new Set(firstWords)].map(escapeRegExp).join('|')})${WORD_AFTER}${clitic}`,
          'i',
        )
      : null,
  };
}
