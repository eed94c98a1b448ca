import type { Qualifier } from '../figureRange.ts';
import type { Matcher } from '../match/compileMatcher.ts';
import type { NameHit } from '../match/findNames.ts';
import { leadBlockOf, SHORT_BLOCK, type LeadBlock } from './blockLead.ts';
import { isIrregularPast } from '../text/inflectVerb.ts';

/*
 * A value and its caption: an explainer in numbers, a key-stat card, an infographic label, a stat strip.
 * The value stands alone ("4", "$13bn", "770") and the block next to it says what it counts, in a
 * caption of any length: "directors decided to remove Altman. The board had six seats; …",
 * "Microsoft's reported investment in OpenAI, which …", "roughly how many people OpenAI employs.",
 * "Altman's age. He co-founded OpenAI in 2015.", "public apology from inside the board. …".
 *
 * What the value counts is the caption's head: its first clause, read up to the first stop
 * (a sentence end, a colon, a semicolon, a dash, ", which/who/that"), never the caption's later
 * sentences, which go on to other things. A count's caption that opens on a short noun phrase
 * before a preposition ("public apology from inside the board", "new directors on the slimmed-down
 * board") counts that phrase's noun, whatever the rest of the clause names.
 */

/** The first clause of a caption: up to a sentence end, a colon or semicolon, a dash, or a relative clause. */
const HEAD_STOP = /[.!?;:](?=\s|$)|\s[—–]\s|\s-\s|,\s+(?:which|who|whom|that|whose|while|and|but)\b/u;
/** The longest head read: a caption's first clause is a label, not prose. */
const HEAD_REACH = 160;

/** The caption's head: its first clause. */
export function captionHead(caption: string): string {
  const stop = HEAD_STOP.exec(caption);
  const head = stop ? caption.slice(0, stop.index) : caption;
  return head.length > HEAD_REACH ? head.slice(0, HEAD_REACH) : head;
}

/** A preposition right after a caption's opening noun phrase: "public apology from inside the board". */
const PREPOSITION_NEXT =
  /^\s+(?:on|from|inside|within|at|for|by|over|under|during|across|among|behind|in|out\s+of)\s/i;

/**
 * What a count's caption counts: its opening noun phrase where a modifier and a noun stand before a
 * preposition ("public apology from inside the board", "new directors on the slimmed-down board"),
 * else its head ("directors decided to remove Altman", "employees at the firm who signed").
 */
export function countedPhrase(caption: string): string {
  const head = captionHead(caption);
  const phrase = openingNounPhrase(head);
  if (!phrase || !phrase.includes(' ')) return head;
  const at = head.indexOf(phrase) + phrase.length;
  return PREPOSITION_NEXT.test(head.slice(at)) ? head.slice(0, at) : head;
}

/** "38" | "years since the rival was founded", "12" | "days after the firing": time elapsed, no one's count. */
const ELAPSED =
  /^[^\p{L}]*(?:years|months|weeks|days|hours|minutes)\s+(?:since|ago|after|before|until|from|between|to\s+go)\b/iu;
export const countsElapsedTime = (caption: string) => ELAPSED.test(caption);

/**
 * The caption runs on from its value in lower case and ends as a sentence does ("4" | "directors
 * decided to remove Altman.", "770" | "roughly how many people OpenAI employs."): it is that value's
 * own. A table's note cell after its value ("early morning list", "several thousand") ends bare.
 */
export const runsOnFromValue = (caption: string) =>
  /^[^\p{L}\p{N}]*\p{Ll}/u.test(caption) && /[.!?]["'”’)]*\s*$/u.test(caption);

/**
 * The hedge or ceiling a caption opens with, which its bare value takes: "roughly how many people
 * OpenAI employs", "about the number of staff who…", "some of the", "the most seats the new board is
 * expected to have", "the maximum number of directors", "at least how many…".
 */
const CAPTION_HEDGE =
  /^[^\p{L}]*(?:(roughly|about|around|approximately|an\s+estimate\s+of|estimated|some|nearly|almost|more\s+than|over|at\s+least|up\s+to)\s+(?:how\s+(?:many|much)|the\s+(?:number|count|total|size|share|amount|sum|tally)\b)|((?:the\s+)?(?:most|maximum|largest\s+number\s+of|highest\s+number\s+of|biggest|max(?:imum)?\s+number\s+of)\s+\p{L}))/iu;
const HEDGES: Record<string, Qualifier> = {
  roughly: 'about',
  about: 'about',
  around: 'about',
  approximately: 'about',
  'an estimate of': 'about',
  estimated: 'about',
  some: 'about',
  nearly: 'nearly',
  almost: 'nearly',
  'more than': 'more-than',
  over: 'more-than',
  'at least': 'at-least',
  'up to': 'up-to',
};

/** The qualifier a caption's hedge or ceiling gives its value, or undefined. */
export function captionHedge(caption: string): Qualifier | undefined {
  const m = CAPTION_HEDGE.exec(caption);
  if (!m) return undefined;
  if (m[2]) return 'up-to';
  return HEDGES[m[1]!.toLowerCase().replace(/\s+/g, ' ')];
}

/**
 * A caption or label that is a person's age: "Altman's age", "Age of Sam Altman", "Altman's age
 * when he was fired". Returns where the holder's name must sit: right before "'s age" or right after
 * "age of". The caller checks that a person's name is there.
 */
const AGE_OF_POSSESSOR = /^[^\p{L}]*([\p{Lu}][\p{L}'’ .-]{0,40}?)['’]s?\s+age\b/u;
const AGE_OF_NAMED = /^[^\p{L}]*(?:the\s+)?age\s+of\s+([\p{Lu}][\p{L}'’ .-]{0,40})/iu;

/** The span of the age holder's name in a caption that is an age, or undefined. */
export function ageHolderSpan(caption: string): { start: number; end: number } | undefined {
  const m = AGE_OF_POSSESSOR.exec(caption) ?? AGE_OF_NAMED.exec(caption);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.trimEnd().length };
}

/** Words that end a caption's opening noun phrase: a preposition, a determiner, a relative, an auxiliary. */
const PHRASE_ENDS = new Set(
  'on from inside within at for by over under during across among behind in of to into out since until after before than the a an his her its their this that these those who which whom whose is are was were be been has have had will would could may might can should did do does and or but as while when where'.split(
    ' ',
  ),
);
/** How many words a caption's opening noun phrase may have ("new non-executive board directors"). */
const PHRASE_WORDS = 4;

/**
 * The noun phrase a count's caption opens with, what the value counts: "public apology" of "public
 * apology from inside the board", "lawsuits" of "lawsuits filed against…", "days" of "days the saga
 * lasted", "employees" of "employees signed a letter". Undefined where the caption opens otherwise.
 */
export function openingNounPhrase(caption: string): string | undefined {
  const words = /^[^\p{L}]*((?:[\p{L}'’-]+\s+){0,7}[\p{L}'’-]+)/u.exec(caption)?.[1]?.split(/\s+/) ?? [];
  const phrase: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (PHRASE_ENDS.has(lower) || (phrase.length && (/ed$/.test(lower) || isIrregularPast(lower)))) break;
    phrase.push(word);
    if (phrase.length > PHRASE_WORDS) return undefined;
  }
  return phrase.length ? phrase.join(' ') : undefined;
}

/**
 * A caption that opens on a measure's owner and noun, not a sentence: "Microsoft's reported investment
 * in OpenAI", "OpenAI's valuation", "Staff headcount at the company". Read whatever its length.
 */
const MEASURE_OPENS =
  /^[^\p{L}]*\p{Lu}[\p{L}.&-]*['’]s?\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:\s+(?:in|of|on|at|for|to)\s|\s*$)/u;

/**
 * What a value's caption block says it counts, as a lead block: the cues and names of its head
 * (countedPhrase for a count, captionHead else). A caption longer than a label is read where it runs
 * on from its value or opens on a measure's noun; a long block of prose that does neither is no caption.
 */
export function captionBlock(
  matcher: Matcher,
  caption: string,
  names: NameHit[],
  count: boolean,
): LeadBlock | undefined {
  const head = count ? countedPhrase(caption) : captionHead(caption);
  if (caption.length > SHORT_BLOCK && !runsOnFromValue(caption) && !MEASURE_OPENS.test(head))
    return undefined;
  // "12" | "days the saga lasted…", "1" | "public apology from inside the board": a count's caption that
  // runs on with a noun no topic counts says what the value counts, whatever the rest of it names.
  const noun = count && runsOnFromValue(caption) ? openingNounPhrase(caption) : undefined;
  if ((noun && !leadBlockOf(matcher, noun, [])!.cues.length) || (count && countsElapsedTime(caption)))
    return leadBlockOf(matcher, noun ?? '', []);
  return leadBlockOf(
    matcher,
    head,
    names.filter((n) => n.end <= head.length),
  );
}

/** The person a caption that is an age is about: the name where ageHolderSpan puts it. */
export function ageCaptionHolder(
  caption: string,
  names: NameHit[],
  isPerson: (id: string) => boolean,
): string | undefined {
  const span = ageHolderSpan(caption);
  if (!span) return undefined;
  return names.find(
    (n) =>
      isPerson(n.entityId) &&
      n.start >= span.start &&
      n.end <= span.end &&
      (n.end === span.end || n.start === span.start),
  )?.entityId;
}
