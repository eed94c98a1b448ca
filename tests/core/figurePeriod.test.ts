import { describe, expect, it } from 'vitest';
import { figurePeriod } from '../../src/core/claims/figurePeriod.ts';
import { findFigures } from '../../src/core/figures/parseFigure.ts';

/** The period of the first figure in `sentence`, on a page published on `published`. */
function periodOf(sentence: string, published?: string) {
  const figure = findFigures(sentence)[0]!;
  return figurePeriod(sentence, { start: 0, end: sentence.length }, figure, published ? { published } : {});
}

describe('figurePeriod', () => {
  it.each<[string, string, string | undefined, string | undefined]>([
    ['a full date', 'Shares rose 1% on November 22, 2023.', undefined, '2023-11-22'],
    ['a day before its month', 'Shares rose 1% on 22 Nov 2023.', undefined, '2023-11-22'],
    ['a month and year', 'In April 2023 investors paid $29 billion.', undefined, '2023-04'],
    ['a year after "in"', 'In 2025 at least 12 researchers left.', undefined, '2025'],
    ['a recent day without its year', 'Shares rose 1% on Nov. 22.', '2023-12-01', '2023-11-22'],
    [
      'a day without its year, long before the page',
      'Shares rose 1% on November 22.',
      '2026-02-09',
      undefined,
    ],
    ['a weekday, the last one before the page', 'Shares fell 1.7% on Friday.', '2023-11-18', '2023-11-17'],
    ['the page’s own weekday', 'Shares rose 1.2% on Wednesday.', '2023-11-22', '2023-11-22'],
    ['a recent month without its year', 'In January trades implied $600 billion.', '2026-02-28', '2026-01'],
    ['this year’s month, not yet come', 'In July trades implied $600 billion.', '2026-02-28', undefined],
    [
      'an earlier month of the page’s year',
      'In March it was valued at $300 billion.',
      '2025-08-15',
      '2025-03',
    ],
    [
      'a month naming a round',
      'It was valued at $300 billion in its March funding round.',
      '2025-08-15',
      '2025-03',
    ],
    ['an earlier day of the page’s year', 'Shares rose 1% on March 3.', '2025-08-15', '2025-03-03'],
    [
      'a month of the page’s year, months before',
      'In March it was valued at $300 billion.',
      '2026-08-15',
      '2026-03',
    ],
    [
      'last year’s month, long before',
      'In September it was valued at $300 billion.',
      '2026-02-15',
      undefined,
    ],
    [
      'the date nearest the figure',
      'Shares closed at a record on November 20 and rose 1% on November 22, 2023.',
      undefined,
      '2023-11-22',
    ],
    ['"now" before the figure', 'Microsoft now holds roughly 27% of it.', '2026-02-09', '2026-02-09'],
    ['"now" after the figure', 'The $86bn tender now looks like a bargain.', '2026-02-09', undefined],
    [
      '"then and now"',
      'Its price tag, then and now: from $29 billion to $500 billion.',
      '2026-02-09',
      undefined,
    ],
    ['an age, at the page’s year', 'Altman, 40, sent a memo.', '2026-02-04', '2026'],
    ['an age of another time', 'Altman, then aged 38, was told on a call.', '2026-02-04', undefined],
    ['no date, no page date', 'Microsoft now holds roughly 27% of it.', undefined, undefined],
    ['a date the figure is not beside', 'Microsoft holds 49% of it.', '2023-11-29', undefined],
  ])('%s', (_, sentence, published, expected) => {
    expect(periodOf(sentence, published)).toBe(expected);
  });
});

/** review23b #8: a weekday after a named date, in the block's second sentence, on a page months later. */
describe('a weekday counted back from a named date when the clause looks back', () => {
  const periodIn = (block: string, second: string, wording: string) => {
    const text = `${block} ${second}`;
    const start = block.length + 1;
    const figure = findFigures(text).find((f) => text.slice(f.start, f.end).includes(wording))!;
    return figurePeriod(text, { start, end: text.length }, figure, { published: '2024-03-08' });
  };
  it.each<[string, string, string, string]>([
    [
      'On 21 November 2023 Altman was reinstated.',
      'He had been fired on Friday, when four directors voted.',
      'four',
      '2023-11-17',
    ],
    [
      'On 22 November 2023 OpenAI said Altman would return.',
      'About 500 staff had signed the letter on Monday.',
      '500',
      '2023-11-20',
    ],
    [
      'On 22 November 2023 OpenAI said Altman would return.',
      'Last Sunday some 40 staff met.',
      '40',
      '2023-11-19',
    ],
    // near-misses: a plain past, a fronted weekday or a deadline stays the week's next such day.
    [
      'On 17 November 2023 the board fired Altman.',
      'On Monday, more than 700 staff had signed the letter.',
      '700',
      '2023-11-20',
    ],
    [
      'On 17 November 2023 the board fired Altman.',
      'On Monday, more than 700 staff signed the letter.',
      '700',
      '2023-11-20',
    ],
  ])('%s %s', (block, second, wording, period) => {
    expect(periodIn(block, second, wording)).toBe(period);
  });
});

describe('a weekday set beside a date names that date, not the last such weekday', () => {
  it.each<[string, string]>([
    ['When three trustees met on Friday, Nov. 17, 2023, they voted him out.', '2023-11-17'],
    ['Shares fell 1.7% on Monday, 20 November 2023.', '2023-11-20'],
    ['On Tuesday November 21, 2023 the company said 770 people worked there.', '2023-11-21'],
  ])('%s', (sentence, period) => {
    expect(periodOf(sentence, '2025-12-15')).toBe(period);
  });

  it('a weekday with no date beside it is still the last one before the page', () => {
    expect(periodOf('Shares fell 1.7% on Friday, after the news.', '2023-11-20')).toBe('2023-11-17');
  });
});

describe('figurePeriod on a page that gives only when it was updated', () => {
  const updated = { updated: '2025-12-09' };
  const periodOnUpdated = (sentence: string) =>
    figurePeriod(sentence, { start: 0, end: sentence.length }, findFigures(sentence)[0]!, updated);

  it.each([
    ['a day without its year', 'In premarket dealing on 22 November, the stock gained about 1%.'],
    ['a day before a month, abbreviated', 'Shares added 1.1% on Nov. 22 as the deal firmed up.'],
    ['a weekday', 'The shares fell 1.7% on Friday after the news.'],
    ['a month alone', 'In November the company had some 770 employees.'],
    ['years counted back', 'Two years ago the firm had about 770 staff.'],
  ])('does not read the narrative against the update: %s', (_, sentence) => {
    expect(periodOnUpdated(sentence)).toBeUndefined();
  });

  it.each([
    ['now', 'The company now employs about 3,000 people.', '2025-12-09'],
    ['currently', 'It is currently valued at $500 billion.', '2025-12-09'],
    ['year to date', 'The stock is up 12% year to date.', '2025'],
    ['an age', 'Bret Taylor, 45, chairs the board.', '2025'],
  ])('reads the present tense against it: %s', (_, sentence, expected) => {
    expect(periodOnUpdated(sentence)).toBe(expected);
  });

  it('keeps a date with its year', () => {
    expect(periodOnUpdated('On 22 November 2023 the stock gained about 1%.')).toBe('2023-11-22');
  });
});
