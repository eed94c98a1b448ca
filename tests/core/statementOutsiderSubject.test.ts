import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A wording whose clause names its own, outside subject ("its head coach") is not said of the story's
 * person named in the block before. Every sentence is invented.
 */

describe("a wording said of someone's own person is not the story's", () => {
  unmarked('firing-reason', [
    [
      '"its head coach had not been candid"',
      "The club's board said its head coach had not been candid about a transfer.",
    ],
    ['"its coach had fallen short on candour"', 'The club said its coach had fallen short on candour.'],
    [
      '"their long-serving manager had not been candid"',
      'The hospital trustees said their long-serving manager had not been candid with them.',
    ],
  ]);
  found([
    [
      'a pronoun leaves the block before to say who',
      'The board said he had not been candid with it.',
      [['firing-reason', 'not been candid']],
    ],
    [
      "the story's company as the owner",
      "OpenAI's board said its chief executive had not been candid with it.",
      [['firing-reason', 'not been candid']],
    ],
  ]);
});
