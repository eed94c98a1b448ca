import { describe, expect, it } from 'vitest';
import { marked } from './helpers/annotate.ts';

const LEAD = 'OpenAI’s board removed Sam Altman as chief executive on Friday.';
const returns = (sentence: string) =>
  marked([LEAD, sentence], 'claim')
    .filter(([id]) => id === 'altman-returns-as-ceo')
    .map(([, text]) => text);

describe('"return" with an object gives something back; it is no comeback', { timeout: 30000 }, () => {
  it.each([
    'Altman returned the favour by praising Nadella on stage.',
    'Altman returns the favor in a post of his own.',
    'Altman returned the compliment a week later.',
    'Altman returned fire on X within the hour.',
    'Altman never returned his calls that weekend.',
    'Altman has returned the money to investors.',
    'Altman returned the company to growth within a year.',
  ])('%s', (sentence) => {
    expect(returns(sentence)).toEqual([]);
  });

  it.each([
    ['Altman returned the next day as chief executive.', 'returned'],
    ['Altman returned the following week.', 'returned'],
    ['Altman returned that evening, with a new board.', 'returned'],
    ['Altman returned as CEO.', 'returned as CEO'],
  ])('a time after the verb is no object: %s', (sentence, mark) => {
    expect(returns(sentence)).toEqual([mark]);
  });
});
