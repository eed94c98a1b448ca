import type { Entity } from '../dataset/schema.ts';

/*
 * The one place that reads whether the dataset speaks of a person as "he" or "she". It counts only the
 * pronouns that can be the person's own: in a description written about them, a pronoun after another
 * person's name in the same sentence most often means that person ("would work with Altman wherever he
 * was", "the board that removed Altman … brought him back"), so it is not counted; one before any other
 * name, or in a sentence naming nobody else, is the described person's ("Three days later he posted…").
 */

export type Gender = 'he' | 'she';

const MASCULINE = /\b(?:he|him|his|himself)\b/gi;
const FEMININE = /\b(?:she|her|hers|herself)\b/gi;
const SENTENCE_END = /(?<=[.;!?])\s+/;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where the first of the other people's names stands in each sentence (cased as written), or the sentence's end. */
function ownStretches(text: string, others: RegExp | undefined): string[] {
  return text.split(SENTENCE_END).map((sentence) => {
    const other = others?.exec(sentence);
    return other ? sentence.slice(0, other.index) : sentence;
  });
}

/** A pattern for every name of the dataset's other people (full name, aliases, surname), or none. */
function otherPeopleNames(person: Entity, entities: Entity[]): RegExp | undefined {
  const names = entities
    .filter((e) => e.kind === 'person' && e.id !== person.id)
    .flatMap((e) => [e.name, e.name.split(/\s+/).at(-1)!, ...e.aliases, ...e.contextAliases]);
  const distinct = [...new Set(names.filter((n) => n.length > 1))];
  return distinct.length ? new RegExp(`\\b(?:${distinct.map(escape).join('|')})\\b`) : undefined;
}

/**
 * The pronoun the dataset itself uses for `person`, from the pronouns of their role and description that
 * are their own. A person written of with both, or with neither, has none.
 */
export function datasetGender(person: Entity, entities: Entity[]): Gender | undefined {
  if (person.kind !== 'person') return undefined;
  const others = otherPeopleNames(person, entities);
  const own = [person.role, person.description ?? ''].flatMap((text) => ownStretches(text, others)).join(' ');
  const masculine = own.match(MASCULINE)?.length ?? 0;
  const feminine = own.match(FEMININE)?.length ?? 0;
  if (masculine && !feminine) return 'he';
  if (feminine && !masculine) return 'she';
  return undefined;
}
