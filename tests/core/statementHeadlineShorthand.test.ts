import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Headline grammar (headlineShorthand.ts, colonSpeaker.ts): headlines, decks, alerts and table rows drop
 * the verb. "X to Y" with an organisation Y is "X joins Y"; "X: I …" is X speaking; a bare "X out" or
 * "X in" says only that X left or arrived, and marks nothing. Every line is invented.
 */

describe('"X to <organisation>" in a headline-shaped line is "X joins it"', () => {
  found([
    ['bare', 'Altman to Microsoft', [['altman-joins-microsoft', 'to Microsoft']]],
    [
      'full name, trailing "after"',
      'Sam Altman to Microsoft after OpenAI ouster',
      [['altman-joins-microsoft', 'to Microsoft']],
    ],
    [
      'an owner before the name',
      "OpenAI's Sam Altman to Microsoft",
      [['altman-joins-microsoft', 'to Microsoft']],
    ],
    [
      'a table row after its date cell',
      'Nov 20\tAltman to Microsoft',
      [['altman-joins-microsoft', 'to Microsoft']],
    ],
    [
      'after an alert label and dash',
      'Breaking — Altman to Microsoft',
      [['altman-joins-microsoft', 'to Microsoft']],
    ],
    ['"as" saying what for', 'Altman to Microsoft as AI chief', [['altman-joins-microsoft', 'to Microsoft']]],
    ['one clause of two', 'Altman to Microsoft, Brockman too', [['altman-joins-microsoft', 'to Microsoft']]],
    [
      'a colon after it',
      'Altman to Microsoft: what it means for OpenAI',
      [['altman-joins-microsoft', 'to Microsoft']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['a question', 'Altman to Microsoft?'],
    ['a question further on', 'Altman to Microsoft? Not so fast'],
    ['an infinitive of something else', 'Altman to speak at Microsoft event'],
    ['a journey, "from … to"', 'From OpenAI to Microsoft in 48 hours'],
    ['addressed to its staff', 'Altman to Microsoft staff: stay calm'],
    ['a letter to the company', 'A letter from Altman to Microsoft'],
    ['a subject of a sentence', 'Altman to Microsoft would be a coup for Nadella'],
    [
      'a sentence with its full stop',
      'Altman to Microsoft was the rumour on Saturday, but it never happened.',
    ],
    ['negated', 'Altman not to Microsoft after all'],
    ['someone else to it', 'Nadella to Microsoft staff'],
    // review19 #2: a predicate about the move, an address, an alternative.
    ['in doubt', 'Altman to Microsoft in doubt as OpenAI talks resume'],
    ['at risk', 'Altman to Microsoft at risk after staff revolt'],
    ['as good as dead', 'Altman to Microsoft as good as dead, say insiders'],
    ['over', 'Altman to Microsoft over as he returns to OpenAI'],
    ['on hold', 'Altman to Microsoft on hold, sources say'],
    ['off', 'Altman to Microsoft off after weekend talks'],
    ['an address, thanks', 'Altman to Microsoft: thanks for having my back'],
    ['an address, second person', 'Altman to Microsoft: you took a chance on us'],
    ['an address, first person', 'Altman to Microsoft: I owe you one'],
    ['an alternative', 'Altman to Microsoft — or back to OpenAI'],
    ['an alternative after a comma', 'Altman to Microsoft, or a return to OpenAI'],
    ['"too" after it', 'Altman to Microsoft too risky, say analysts'],
  ]);
  found([
    [
      'hit: "amid" after it',
      'Altman to Microsoft amid OpenAI turmoil',
      [['altman-joins-microsoft', 'to Microsoft']],
    ],
    [
      'hit: "following" after it',
      'Sam Altman to Microsoft following weekend ouster',
      [['altman-joins-microsoft', 'to Microsoft']],
    ],
    [
      'hit: an explainer after the colon',
      'Altman to Microsoft: how the deal came together',
      [['altman-joins-microsoft', 'to Microsoft']],
    ],
  ]);
});

/*
 * A bare "X out" / "X in" says that X left or arrived, never how or as what (quit or removed, interim or
 * not), which is what each claim about it asks: no reader takes the particle for the verb, so the line
 * marks nothing, for these claims or any other.
 */
describe('a bare "X out" / "X in" marks nothing', () => {
  found([
    ['quit or removed?', 'Greg Brockman out', []],
    ['"out too"', 'Brockman out too', []],
    ['an owner before the name', "OpenAI's Altman out", []],
    ['interim or not?', 'Altman out, Shear in', []],
    ['"in as"', 'Shear in as interim CEO', []],
    ['"in talks" is a state', 'Shear in talks with OpenAI', []],
  ]);
});

describe('"X: I …" gives the line to X', () => {
  found([
    ['headline', 'Sutskever: I regret', [['sutskever-regret', 'regret']]],
    [
      'full name',
      "Ilya Sutskever: I deeply regret my part in the board's actions",
      [['sutskever-regret', "regret my part in the board's actions"]],
    ],
    [
      'a transcript line',
      "SUTSKEVER: I regret my participation in the board's actions.",
      [['sutskever-regret', "regret my participation in the board's actions"]],
    ],
  ]);
  unmarked('sutskever-regret', [
    ['negated', 'Sutskever: I do not regret anything'],
    ['someone else speaking', 'Altman: I regret nothing'],
    ['"we" speaks for more than him', 'Sutskever: We regret'],
    ['a question about him', 'Sutskever: does he regret it?'],
    ['another subject after the colon', 'Sutskever: the board regrets'],
    ['an organisation before the colon', 'Microsoft: I regret'],
  ]);
  // review19 #7: only the "I" of the sentence the colon opens is the person's.
  unmarked('brockman-exit', [
    [
      'a profile, then the writer’s own "I"',
      'Greg Brockman: a profile. I first met him in 2016 at a dinner in San Francisco, and last year I quit the magazine to write a book about him.',
    ],
    ['a caption, then the writer', 'Brockman: an appreciation! I quit covering tech the year after.'],
  ]);
  unmarked('sutskever-regret', [
    [
      'a notebook, then the writer',
      "Ilya Sutskever: a reporter's notebook. I regret not asking him about the vote when we met.",
    ],
    ['a second sentence after a transcript line', 'SUTSKEVER: No comment. I regret that, says the host.'],
  ]);
  found([
    [
      'hit: the "I" a few words into the clause',
      'Sutskever: Looking back, I regret my part in it',
      [['sutskever-regret', 'regret my part in it']],
    ],
    // review19b #8: a semicolon goes on with the same speaker's quote.
    [
      'hit: the "I" after a semicolon',
      'Altman: I love OpenAI; I will return.',
      [['altman-returns-as-ceo', 'will return']],
    ],
    [
      'hit: a transcript line, then the "I" after a semicolon',
      'SUTSKEVER: It was a hard week; I regret my part in it',
      [['sutskever-regret', 'regret my part in it']],
    ],
  ]);
});
