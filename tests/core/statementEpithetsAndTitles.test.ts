import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Retrospective and chat wordings: Altman as "the ex-OpenAI boss" or "a Microsoft guy", Brockman
 * who "would no longer be chairman" or whom the announcement "cost the board chair", staff moved
 * "off open-ended research". Each beside near-misses. Every sentence is invented.
 */

describe('Altman as "the ex-OpenAI boss", and "a Microsoft guy"', () => {
  found([
    [
      '"the ex-OpenAI boss" as the subject',
      'The ex-OpenAI boss has signed on with Microsoft, the company said.',
      [['altman-joins-microsoft', 'has signed on with Microsoft']],
    ],
    [
      '"a microsoft guy" in chat',
      "so altman's a microsoft guy now",
      [['altman-joins-microsoft', "'s a microsoft guy"]],
    ],
    [
      '"Microsoft executive" before his name',
      'Microsoft executive Sam Altman spoke on Tuesday.',
      [['altman-joins-microsoft', 'Microsoft executive']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['another former OpenAI chief', 'The former OpenAI chief scientist has signed on with Microsoft.'],
    ['another Microsoft executive', 'Microsoft executive Kevin Scott welcomed the news.'],
  ]);
});

describe('Brockman "no longer chairman", the announcement that "cost him the chair"', () => {
  found([
    [
      '"would no longer be chairman"',
      'The company said Brockman would no longer be chairman.',
      [['brockman-exit', 'no longer be chairman']],
    ],
    [
      '"cost Brockman the board chair"',
      'The announcement also cost Greg Brockman the board chair.',
      [['brockman-exit', 'cost Greg Brockman the board chair']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['another chairman', 'Bret Taylor will no longer be chairman after the review.'],
    ['a cost of something else', "The vote cost Brockman a night's sleep."],
  ]);
});

describe('people moved "off open-ended research"', () => {
  found([
    [
      '"off open-ended research"',
      'People and chips at OpenAI are being shifted off open-ended research and onto ChatGPT.',
      [['research-deprioritised', 'off open-ended research']],
    ],
  ]);
  unmarked('research-deprioritised', [
    ['staff moved off another team', 'OpenAI moved staff off the sales team in 2021.'],
  ]);
});
