import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

describe('wordings of a total and of a deal price that reporters use', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'By Monday afternoon more than 700 staffers, out of a payroll of roughly 770, had put their names to it.',
      [
        ['staff-letter-signatories', 'more than 700'],
        ['openai-headcount', 'roughly 770'],
      ],
    ],
    ['OpenAI has a payroll of about 770.', [['openai-headcount', 'about 770']]],
    [
      'The Thrive Capital-led tender for employee shares, which would value OpenAI at around $86 billion, is on hold.',
      [['openai-valuation', 'around $86 billion']],
    ],
  ])('%s', (block, expected) => {
    expect(figureClaimsAfterLead([block], '2023-11-22')).toEqual(expected);
  });

  it.each([
    // An unnamed company's payroll is not OpenAI's.
    'A start-up with a payroll of 60 people hired him.',
    // Talk of a deal is not its price.
    'Thrive is discussing a tender for employee shares, which would value OpenAI at $86 billion.',
  ])('%s', (block) => {
    expect(
      figureClaimsAfterLead([block], '2023-11-22').filter(([id]) => id !== 'staff-letter-signatories'),
    ).toEqual([]);
  });
});
