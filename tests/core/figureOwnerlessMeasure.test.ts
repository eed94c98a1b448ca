import { describe, expect, it } from 'vitest';
import { inForeignCurrency, isVoteTally } from '../../src/core/claims/ownerlessMeasure.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * A vote tally counts votes, not members; an amount in a currency no claim is reported in is not a
 * claim's value. Every sentence is invented.
 */

const marks = (text: string) => figureClaimsAfterLead([text]);
const at = (text: string, figure: string) => {
  const start = text.indexOf(figure);
  return { start, end: start + figure.length };
};

describe('a vote tally is no member count', () => {
  it.each([
    'School board vote. An article gave the vote as 5-2. It was 6-1.',
    'The board voted 4-2 to remove Altman.',
    'The directors split 3-3 on the question.',
    'The trustees voted 5 to 2 in favour.',
    'The motion carried 8-1.',
  ])('marks nothing in “%s”', (text) => {
    expect(marks(text).filter(([id]) => id === 'board-size')).toEqual([]);
  });

  it('still reads a board of six', () => {
    expect(marks('The board of six voted to fire him.')).toContainEqual(['board-size', 'six']);
  });

  it('reads both numbers of a tally, never a range', () => {
    const text = 'gave the vote as 5-2.';
    expect(isVoteTally(text, at(text, '5'), 0)).toBe(true);
    expect(isVoteTally(text, { start: text.indexOf('2'), end: text.indexOf('2') + 1 }, 0)).toBe(true);
    expect(isVoteTally('voted 7 to 2', at('voted 7 to 2', '7'), 0)).toBe(true);
    // A range runs upward; "to" without a vote is a range or a move.
    expect(isVoteTally('a board of 4-6 members', at('a board of 4-6 members', '4'), 0)).toBe(false);
    expect(isVoteTally('cut from 9 to 6 seats', at('cut from 9 to 6 seats', '9'), 0)).toBe(false);
    expect(isVoteTally('rose 5-2.5%', at('rose 5-2.5%', '5'), 0)).toBe(false);
  });
});

describe('an amount in a currency no claim uses', () => {
  it.each([
    'Hitoyama Heavy and Sanwa Denki announced AI investment plans worth 30 billion yen and 12 billion yen this year.',
    'Toyota unveiled a 2 trillion yen plan.',
    'Reliance will invest 500 crore rupees in AI.',
  ])('marks nothing in “%s”', (text) => {
    expect(marks(text).filter(([id]) => id === 'microsoft-investment')).toEqual([]);
  });

  it('reads the currency after or before the amount, and a dollar sign settles it', () => {
    expect(inForeignCurrency('worth 30 billion yen', at('worth 30 billion yen', '30 billion'))).toBe(true);
    expect(inForeignCurrency('a ¥30bn plan', at('a ¥30bn plan', '30bn'))).toBe(true);
    expect(
      inForeignCurrency('$13 billion won it a seat', at('$13 billion won it a seat', '$13 billion')),
    ).toBe(false);
    expect(inForeignCurrency('13 billion dollars', at('13 billion dollars', '13 billion'))).toBe(false);
  });
});
