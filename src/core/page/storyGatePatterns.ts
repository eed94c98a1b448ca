import { standaloneClaimPhrases, type Matcher } from '../match/compileMatcher.ts';
import { gateKeys } from '../match/gateKeys.ts';
import { CENTRAL_PEOPLE, STORY_ORGANISATION } from './pageRelevance.ts';
import {
  alternation,
  compactGateSource,
  looseSource,
  wordTrieSource,
  type StoryGatePatterns,
} from './storyGate.ts';

/*
 * Built at build time only (scripts/contentData.ts): kept apart from storyGate.ts so that the script
 * every page runs never imports the matcher's compiler and its word families.
 */

/**
 * The gate accepts every page pageRelevance could call relevant, and a few
 * more: it matches without regard to case, spacing or word boundaries.
 * Everything it lets through is judged by the engine; what it stops never
 * pays for the engine.
 */
export function storyGatePatterns(matcher: Matcher): StoryGatePatterns {
  const organisation: string[] = [];
  const central: string[] = [];
  const people: string[] = [];
  const surnames: string[] = [];
  const companions: string[] = [];
  const companyNames: string[] = [];
  for (const entry of matcher.nameLookup.values()) {
    const kind = matcher.entities.get(entry.entityId)?.kind;
    if (kind === 'organisation' || kind === 'product') companyNames.push(entry.alias);
    if (entry.entityId === STORY_ORGANISATION) {
      if (entry.tier === 'full') organisation.push(looseSource(entry.alias));
      continue;
    }
    if (entry.tier === 'ambiguous') continue;
    const source = compactGateSource(entry.alias.toLowerCase());
    if (kind === 'event') companions.push(source);
    else if (kind === 'person' && entry.tier === 'context') surnames.push(source);
    else if (kind === 'person') {
      people.push(source);
      if (CENTRAL_PEOPLE.has(entry.entityId)) central.push(source);
    }
  }
  const phrases = wordTrieSource(gateKeys(standaloneClaimPhrases(matcher.claims.values()), companyNames));
  if (phrases) companions.push(phrases);
  return {
    organisation: alternation(organisation),
    central: alternation(central),
    people: alternation(people),
    surnames: alternation(surnames),
    companions: alternation(companions),
  };
}
