import { describe, expect, it } from 'vitest';
import { figurePeriod } from '../../src/core/claims/figurePeriod.ts';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { annotate, STORY_LEAD } from './helpers/annotate.ts';

function periodOf(sentence: string, published?: string) {
  const figure = findFigures(sentence).find((f) => f.unit !== 'years')!;
  return figurePeriod(sentence, { start: 0, end: sentence.length }, figure, published ? { published } : {});
}

/** `[id, wording, verdict]` of each figure claim on a page published on `published`. */
function verdicts(sentence: string, published: string) {
  return annotate([STORY_LEAD, sentence], undefined, { published })
    .highlights.filter((h) => h.kind === 'claim' && h.claimKind === 'figure')
    .map((h) => [h.id, h.text, h.verdict]);
}

describe('a period the page gives its figure, read against the page’s date', () => {
  it.each<[string, string, string]>([
    ['Two years ago OpenAI was valued at $86 billion.', '2025-11-20', '2023'],
    ['A year earlier, the tender valued OpenAI at $86 billion.', '2024-12-30', '2023'],
    ['Last year a share sale priced OpenAI at $86 billion.', '2024-06-01', '2023'],
    ['In late 2023 a share sale priced OpenAI at about $86 billion.', '2025-01-05', '2023'],
  ])('%s (page of %s)', (sentence, published, period) => {
    expect(periodOf(sentence, published)).toBe(period);
  });

  it('no year counted back without the page’s date', () => {
    expect(periodOf('Two years ago OpenAI was valued at $86 billion.')).toBeUndefined();
  });
});

describe('a year the page gives is narrowed to the report of its moment', () => {
  it.each<[string, string]>([
    [
      'A reminder of how fast things moved: in late 2023 an employee share sale led by Thrive Capital priced OpenAI at around $86 billion.',
      '2024-12-28',
    ],
    ['Two years ago, a tender offer valued OpenAI at roughly $86bn.', '2025-11-25'],
  ])('%s', (sentence, published) => {
    expect(verdicts(sentence, published)).toEqual([['openai-valuation', expect.any(String), 'agrees']]);
  });

  it('a figure no report of its year gives still differs', () => {
    expect(verdicts('In 2023 a share sale valued OpenAI at $300 billion.', '2025-01-05')).toEqual([
      ['openai-valuation', '$300 billion', 'differs'],
    ]);
  });
});

describe('"N years ago" is a point in time, not a span anyone spent', () => {
  it.each([
    'Two years ago, the board fired Sam for not being consistently candid.',
    'Two years hence, the board may look very different.',
    'Two years on, Altman and Sutskever no longer work together.',
  ])('%s', (sentence) => {
    expect(findFigures(sentence).map((f) => f.wording)).toEqual([]);
  });

  it.each([
    ['Sutskever had worked beside Altman for eight years.', ['eight']],
    ['He left after seven years on the research team.', ['seven']],
    ['Villagra was gone by August, only five months on from her promotion.', ['five']],
    ['villagra promoted then gone 5 months later.', ['5']],
  ])('keeps the span in %s', (sentence, wordings) => {
    expect(findFigures(sentence).map((f) => f.wording)).toEqual(wordings);
  });
});

describe("an anniversary's 'ago today' counts back; it does not put the figure at the page's date", () => {
  it.each<[string, string, string]>([
    [
      'Two years ago today, a board of four people removed the most famous executive in tech.',
      '2025-11-17',
      '2023',
    ],
    ['Oral history: A year ago this week, four directors voted to remove him.', '2024-11-20', '2023'],
    ['Two years ago this month, the board of four people fired Sam Altman.', '2025-11-17', '2023'],
  ])('%s', (sentence, published, period) => {
    expect(periodOf(sentence, published)).toBe(period);
  });

  it.each<[string, string]>([
    // Near-misses: the present stays the page's own time.
    ['Today the board has four members again.', '2025-11-17'],
    ['Microsoft now holds 49% of the commercial arm.', '2025-11-17'],
  ])('still now: %s', (sentence, period) => {
    expect(periodOf(sentence, '2025-11-17')).toBe(period);
  });
});

describe('a date after a second value of the same measure is that value’s, not the first’s', () => {
  it.each<string>([
    'Headcount rose to 770 from 700 in January.',
    'Revenue reached $13 billion, up from $10 billion in January.',
    'The tender valued the company at about $86 billion, roughly triple the $29 billion of its April 2023 round.',
    'Staff numbered 770, against some 700 in March 2022.',
    'The deal puts it at $86bn, three times the roughly $28bn it fetched in its April fundraising.',
    'Shares closed at 410 pence, well above the 350 pence they traded at on Monday.',
  ])('%s', (sentence) => {
    expect(periodOf(sentence, '2023-11-20')).toBeUndefined();
  });

  it('“unchanged from October” says the value held, it does not make it October’s', () => {
    expect(
      periodOf('A staff share sale values it at $86 billion, unchanged from October.', '2023-11-20'),
    ).not.toBe('2023-10');
  });

  it.each<[string, string]>([
    // The date is the first figure's own: before it, or right after it.
    ['In April it was valued at $29 billion, and later at $86 billion.', '2023-04'],
    ['It was valued at $29 billion in April 2023 and at $86 billion by November.', '2023-04'],
    ['Revenue hit $13 billion in January, up from $10 billion a year before.', '2023-01'],
    // A figure of another measure between them does not take the date.
    ['Headcount reached 770 in March 2022, up 10%.', '2022-03'],
    ['Headcount was 770, or 10% more, in March 2022.', '2022-03'],
  ])('%s', (sentence, period) => {
    expect(periodOf(sentence, '2023-11-20')).toBe(period);
  });
});
