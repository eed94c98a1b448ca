import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Word families the frames lacked, found by probing every topic with invented wordings: regret
 * told as an admission ("admitted it was a mistake", "conceded he had been wrong", "owned up",
 * "asked for forgiveness"), quitting idioms ("packed his bags", "cleared his desk"), removal
 * verbs ("sidelined from the board", "edged out as chairman"), and a return told as an
 * appointment again ("was once again named chief executive"). Each beside near-misses.
 */

describe('regret told as an admission', () => {
  found([
    [
      '"admitted it was a mistake"',
      'Sutskever admitted it was a mistake.',
      [['sutskever-regret', 'admitted it was a mistake']],
    ],
    [
      '"conceded he had been wrong"',
      'Ilya Sutskever conceded on Monday that he had been wrong.',
      [['sutskever-regret', 'conceded on Monday that he had been wrong']],
    ],
    [
      '"asked for forgiveness"',
      'Sutskever asked for forgiveness.',
      [['sutskever-regret', 'asked for forgiveness']],
    ],
    ['"begged forgiveness"', 'Sutskever begged forgiveness.', [['sutskever-regret', 'begged forgiveness']]],
  ]);
  unmarked('sutskever-regret', [
    ['a negation', 'Sutskever never admitted a mistake.'],
    ['a denial', 'Sutskever denied it was a mistake.'],
    ['a condition', 'Sutskever would admit a mistake if asked.'],
    ['an admission of something else', 'Sutskever admitted he had voted with the majority.'],
    ['another person', 'Altman asked for forgiveness.'],
  ]);
});

describe('quitting idioms and removal verbs', () => {
  found([
    ['"packed his bags"', 'Greg Brockman packed his bags.', [['brockman-exit', 'packed his bags']]],
    [
      '"cleared his desk"',
      'Brockman cleared his desk on Friday night.',
      [['brockman-exit', 'cleared his desk']],
    ],
    [
      '"sidelined from the board"',
      'Brockman was sidelined from the board.',
      [['brockman-exit', 'was sidelined from the board']],
    ],
    [
      '"edged out as chairman"',
      'Brockman was edged out as chairman.',
      [['brockman-exit', 'was edged out as chairman']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['sidelined from something else', 'Brockman was sidelined in the talks.'],
    ['a possibility', 'Brockman may pack his bags.'],
    ['another person', 'Murati cleared her desk.'],
  ]);
});

describe('a return told as an appointment again', () => {
  found([
    [
      '"was named CEO again"',
      'Altman was named CEO again.',
      [['altman-returns-as-ceo', 'was named CEO again']],
    ],
    [
      '"was once again named chief executive"',
      'Altman was once again named chief executive.',
      [['altman-returns-as-ceo', 'was once again named chief executive']],
    ],
    ['active', 'The board named Altman CEO again.', [['altman-returns-as-ceo', 'named Altman CEO again']]],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a first appointment', 'Altman was named CEO in 2019.'],
    ['a possibility', 'Altman could be named CEO again.'],
    ['named to something else', 'Altman was once again named to the board.'],
  ]);
});

describe('"how sorry he was": the adjective put before its subject', () => {
  found([
    [
      '"to say how deeply sorry he was"',
      'Sutskever went on X to say how deeply sorry he was.',
      [['sutskever-regret', 'how deeply sorry he was']],
    ],
    [
      '"wrote how sorry he is"',
      'Sutskever wrote how sorry he is.',
      [['sutskever-regret', 'how sorry he is']],
    ],
  ]);
  unmarked('sutskever-regret', [
    ['the report denied', 'Sutskever never said how sorry he was.'],
    ['another subject', 'Sutskever wondered how sorry Altman was.'],
    ['a question', 'Reporters asked Sutskever how sorry he was.'],
    ['an obligation', 'Sutskever asked how sorry he should be.'],
  ]);
});
