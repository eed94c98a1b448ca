import type { Matcher } from '../match/compileMatcher.ts';
import type { BlockScan } from './scanBlock.ts';

/** What the page as a whole says, gathered block by block (content can arrive later). */
export interface PageEvidence {
  /** Entities the page names by a full alias. */
  namedInFull: Set<string>;
  /** Entities the page names by a context alias ("Altman"). */
  namedInContext: Set<string>;
  /** Fixed wordings of statement claims ("not consistently candid") counted so far. */
  statements: number;
  /**
   * The blocks whose wordings are not counted yet: counted only when a page's names leave its
   * relevance open (statementsOf). Their pattern, every wording of every claim, cost each page
   * some 20 ms to compile and each block a search, and most pages are decided by names alone.
   */
  uncounted: string[];
  /** People the page calls by their first name alone ("Sam and Greg"), whether or not it names them otherwise. */
  firstNames?: Set<string>;
  /** People whose shared surname the page lists beside another of the story's people ("Toner and McCauley"). */
  listed?: Set<string>;
  /** Shared names the page gives other people ("first:tom-cunningham" for "Tom Ellery"): see FoundNames. */
  namesakes?: Set<string>;
}

export function emptyEvidence(): PageEvidence {
  return {
    namedInFull: new Set(),
    namedInContext: new Set(),
    statements: 0,
    uncounted: [],
    firstNames: new Set(),
  };
}

export function addEvidence(evidence: PageEvidence, scan: BlockScan): void {
  for (const name of scan.names) {
    if (name.tier === 'full') evidence.namedInFull.add(name.entityId);
    else if (name.tier === 'context') evidence.namedInContext.add(name.entityId);
    if (name.firstName) (evidence.firstNames ??= new Set()).add(name.entityId);
    if (name.listed) (evidence.listed ??= new Set()).add(name.entityId);
  }
  for (const namesake of scan.namesakes ?? []) (evidence.namesakes ??= new Set()).add(namesake);
  // Phase 1 alone decides relevance: fixed wordings of claims, not the statements phase 2 finds.
  evidence.uncounted.push(scan.text);
}

/** The fixed wordings of claims on the page so far: the blocks not counted yet are counted now. */
export function statementsOf(matcher: Matcher, evidence: PageEvidence): number {
  if (matcher.claimPhrases)
    for (const text of evidence.uncounted)
      evidence.statements += text.match(matcher.claimPhrases)?.length ?? 0;
  evidence.uncounted = [];
  return evidence.statements;
}

export interface Relevance {
  relevant: boolean;
  reason: string;
}

/** The organisation the story is about; a page that names it needs little more. */
export const STORY_ORGANISATION = 'openai';

/**
 * The people at the centre of the November 2023 crisis, whose names make a
 * page about the story without "OpenAI": the two the board removed (Altman,
 * Brockman), the board members who removed them (Sutskever, D'Angelo, Toner,
 * McCauley) and the two interim chief executives (Murati, Shear). Outside the
 * story these names seldom meet on one page.
 *
 * The dataset's other people are famous mostly elsewhere, and pages name them
 * together for other reasons: Satya Nadella and Kevin Scott on Microsoft's
 * earnings, Bret Taylor with Elon Musk on Twitter's sale or with Marc Benioff
 * on Salesforce, Larry Summers on the economy, Mark Zuckerberg on Meta. They
 * count as the second name beside a central person ("Satya Nadella hires Sam
 * Altman"), never as a pair of their own.
 */
export const CENTRAL_PEOPLE: ReadonlySet<string> = new Set([
  'sam-altman',
  'greg-brockman',
  'ilya-sutskever',
  'mira-murati',
  'emmett-shear',
  'adam-d-angelo',
  'helen-toner',
  'tasha-mccauley',
]);

/** Why a page is not about the story, where the gate may say it without the dataset (src/content/runGate.ts). */
export const NOT_ABOUT = {
  organisationAlone: 'The page names OpenAI but none of the people or events of the story.',
  neither: 'The page names neither OpenAI nor the people at the centre of the story.',
  centralAlone: (person: string) =>
    `The page names ${person} but neither OpenAI nor another of the people or events of the story.`,
};

/** "A", "A and B", "A, B and C". */
function listed(names: string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * A page is about the story when it names OpenAI and at least one of the
 * story's people or events, or states one of its claims. "Microsoft" and
 * "Google" on a page about game consoles are not enough; neither is a
 * passing "OpenAI" in a list of AI companies.
 *
 * Pages about the story do not always write "OpenAI" (a thread titled "Sam
 * Altman and Greg Brockman to join Microsoft", a brief about the "ChatGPT
 * boss"): one of the central people named in full (CENTRAL_PEOPLE) is enough
 * with another of the story's people named in full, one of its events, or a
 * claim's wording. A surname alone ("Altman") proves nothing here, since the
 * page has not said which story it tells.
 */
export function pageRelevance(matcher: Matcher, evidence: PageEvidence): Relevance {
  const kindOf = (id: string) => matcher.entities.get(id)?.kind;
  const nameOf = (id: string) => matcher.entities.get(id)?.name ?? id;
  const named = [...new Set([...evidence.namedInFull, ...evidence.namedInContext])];
  const events = named.filter((id) => kindOf(id) === 'event');
  if (evidence.namedInFull.has(STORY_ORGANISATION)) {
    const storyNames = named.filter((id) => kindOf(id) === 'person' || kindOf(id) === 'event');
    if (storyNames.length) {
      const names = storyNames.slice(0, 3).map(nameOf);
      return { relevant: true, reason: `The page names OpenAI and ${names.join(', ')}.` };
    }
    if (statementsOf(matcher, evidence))
      return { relevant: true, reason: 'The page names OpenAI and reports a claim about the events.' };
    return { relevant: false, reason: NOT_ABOUT.organisationAlone };
  }

  const people = [...evidence.namedInFull].filter((id) => kindOf(id) === 'person');
  const central = people.filter((id) => CENTRAL_PEOPLE.has(id));
  if (!central.length) return { relevant: false, reason: NOT_ABOUT.neither };
  // The central people first, so the reason says who made the page count.
  const others = people.filter((id) => !CENTRAL_PEOPLE.has(id));
  if (people.length >= 2)
    return {
      relevant: true,
      reason: `The page names ${listed([...central, ...others].slice(0, 3).map(nameOf))}.`,
    };
  const person = nameOf(central[0]!);
  if (events.length) return { relevant: true, reason: `The page names ${person} and ${nameOf(events[0]!)}.` };
  if (statementsOf(matcher, evidence))
    return { relevant: true, reason: `The page names ${person} and reports a claim about the events.` };
  return { relevant: false, reason: NOT_ABOUT.centralAlone(person) };
}
