import type { Entity } from '../dataset/schema.ts';
import type { Matcher } from '../match/compileMatcher.ts';
import { wordsOf, type Epithet } from './statementLexicon.ts';

/**
 * Descriptions of an organisation that name it as surely as its name does, derived from what the
 * dataset already says of it, so that every story's dataset gets them:
 * - its place or brand, from its own epithets ("Redmond giant", "Windows maker"), with any noun for
 *   a company ("the Redmond group", "the Windows company", "the Redmond-based firm") and in the
 *   word order of translated editions ("the group of Redmond", "the multinational of Redmond");
 * - what it makes, from a product's role ("OpenAI's chatbot") or its own ("Maker of ChatGPT"):
 *   "the maker of ChatGPT", "the creator of ChatGPT", "the start-up behind ChatGPT".
 * Not whose investor it is ("OpenAI's largest investor"): "the club's largest shareholder" is
 * someone else's, and an epithet cannot see whose.
 * They are read as epithets but are no phase-2 cues: alone they state no claim, and "group" or
 * "company" as cues would send most blocks to phase 2.
 */

/** Nouns for a company after a place or brand ("the Redmond group"). */
const HEADS = [
  ...['giant', 'group', 'company', 'firm', 'maker', 'multinational', 'titan', 'behemoth', 'colossus'],
  ...['conglomerate', 'juggernaut', 'heavyweight', 'corporation'],
];
/** Nouns for a company before "of" and its place ("the group of Redmond"), in translated English. */
const HEADS_BEFORE_PLACE = [
  'giant',
  'group',
  'company',
  'firm',
  'multinational',
  'titan',
  'colossus',
  'behemoth',
];
/** Nouns for who made a product, before "of" it ("the maker of ChatGPT"). */
const MAKERS = ['maker', 'makers', 'creator', 'creators', 'developer', 'owner'];
/** Nouns for a company before "behind" what it makes ("the start-up behind ChatGPT"). */
const BEHIND = ['company', 'firm', 'start-up', 'startup', 'lab', 'group', 'outfit', 'business'];
/** A word for a place or brand: capitalised, not a common word for a company. */
const PLACE_OR_BRAND = /^\p{Lu}[\p{L}\d-]*$/u;

/** The epithets each organisation's dataset entry implies, beyond its own. */
export function organisationEpithets(entities: Entity[]): Epithet[] {
  const organisations = entities.filter((e) => e.kind === 'organisation');
  const names = (e: Entity) => [e.name, ...e.aliases];
  const placesOf = organisationPlaces(entities);
  const products = entities.filter((e) => e.kind === 'product');
  return organisations.flatMap((e) => {
    const added: string[] = [];
    for (const place of placesOf.get(e.id) ?? []) {
      for (const head of HEADS) added.push(`${place} ${head}`, `${place}-based ${head}`);
      for (const head of HEADS_BEFORE_PLACE) added.push(`${head} of ${place}`);
    }
    for (const product of products) {
      if (!makes(e, product)) continue;
      for (const name of names(product)) {
        for (const maker of MAKERS) added.push(`${maker} of ${name}`);
        for (const noun of BEHIND) added.push(`${noun} behind ${name}`);
      }
    }
    const own = new Set(e.epithets ?? []);
    return [...new Set(added)]
      .filter((text) => !own.has(text))
      .map((text) => ({ entityId: e.id, words: wordsOf(text) }));
  });
}

/**
 * The place or brand each organisation's epithets use and no other's ("Redmond" from "Redmond giant"): a
 * page names the organisation by it, as in "Redmond's stake".
 */
export function organisationPlaces(entities: Entity[]): Map<string, string[]> {
  const placesOf = new Map<string, string[]>();
  const owners = new Map<string, number>();
  for (const o of entities)
    for (const epithet of o.kind === 'organisation' ? (o.epithets ?? []) : []) {
      const words = epithet.split(/\s+/);
      if (words.length !== 2 || !PLACE_OR_BRAND.test(words[0]!) || !HEADS.includes(words[1]!.toLowerCase()))
        continue;
      const places = placesOf.get(o.id) ?? [];
      if (places.includes(words[0]!)) continue;
      placesOf.set(o.id, [...places, words[0]!]);
      owners.set(words[0]!, (owners.get(words[0]!) ?? 0) + 1);
    }
  for (const [id, places] of placesOf)
    placesOf.set(
      id,
      places.filter((p) => owners.get(p) === 1),
    );
  return placesOf;
}

/** Each organisation's place or brand ("Redmond") to the organisation, once per matcher. */
const placesByMatcher = new WeakMap<Matcher, Map<string, string>>();
export function placeOwners(matcher: Matcher): Map<string, string> {
  let owners = placesByMatcher.get(matcher);
  if (!owners) {
    owners = new Map();
    for (const [id, places] of organisationPlaces([...matcher.entities.values()]))
      for (const place of places) owners.set(place, id);
    placesByMatcher.set(matcher, owners);
  }
  return owners;
}

/** Whether an organisation makes a product: the product's role opens with its name ("OpenAI's chatbot"), or its own role says so ("Maker of ChatGPT"). */
export function makes(organisation: Entity, product: Entity): boolean {
  return (
    [organisation.name, ...organisation.aliases].some(
      (n) => product.role.startsWith(`${n}'s `) || product.role.startsWith(`${n} `),
    ) ||
    new RegExp(`\\b(?:maker|creator|developer) of ${escape(product.name)}\\b`, 'i').test(organisation.role)
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
