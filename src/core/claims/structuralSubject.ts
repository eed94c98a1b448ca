import type { Matcher } from '../match/compileMatcher.ts';
import type { NameHit } from '../match/findNames.ts';
import { SUBJECT_OPENERS } from './readReferences.ts';
import type { BlockLead } from '../page/blockLead.ts';

/**
 * Pages put the subject in one place and the act in another: a headline or a
 * timeline entry names the person ("Nov 20 — Greg Brockman", "How Sam Altman
 * survived"), and the dek, the card's lines or the entry's text go on without
 * one ("Quit as president hours after the vote."). The person a heading is
 * about is the structural subject of the few blocks after it that name no one
 * else; a block may also open with the name as a sentence of its own ("Ilya.
 * Chief scientist, co-founder…"). A fragment without a subject there is that
 * person's (detectStatements' `labelled`), never across another person named
 * between, a new heading or more than a few blocks.
 */
export interface CarriedSubject {
  person: string;
  /** How many blocks after the heading it has been carried over. */
  blocks: number;
}

/** Where a fragment may take a block's structural subject: from `from` up to `until` (character offsets). */
export interface SubjectReach {
  person: string;
  from: number;
  until: number;
}

/** A heading reaches the lines of its card or entry, not the article below it. */
const CARRIED_BLOCKS = 4;
/** A heading, a card title, a timeline entry: short. */
const HEADING_CHARS = 160;
/**
 * What may stand before the name where the heading is about them: nothing, a kicker or a time
 * and a mark ("Nov 20 — ", "EXCLUSIVE: ", "9:40am | "), a fronted adverbial of time or
 * circumstance set off by a comma ("After five days of chaos, ", "Days after his ouster, ",
 * "In a stunning reversal, ", "Amid the turmoil, "), and a question word ("How", "Why").
 */
const BEFORE_SUBJECT =
  /^(?:[^]*[:—–|·•]\s*)?(?:(?:\p{L}+\s+){0,2}(?:after|following|amid|despite|within|since|before|in|on|at|over|barely|just)\s[^,:;—–|.!?"“”]{1,40},\s*)?(?:(?:how|why|when|where|what|inside|meet|exclusive|profile)\s+)?$/iu;
/** After the name, the heading goes on about them ("survived", "'s return", ", co-founder", "— "), not "and the board". */
const AFTER_SUBJECT = /^(?!\s+(?:and|or|vs?\.?|versus|&)\s)(?:\s*$|['’]s\s|\s*[,:—–|(]|\s+\p{L})/u;
/**
 * A heading of its own that names no one: a new part begins. A few words without a full stop that
 * open with a determiner or a question word ("The board", "What happens next"), one word
 * ("Timeline"), or words all capitalised ("Board Members"). Not a card's line ("Quit as president").
 */
const BARE_HEADING = [
  /^(?:the|a|an|this|these|our|its|what|why|how|who|where|when|more|other)\b[^.!?\d]{0,40}$/i,
  /^\p{L}+:?$/u,
  /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|the|in|at|on|to|for))*:?$/u,
];
/** "Ilya." or "Greg Brockman!" opening a block, after a transcript's speaker tag at most ("OYELARAN: "). */
const SPEAKER_TAG = /^\s*(?:\p{Lu}[\p{Lu} .'’-]{1,40}:\s*)?$/u;
const NAME_SENTENCE_END = /^\s*[.!]\s+(?=\p{Lu})/u;
/**
 * A row's or card's header: the name and what it is, as a sentence of its own ("Greg Brockman, 35.",
 * "Sam Altman (38).", "Ilya Sutskever, OpenAI co-founder."). The apposition is short and holds no verb:
 * "Greg Brockman, the president, was at his desk." is a sentence about him, not his row's header.
 */
const NAME_APPOSITION_END = /^(?:\s*,\s*[^,.!?;:()]{1,40}|\s*\([^()]{1,30}\))\s*[.!]\s+(?=\p{Lu})/u;
const APPOSITION_VERB = /\b(?:is|was|were|are|be|been|has|had|have|will|would|said|says|\p{L}+ed)\b/iu;

function isPerson(matcher: Matcher, id: string): boolean {
  return matcher.entities.get(id)?.kind === 'person';
}

/** The one person a short heading is about, where it names no other person and names them as its subject. */
function headingSubject(matcher: Matcher, text: string, names: NameHit[]): string | undefined {
  if (text.length > HEADING_CHARS) return undefined;
  const people = names.filter((n) => isPerson(matcher, n.entityId));
  const first = people[0];
  if (!first || people.some((n) => n.entityId !== first.entityId)) return undefined;
  // An organisation named before the person is the heading's subject ("Microsoft hires Altman").
  if (names[0] !== first) return undefined;
  if (!BEFORE_SUBJECT.test(text.slice(0, first.start))) return undefined;
  return AFTER_SUBJECT.test(text.slice(first.end)) ? first.entityId : undefined;
}

/** The structural subject a block leaves the blocks after it, given the one it was left. */
export function subjectAfter(
  matcher: Matcher,
  text: string,
  names: NameHit[],
  previous: CarriedSubject | undefined,
): CarriedSubject | undefined {
  const own = headingSubject(matcher, text, names);
  if (own) return { person: own, blocks: 0 };
  if (!previous || previous.blocks + 1 >= CARRIED_BLOCKS) return undefined;
  // A sentence with a subject of its own ends it ("The board met again on Sunday.", "He spoke…").
  const headless = opensHeadless(text, names);
  if (!headless && SENTENCE_END.test(text)) return undefined;
  // Any other entity named as a subject ends the card ("Mira Murati stayed."); named in a line that
  // opens without a subject, it is the act's object ("Voted to remove Altman"). So does a heading
  // of its own, and a long block (the article's prose).
  if (names.some((n) => n.entityId !== previous.person) && !headless) return undefined;
  // Right under the heading, a few words are its subtitle ("Co-founder", "Chief Scientist").
  const bare = previous.blocks > 0 && !names.length && BARE_HEADING.some((h) => h.test(text.trim()));
  if (text.length > HEADING_CHARS || bare) return undefined;
  return { person: previous.person, blocks: previous.blocks + 1 };
}

/**
 * Where a block's fragments may take a structural subject: the one its heading left it, over the
 * block up to the first other person it names; or the name the block opens with as a sentence of
 * its own, from the sentence after it.
 */
export function subjectReach(
  matcher: Matcher,
  text: string,
  names: NameHit[],
  carried: CarriedSubject | undefined,
): SubjectReach | undefined {
  let person = carried?.person;
  let from = 0;
  const first = names[0];
  if (first && isPerson(matcher, first.entityId) && SPEAKER_TAG.test(text.slice(0, first.start))) {
    const after = text.slice(first.end);
    const apposition = NAME_APPOSITION_END.exec(after);
    const end =
      NAME_SENTENCE_END.exec(after) ??
      (apposition && !APPOSITION_VERB.test(apposition[0]) ? apposition : null);
    if (end) {
      person = first.entityId;
      from = first.end + end[0].length;
    }
  }
  if (!person) return undefined;
  // Up to a sentence that opens with another person ("Mira Murati stayed. Quit…" is not hers to carry on).
  const other = names.find(
    (n) =>
      n.start >= from &&
      n.entityId !== person &&
      isPerson(matcher, n.entityId) &&
      SENTENCE_START.test(text.slice(Math.max(0, n.start - 3), n.start)),
  );
  return { person, from, until: other?.start ?? text.length };
}

/** Before a name that opens a sentence: the block's start or a sentence's end, and a quotation mark at most. */
const SENTENCE_START = /(?:^|[.!?]["”’)]?\s+|^\s*["“‘])$/u;
const SENTENCE_END = /[.!?]["”’)]*\s*$/u;
const FIRST_WORD = /^\W*(\p{Lu}[\p{L}'’-]*)/u;

/** The block opens with a capitalised word that is neither a name nor a subject ("Voted to remove Altman"). */
function opensHeadless(text: string, names: NameHit[]): boolean {
  const word = FIRST_WORD.exec(text);
  if (!word || names.some((n) => n.start <= word.index + word[0].length - word[1]!.length)) return false;
  return !SUBJECT_OPENERS.has(word[1]!.toLowerCase());
}

/**
 * How many of the page's last mentions of people a timeline looks over for whom the page is about:
 * enough for a profile's own paragraphs to outweigh a list of colleagues, few enough that a block a
 * live page adds changes the leads of only the next few blocks.
 */
const RECENT_MENTIONS = 16;

/** The people the page named last, in order, a mention each (the same array where the block names no one). */
export function recentAfter(matcher: Matcher, names: NameHit[], previous: string[] | undefined): string[] {
  const people = names.filter((n) => isPerson(matcher, n.entityId)).map((n) => n.entityId);
  if (!people.length) return previous ?? [];
  return [...(previous ?? []), ...people].slice(-RECENT_MENTIONS);
}

/**
 * A line that opens with a verb of a timeline, in the present or the past ("Resigns as…", "Co-founds…",
 * "Loses the chair", "Returned as CEO formally", "Rejoined the company"), and holds one sentence.
 */
const TIMELINE_VERB = /^\p{Lu}[\p{Ll}-]*(?:[^\Ws]s|[^\Wd]ed)\b(?![\s\S]*[.!?]\s+\p{Lu})/u;

/** A timeline's date cell that gives no day: a year, a month and year, or a time ("2015", "Nov 2023", "9:40 pm"). */
const TIMELINE_DATE =
  /^\W*(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+)?(?:19|20)\d{2}|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)\W*$/i;

/**
 * "2015 | Co-founds OpenAI", "Nov 2023 | Loses the chair, then quits": an entry of a career timeline,
 * a date cell then a line in the present without a subject, is about the person the page is about —
 * the one it has named most of late — where that is also the last person it named.
 */
export function timelineSubject(text: string, lead: BlockLead | undefined): CarriedSubject | undefined {
  const dated = lead?.own?.date !== undefined || TIMELINE_DATE.test(lead?.own?.text ?? '');
  if (!lead || !dated || text.length > HEADING_CHARS || !TIMELINE_VERB.test(text)) return undefined;
  const last = lead.lastPerson;
  if (!last || !lead.recent) return undefined;
  const tally = new Map<string, number>();
  for (const id of lead.recent) tally.set(id, (tally.get(id) ?? 0) + 1);
  const most = Math.max(...tally.values());
  const leaders = [...tally.keys()].filter((id) => tally.get(id) === most);
  return leaders.length === 1 && leaders[0] === last ? { person: last, blocks: 0 } : undefined;
}

/** A headline without a subject ("Back in charge", "Quits in protest"): a line of a few words, no full stop. */
const HEADLESS_HEADLINE = /^[^.!?]{3,80}$/u;

/**
 * "Back in charge" over "Sam Altman returned to OpenAI on Wednesday…": a headline without a subject
 * whose dek, the block right after it, opens with a person as its subject is about that person.
 */
export function dekSubject(
  matcher: Matcher,
  text: string,
  names: NameHit[],
  next: { text: string; names: NameHit[] } | undefined,
): CarriedSubject | undefined {
  if (!next || names.some((n) => isPerson(matcher, n.entityId))) return undefined;
  if (!HEADLESS_HEADLINE.test(text.trim()) || !opensHeadless(text, names)) return undefined;
  const first = next.names[0];
  if (!first || !isPerson(matcher, first.entityId) || next.text.slice(0, first.start).trim() !== '')
    return undefined;
  // The dek's subject, not an apposition's owner ("Sam Altman's board…").
  return /^['’]s\b/u.test(next.text.slice(first.end)) ? undefined : { person: first.entityId, blocks: 0 };
}

/** A line that opens with a past participle, set off by a comma or closing on it: "Fired on a Friday, back by Tuesday." */
const OPENING_PARTICIPLE = /^\W*\p{Lu}\p{Ll}+(?:ed|en|wn)\b[^.!?,]*,/u;

/**
 * "Fired on a Friday, back by Tuesday." as a comment or a caption on a page about Altman: a short line
 * that names no one and opens with a participle set off by a comma tells what befell the one the
 * page is about (pageProtagonist.ts), who fills the subject its fragments leave out.
 */
export function focusSubject(
  matcher: Matcher,
  text: string,
  names: NameHit[],
  lead: BlockLead | undefined,
): CarriedSubject | undefined {
  const focus = lead?.protagonist?.top;
  if (!focus || text.length > HEADING_CHARS || names.some((n) => isPerson(matcher, n.entityId)))
    return undefined;
  const opening = OPENING_PARTICIPLE.exec(text);
  if (!opening || !opensHeadless(text, names)) return undefined;
  // "Hired by Microsoft in 2019, the engineer later joined OpenAI.": the clause has a subject after the comma.
  const after = /^\s*["“]?(\p{L}[\p{L}'’-]*)/u.exec(text.slice(opening[0].length));
  if (after && (SUBJECT_OPENERS.has(after[1]!.toLowerCase()) || /^\p{Lu}/u.test(after[1]!))) return undefined;
  return { person: focus, blocks: 0 };
}
