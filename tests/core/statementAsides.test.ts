import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A statement with an aside between its parts (a time, a channel, an attribution, a turn of events)
 * is the statement without it: the frames read the clause with the aside cut, and the mark covers the
 * page's words, aside included. An aside that negates, hedges or conditions keeps the clause as it is.
 * Every sentence is invented.
 */

describe('an aside between verb and object', () => {
  found([
    [
      'a turn of events',
      'OpenAI reinstated, in a stunning reversal, Altman as chief executive.',
      [['altman-returns-as-ceo', 'reinstated, in a stunning reversal, Altman as chief executive']],
    ],
    [
      'a time',
      'OpenAI reinstated, after days of talks, Altman as chief executive.',
      [['altman-returns-as-ceo', 'reinstated, after days of talks, Altman as chief executive']],
    ],
    [
      'dashes',
      'OpenAI reinstated — after five days of chaos — Altman as chief executive.',
      [['altman-returns-as-ceo', 'reinstated — after five days of chaos — Altman as chief executive']],
    ],
    [
      'parentheses',
      'OpenAI reinstated (after five days of talks) Altman as chief executive.',
      [['altman-returns-as-ceo', 'reinstated (after five days of talks) Altman as chief executive']],
    ],
    [
      'a channel',
      'Sutskever expressed, in a post on X early on Monday, deep regret for his role.',
      [['sutskever-regret', 'expressed, in a post on X early on Monday, deep regret for his role']],
    ],
  ]);
});

describe('an aside inside the verb group', () => {
  found([
    [
      'an attribution',
      'Sutskever has, according to people close to him, voiced regret.',
      [['sutskever-regret', 'has, according to people close to him, voiced regret']],
    ],
    [
      'an attribution closing with "said"',
      'Sutskever has, people close to him said, voiced regret.',
      [['sutskever-regret', 'has, people close to him said, voiced regret']],
    ],
    [
      'a channel',
      'Sutskever has, in his first public remarks since the firing, voiced regret.',
      [['sutskever-regret', 'has, in his first public remarks since the firing, voiced regret']],
    ],
    [
      'a relative clause after the subject and a time inside the group',
      'Sutskever, who voted to fire Altman, has, on Monday, voiced regret.',
      [['sutskever-regret', 'has, on Monday, voiced regret']],
    ],
    [
      '"it seems"',
      'Sutskever now, it seems, regrets his role in the ouster.',
      [['sutskever-regret', 'regrets his role in the ouster']],
    ],
  ]);
});

describe('near misses: the aside changes what is stated', () => {
  unmarked('altman-returns-as-ceo', [
    ['a condition', 'OpenAI reinstated, if only for now, Altman as chief executive.'],
    ['a modal', 'OpenAI reinstated, the company would later deny, Altman as chief executive.'],
    ['a negation', 'OpenAI reinstated, no one expected it, Altman as chief executive.'],
    ['a modal outside the aside', 'OpenAI might reinstate, after days of talks, Altman as chief executive.'],
    ['a question', 'OpenAI reinstated, after days of talks, Altman as chief executive?'],
    ['a list, not an aside', 'OpenAI reinstated, after days of talks, and Altman cheered.'],
  ]);
  unmarked('sutskever-regret', [
    ['a quote boundary', 'Sutskever expressed, "in a post on X," deep regret.'],
    ['negated outside', 'Sutskever never expressed, in a post on X or anywhere, deep regret.'],
    ['negated after', 'Sutskever expressed, in a post on X, no regret at all.'],
    ['a denial in the aside', 'Sutskever has, in a post he later denied writing, voiced regret.'],
    ['a condition in the aside', 'Sutskever has, in a post on X if it is his, voiced regret.'],
    ['a clause in the aside', 'Sutskever expressed, in a post on X that was later deleted, deep regret.'],
  ]);
});

describe('near misses (review19 #1): the aside disowns its channel or report', () => {
  unmarked('altman-returns-as-ceo', [
    [
      'a retracted report',
      'OpenAI reinstated, according to a report it later retracted, Altman as chief executive.',
    ],
    ['a hoax memo', 'OpenAI reinstated, in a hoax memo to staff, Altman as chief executive.'],
    [
      'a debunked story',
      'OpenAI reinstated, according to a since-debunked story, Altman as chief executive.',
    ],
    [
      'a doctored screenshot',
      'OpenAI reinstated, in a doctored screenshot on Reddit, Altman as chief executive.',
    ],
    [
      'a report they withdrew',
      'OpenAI reinstated, according to a report they withdrew, Altman as chief executive.',
    ],
  ]);
  unmarked('sutskever-regret', [
    ['a fake account', 'Sutskever has, according to a fake account on X, voiced regret.'],
    ['a parody post', 'Sutskever expressed, in a parody post on X, deep regret for his role.'],
    ['a spoof account', 'Sutskever has, a spoof account claimed, voiced regret.'],
    ['a deleted post', 'Sutskever has, in a post he later deleted, voiced regret.'],
    ['an unverified account', 'Sutskever has, according to an unverified account, voiced regret.'],
    ['a satirical site', 'Sutskever has, a satirical site reported, voiced regret.'],
  ]);
});

describe('hits (review19 #1): a plain attribution aside still goes', () => {
  found([
    [
      '"he said"',
      'Sutskever has, he said, voiced regret.',
      [['sutskever-regret', 'has, he said, voiced regret']],
    ],
    [
      'a named paper',
      'Sutskever has, according to a report in the Financial Times, voiced regret.',
      [['sutskever-regret', 'has, according to a report in the Financial Times, voiced regret']],
    ],
  ]);
});
