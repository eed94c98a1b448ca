import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 26: Brockman's loss of the chair told with a verb of ceasing in every form, a modal's base form
 * too: "would cease to chair the board" as the future of a past announcement is the news, a
 * condition's "would" is not. Every sentence is invented.
 */

describe('"cease to chair", "stop being chairman": the chair lost', () => {
  found([
    [
      'the future of a past announcement',
      "The directors' post said Brockman would cease to chair the board but stay on as president.",
      [['brockman-exit', 'would cease to chair']],
    ],
    [
      'a narrative "would" after a sentence about him',
      'The statement had a line for Brockman too. He would cease to chair the board and keep his job.',
      [['brockman-exit', 'would cease to chair']],
    ],
    [
      'a headline in the present',
      'Brockman stops being chairman, stays as president',
      [['brockman-exit', 'stops being chairman']],
    ],
    [
      '"will cease to be chairman" in a report',
      'Greg Brockman will cease to be chairman of the board, OpenAI said on Friday.',
      [['brockman-exit', 'will cease to be chairman']],
    ],
    [
      'a past of its own',
      'By Friday night Brockman had stopped chairing the board.',
      [['brockman-exit', 'had stopped chairing']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['a condition before', 'If Altman went, Brockman would cease to chair the board.'],
    ['a condition after', 'Brockman would cease to chair the board if the others outvoted him.'],
    ['a question', 'Would Brockman cease to chair the board?'],
    ['a denial', 'Brockman did not cease to chair the board that week.'],
    ['another post', 'Brockman would cease to be president.'],
    ['another person', 'Sutskever would cease to chair the board.'],
  ]);
});
