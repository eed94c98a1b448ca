import type { PageFigure } from './parseFigure.ts';
import { shareAfterFrontedWhole } from './frontedWhole.ts';

/**
 * "nearly all of the company's 800 employees", "virtually all of its 770 staff", "almost all the
 * 800 people on the payroll", "nearly all of a company's 800 employees", "almost all of OpenAI's
 * roughly 770 staff": a share said in words of a whole the sentence counts. The words give
 * a count of their own, a little under the whole, and they count a part of it (those who did what
 * the clause says), never the whole.
 */
const SHARE_OF_ALL =
  /\b(?:nearly|almost|virtually|practically|essentially)\s+all\s+(?:of\s+)?(?:the|its|their|\p{Lu}[\p{L}\p{N}-]*['’]s|(?:the|a|this|that)\s+(?:company|firm|start-?up|lab|business|organi[sz]ation)['’]s|an?\s+(?:payroll|staff|workforce|headcount)\s+of)(?:\s+(?:entire|whole|total))?(?:\s+(?:roughly|about|around|some|approximately|an\s+estimated|more\s+than|over|nearly|almost))?\s+$/iu;
/** "a payroll of 800", "a workforce of 770": the whole is a staff, though no noun follows its number. */
const STAFF_WHOLE_BEFORE =
  /\b(?:payroll|staff|workforce|headcount)\s+of\s+(?:(?:some|about|around|roughly)\s+)?$/i;
/** How far before the whole the share's words may stand. */
const REACH = 48;
/** What "nearly all" leaves out, at most: a tenth of the whole. */
const NEARLY_ALL = 0.9;
/** Counts of a whole this small ("nearly all of its 11 founders") are a handful, not a share. */
const SMALL_WHOLE = 13;

/** These figures with a share figure set before each whole "nearly all of the" counts, in text order. */
export function withSharesOfAll(text: string, figures: PageFigure[]): PageFigure[] {
  const shares: PageFigure[] = [];
  for (const [i, whole] of figures.entries()) {
    if ((whole.unit !== 'people' && whole.unit !== 'count') || whole.value < SMALL_WHOLE || whole.isAge)
      continue;
    const from = Math.max(0, whole.start - REACH, i > 0 ? figures[i - 1]!.end : 0);
    const m = SHARE_OF_ALL.exec(text.slice(from, whole.start));
    // "Of a payroll of 800, nearly all had threatened…": the share may follow its whole (frontedWhole.ts).
    const following = m
      ? undefined
      : shareAfterFrontedWhole(text.slice(from, whole.start), text.slice(whole.end, whole.end + REACH));
    if (!m && !following) continue;
    const start = m ? from + m.index : whole.end + following!.start;
    const wording = m ? /^\S+\s+all/.exec(m[0])![0] : following!.wording;
    shares.push({
      start,
      end: start + wording.length,
      value: whole.value,
      unit: 'people',
      qualifier: 'nearly',
      wording,
      isAge: false,
      low: Math.round(whole.value * NEARLY_ALL),
      high: whole.value,
      ...(whole.noun
        ? { noun: whole.noun }
        : STAFF_WHOLE_BEFORE.test(text.slice(Math.max(0, whole.start - 40), whole.start))
          ? { noun: 'staff' }
          : {}),
      partOf: true,
      shareOfAll: true,
      whole: { start: whole.start, end: whole.end },
    });
  }
  return shares.length ? [...figures, ...shares].sort((a, b) => a.start - b.start) : figures;
}
