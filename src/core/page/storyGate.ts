import { standaloneClaimPhrases, type Matcher } from '../match/compileMatcher.ts';
import { escapeRegExp, namePatternSource } from '../match/namePattern.ts';
import { STORY_ORGANISATION } from './pageRelevance.ts';

/**
 * The gate's two patterns, as regular-expression sources: built from the
 * compiled matcher at build time, so they follow the dataset, and shipped as
 * text in the small script every page runs.
 */
export interface StoryGatePatterns {
  /** The story's organisation in any spelling a page uses: "OpenAI", "Open AI", "openai". */
  organisation: string;
  /** Any name or phrase that can make pageRelevance say yes besides it: a person, an event, a statement's words. */
  story: string;
}

export interface StoryGate {
  organisation: RegExp;
  story: RegExp;
}

/** What the gate has seen of the page so far (content arrives later on live pages). */
export interface GateReading {
  organisation: boolean;
  story: boolean;
}

/** Kinds of entity whose name, with the organisation's, makes a page about the story (pageRelevance). */
const STORY_KINDS = new Set(['person', 'event']);
/** Between the words of a name, or where a page runs them together ("OpenAI", "Open AI", "Open-AI"). */
const LOOSE_SPACE = '[\\s\\-]*';

/** "OpenAI" → open, ai: words and the capitals inside a word, so any spacing and case of them matches. */
function looseSource(alias: string): string {
  const parts = alias
    .trim()
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=\p{Ll})(?=\p{Lu})/u));
  return parts.map((part) => escapeRegExp(part.toLowerCase())).join(LOOSE_SPACE);
}

/**
 * No word boundaries: the gate reads the page's text run together
 * (`textContent` puts "…Sam Altman" and "OpenAI…" of two paragraphs side by
 * side), and matching a little more only costs a look by the engine.
 */
function alternation(sources: Iterable<string>): string {
  return [...new Set(sources)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
}

/**
 * The gate accepts every page pageRelevance could call relevant, and a few
 * more: it matches without regard to case, spacing or word boundaries. Everything it lets through is judged by the
 * engine; what it stops never pays for the engine.
 */
export function storyGatePatterns(matcher: Matcher): StoryGatePatterns {
  const organisation: string[] = [];
  const story: string[] = [];
  for (const entry of matcher.nameLookup.values()) {
    if (entry.entityId === STORY_ORGANISATION) {
      if (entry.tier === 'full') organisation.push(looseSource(entry.alias));
      continue;
    }
    if (entry.tier === 'ambiguous') continue;
    if (!STORY_KINDS.has(matcher.entities.get(entry.entityId)?.kind ?? '')) continue;
    story.push(namePatternSource(entry.alias.toLowerCase()));
  }
  for (const phrase of standaloneClaimPhrases(matcher.claims.values()))
    story.push(namePatternSource(phrase.toLowerCase()));
  return { organisation: alternation(organisation), story: alternation(story) };
}

/** The story's pattern is large and most pages never need it: it is built on first use. */
export function compileStoryGate(patterns: StoryGatePatterns): StoryGate {
  let story: RegExp | undefined;
  return {
    organisation: new RegExp(patterns.organisation, 'i'),
    get story() {
      return (story ??= new RegExp(patterns.story, 'i'));
    },
  };
}

/**
 * Reads `text` (the page, or what it added since) into `reading`. Most pages
 * never name the organisation, so the names of the story are looked for only
 * once it is found: then in all the page has, `wholePage()`, since they may
 * have come before it.
 */
export function readForStory(
  gate: StoryGate,
  text: string,
  reading: GateReading,
  wholePage: () => string = () => text,
): GateReading {
  if (!reading.organisation) {
    if (!gate.organisation.test(text)) return reading;
    reading.organisation = true;
    text = wholePage();
  }
  if (!reading.story) reading.story = gate.story.test(text);
  return reading;
}

export function mayBeAboutStory(reading: GateReading): boolean {
  return reading.organisation && reading.story;
}
