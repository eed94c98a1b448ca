import type { Matcher } from '../match/compileMatcher.ts';
import type { BlockScan } from './scanBlock.ts';

/** What the page as a whole says, gathered block by block (content can arrive later). */
export interface PageEvidence {
  /** Entities the page names by a full alias. */
  namedInFull: Set<string>;
  /** Entities the page names by a context alias ("Altman"). */
  namedInContext: Set<string>;
  statements: number;
  /** People the page calls by their first name alone ("Sam and Greg"), whether or not it names them otherwise. */
  firstNames?: Set<string>;
}

export function emptyEvidence(): PageEvidence {
  return { namedInFull: new Set(), namedInContext: new Set(), statements: 0, firstNames: new Set() };
}

export function addEvidence(evidence: PageEvidence, scan: BlockScan): void {
  for (const name of scan.names) {
    if (name.tier === 'full') evidence.namedInFull.add(name.entityId);
    else if (name.tier === 'context') evidence.namedInContext.add(name.entityId);
    if (name.firstName) (evidence.firstNames ??= new Set()).add(name.entityId);
  }
  // Phase 1 alone decides relevance: fixed wordings of claims, not the statements phase 2 finds.
  evidence.statements += scan.claimPhrases;
}

export interface Relevance {
  relevant: boolean;
  reason: string;
}

/** The organisation the story is about; the page must name it. */
export const STORY_ORGANISATION = 'openai';

/**
 * A page is about the story when it names OpenAI and at least one of the
 * story's people or events, or states one of its claims. "Microsoft" and
 * "Google" on a page about game consoles are not enough; neither is a
 * passing "OpenAI" in a list of AI companies.
 */
export function pageRelevance(matcher: Matcher, evidence: PageEvidence): Relevance {
  if (!evidence.namedInFull.has(STORY_ORGANISATION))
    return { relevant: false, reason: 'The page does not name OpenAI.' };
  const named = [...new Set([...evidence.namedInFull, ...evidence.namedInContext])];
  const storyNames = named.filter((id) => {
    const kind = matcher.entities.get(id)?.kind;
    return kind === 'person' || kind === 'event';
  });
  if (storyNames.length) {
    const names = storyNames.slice(0, 3).map((id) => matcher.entities.get(id)!.name);
    return { relevant: true, reason: `The page names OpenAI and ${names.join(', ')}.` };
  }
  if (evidence.statements)
    return { relevant: true, reason: 'The page names OpenAI and reports a claim about the events.' };
  return { relevant: false, reason: 'The page names OpenAI but none of the people or events of the story.' };
}
