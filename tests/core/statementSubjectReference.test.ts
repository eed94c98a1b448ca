import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Who a statement's subject is when the words for them start with another entity's name: "the
 * ChatGPT boss", "the Twitch co-founder" are people, not the product or the site. Each beside
 * near-misses. Every sentence is invented.
 */

describe('an epithet that opens with a product or company name', () => {
  found([
    [
      '"the ChatGPT boss" returning',
      'The ChatGPT boss has struck a deal to return.',
      [['altman-returns-as-ceo', 'has struck a deal to return']],
    ],
    [
      '"the ChatGPT chief" reclaiming the post',
      'On Wednesday the ChatGPT chief reclaimed the top job.',
      [['altman-returns-as-ceo', 'reclaimed the top job']],
    ],
    [
      '"the Twitch co-founder" named interim',
      'The Twitch co-founder was named interim chief executive on Sunday.',
      [['shear-appointment', 'was named interim chief executive']],
    ],
    [
      "the epithet before the same person's name",
      'Twitch co-founder Emmett Shear was named interim chief executive.',
      [['shear-appointment', 'was named interim chief executive']],
    ],
  ]);
  unmarked('shear-appointment', [
    [
      'the epithet before someone the dataset does not know',
      'Twitch founder Justin Kan was named interim chief executive of his new startup.',
    ],
    ['the site itself', 'Twitch was named the interim sponsor of the event.'],
    // An apposition after the epithet names who it is.
    [
      'the epithet set off before someone the dataset does not know',
      'Another Twitch co-founder, Justin Kan, was named interim CEO of his new start-up on Sunday.',
    ],
    [
      'an apposed unknown founder',
      'A fellow Twitch co-founder, Kevin Lin, was named interim chief executive of a studio.',
    ],
  ]);
  found([
    [
      'the epithet set off before the same person',
      'The Twitch co-founder, Emmett Shear, was named interim chief executive on Sunday.',
      [['shear-appointment', 'was named interim chief executive']],
    ],
    [
      'a longer title is someone else: "the ChatGPT chief scientist"',
      'The ChatGPT chief scientist, Ilya Sutskever, said he deeply regretted his role.',
      [
        ['sutskever-title', 'chief scientist'],
        ['sutskever-regret', 'regretted his role'],
      ],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    [
      '"the ChatGPT chief technology officer"',
      'The ChatGPT chief technology officer is returning to the top job.',
    ],
    [
      '"the ChatGPT chief operating officer"',
      'On Wednesday the ChatGPT chief operating officer reclaimed the top job.',
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['the product itself', 'ChatGPT is back online after an outage.'],
    ['the epithet before another name', 'ChatGPT boss Nick Turley has agreed to return to the stage.'],
  ]);
});

describe('"the man behind ChatGPT": the one chief executive of the company that makes it', () => {
  found([
    [
      '"the whizzkid behind ChatGPT" hired',
      'The whizzkid behind ChatGPT has been scooped up by Microsoft.',
      [['altman-joins-microsoft', 'has been scooped up by Microsoft']],
    ],
    [
      '"the man behind OpenAI" back in charge',
      'A week later the man behind OpenAI was back in charge.',
      [['altman-returns-as-ceo', 'was back in charge']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    [
      '"the brains behind ChatGPT": a scientist as often',
      'The brains behind ChatGPT has been scooped up by Microsoft.',
    ],
    ['the man behind something else', 'The man behind the staff letter has been scooped up by Microsoft.'],
    [
      '"the face of ChatGPT": a spokesperson as often',
      'The face behind ChatGPT has been scooped up by Microsoft.',
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    // The dataset's words make Altman a man: "the woman behind" is someone else.
    ['"the woman behind ChatGPT"', 'The woman behind ChatGPT is returning as chief executive.'],
    ['"the woman behind OpenAI"', 'The woman behind OpenAI was back in charge a week later.'],
    ['"the figurehead behind OpenAI"', 'The figurehead behind OpenAI was back in charge.'],
  ]);
});
