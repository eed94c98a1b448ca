import type { Entity } from '../dataset/schema.ts';
import { makes } from './organisationEpithets.ts';
import { datasetGender } from './ownPronouns.ts';
import { wordsOf, type Epithet } from './statementLexicon.ts';

/**
 * Descriptions of a company's chief executive that name them as surely as their name does, derived
 * from the dataset's roles so that every story's dataset gets them: "the man behind ChatGPT", "the
 * whizzkid behind OpenAI", "the boss behind ChatGPT". The person is the one whose role opens by
 * making them chief executive of the organisation ("Co-founder and CEO of OpenAI"), and only when
 * one person's role does: an interim chief ("interim CEO of OpenAI from…") is no such person, and
 * two chiefs of one company make the description nobody's.
 * Not "the brains behind", "the mind behind" (a chief scientist as often as a chief executive), nor
 * "the creator of" (the company, in most reports: organisationEpithets.ts).
 */

/**
 * Nouns for a person before "behind" what their company makes or is ("the whizzkid behind ChatGPT").
 * Not "the face of/behind" nor "the figurehead": a spokesperson or a founder as often as the chief.
 */
const PEOPLE_BEHIND = [
  ...['whizzkid', 'whizz-kid', 'whiz kid', 'whizz kid', 'wunderkind'],
  ...['boss', 'chief', 'leader', 'chief executive', 'CEO'],
];
/**
 * Gendered nouns, given only to a chief whom the dataset's own words make a man or a woman: "the woman
 * behind ChatGPT" is the press's name for someone else when the chief is a man, and a dataset that
 * says nothing makes the epithet nobody's.
 */
const MAN_BEHIND = ['man', 'boy wonder', 'frontman'];
const WOMAN_BEHIND = ['woman', 'frontwoman'];

/** The gendered nouns the dataset's own words about the person allow (ownPronouns.ts). */
function genderedNouns(person: Entity, entities: Entity[]): string[] {
  const gender = datasetGender(person, entities);
  return gender === 'he' ? MAN_BEHIND : gender === 'she' ? WOMAN_BEHIND : [];
}

/** A role whose first clause makes the person chief executive of a company ("Co-founder and CEO of OpenAI"). */
const CHIEF_OF = /^(?:[\w -]+\band\s+)?(?:CEO|chief executive(?: officer)?)\s+of\s+(.+)$/i;

/** The epithets each organisation's chief executive's dataset entry implies, beyond their own. */
export function leaderEpithets(entities: Entity[]): Epithet[] {
  const organisations = entities.filter((e) => e.kind === 'organisation');
  const products = entities.filter((e) => e.kind === 'product');
  const chiefs = new Map<string, Entity[]>();
  for (const person of entities) {
    if (person.kind !== 'person') continue;
    const firstClause = person.role.split(';')[0]!.trim();
    const chief = CHIEF_OF.exec(firstClause);
    if (!chief || /\b(?:interim|acting|former|ex)\b/i.test(firstClause)) continue;
    const organisation = organisations.find((o) => [o.name, ...o.aliases].includes(chief[1]!.trim()));
    if (organisation) chiefs.set(organisation.id, [...(chiefs.get(organisation.id) ?? []), person]);
  }
  return organisations.flatMap((o) => {
    const people = chiefs.get(o.id);
    if (people?.length !== 1) return [];
    const chief = people[0]!;
    const names = [o.name, ...products.filter((p) => makes(o, p)).map((p) => p.name)];
    const own = new Set(chief.epithets ?? []);
    const nouns = [...PEOPLE_BEHIND, ...genderedNouns(chief, entities)];
    const added = names.flatMap((name) => nouns.map((noun) => `${noun} behind ${name}`));
    return [...new Set(added)]
      .filter((text) => !own.has(text))
      .map((text) => ({ entityId: chief.id, words: wordsOf(text) }));
  });
}
