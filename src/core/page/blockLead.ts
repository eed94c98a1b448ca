import { optionsStart } from './optionLine.ts';
import { boxAfter, type KeyNumberBox } from './keyNumberBox.ts';
import { findCues, type CueHit, type FigureClaimHit } from '../claims/detectFigureClaims.ts';
import { isDateCell } from '../claims/figurePeriod.ts';
import type { Matcher } from '../match/compileMatcher.ts';
import type { NameHit } from '../match/findNames.ts';
import { isLabel, isBodyParagraph, railAfter, type Rail } from './railContext.ts';
import { protagonistAfter, type PageProtagonist } from './pageProtagonist.ts';
import { lastLongAfter, type LastLong } from './turnCarry.ts';
import { recentAfter, subjectAfter, type CarriedSubject } from '../claims/structuralSubject.ts';

/**
 * What a block leaves for the blocks after it (BlockScan.lead), gathered in
 * phase 1 from its names and cue words: a table's caption and column heads for
 * the figures in its cells, a <dt>'s name for its <dd>, and who was named last
 * for a "he" or "the pair" several blocks on.
 */
export interface BlockLead {
  /**
   * The short blocks since the last long one that name a cue or an entity,
   * nearest last: a table's caption and column heads, a list's heading, the
   * cells of a row. A figure standing alone in a cell takes its topic from them.
   */
  blocks: LeadBlock[];
  /** The block itself where it is short, cues or not: the label right before a figure standing alone (a <dt> before its <dd>). */
  own?: LeadBlock;
  /** The entities the block names (any length): a block next to one that names the story is about it too. */
  entities: string[];
  /** The block is only a person's name (a <dt>, a row header): whom the block after it describes. */
  person?: string;
  /** `person` is the block's own name label, or a cell under it: the line after it may pass it on. */
  named?: true;
  /**
   * How many cells stand between the block and its name label. After more than one (an infobox's rows)
   * the person is only another cell's ("Interim CEO of OpenAI"); a sentence there is past the box.
   */
  cells?: number;
  /** The person a heading a few blocks above is about, carried to the fragments under it (structuralSubject.ts). */
  subject?: CarriedSubject;
  /** The people the page named last, a mention each: whom a career timeline is about (structuralSubject.ts). */
  recent?: string[];
  /** The last person named in this block or any before it. */
  lastPerson?: string;
  /** The person the page is about so far (pageProtagonist.ts): what "he" several blocks on may mean besides `lastPerson`. */
  protagonist?: PageProtagonist;
  /** The people of the last block that named two or more ("the pair" further on). */
  lastPair?: string[];
  /** The entities of the last block that named any, this one or before: whom "its" further on stands for. */
  lastNamed?: string[];
  /** The counts the page has tied to a topic so far, nearest last: "one of the four" further on is one of them. */
  counted?: Counted[];
  /** A rail of links or a reference list runs past this block: the blocks after it state no claim (railContext.ts). */
  furnitureRail?: Rail;
  /** A prose block (an article's body) stood at or above this block: a links heading below it heads a sidebar (railContext.ts). */
  bodySeen?: true;
  /** A key-numbers box runs through this block: which side of its values the labels sit on (keyNumberBox.ts). */
  box?: KeyNumberBox;
  /** The last long block, while only short blocks with no cue came after it (turnCarry.ts). */
  lastLong?: LastLong;
  /**
   * The last short block of words, this one or before it with only value and date cells since: the
   * header cell of a table's row for the values along it ("Apple Inc." | "AAPL" | "191.31" | "+0.35%").
   */
  rowHead?: LeadBlock;
  /** The money claim just before: what a conversion standing alone in the next block converts (currencyConversion.ts). */
  money?: FigureClaimHit;
}

/** A count of people tied to a topic ("a board of four"). */
export interface Counted {
  value: number;
  claimId: string;
}

/** A cell that holds only a value: digits and signs, with at most a unit's few letters ("+4.78", "$77.10", "650m", "4.41%"). */
const VALUE_CELL = /^(?=[^]*\p{N})[^\p{L}]*(?:\p{L}{1,3}[^\p{L}]*)?$/u;

/** How many counts a lead remembers. */
const COUNTED = 12;

export interface LeadBlock {
  cues: string[];
  entities: string[];
  /** The block names only a group ("Total OpenAI staff", "Employees"): a figure under it is the group's total. */
  total?: true;
  /** The block asks how many ("How many chief executives…?"): figures below it are its answers, counting only what it names. */
  asks?: true;
  /**
   * The block asks something that is no quantity ("What does a board do?", "Did Altman end up at
   * Microsoft?"): what stands below it answers that, so a number there counts nothing the question names.
   */
  asksOther?: true;
  /** The block is only a date (a table row's date cell), kept as written: the figures of its row are of that day. */
  date?: string;
  /** The block heads a rail of links ("Most read", "Related"): numbers below it rank the links, and headings above it are another part's. */
  rail?: true;
  /** The block is a label of a few words and no number ("Days until the return"): what the figure after it counts. */
  label?: true; /** The block's own words, for a topic's required and excluded words ("Seats the new board could grow to" | "9"). */
  text?: string;
}

/** A block this short is a heading, a caption, a cell or a label, not prose. */
export const SHORT_BLOCK = 160;
/** How many short blocks a lead remembers (a table's caption stays in reach over its rows). */
const LEAD_BLOCKS = 24;
/** "Bret Taylor (chair)": a label may add a few words to the name. */
const LABEL_EXTRA = /^[\s,;:()[\]–—-]*(?:\([^)]{0,30}\))?[\s,;:.–—-]*$/;

/**
 * The cue keys and entities of a short block, or undefined for a long one. `cues` are the block's
 * cue words where the caller has found them already (findCues over the whole block).
 */
export function leadBlockOf(
  matcher: Matcher,
  text: string,
  names: NameHit[],
  cues?: CueHit[],
): LeadBlock | undefined {
  if (text.length > SHORT_BLOCK) return undefined;
  return {
    cues: [...new Set((cues ?? findCues(matcher, text, { start: 0, end: text.length })).map((c) => c.key))],
    entities: [...new Set(names.map((n) => n.entityId))],
    ...(TOTAL_LABEL.test(text) ? { total: true as const } : {}),
    ...(ASKS_HOW_MANY.test(text.slice(0, optionsStart(text)))
      ? { asks: true as const }
      : ASKS_NO_QUANTITY.test(text.slice(0, optionsStart(text)))
        ? { asksOther: true as const }
        : {}),
    ...(isDateCell(text) ? { date: text } : {}),
    ...(RAIL_HEADING.test(text) ? { rail: true as const } : {}),
    ...(WORDED_LABEL.test(text) ? { label: true as const } : {}),
    text,
  };
}

/** Three words or more and no digit: a label, not a value or a date cell. */
const WORDED_LABEL = /^(?=\D*$)\P{L}*\p{L}[\p{L}'’-]*(?:\P{L}+\p{L}[\p{L}'’-]*){2,}\P{L}*$/u;

/** The headings of a page's rails of links. */
const RAIL_HEADING =
  /^\W*(?:most\s+(?:read|popular|viewed|shared|watched|commented)|trending(?:\s+now)?|popular(?:\s+now)?|top\s+stories|related(?:\s+(?:stories|articles|coverage|reading))?|read\s+(?:next|more)|more\s+(?:from|on|stories|news)\b.*|recommended(?:\s+for\s+you)?|you\s+may\s+(?:also\s+)?like|editor['’]s\s+picks?|latest(?:\s+news)?)\W*$/i;

/** A label that is only a group's noun, with its organisation or "total" ("Total OpenAI staff", "Headcount:"). */
const TOTAL_LABEL =
  /^\W*(?:(?:total|all|whole|entire|the|its)\s+)*(?:[A-Z][\w'’]*\s+)?(?:total\s+)?(?:staff|employees|staffers|workforce|headcount|people|employees in total)\s*:?\s*$/i;

/**
 * A line under a name label that is no sentence ("Chief executive, with one interruption",
 * "November 17, 2023", "Co-founder · 2015–"): a role, a date or a kicker, so the block after it
 * still describes the person above.
 */
const SUBTITLE = /^(?![^]*[.!?]$)[^!?:;]{1,60}$/;
/** A short line that is no sentence: a subtitle, a cell of a box. */
export const isCell = (text: string) => SUBTITLE.test(text.trim());

/** A row of a fact box: a short field name and a colon ("Age: 38", "What happened: …"). */
export const FIELD_ROW = /^\s*\p{Lu}[\p{L}'’ -]{0,20}:\s/u;

/** The block asks how many, the question ending it or followed by its options ("…how many signatures? (a) 49 (b) 490"). */
const ASKS_HOW_MANY = /\bhow\s+(?:many|much)\b[^?]*\?\W*$/i;

/**
 * The block is a question that asks for no quantity: it ends in a question mark and names no measure
 * (how many, how big, what size, a share, a figure). "Who signed it?" may be answered by a count, so a
 * question opening with "who" is not one.
 */
const ASKS_NO_QUANTITY =
  /^(?![^]*\b(?:how\s+(?:many|much|big|large|long|old|high|far)|size|number|count|total|tally|figure|share|percentage|proportion|worth|valu(?:e|ed|ation)|age)\b)(?!\W*who\b)[^?]*\?\W*$/i;

/** What a block leaves for the blocks after it, given what the block before left. */
export function leadAfter(
  matcher: Matcher,
  text: string,
  names: NameHit[],
  previous: BlockLead | undefined,
  counts: Counted[] = [],
  /** The block's cue words, where the caller has found them already (findCues over the whole block). */
  cues?: CueHit[],
): BlockLead {
  const own = leadBlockOf(matcher, text, names, cues);
  const blocks = own
    ? [
        ...(previous?.blocks ?? []),
        ...(own.cues.length || own.entities.length || own.asks || own.asksOther || own.date || own.rail
          ? [own]
          : []),
      ].slice(-LEAD_BLOCKS)
    : [];
  const people = names.filter((n) => matcher.entities.get(n.entityId)?.kind === 'person');
  const label =
    text.length <= SHORT_BLOCK &&
    people.length === 1 &&
    names.length === 1 &&
    LABEL_EXTRA.test(text.slice(0, people[0]!.start) + text.slice(people[0]!.end))
      ? people[0]!.entityId
      : undefined;
  // A fact box's rows under a name ("Role: …", "What happened: …") go on describing that person.
  // So do the lines right under the name that are no sentences and name no other person: a subtitle,
  // or an infobox's cells one by one ("Occupation" | "Technology executive" | "Known for" |
  // "Co-founding Twitch" | "Interim chief executive officer of OpenAI").
  const cell = !!previous?.named && !people.length && isCell(text);
  const person = label ?? (previous?.person && (FIELD_ROW.test(text) || cell) ? previous.person : undefined);
  const distinct = [...new Set(people.map((n) => n.entityId))];
  const subject = subjectAfter(matcher, text, names, previous?.subject);
  const recent = recentAfter(matcher, names, previous?.recent);
  const lastPerson = people.at(-1)?.entityId ?? previous?.lastPerson;
  const protagonist = protagonistAfter(matcher, names, previous?.protagonist);
  const lastPair = distinct.length >= 2 ? distinct : previous?.lastPair;
  const lastNamed = names.length ? [...new Set(names.map((n) => n.entityId))] : previous?.lastNamed;
  const counted = counts.length
    ? [...(previous?.counted ?? []), ...counts].slice(-COUNTED)
    : previous?.counted;
  const bodySeen = previous?.bodySeen === true || isBodyParagraph(text);
  const rail = railAfter(
    text,
    previous?.furnitureRail,
    previous?.own ? isLabel(previous.own.text ?? '') : false,
    previous?.bodySeen === true,
  );
  const box = own ? boxAfter(previous?.box, text) : undefined;
  const lastLong = lastLongAfter(text, own, previous?.lastLong);
  // A row's values and its date cell leave its header cell in place; any other short block is the next row's head.
  const rowHead = own && (own.date !== undefined || VALUE_CELL.test(text.trim())) ? previous?.rowHead : own;
  return {
    blocks,
    ...(own ? { own } : {}),
    ...(box ? { box } : {}),
    entities: [...new Set(names.map((n) => n.entityId))],
    ...(person ? { person } : {}),
    ...(label || cell ? { named: true as const } : {}),
    ...(cell ? { cells: (previous?.cells ?? 0) + 1 } : {}),
    ...(subject ? { subject } : {}),
    ...(recent.length ? { recent } : {}),
    ...(lastPerson ? { lastPerson } : {}),
    ...(protagonist ? { protagonist } : {}),
    ...(lastPair ? { lastPair } : {}),
    ...(lastNamed ? { lastNamed } : {}),
    ...(counted ? { counted } : {}),
    ...(rail ? { furnitureRail: rail } : {}),
    ...(bodySeen ? { bodySeen: true as const } : {}),
    ...(lastLong ? { lastLong } : {}),
    ...(rowHead ? { rowHead } : {}),
  };
}
