import { describe, expect, it } from 'vitest';
import { pointedBackGroup } from '../../src/core/claims/pointedBackGroup.ts';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

/** The group "N of them" points back at, for the first "of them/those/these" count in the text. */
const group = (text: string, count: string) => {
  const start = text.indexOf(count);
  return pointedBackGroup(text, start, start + count.length);
};

describe('"N of them" counts the group named just before it (pointedBackGroup.ts)', () => {
  it.each<[string, string, string | undefined]>([
    ['OpenAI began with a founding team of 11. Only two of them remain.', 'two', 'founders'],
    ['The co-founders scattered. Two of those are still there.', 'Two', 'founders'],
    ['A charity whose trustees answer to no one, and it took four of them to act.', 'four', 'directors'],
    ['The board met on Friday. Four of them voted.', 'Four', 'directors'],
    ['The signatories kept coming. By noon 700 of them had added their names.', '700', 'signatories'],
    // The staff, named last, names no topic; nor does a count with no pronoun after it.
    ['The directors said nothing, and the employees answered. Some 490 of them signed.', '490', undefined],
    ['The founders left. Two years on, two remain.', 'two', undefined],
    // The group must be in the count's sentence or the one before.
    ['The founders met in 2015. Years passed. Nobody noticed. Two of them left.', 'Two', undefined],
    // An aside about the group is not the group; "the X of <other plural>" may point at the other plural.
    [
      'OpenAI began with a founding team of 11, many of them former Google engineers. Only two of them remain.',
      'two',
      'founders',
    ],
    ['The board, all of them veteran researchers, met on Friday. Four of them voted.', 'Four', 'directors'],
    ['The founding team, mostly engineers from Stripe, split up. Two of them stayed.', 'Two', 'founders'],
    [
      'Altman met the co-founders of three start-ups last week. Two of them remain in stealth mode.',
      'Two',
      undefined,
    ],
    ['He courted the directors of several charities. Four of them said no.', 'Four', undefined],
    ['The founders of OpenAI met in 2015. Two of them remain.', 'Two', 'founders'],
  ])('%s', (text, count, expected) => {
    expect(group(text, count)).toBe(expected);
  });

  it.each<[string[], Array<[string, string]>]>([
    [
      [
        'OpenAI started life in 2015 with a founding team eleven strong. Only two of them are still on the payroll.',
      ],
      [['founders-still-at-openai', 'two']],
    ],
    [
      [
        'The charity’s directors answer to its mission, and it took only four of them to remove its chief executive.',
      ],
      [['board-size', 'four']],
    ],
    [
      ['The co-founders went their separate ways. Two of those remain at the company today.'],
      [['founders-still-at-openai', 'Two']],
    ],
  ])('%s', (blocks, expected) => {
    expect(claims(blocks)).toEqual(expected);
  });

  it('keeps a count of the staff its own words give, where the staff was named last', () => {
    // Some of the staff are many topics' counts (signers, leavers, hires): the pronoun decides none.
    expect(
      claims([
        'The directors said nothing, and the employees’ answer was a letter. By Monday 490 of them had signed it.',
      ]),
    ).toEqual([['staff-letter-signatories', '490']]);
  });

  it('gives another company’s founders no OpenAI topic', () => {
    expect(
      claims(['The founders of rival labs met in July. Two of them now run Meta’s lab.']).filter(
        ([id]) => id.startsWith('founders') || id === 'board-size',
      ),
    ).toEqual([]);
  });

  // One reading of a founding team for the count and for "N of them" after it (foundingAct.ts).
  it.each([
    'OpenAI was formed by an 11-person team. Three of them remain.',
    'OpenAI was founded in 2015 by an 11-person team; three of them remain.',
    'OpenAI was started by an 11-strong group. Only two of them are still there.',
    'An 11-person team founded OpenAI in 2015. Two of them are still there.',
  ])('points back at a sized team that founded the company: %s', (text) => {
    const count = /(?:Three|three|two|Two)(?= of them)/.exec(text)![0];
    expect(group(text, count)).toBe('founders');
  });

  it.each([
    'ChatGPT was built by a 40-person team at OpenAI. Three of them remain.',
    'The safety unit was set up by a 20-person team. Three of them remain.',
    'Sora was launched by a 12-person team. Two of them are still there.',
  ])('a team that made a product or a unit founded nothing: %s', (text) => {
    const count = /(?:Three|Two|two)(?= of them)/.exec(text)![0];
    expect(group(text, count)).toBeUndefined();
  });
});
