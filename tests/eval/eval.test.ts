/**
 * The evaluation on the annotated pages in tests/fixtures/eval (written apart
 * from the engine; see its NOTES.md). `npm run eval` prints every miss, false
 * positive and wrong verdict with its sentence; `npm test` fails when a score
 * drops below what the engine reaches today.
 */
import { describe, expect, it } from 'vitest';
import {
  EIGHTH_DIR,
  FIFTH_DIR,
  FOURTH_DIR,
  HELDOUT_DIR,
  NINTH_DIR,
  runEval,
  SECOND_DIR,
  SEVENTH_DIR,
  SIXTH_DIR,
  TENTH_DIR,
  THIRD_DIR,
} from './runEval.ts';
import { formatResult, precision, recall, verdictAccuracy } from './scoreEval.ts';

const { result, pages } = runEval();
console.log(formatResult(result, pages.length, process.env.SOURCEMARK_EVAL_DETAILS === '1'));
/** The same pages as if none said when it was published (the page's date is what places a figure in its period). */
const undated = runEval({ dates: false }).result;
console.log(
  `Without the pages' dates:\n${formatResult(undated, pages.length, false).split('\n').slice(2).join('\n')}`,
);

/*
 * Sets by later annotators who had not seen the engine. Each was scored once
 * untouched (its NOTES.md keeps that score), then its misses were read by kind
 * to steer general rules: they are development sets now, and a fresh set is
 * the only held-out measure. Misses are printed with details.
 */
const details = process.env.SOURCEMARK_EVAL_DETAILS === '1';
const heldout = runEval({ dir: HELDOUT_DIR });
const second = runEval({ dir: SECOND_DIR });
const third = runEval({ dir: THIRD_DIR });
const fourth = runEval({ dir: FOURTH_DIR });
const fifth = runEval({ dir: FIFTH_DIR });
const sixth = runEval({ dir: SIXTH_DIR });
const seventh = runEval({ dir: SEVENTH_DIR });
const eighth = runEval({ dir: EIGHTH_DIR });
const ninth = runEval({ dir: NINTH_DIR });
const tenth = runEval({ dir: TENTH_DIR });
for (const [title, set] of [
  ['First held-out pages', heldout],
  ["Second annotator's pages", second],
  ["Third annotator's pages", third],
  ["Fourth annotator's pages", fourth],
  ["Fifth annotator's pages", fifth],
  ["Sixth annotator's pages", sixth],
  ["Seventh annotator's pages", seventh],
  ["Eighth annotator's pages", eighth],
  ["Ninth annotator's pages (held out until their last untouched score)", ninth],
  ["Tenth annotator's pages (held out until their last untouched score)", tenth],
] as const)
  console.log(
    `${title}:\n${formatResult(set.result, set.pages.length, details).split('\n').slice(1).join('\n')}`,
  );

/** Just under what the engine reaches on these pages: a regression fails. */
const THRESHOLDS = {
  name: { precision: 0.995, recall: 0.995 },
  figure: { precision: 0.99, recall: 0.99, verdicts: 0.99 },
  statement: { precision: 0.99, recall: 0.99, verdicts: 0.99 },
};
/** Without dates, figures of other periods are taken for this one's. */
const UNDATED_FIGURES = { precision: 0.98, recall: 0.98, verdicts: 0.98 };

describe('evaluation pages', () => {
  it('reads at least 26 annotated pages, some not about the story', () => {
    expect(pages.length).toBeGreaterThanOrEqual(26);
    expect(pages.filter((p) => !p.about).length).toBeGreaterThanOrEqual(3);
  });

  it('leaves pages not about the story unmarked', () => {
    expect(result.notAboutMarks).toBe(0);
  });

  it.each(['name', 'figure', 'statement'] as const)('%s: precision and recall hold', (kind) => {
    const score = result.byKind[kind];
    expect(precision(score)).toBeGreaterThanOrEqual(THRESHOLDS[kind].precision);
    expect(recall(score)).toBeGreaterThanOrEqual(THRESHOLDS[kind].recall);
  });

  it.each(['figure', 'statement'] as const)('%s: verdicts hold', (kind) => {
    expect(verdictAccuracy(result.byKind[kind])).toBeGreaterThanOrEqual(THRESHOLDS[kind].verdicts);
  });

  it('figures hold without the pages’ dates', () => {
    expect(precision(undated.byKind.figure)).toBeGreaterThanOrEqual(UNDATED_FIGURES.precision);
    expect(recall(undated.byKind.figure)).toBeGreaterThanOrEqual(UNDATED_FIGURES.recall);
    expect(verdictAccuracy(undated.byKind.figure)).toBeGreaterThanOrEqual(UNDATED_FIGURES.verdicts);
  });
});

type Thresholds = Record<'name' | 'figure' | 'statement', { precision: number; recall: number }>;

/** A set written apart from the engine: its pages, nothing marked where a page is not about the story, and its scores. */
function describeSet(
  title: string,
  set: ReturnType<typeof runEval>,
  minPages: number,
  thresholds: Thresholds,
) {
  describe(title, () => {
    it(`reads at least ${minPages} pages, one not about the story, and marks nothing there`, () => {
      expect(set.pages.length).toBeGreaterThanOrEqual(minPages);
      expect(set.pages.some((p) => !p.about)).toBe(true);
      expect(set.result.notAboutMarks).toBe(0);
    });

    it.each(['name', 'figure', 'statement'] as const)('%s: precision and recall hold', (kind) => {
      const score = set.result.byKind[kind];
      expect(precision(score)).toBeGreaterThanOrEqual(thresholds[kind].precision);
      expect(recall(score)).toBeGreaterThanOrEqual(thresholds[kind].recall);
    });
  });
}

/** Just under what the engine reaches on the held-out pages: lower than on the pages it was built with. */
describeSet('held-out pages', heldout, 10, {
  name: { precision: 0.995, recall: 0.99 },
  figure: { precision: 0.95, recall: 0.89 },
  statement: { precision: 0.99, recall: 0.93 },
});

/** Just under what the engine reaches on the second annotator's pages. */
describeSet('second annotator’s pages', second, 8, {
  name: { precision: 0.995, recall: 0.995 },
  figure: { precision: 0.99, recall: 0.97 },
  statement: { precision: 0.98, recall: 0.94 },
});

/** Just under what the engine reaches on the third annotator's pages. */
describeSet('third annotator’s pages', third, 8, {
  name: { precision: 0.995, recall: 0.995 },
  figure: { precision: 0.97, recall: 0.97 },
  statement: { precision: 0.99, recall: 0.97 },
});

/** Just under what the engine reaches on the fourth annotator's pages (their first, untouched score is in their NOTES.md). */
describeSet('fourth annotator’s pages', fourth, 8, {
  name: { precision: 0.995, recall: 0.995 },
  figure: { precision: 0.96, recall: 0.99 },
  statement: { precision: 0.99, recall: 0.97 },
});

/** Just under what the engine reaches on the fifth annotator's pages (their untouched scores are in their NOTES.md). */
describeSet('fifth annotator’s pages', fifth, 8, {
  name: { precision: 0.995, recall: 0.995 },
  figure: { precision: 0.98, recall: 0.95 },
  statement: { precision: 0.96, recall: 0.85 },
});

/** Just under what the engine reaches on the sixth annotator's pages (their untouched scores are in their NOTES.md). */
describeSet('sixth annotator’s pages', sixth, 8, {
  name: { precision: 0.995, recall: 0.995 },
  figure: { precision: 0.98, recall: 0.98 },
  statement: { precision: 0.92, recall: 0.75 },
});

/** Just under what the engine reaches on the seventh annotator's pages (their untouched scores are in their NOTES.md). */
describeSet('seventh annotator’s pages', seventh, 8, {
  name: { precision: 0.995, recall: 0.995 },
  figure: { precision: 0.99, recall: 0.87 },
  statement: { precision: 0.96, recall: 0.75 },
});

/** Just under what the engine reaches on the eighth annotator's pages (their untouched scores are in their NOTES.md). */
describeSet('eighth annotator’s pages', eighth, 8, {
  name: { precision: 0.995, recall: 0.99 },
  figure: { precision: 0.99, recall: 0.86 },
  statement: { precision: 0.94, recall: 0.78 },
});

/** Just under the ninth annotator's pages' untouched score at the end of the day (their NOTES.md). */
describeSet('ninth annotator’s pages', ninth, 8, {
  name: { precision: 0.995, recall: 0.83 },
  figure: { precision: 0.94, recall: 0.65 },
  statement: { precision: 0.97, recall: 0.72 },
});

/** Just under the tenth annotator's pages' untouched score at the end of the day (their NOTES.md). */
describeSet('tenth annotator’s pages', tenth, 8, {
  name: { precision: 0.995, recall: 0.995 },
  figure: { precision: 0.99, recall: 0.79 },
  statement: { precision: 0.91, recall: 0.76 },
});
