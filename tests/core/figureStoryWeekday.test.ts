import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';

/*
 * A page written weeks or years after the November 2023 crisis tells its days by weekday: "On Monday,
 * 700 signed" is the story's Monday, not the Monday before the page's date, which falls in another month
 * than a topic of one month (the signers, the headcount, the board) and used to rule that topic out.
 */
describe("a bare weekday on a later page names the story's day, not the week the page was written", () => {
  it.each<[string, string, string, Array<[string, string]>]>([
    [
      'a retrospective, simple past',
      'On Monday, some 650 employees signed the letter telling the directors to resign.',
      '2023-12-14',
      [['staff-letter-signatories', 'some 650']],
    ],
    [
      'an anniversary piece, pluperfect',
      'By the afternoon on Tuesday roughly 740 staff had signed the open letter to the board.',
      '2025-11-17',
      [['staff-letter-signatories', 'roughly 740']],
    ],
    [
      "a weekday's possessive",
      "Monday's letter carried the signatures of nearly 600 of OpenAI's employees.",
      '2024-02-09',
      [['staff-letter-signatories', 'nearly 600']],
    ],
    [
      'a quarterly letter, the signers and the whole',
      'On Monday about 550 OpenAI employees signed the ultimatum; the company had around 770 staff.',
      '2024-01-24',
      [
        ['staff-letter-signatories', 'about 550'],
        ['openai-headcount', 'around 770'],
      ],
    ],
  ])('%s', (_shape, sentence, published, expected) => {
    expect(figures([sentence], published)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    // "last Monday" counts from when the page was written: a new letter, weeks after the crisis.
    [
      '“last” counts from the page’s date',
      'Last Monday, 600 OpenAI employees signed a letter to the board.',
      '2024-01-10',
    ],
    // A date named before the weekday dates it: the block is about December.
    [
      'a date named earlier in the block anchors the weekday',
      'The board met on 4 December. On Monday, 600 OpenAI employees signed a new letter to it.',
      '2023-12-14',
    ],
    [
      'another company’s staff',
      'On Monday, 600 Google employees signed a letter to their board.',
      '2024-01-10',
    ],
    [
      'a hypothetical',
      'On Monday, 600 employees could have signed a letter to the board, but nobody organised one.',
      '2024-01-10',
    ],
  ])('not the signers: %s', (_shape, sentence, published) => {
    expect(figures([sentence], published)).toEqual([]);
  });
});
