import { describe, expect, it } from 'vitest';
import { figurePeriod } from '../../src/core/claims/figurePeriod.ts';
import { shiftPeriod, weekdayFrom } from '../../src/core/claims/relativeTime.ts';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { annotate, STORY_LEAD } from './helpers/annotate.ts';

/** The period of the block's `n`th figure (not a span of years). */
function periodOf(block: string, wording: string, published?: string) {
  const figure = findFigures(block).find((f) => f.wording === wording)!;
  const start = block.lastIndexOf('. ', figure.start) + 1;
  const end = block.indexOf('.', figure.end);
  return figurePeriod(
    block,
    { start, end: end < 0 ? block.length : end + 1 },
    figure,
    published ? { published } : {},
  );
}

function marks(block: string, published: string) {
  return annotate([STORY_LEAD, block], undefined, { published })
    .highlights.filter((h) => h.kind === 'claim' && h.claimKind === 'figure')
    .map((h) => [h.id, h.text, h.verdict]);
}

describe('relative time counted from the date the sentence or block names', () => {
  it.each<[string, string, string, string]>([
    [
      'In November 2023 a tender valued it at $86 billion, triple the $28 billion it fetched seven months before.',
      '$28 billion',
      '2025-06-10',
      '2023-04',
    ],
    [
      'In November 2023 a tender valued it at $86 billion, up from $29 billion nine months earlier.',
      '$29 billion',
      '2025-06-10',
      '2023-02',
    ],
    [
      'In January 2023 Microsoft put in $10 billion. A year on, the start-up was valued at $86 billion.',
      '$86 billion',
      '2025-06-10',
      '2024-01',
    ],
    [
      'On 17 November 2023 the board acted. On Monday, about 500 staff had signed.',
      'about 500',
      '2024-03-14',
      '2023-11-20',
    ],
  ])('%s', (block, wording, published, period) => {
    expect(periodOf(block, wording, published)).toBe(period);
  });

  it('a weekday in a look-back that names no date is not the week before the page', () => {
    const block =
      'Microsoft announced it had hired Altman that Sunday. Most of the staff put their names to an ultimatum; Monday’s tallies ranged between roughly 500 and more than 700.';
    expect(periodOf(block, 'roughly 500', '2024-03-14')).toBeUndefined();
    expect(marks(block, '2024-03-14')).toContainEqual([
      'staff-letter-signatories',
      'roughly 500',
      expect.any(String),
    ]);
  });

  it('the $28bn seven months before November 2023 agrees with the April 2023 round', () => {
    expect(
      marks(
        'In November 2023 a tender put the company’s worth at about $86 billion, triple the $28 billion it had fetched when raising money seven months before.',
        '2025-06-10',
      ),
    ).toContainEqual(['openai-valuation', '$28 billion', 'agrees']);
  });
});

describe('near misses: a weekday of the page’s own week stays the page’s', () => {
  it('"Last Friday" on a page with no look-back is the Friday before the page', () => {
    expect(
      periodOf(
        'Last Friday, OpenAI said about 500 staff had signed a new letter.',
        'about 500',
        '2024-03-14',
      ),
    ).toBe('2024-03-08');
  });
  it('a date named days before the page leaves the weekday counted from the page', () => {
    expect(
      periodOf(
        'On 17 November the board acted. On Monday, about 500 staff had signed.',
        'about 500',
        '2023-11-22',
      ),
    ).toBe('2023-11-20');
  });
  it('a look-back word after the weekday does not move it ("on Sunday… Two days later")', () => {
    expect(
      periodOf(
        'The stake is worth over $10 billion, and on Sunday it announced it had hired Altman. Two days later he was back.',
        'over $10 billion',
        '2023-11-25',
      ),
    ).toBe('2023-11-19');
  });
  it('a weekday of this week on a page months later is not marked as the story’s', () => {
    expect(marks('Monday’s tallies ranged between roughly 500 and more than 700.', '2024-03-14')).toEqual([]);
  });
});

describe('shiftPeriod and weekdayFrom', () => {
  it('keeps the anchor’s precision', () => {
    expect(shiftPeriod('2023-11', 'seven', 'months', 'before')).toBe('2023-04');
    expect(shiftPeriod('2023', 'a', 'year', 'on')).toBe('2024');
    expect(shiftPeriod('2023-11-17', 'two', 'weeks', 'later')).toBe('2023-12-01');
    expect(shiftPeriod('2023', 'two', 'weeks', 'later')).toBeUndefined();
  });
  it('finds the weekday on or after a day', () => {
    expect(weekdayFrom('Monday', '2023-11-17')).toBe('2023-11-20');
    expect(weekdayFrom('Friday', '2023-11-17')).toBe('2023-11-17');
    expect(weekdayFrom('Monday', '2023-11')).toBe('2023-11');
  });
});
