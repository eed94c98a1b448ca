import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';

describe('a ceiling on the board, in the words of a plan', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['a modal and a growth verb', 'The board may grow to up to nine.', [['board-expansion', 'up to nine']]],
    [
      'a ceiling set off as a noun phrase',
      'The new board has said it will keep growing, toward the up to nine seats discussed when it was formed.',
      [['board-expansion', 'up to nine']],
    ],
    [
      'a bound written after the noun, in a reported plan',
      "People familiar with the talks said the directors' first task would be to pick the rest of a board with nine seats at most.",
      [['board-expansion', 'nine']],
    ],
    [
      'a plan to expand the board to a size',
      'The plan is to expand the board to nine.',
      [['board-expansion', 'nine']],
    ],
    ['a board set to grow to a size', 'The board is set to expand to nine.', [['board-expansion', 'nine']]],
    [
      'a ceiling set against a count of newcomers before it, in the next clause',
      'Taylor now chairs the board with Summers and D’Angelo; only two of the three are new, and the board may grow to as many as nine.',
      [
        ['new-board-newcomers', 'two'],
        ['board-expansion', 'as many as nine'],
      ],
    ],
    [
      'a ceiling after a count of newcomers, said the other way round',
      'Two of the three directors named with Taylor are new members, but the board could expand to up to nine.',
      [
        ['new-board-newcomers', 'Two'],
        ['board-expansion', 'up to nine'],
      ],
    ],
    [
      'a board of as many as nine',
      'The directors will choose a board of as many as nine.',
      [['board-expansion', 'as many as nine']],
    ],
  ])('%s', (_, text, expected) => {
    expect(figures([text])).toEqual(expected);
  });

  it('takes a fact box value from the label above it', () => {
    expect(figures(['Ceiling on the enlarged board', '9', 'person with knowledge of the talks'])).toEqual([
      ['board-expansion', '9'],
    ]);
  });

  it.each([
    ['a condition', 'If the board grew to up to nine members, Microsoft would want a seat.'],
    ['a talked-of valuation', 'Investors said a new round could value it at up to $100 billion.'],
    ['a time of day', 'The board met at two in the afternoon.'],
    ['a count of something else', 'The board sent him to two meetings.'],
    ['an unnamed company', 'A start-up with nine employees would have no board at all.'],
  ])('not: %s', (_, text) => {
    expect(figures([text])).toEqual([]);
  });
});

describe('a modal ceiling in any form of the growth verb, or reached by the board itself', () => {
  it.each<[string, string, Array<[string, string]>]>([
    [
      'a progressive after the modal',
      'The new trio would mainly be choosing up to nine further directors.',
      [['board-expansion', 'up to nine']],
    ],
    [
      'another -ing growth verb',
      'The interim directors may be adding as many as nine members by spring.',
      [['board-expansion', 'as many as nine']],
    ],
    [
      'a board that could run to a ceiling',
      'The enlarged board could run to as many as nine seats.',
      [['board-expansion', 'as many as nine']],
    ],
    [
      'a board reaching a size in a relative clause',
      'The directors will recruit a bigger board, which could reach nine people.',
      [['board-expansion', 'nine']],
    ],
  ])('%s', (_, text, expected) => {
    expect(figures([text])).toEqual(expected);
  });

  it.each([
    ['a condition on the reach', 'If the board could reach nine members, Microsoft would want a seat.'],
    ['staff reaching a size is a forecast', 'OpenAI said its staff could reach 1,500 next year.'],
    ['a board shrinking under a modal', 'The board could shrink to four directors.'],
    ['a past counterfactual', 'The board could have had nine members.'],
    ['a forecast of growth, no limit verb', 'The club said its board would grow to nine next season.'],
  ])('not: %s', (_, text) => {
    expect(figures([text])).toEqual([]);
  });
});

describe('a modal "reach" elsewhere in the clause is no ceiling (review22 #2)', () => {
  it.each<[string, string, Array<[string, string]>]>([
    [
      'the acting board could reach a deal',
      'The four directors who ousted Altman could reach a deal with investors by Sunday.',
      [['board-size', 'four']],
    ],
    [
      'the acting board may reach an agreement',
      'The four directors who ousted Altman may reach an agreement with investors by Sunday.',
      [['board-size', 'four']],
    ],
    [
      'a board reaching a verdict is no ceiling',
      'The board of six directors could reach a verdict within days.',
      [['board-size', 'six']],
    ],
    [
      'a limit reached right before the figure stays a ceiling',
      "OpenAI's board might reach nine members under the plan, a person familiar with it said.",
      [['board-expansion', 'nine']],
    ],
  ])('%s', (_, text, expected) => {
    expect(figures([text])).toEqual(expected);
  });
});

/*
 * Round 26: a cap set off after the group it caps ("picking further directors, up to nine of them") is that
 * group's ceiling, not a part of a whole; and a board the plan would "assemble" grows as one it would "build"
 * or "form" does. A ceiling under a condition, another body's, and a part with somewhere to go stay unmarked.
 */
describe('a ceiling set off after its group, and a board a plan would assemble', () => {
  const DEAL = "Bret Taylor will chair the new board, with Larry Summers and Adam D'Angelo.";
  const ceilings = (text: string) => figures([DEAL, text]).filter(([id]) => id === 'board-expansion');

  it.each<[string, string]>([
    [
      'The three will mostly be choosing further directors, up to nine of them, over the coming months.',
      'up to nine',
    ],
    ['Their job is to vet new directors — as many as nine of them — before spring.', 'as many as nine'],
    ['The trio would then assemble a fuller board of up to nine directors.', 'up to nine'],
    ['Taylor said the three would build a larger board of as many as nine members.', 'as many as nine'],
    ['The trio would form a bigger board of up to nine members.', 'up to nine'],
  ])('%s', (text, wording) => {
    expect(ceilings(text)).toEqual([['board-expansion', wording]]);
  });

  it.each<string>([
    'If the trio assembled a fuller board of up to nine directors, Microsoft might want a vote.',
    'Twelve researchers left, up to seven of them to Meta.',
    'Anthropic would assemble a larger board of up to nine directors, a spokesperson said.',
  ])('not the planned ceiling: %s', (text) => {
    expect(ceilings(text)).toEqual([]);
  });
});
