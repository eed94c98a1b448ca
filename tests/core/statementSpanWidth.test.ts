import { describe, expect, it } from 'vitest';
import { matcher } from './helpers/annotate.ts';
import { found } from './helpers/statementCases.ts';

/*
 * One mark covers the words that carry the claim: a negation written as a clitic,
 * a title of more than one word, a reason told in two halves. Every sentence is invented.
 */

describe('a negation written on its verb ("hadn\'t")', () => {
  found([
    [
      '"hadn\'t been candid"',
      'The board said Altman hadn’t been candid with it.',
      [['firing-reason', 'hadn’t been candid']],
    ],
    [
      '"wasn\'t candid"',
      "Directors said Altman wasn't candid with them.",
      [['firing-reason', "wasn't candid"]],
    ],
    [
      'the written-out form',
      'Directors said Altman was not candid with them.',
      [['firing-reason', 'not candid']],
    ],
  ]);
});

describe('a title of more than one word ends the act', () => {
  found([
    [
      '"board chair"',
      'Greg Brockman was dropped as board chair on Friday.',
      [['brockman-exit', 'was dropped as board chair']],
    ],
    [
      '"board chairman"',
      'Greg Brockman stepped down as board chairman.',
      [['brockman-exit', 'stepped down as board chairman']],
    ],
  ]);
});

describe('a reason told in two halves is one mark', () => {
  found([
    [
      '", and said it had lost confidence"',
      'The board decided Altman hadn’t been upfront with it, and said it had lost confidence in him.',
      [['firing-reason', 'hadn’t been upfront with it, and said it had lost confidence']],
    ],
    [
      '", which no longer had confidence"',
      'Altman was not consistently candid with the board, which for that reason no longer had confidence in him.',
      [
        [
          'firing-reason',
          'not consistently candid with the board, which for that reason no longer had confidence in him',
        ],
      ],
    ],
    [
      '", due to which they lost faith"',
      'Altman was not consistently candid with the directors, due to which they lost faith in him.',
      [['firing-reason', 'not consistently candid with the directors, due to which they lost faith in him']],
    ],
    [
      'a demand and its ultimatum in one sentence are one mark (round 14 convention)',
      'The signatories wanted every director gone, and said they were ready to leave for Microsoft if that did not happen.',
      [
        [
          'staff-letter-demand',
          'wanted every director gone, and said they were ready to leave for Microsoft',
        ],
      ],
    ],
  ]);
});

describe('the cheap test that phase 2 has work finds the clitic only before a wording', () => {
  const { cue } = matcher.statements;
  it.each([
    ['He hadn’t been candid, they wrote.', true],
    ["He wasn't always candid, they wrote.", true],
    ["We didn't notice.", false],
  ])('%s', (text, expected) => {
    expect(cue!.test(text)).toBe(expected);
  });
});
