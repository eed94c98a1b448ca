import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

const sizes = (sentence: string) =>
  claims([sentence])
    .filter(([id]) => id === 'board-size')
    .map(([, text]) => text);

describe('members on their way out are a part, not the board', { timeout: 30000 }, () => {
  it.each([
    'Three directors are off: Ilya Sutskever, Helen Toner and Tasha McCauley.',
    'Three board members are out: Sutskever, Toner and McCauley.',
    'Three directors will step down: Sutskever, Toner and McCauley.',
    'Three directors are set to leave the OpenAI board: Sutskever, Toner and McCauley.',
    'Three of its directors are being replaced: Sutskever, Toner and McCauley.',
    'Four board members will have to step down as part of the deal.',
    'Four board members to step down as part of OpenAI deal',
    'Four board members, including Sutskever, will step down as part of the deal.',
    'The departure of four board members was part of the deal.',
  ])('%s', (sentence) => {
    expect(sizes(sentence)).toEqual([]);
  });

  it.each([
    ['The four board members who fired Altman have not explained why.', ['four']],
    ['The departure of the four board members who fired Altman was part of the deal.', ['four']],
  ])('the four who acted stay the board: %s', (sentence, expected) => {
    expect(sizes(sentence)).toEqual(expected);
  });
});
