import { eachMatch } from '../text/eachMatch.ts';
import type { Matcher } from '../match/compileMatcher.ts';
import type { NameHit } from '../match/findNames.ts';
import type { PageFigure } from '../figures/parseFigure.ts';
import { rowLabelCell } from './rowCells.ts';
import { namesReportPart } from './reportPartLabel.ts';
import { placeOwners } from './organisationEpithets.ts';

/**
 * A fact box's line, "label: value" or "value: label" ("Staff who signed: 505",
 * "28: countries at the summit"): the label says what the value counts, as a
 * noun after it would. Its first word that is not a name, an owner or a word
 * like "total" is that noun; where no topic counts it ("Days since the
 * firing: 3"), the value is no claim, whatever the blocks around it say.
 */
export interface FigureLabel {
  /** Where the label's words are in the block. */
  start: number;
  end: number;
  /** The label's head ("directors", "share"), lowercase. */
  head: string;
  /** Some topic counts what the head names. */
  topical: boolean;
  /** The organisation whose possessive opens the label ("Microsoft's share of…"). */
  owner?: string;
  /** The label names only a group, maybe with its organisation ("People employed at OpenAI"): the value is its total. */
  total: boolean;
  /** The cue the head is without its preposition ("holding" for "holding in"), where in the block. */
  bareCue?: { key: string; start: number; end: number };
}

/**
 * The whole block is "label: value", with at most a note in brackets after the value ("$13bn (reported)") or
 * the whole the value is a part of ("four, out of a six-member board").
 */
const LABEL_BEFORE = /^[\s•*–—-]*([^.!?:\n]{2,100}?)\s*:\s*$/;
const VALUE_ENDS =
  /^\s*(?:\([^)]{0,40}\)|,?\s+(?:out\s+of|of)\s+(?:a|an|the|its)\s+[^.!?:;()]{1,40})?\s*\.?\s*$/;
/**
 * A label set off inside a line by brackets or a separator: "(headcount: roughly 770)", "— signatures: 505 ·",
 * "| OpenAI employees: ~770]". Its value closes the bracket or runs to the next separator; a label is a few
 * words with no clause of its own.
 */
const INLINE_LABEL_BEFORE = /(?:[([]|[·•|]|\s[—–]\s|\s-\s)\s*([^.!?:;()[\]·•|\n—–]{2,40}?)\s*:\s*$/u;
const INLINE_VALUE_ENDS = /^\s*(?:\([^)]{0,40}\)\s*)?(?:[)\]·•|]|\s[—–]\s|\s-\s|[.;](?:\s|$)|\s*$)/u;
/** …or "value: label". */
const VALUE_OPENS = /^[\s•*–—-]*$/;
const LABEL_AFTER = /^\s*:\s*([^:\n]{2,160}?)\s*\.?\s*$/;
/** Words before a label's head that say nothing of what is counted. */
const TRANSPARENT = new Set([
  ...['the', 'a', 'an', 'its', 'their', 'our', 'total', 'number', 'count', 'of', 'all', 'overall'],
  ...['current', 'reported', 'estimated', 'approximate', 'approx', 'full-time', 'latest'],
]);
/**
 * "Maximum size of the expanded board now being planned", "Cap on board seats", "Target number of
 * directors", "Planned ceiling for the board", "Upper limit on seats": a size, a cap or a number OF the
 * thing the label counts, maybe with its qualifiers; the head is the thing after the preposition.
 */
const SIZE_OF =
  /^\W*(?:(?:the|a|an|its|their)\s+)?(?:(?:maximum|minimum|max\.?|min\.?|target|planned|proposed|expected|eventual|final|upper|lower|projected|intended|agreed|new|current|total|overall)\s+)*(?:size|number|count|cap|limit|ceiling|total|tally|headcount)\s+(?:of|on|for)\s+/i;
/** "Roughly how many people OpenAI employed: about 770", "How much Microsoft put in: $13bn": the head is what is asked after. */
const HOW_MANY =
  /^\W*(?:(?:roughly|about|around|approximately|nearly|almost|some)\s+)?how\s+(?:many|much)\s+/i;
/** An adverb ("genuinely", "truly"), which qualifies the words after it. */
const ADVERB = /^\p{L}{3,}ly$/u;
/** Some topic's cue opens with the word ("newly" in "newly appointed"). */
const cueOpens = (matcher: Matcher, word: string) =>
  matcher.figureClaims.some((c) =>
    (matcher.cueKeys.get(c.id) ?? []).some((cue) => cue.split(' ')[0] === word),
  );
/** A year ("2025"), which dates a label's value. */
const YEAR = /^(?:19|20)\d\d$/;
/** A cue's preposition after its noun ("holding in", "stake in", "backing of"), which a label leaves out. */
const HEAD_PREPOSITION = /(?<=\p{L}{3})\s+(?:in|of|into)$/u;
/** A cue followed by more of its word ("member" in "membership") is not that cue. */
const WORD_GOES_ON = /^[\p{L}\p{N}'’-]/u;
/** Nouns that count people in general or a topic's group, besides the topics' cues. */
const COUNTING_NOUNS = new Set([
  ...['people', 'persons', 'individuals', 'employees', 'employee', 'staff', 'staffers', 'workers'],
  ...['workforce', 'signatories', 'signatures', 'signees', 'signers', 'names', 'directors'],
  ...['members', 'board', 'seats', 'founders', 'co-founders', 'cofounders'],
]);
/** "People employed at OpenAI", "OpenAI employees in total", "Total staff": a group with nothing that narrows it. */
const TOTAL_LABEL =
  /^(?:(?:[Tt]otal|[Aa]ll)\s+)?(?:\p{Lu}[\p{L}\p{N}'’.&-]*\s+)?(?:[Tt]otal\s+)?(?:[Pp]eople|[Ss]taff|[Ee]mployees|[Ss]taffers|[Ww]orkers|[Ww]orkforce|[Hh]eadcount)(?:\s+(?:employed|working|on\s+the\s+payroll))?(?:\s+(?:at|by|of|in)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*)?(?:\s+(?:in\s+total|overall|total|all\s+told))?$/u;

/** The label of a figure that is a fact box line's whole value, if it is one. */
export function figureLabel(
  matcher: Matcher,
  text: string,
  figure: PageFigure,
  names: NameHit[],
): FigureLabel | undefined {
  let start: number;
  let end: number;
  const before = LABEL_BEFORE.exec(text.slice(0, figure.start));
  // "Headcount | 700-plus | Nov 2023": a row's first cell labels its second (rowCells.ts).
  const cell = before ? undefined : rowLabelCell(text, figure.start, figure.end);
  const wholeBlock = before !== null && VALUE_ENDS.test(text.slice(figure.end));
  // "(headcount: roughly 770)": a label inside the line, read only where no whole-block label or row cell is.
  const inline = wholeBlock || cell ? null : INLINE_LABEL_BEFORE.exec(text.slice(0, figure.start));
  if (wholeBlock) {
    start = before.index + before[0].indexOf(before[1]!);
    end = start + before[1]!.length;
  } else if (cell) {
    ({ start, end } = cell);
  } else if (inline && INLINE_VALUE_ENDS.test(text.slice(figure.end))) {
    start = inline.index + inline[0].lastIndexOf(inline[1]!);
    end = start + inline[1]!.length;
  } else {
    const after = LABEL_AFTER.exec(text.slice(figure.end));
    if (!after || !VALUE_OPENS.test(text.slice(0, figure.start))) return undefined;
    start = figure.end + after[0].indexOf(after[1]!);
    end = start + after[1]!.length;
  }
  const label = text.slice(start, end);
  // "Body of the story: 490", "Headline: 505": the label says where the value was given, not what it
  // counts; the value is read as a bare cell, under its table's heading.
  if (namesReportPart(label)) return undefined;
  let owner: string | undefined;
  let head: { word: string; at: number } | undefined;
  // "Maximum size of the expanded board", "Roughly how many people…": the head is past a size's or a question's words.
  const past = (SIZE_OF.exec(label) ?? HOW_MANY.exec(label))?.[0].length ?? 0;
  for (const m of eachMatch(/[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu, label)) {
    if (m.index < past) continue;
    const at = start + m.index;
    const name = names.find((n) => n.start <= at && at < n.end);
    if (name) {
      // "Microsoft's share": the possessive makes the value the organisation's.
      if (
        /^['’]s\b/.test(text.slice(name.end, name.end + 3)) &&
        matcher.entities.get(name.entityId)?.kind === 'organisation'
      )
        owner ??= name.entityId;
      continue;
    }
    const word = m[0].toLowerCase().replace(/['’]s$/, '');
    // A possessive of a name the dataset does not know ("Apple's share") is an owner all the same; a place
    // a story organisation's epithets name it by ("Redmond's stake") is that organisation.
    if (/['’]s$/.test(m[0]) && /^\p{Lu}/u.test(m[0])) {
      owner ??= placeOwners(matcher).get(m[0].replace(/['’]s$/, '')) ?? '';
      continue;
    }
    // "2025 exits: 12 or more": a year in a label dates its value; it is not what is counted.
    if (TRANSPARENT.has(word) || YEAR.test(word)) continue;
    // "Genuinely new directors on the board: two": an adverb says how, the words after it what is counted.
    if (ADVERB.test(word) && !cueOpens(matcher, word)) continue;
    head = { word, at };
    break;
  }
  if (!head) return undefined;
  const rest = text.slice(head.at, end).toLowerCase();
  let bareCue: FigureLabel['bareCue'];
  const topical =
    COUNTING_NOUNS.has(head.word) ||
    matcher.figureClaims.some((c) =>
      // "MSFT premarket, 22 Nov: +1.0%": the head's cue may be followed by a comma and a date.
      (matcher.cueKeys.get(c.id) ?? []).some((cue) => {
        if (rest.startsWith(cue) && !WORD_GOES_ON.test(rest.slice(cue.length))) return true;
        // "Microsoft holding: 49%": a label drops a cue's preposition ("holding in").
        const bare = cue.replace(HEAD_PREPOSITION, '');
        if (bare === cue || !rest.startsWith(bare) || WORD_GOES_ON.test(rest.slice(bare.length)))
          return false;
        bareCue = { key: cue, start: head.at, end: head.at + bare.length };
        return true;
      }),
    );
  return {
    start,
    end,
    head: head.word,
    topical,
    ...(owner !== undefined ? { owner } : {}),
    total: TOTAL_LABEL.test(label.trim()),
    ...(bareCue ? { bareCue } : {}),
  };
}
