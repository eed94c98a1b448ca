import { describe, expect, it } from 'vitest';
import { found, statements, unmarked } from './helpers/statementCases.ts';

/*
 * Review 17's too-broad frames, each as a general family: idioms of prominence that are not the
 * post, a post given at another company or another time, and infinitives no order governs.
 */

describe('idioms of prominence are not the top post', () => {
  unmarked('altman-returns-as-ceo', [
    ['"in the hot seat" (under fire)', 'Altman was in the hot seat again as senators grilled him.'],
    ['"in the hot seat" with a place', 'Altman was in the hot seat again on Capitol Hill.'],
    ['"at the head" of a queue', 'Altman is at the head of the queue again.'],
    ['"in the saddle"', 'Altman was in the saddle again for the product launch.'],
    ['"in the chair" of a hearing', 'Altman was in the chair again at the investor dinner.'],
    ['"the startup" opening a longer noun', 'Altman will lead the startup scene again.'],
    ['"the company" opening a longer noun', 'Altman will lead the company picnic once more.'],
    ['what is done again is the round', 'Altman led the company through another funding round again.'],
    ['what is done again is the move', 'Altman took the company into a new market once more.'],
  ]);
  // A bare "back" after the name is an older, separate reading; the idiom must not join the mark.
  it.each([
    'Congress puts Altman back in the hot seat.',
    'The lawsuit puts Altman back in the driving seat of the AI race.',
    'Critics put Altman back in the saddle of the safety debate.',
  ])('gives the idiom no part of a mark: %s', (sentence) => {
    expect(statements(sentence).filter(([, text]) => /seat|saddle/.test(text ?? ''))).toEqual([]);
  });
  found([
    [
      'the post, its place, then the marker',
      'Altman will be at the helm of the company again.',
      [['altman-returns-as-ceo', 'will be at the helm of the company again']],
    ],
    [
      'the post and a day before the marker',
      'Altman took the top job on Wednesday once more.',
      [['altman-returns-as-ceo', 'took the top job on Wednesday once more']],
    ],
    [
      '"at the head of" the company itself',
      'The new board put Altman back at the head of the company.',
      [['altman-returns-as-ceo', 'put Altman back at the head of the company']],
    ],
  ]);
});

describe('a post given at another company or in another year is not the story’s', () => {
  unmarked('shear-appointment', [
    [
      'another company’s post, another year',
      'Justin Kan handed the top job at Twitch to Emmett Shear in 2014.',
    ],
    ['"years earlier"', 'Years earlier, Justin.tv gave the CEO role to Emmett Shear.'],
    [
      'the company as the giver',
      'Twitch handed the chief executive role to Emmett Shear, who ran it until March.',
    ],
    [
      'a marker in the next clause',
      'Amazon handed the helm to Emmett Shear in 2014, temporarily keeping the founders.',
    ],
    ['another company after "of"', 'The founders gave the leadership of Justin.tv to Emmett Shear.'],
    ['a decade ago', 'A decade ago the founders handed the CEO job to Emmett Shear.'],
  ]);
  found([
    [
      'the board gives the post, for now',
      'OpenAI’s board handed the top job, for now, to Emmett Shear.',
      [['shear-appointment', 'handed the top job, for now, to Emmett Shear']],
    ],
  ]);
});

describe('an infinitive no order governs is a deed', () => {
  found([
    [
      'a participle of pressing opens the sentence',
      'Pressed by investors, the board moved within days to reinstate Altman.',
      [['altman-returns-as-ceo', 'to reinstate Altman']],
    ],
    [
      'the order in a clause of its own before "and"',
      'Investors pressed hard, and within days the board moved to reinstate Altman.',
      [['altman-returns-as-ceo', 'to reinstate Altman']],
    ],
    [
      'the wish in a relative clause',
      'Microsoft, which had wanted Altman all along, moved to hire him.',
      [['altman-joins-microsoft', 'to hire him']],
    ],
    [
      'another finite verb after the wish',
      'Investors wanted a deal; within days the board moved to reinstate Altman.',
      [['altman-returns-as-ceo', 'to reinstate Altman']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['the order with its object', 'The staff told the directors to reinstate Altman.'],
    ['the order past an aside', 'Employees urged the board, in writing, to reinstate Altman.'],
    ['a list of ordered infinitives', 'The staff told the board to resign and to reinstate Altman.'],
  ]);
});
