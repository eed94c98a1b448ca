import { describe } from 'vitest';
import { found } from './helpers/statementCases.ts';

/*
 * One fact told as a cause and its consequence (", so", ", and therefore"), or carried on by a relative
 * on the person it concerns (", who as a result", ", whom it accused of"), is one mark; two facts joined
 * so stay two. Every sentence is invented.
 */

describe('the firing reason told as a cause and its consequence is one mark', () => {
  found([
    [
      '", so they no longer had confidence"',
      'The board said Altman was not consistently candid when he dealt with the directors, so they no longer had confidence in him.',
      [
        [
          'firing-reason',
          'not consistently candid when he dealt with the directors, so they no longer had confidence in him',
        ],
      ],
    ],
    [
      '", and therefore it had lost confidence"',
      'The board said Altman was not consistently candid about the deals he made, and therefore it had lost confidence in him.',
      [
        [
          'firing-reason',
          'not consistently candid about the deals he made, and therefore it had lost confidence',
        ],
      ],
    ],
    [
      '", who as a result lost confidence"',
      'The board said Altman was not candid in his communications with the directors, who as a result lost confidence in him.',
      [
        [
          'firing-reason',
          'not candid in his communications with the directors, who as a result lost confidence',
        ],
      ],
    ],
    [
      'the consequence first: ", whom they accused of"',
      'The directors said they had lost confidence in Altman, whom they accused of not being consistently candid.',
      [['firing-reason', 'lost confidence in Altman, whom they accused of not being consistently candid']],
    ],
    [
      'near miss: the two halves in two sentences stay two',
      'The board had lost confidence in Altman. Directors said he was not consistently candid.',
      [
        ['firing-reason', 'lost confidence'],
        ['firing-reason', 'not consistently candid'],
      ],
    ],
    [
      'near miss: two facts joined by ", so" stay two',
      'Greg Brockman was removed as chairman, so he quit.',
      [
        ['brockman-exit', 'was removed as chairman'],
        ['brockman-exit', 'quit'],
      ],
    ],
    [
      'near miss: two facts joined by ", which is why" stay two',
      'Greg Brockman was removed as chairman, which is why he quit.',
      [
        ['brockman-exit', 'was removed as chairman'],
        ['brockman-exit', 'quit'],
      ],
    ],
  ]);
});
