import { describe, expect, it } from 'vitest';
import {
  captionHead,
  captionHedge,
  countedPhrase,
  openingNounPhrase,
} from '../../src/core/page/valueCaption.ts';
import { scanPageFigures } from './helpers/annotate.ts';

/** Each block's figures with their topics and verdicts, reading the blocks in order as the content script does. */
function scanPage(blocks: string[]): string[][] {
  return scanPageFigures(blocks, '2023-11-26').map((f) => [f.text, f.claimId, f.verdict]);
}
const INTRO = 'OpenAI fired Sam Altman on Friday. The week at the ChatGPT maker, in numbers.';
const topicOf = (blocks: string[], value: string) =>
  scanPage([INTRO, ...blocks]).find((f) => f[0] === value)?.[1];

describe("a caption's head", () => {
  it('is its first clause', () => {
    expect(captionHead('directors decided to remove Altman. The board had six seats.')).toBe(
      'directors decided to remove Altman',
    );
    expect(captionHead("Microsoft's reported investment in OpenAI, which gives it 49% — but no vote")).toBe(
      "Microsoft's reported investment in OpenAI",
    );
    expect(captionHead('people held the job in five days: Altman, Murati, Shear')).toBe(
      'people held the job in five days',
    );
  });
  it("is a count's opening noun phrase before a preposition", () => {
    expect(countedPhrase('public apology from inside the board. Ilya Sutskever…')).toBe('public apology');
    expect(countedPhrase('new directors on the slimmed-down board agreed for the return')).toBe(
      'new directors',
    );
    expect(countedPhrase('directors decided to remove Altman')).toBe('directors decided to remove Altman');
  });
  it.each([
    ['lawsuits filed against the board', 'lawsuits'],
    ['days the saga lasted', 'days'],
    ['employees signed a letter', 'employees'],
    ['people held the job', 'people'],
    ['words that filled the feeds', 'words'],
    ['the most seats the board may have', undefined],
  ])('%j opens on the noun phrase %j', (caption, phrase) => {
    expect(openingNounPhrase(caption)).toBe(phrase);
  });
  it.each([
    ['roughly how many people OpenAI employs', 'about'],
    ['about the number of staff who work there', 'about'],
    ['nearly how many signed', 'nearly'],
    ['at least how many walked out', 'at-least'],
    ['the most seats the new board is expected to have', 'up-to'],
    ['the maximum number of directors the board may have', 'up-to'],
    ['directors who voted', undefined],
    ['mostly engineers', undefined],
  ])('%j hedges its value as %j', (caption, hedge) => {
    expect(captionHedge(caption)).toBe(hedge);
  });
});

describe('a big value and its caption', () => {
  it.each([
    [
      [
        '4',
        'directors decided to remove Altman. The board had six seats; the chief executive and his ally Greg Brockman, the chairman, were the two outvoted, and it was all over by lunchtime on Friday.',
      ],
      '4',
      'board-size',
    ],
    [
      [
        '$13bn',
        "Microsoft's reported investment in OpenAI, which by one account gives it 49% of the for-profit arm — but no vote on the nonprofit board that runs it. Microsoft then said it would take on both men.",
      ],
      '$13bn',
      'microsoft-investment',
    ],
    [
      [
        '745',
        'staff who had put their names to the letter by Monday evening, out of a workforce of roughly 770 — a near-unanimous rebuke that left the board isolated and its members facing calls to quit.',
      ],
      '745',
      'staff-letter-signatories',
    ],
    [
      [
        '2',
        "new directors on the slimmed-down board agreed for the return: Bret Taylor as chair, and Larry Summers. Adam D'Angelo stays on.",
      ],
      '2',
      'new-board-newcomers',
    ],
    [
      ['9', 'the most seats the new board is expected to have once it has been rebuilt.'],
      '9',
      'board-expansion',
    ],
    [['770', 'roughly how many people OpenAI employs.'], '770', 'openai-headcount'],
    [['38', "Sam Altman's age. He co-founded OpenAI in 2015."], '38', 'sam-altman-age'],
    [['38', "Altman's age when the board pushed him out."], '38', 'sam-altman-age'],
    [["Altman's age", '38'], '38', 'sam-altman-age'],
    [["38 – Altman's age"], '38', 'sam-altman-age'],
  ])('%j: %s is %s', (blocks, value, claim) => {
    expect(topicOf(blocks, value)).toBe(claim);
  });
  it("takes the caption's hedge: about 770 agrees with the reports", () => {
    expect(
      scanPage([INTRO, '770', 'roughly how many people OpenAI employs.']).find((f) => f[0] === '770')?.[2],
    ).toBe('agrees');
  });
  it.each([
    [
      [
        '1',
        'public apology from inside the board. Ilya Sutskever, the chief scientist, wrote that he regretted his part in removing Altman.',
      ],
      '1',
    ],
    [
      [
        '3',
        "people held the chief executive's job in five days: Altman, then Mira Murati, then — after the board handed Emmett Shear the interim role on Sunday night — Shear.",
      ],
      '3',
    ],
    [
      [
        '12',
        'days the saga lasted, from the Friday sacking of the chief executive by four directors to the deal that put him back in charge with a new board.',
      ],
      '12',
    ],
    [
      [
        '38',
        "years since the company's oldest rival was founded. Its board has never fired a chief executive.",
      ],
      '38',
    ],
    [
      [
        '6',
        'words that filled OpenAI staff feeds on Monday, when employee after employee posted the same line about the board.',
      ],
      '6',
    ],
    [['2', 'lawsuits filed against the directors since the board fired Altman.'], '2'],
    [
      [
        'co-founders out on the first day. Brockman lost his chair in the same announcement.',
        '3',
        "people held the chief executive's job in five days.",
      ],
      '3',
    ],
  ])('%j: %s stays unmarked', (blocks, value) => {
    expect(topicOf(blocks, value)).toBeUndefined();
  });
  it.each([
    [
      ['Signatures reported', 'Kara Swisher, on X', '505', 'morning update'],
      '505',
      'staff-letter-signatories',
    ],
    [['Ceiling on the enlarged board', '9', 'person with knowledge of the talks'], '9', 'board-expansion'],
    [['Staff', 'about 770', 'several thousand'], 'about 770', 'openai-headcount'],
  ])("%j: a table's note cell after the value is no caption (%s is %s)", (blocks, value, claim) => {
    expect(topicOf(blocks, value)).toBe(claim);
  });
});
