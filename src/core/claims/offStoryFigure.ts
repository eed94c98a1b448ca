import type { ContentClaim } from '../dataset/schema.ts';
import type { PageFigure } from '../figures/parseFigure.ts';
import type { Span } from '../text/splitSentences.ts';
import { isMarketIndexFigure } from './marketIndexFigure.ts';
import { isListedCompanyWorth } from './listedCompanyWorth.ts';
import { sizesOtherOrganisation } from './otherOrganisationCount.ts';
import { eachMatch } from '../text/eachMatch.ts';

/*
 * Whose figure is this? A page's numbers that a topic's cue word stands near but that count another
 * group or another thing than any story topic: an organisation the story is not about ("a rival lab
 * lost at least 12 researchers"), the people in a room or an audience ("11 in person, 3 by video",
 * "at least thirty in my feed", "cooks for 40"), days rather than people ("500 ordinary Tuesdays"),
 * and "about" as a preposition rather than an approximation ("I was wrong about one").
 * And, once a topic is chosen, whether the figure's shape fits it: the whole a part is taken from
 * ("700 of some 770 employees") is a staff total, and a signed move ("+1.2%") is a change, not a level.
 */

/** Kinds of organisation a story's own company is not called by the story's pages. */
const OTHER_KIND =
  '(?:club|society|association|studio|school|university|college|charity|church|hospital|utility|water\\s+company|council|union|co-?op(?:erative)?|bakery|restaurant|cafe|café|brewery|farm|museum|library|orchestra|choir|league|franchise)';
/** Any organisation's noun. */
const ORGANISATION = `(?:company|firm|lab|laboratory|start-?up|developer|maker|business|agency|group|outfit|nonprofit|non-profit|bank|fund|rival|competitor|${OTHER_KIND})`;
/** A qualifier that sets an organisation apart from the story's: "a rival lab", "another company". */
const SET_APART = '(?:rival|competing|another|other|different|separate|unrelated|smaller|larger|bigger)';

/**
 * Before the figure, in its clause: an organisation set apart ("A rival lab said it lost…", "a nine-member
 * board at another company"), or the writer's own earlier workplace ("At my first company we had 3 board
 * seats"). Only when it is the count's subject: see OWNER_GAP_CROSSES.
 */
const SET_APART_OWNER = new RegExp(
  [
    `\\b(?:a|an|the|one|another)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?${SET_APART}\\s+(?:[\\p{L}'’-]+\\s+){0,2}?${ORGANISATION}s?\\b`,
    `\\banother\\s+(?:[\\p{L}'’-]+\\s+){0,2}?${ORGANISATION}\\b`,
    `\\b(?:my|our)\\s+(?:first|old|previous|last|former|earlier|own)\\s+(?:[\\p{L}'’-]+\\s+)?(?:company|firm|start-?up|employer|job|workplace|board|venture)\\b`,
  ].join('|'),
  'giu',
);
/**
 * One of a kind the story's is not, only as the possessor right before the count or its noun ("The club's
 * four-person board", "the university's board of nine", "the school board of nine"): a union that speaks, a
 * college spoken at, a school's audience own nothing counted after them.
 */
const OTHER_KIND_OWNER = new RegExp(
  `\\b(?:a|an|the|one)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?${OTHER_KIND}(?:['’]s)?(?:\\s+(?:board|staff|workforce|team|membership|members|committee|trustees|panel)\\s+of)?\\s*$`,
  'iu',
);
/**
 * Between the owner and the figure: a name (the story's own subject, "Unlike a rival lab, OpenAI lost 12")
 * or a new subject after a clause comma means the owner is not the count's ("I" is the writer).
 */
const OWNER_GAP_CROSSES =
  /\b(?!I\b)\p{Lu}|,\s*(?:he|she|they|we|you|it|the|this|that|its|his|her|their|our|my)\s/u;
/** A contrast sets the organisation beside the story's, not over the count: "Unlike a rival lab", "compared with another firm". */
const CONTRAST_BEFORE =
  /\b(?:unlike|compared\s+(?:with|to)|in\s+contrast\s+(?:with|to)|contrary\s+to|rather\s+than|instead\s+of|than|versus|vs\.?|not\s+(?:at|for))\s*$/i;

/** The words that, before the owner, make it the story's own company described ("OpenAI, a company of 770", "is a firm of 770"). */
const DESCRIBED_AS = /(?:,\s*|\b(?:is|was|remains|became|as|being|called|like)\s+)$/i;

/** An organisation set apart, or of another kind, owns the count that follows it. */
function ownedByOtherBefore(clauseBefore: string): boolean {
  const kind = OTHER_KIND_OWNER.exec(clauseBefore);
  if (kind && /['’]s|\sof\s*$/.test(kind[0])) return true;
  // Any owner in the clause whose count this is: "Another AI company, a smaller rival, has a board of nine".
  for (const owner of eachMatch(SET_APART_OWNER, clauseBefore)) {
    const before = clauseBefore.slice(0, owner.index);
    if (DESCRIBED_AS.test(before) || CONTRAST_BEFORE.test(before)) continue;
    if (!OWNER_GAP_CROSSES.test(clauseBefore.slice(owner.index + owner[0].length))) return true;
  }
  return false;
}

/** After the figure: "About 300 employees of a Seattle games studio", "a nine-member board at a rival lab" ("from" is a source, not an owner). */
const OTHER_OWNER_AFTER = new RegExp(
  `^[-\\s\\p{L}'’]{0,30}?\\b(?:of|at|in|for)\\s+(?:a|an|another|one)\\s+(?:[\\p{L}'’&-]+\\s+){0,3}?(?:${SET_APART}\\s+(?:[\\p{L}'’-]+\\s+){0,2}?${ORGANISATION}|${OTHER_KIND})s?\\b`,
  'iu',
);

/**
 * The words OTHER_OWNER_AFTER cannot match without (no other letter folds to theirs): most figures have
 * none after them, and the long pattern is costly to compile and to run.
 */
const OTHER_OWNER_WORDS = /(?:of|at|in|for)\s+(?:a|an|another|one)\s/i;

/**
 * A room's attendance: "14 of 17 members (11 in person, 3 by video)", "members present: 9", "a quorum of 5"
 * ("ten present and past staffers" are staff of two times, not a room's; "the board of four met by video" is the
 * board meeting, its own size).
 */
const ATTENDANCE_AFTER =
  /^\s*(?:(?:[\p{L}-]+s\s+)?(?:in\s+person|by\s+(?:video|phone|zoom|teams|proxy|telephone)|in\s+attendance)\b|(?:[\p{L}-]+\s+){0,2}?present(?![\p{L}-]|\s+(?:and|or|day)\b|\s*[/&]))/iu;
const ATTENDANCE_BEFORE =
  /(?:(?<!\bat\s)\b(?:present|attendance|attending|quorum(?:\s+of)?)\s*:?\s*(?:[\p{L}]+\s+)?$)|(?:\bpresent\s*:\s*[^.;]*$)/iu;

/** An audience or a capacity: "thirty in my feed", "40 followers", "cooks for 40", "seats 300", "a table for 12". */
const AUDIENCE_AFTER =
  /^\s+(?:(?:[\p{Ll}-]+\s+)?(?:followers|subscribers|readers|listeners|viewers|attendees|guests|diners|spectators|fans|passengers|pupils|patients)\b|in\s+(?:my|our|your|his|her|their)\s+(?:feed|timeline|inbox|mentions|replies|DMs|notifications|newsletter)\b)/u;
const CAPACITY_BEFORE =
  /\b(?:cooks?|cooking|cooked|caters?|catering|catered|serves?|sleeps?|seats?|seating|feeds?|feeding|fed)\s+(?:up\s+to\s+|for\s+|about\s+|around\s+)?$|\b(?:a\s+)?(?:table|dinner|room|space)\s+for\s+$/i;

/** Days, not people: "500 ordinary Tuesdays", "three Mondays", "two Novembers". */
const DAYS_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|weekdays|Januarys|Februarys|Marches|Aprils|Mays|Junes|Julys|Augusts|Septembers|Octobers|Novembers|Decembers|birthdays|anniversaries|summers|winters|springs|autumns)\b/u;

/**
 * "I was wrong about one", "worried about two of them": "about" that an adjective governs is a
 * preposition, and the number after it a pronoun with no noun ("wrong about 500 jobs" keeps its noun).
 */
const ABOUT_GOVERNED_BEFORE =
  /\b(?:wrong|right|sure|unsure|certain|worried|nervous|anxious|excited|curious|serious|honest|clear|mad|upset|happy|sad|careful|confused|concerned|mistaken|correct)\s+$/i;
const PRONOUN_AFTER = /^(?:\s*[,.;:!?)—–]|\s+of\s+(?:them|those|these|us|you)\b|\s*$)/;

/**
 * "I can't get 700 people to sign my birthday card", "we couldn't find 12 volunteers", "you cannot
 * persuade nine directors": what someone cannot bring about counts nobody ("only 12 couldn't get in" is
 * a count: the figure comes before the verb).
 */
const UNABLE_BEFORE =
  /\b(?:can['’]?t|cannot|can\s+not|couldn['’]?t|could\s+not|won['’]?t|wouldn['’]?t|never)\s+(?:even\s+|ever\s+)?(?:get|find|convince|persuade|gather|round\s+up|muster|rally|recruit|hire)\s+(?:even\s+)?$/i;

/**
 * A size band of many organisations, not one's headcount: "companies with fewer than 200 employees",
 * "firms with more than 250 staff", "businesses of 50 or more workers", "employers that employ over 1,000".
 * Only a plural: "a company with 770 employees" may be the story's own.
 */
const SIZE_CLASS_BEFORE =
  /\b(?:companies|firms|businesses|employers|organi[sz]ations|start-?ups|enterprises|SMEs|workplaces|outfits|labs|members)\s+(?:with|of|employing|having|that\s+(?:employ|have))\s+(?:(?:more|fewer|less)\s+than|over|under|up\s+to|at\s+least|at\s+most|between|about|around)?\s*$/i;
/**
 * The page's own parts, counted in its headline or its intro: "Six things founders should learn", "explained
 * in seven charts", "five lessons from the weekend", "10 key questions". No story topic counts them.
 */
const OWN_PARTS_AFTER =
  /^\s+(?:(?:big|key|main|simple|quick|hard|short|crucial|important|surprising|essential|basic|new|more|other)\s+)?(?:things|ways|lessons|takeaways|reasons|charts|graphs|graphics|maps|questions|answers|facts|moments|mistakes|tips|signs|quotes|points|myths|rules|steps|slides|numbers|stats|figures)\b/iu;
/**
 * A chart's own mark named by the number it draws: "the 700+ bar shows the lower bound", "the 505 column",
 * "the 12 dot": the legend tells how the chart is drawn; the chart's cell, not its legend, states the count.
 */
const CHART_MARK = {
  before: /\bthe\s*$/i,
  after: /^\s*(?:bar|column|slice|wedge|bubble|dot|marker|segment|line)s?\b/i,
};
const REACH = 80;

/** The figure counts a group or a thing no story topic is about (read before a topic is chosen). */
export function countsOffStory(text: string, figure: PageFigure, span: Span): boolean {
  if (figure.isAge) return false;
  const clauseBefore = text.slice(Math.max(span.start, figure.start - REACH), figure.start);
  const after = text.slice(figure.end, Math.min(span.end, figure.end + REACH));
  if (ownedByOtherBefore(clauseBefore)) return true;
  if (OTHER_OWNER_WORDS.test(after) && OTHER_OWNER_AFTER.test(after)) return true;
  // "the Ibex 35 advanced 0.4% to 9,937 points": a market's (marketIndexFigure.ts).
  if (isMarketIndexFigure(clauseBefore, after)) return true;
  // "a modest move for a company worth $2 trillion": the worth of the company whose shares move (listedCompanyWorth.ts).
  if (isListedCompanyWorth(text.slice(span.start, figure.start))) return true;
  // "CTO of a 25-person insurtech": a source's workplace (otherOrganisationCount.ts).
  if (sizesOtherOrganisation(clauseBefore, after)) return true;
  const counts = figure.unit === 'count' || figure.unit === 'people';
  if (!counts) return false;
  if (ATTENDANCE_AFTER.test(after) || ATTENDANCE_BEFORE.test(clauseBefore)) return true;
  if (AUDIENCE_AFTER.test(after) || CAPACITY_BEFORE.test(clauseBefore)) return true;
  if (DAYS_AFTER.test(after)) return true;
  if (UNABLE_BEFORE.test(clauseBefore)) return true;
  if (SIZE_CLASS_BEFORE.test(clauseBefore)) return true;
  if (OWN_PARTS_AFTER.test(after)) return true;
  if (CHART_MARK.before.test(clauseBefore) && CHART_MARK.after.test(after)) return true;
  if (
    figure.qualifier === 'about' &&
    /^about\s/i.test(figure.wording) &&
    ABOUT_GOVERNED_BEFORE.test(clauseBefore) &&
    PRONOUN_AFTER.test(after)
  )
    return true;
  return false;
}

/** Cues of a topic that counts a whole staff ("headcount", "workforce"). */
const TOTAL_CUE = /^(?:headcount|workforce|team size|a company of)$/;
/** A whole with no noun is a staff's only at a staff's size ("four out of six" is a board's). */
const STAFF_SIZE_MIN = 50;
/** Words of staff: the whole a part of them is taken from. */
const STAFF_NOUN = /^(?:employees|staff|staffers|workers|people|personnel)$/;
/** "700 of some 770 employees", "500 out of roughly 770": a count right before says this is the whole. */
const PART_BEFORE =
  /(?:\d|\b(?:hundreds|thousands|dozens|most|many|nearly\s+all|almost\s+all|half))\s+(?:[\p{L}-]+\s+)?(?:of|out\s+of)\s+(?:the\s+|its\s+|a\s+total\s+of\s+)?$/iu;
const RELATIVE_AFTER = /^\s+(?:who|that|which|had|have|were|did)\b/i;
/** "That's out of about 770!", "out of a workforce of 770": the whole with the part said before. */
const OUT_OF_BEFORE = /\bout\s+of\s+(?:an?\s+(?:total|workforce|staff|company|headcount|payroll)\s+of\s+)?$/i;
/** "…500 of the company's employees, some 770 in all": a whole said after its part, closing its clause. */
const IN_ALL_AFTER =
  /^\s+(?:in\s+all|in\s+total|all\s+told|altogether|overall)(?=\s*(?:[,;.!?)—–]|$)|\s+by\s+)/i;
const PART_IN_CLAUSE =
  /\b(?:\d[\d,.]*|[a-z]+)\s+of\s+(?:the|its|OpenAI['’]s|the\s+company['’]s|the\s+firm['’]s)\s/i;

/**
 * The figure is the whole a part is taken from, and that whole is the staff (its noun is staff's, or
 * it has none): only a topic that counts a whole staff may take it. "12 of the 505 signatories" keeps
 * 505 a count of signatories: its own noun says so.
 */
function isStaffWhole(text: string, figure: PageFigure, span: Span): boolean {
  if (figure.unit !== 'count' && figure.unit !== 'people') return false;
  if (figure.noun ? !STAFF_NOUN.test(figure.noun) : figure.value < STAFF_SIZE_MIN) return false;
  const before = text.slice(Math.max(span.start, figure.start - 60), figure.start);
  if (OUT_OF_BEFORE.test(before)) return true;
  const after = text.slice(figure.end, Math.min(span.end, figure.end + 40));
  // "12 of the 505 who signed": the whole is those who did something, not the staff.
  if (PART_BEFORE.test(before) && !RELATIVE_AFTER.test(after)) return true;
  return IN_ALL_AFTER.test(after) && PART_IN_CLAUSE.test(text.slice(span.start, figure.start));
}

/** "+1.2%", "+0.4%": a figure written with its sign is a move. */
const SIGNED = /^[+\u2212-]\s?\d/;
/** Cues of a topic that is itself a move ("rose", "gained", "edged up", "premarket"). */
const MOVE_CUE =
  /\b(?:rose|rise|rising|gain(?:s|ed)?|fell|fall|falling|drop(?:s|ped)?|jump(?:s|ed)?|slip(?:s|ped)?|edge[sd]?|edging|up|down|higher|lower|premarket|pre-market|bell|move[sd]?|change[sd]?|grew|growth|increase[sd]?|decrease[sd]?)\b/i;

/** "only two remain", "two are still there", "seven stayed": a count of those who did not leave. */
const STAYED_AFTER =
  /^\s+(?:[\p{L}-]+\s+)?(?:remain|remains|remained|are\s+still|were\s+still|is\s+still|still\s+(?:remain|work|there|at)|stayed|stay|stays)\b/iu;
/** Cues of a topic that counts those who left or were hired away ("departures", "left", "poached", "hired"). */
const LEAVING_CUE =
  /\b(?:left|leav\w*|depart\w*|exits?|exodus|quit|poach\w*|lured|recruit\w*|hired|defect\w*|walked)\b/i;

/**
 * Once a topic is chosen: the figure's shape does not fit it (a staff whole for a part's topic, a move for
 * a level, those who stayed for those who left).
 */
export function misfitsTopic(claim: ContentClaim, text: string, figure: PageFigure, span: Span): boolean {
  const cues = claim.cues.map((c) => c.toLowerCase());
  if (SIGNED.test(figure.wording) && !cues.some((c) => MOVE_CUE.test(c))) return true;
  if (!cues.some((c) => TOTAL_CUE.test(c)) && isStaffWhole(text, figure, span)) return true;
  // Those who remain are not those who left: "of the 11 founders only two remain" counts no departures.
  if (
    cues.some((c) => LEAVING_CUE.test(c)) &&
    !cues.some((c) => /\b(?:remain|still|stay)/.test(c)) &&
    STAYED_AFTER.test(text.slice(figure.end, Math.min(span.end, figure.end + 30)))
  )
    return true;
  return false;
}
