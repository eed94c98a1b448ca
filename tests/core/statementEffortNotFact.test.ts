import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * An effort, a wish or an impatience before "to", with words between, names an act not yet done:
 * "working with other investors to restore him", "looking forward to returning", "can't wait to get
 * back". Every sentence is invented, in several registers.
 */

describe('an act striven for or wished across a gap is not stated', () => {
  unmarked('altman-returns-as-ceo', [
    [
      'a with-phrase after "working"',
      'Thrive had been working with other backers to reinstate the ousted chief executive.',
    ],
    [
      'a with-phrase after "pushing"',
      'Investors were pushing alongside Microsoft to bring Altman back as CEO.',
    ],
    ['an adverb after "tried"', 'The investors tried desperately to bring Altman back.'],
    ['a manner after "scrambling"', 'Investors were scrambling behind the scenes to reinstate Altman.'],
    ['"hard" after "fighting"', 'Thrive was fighting hard to bring Altman back as chief executive.'],
    ['a partner after "struggling"', 'The interim chief was struggling with the board to restore Altman.'],
    ['a with-phrase after "campaigning"', 'Staff were campaigning with investors to get Altman reinstated.'],
    ['"sought" with a partner', 'Microsoft sought with Thrive to restore Altman as chief executive.'],
    ['"in talks with" a partner', 'The board was in talks with investors to reinstate Altman.'],
  ]);
  unmarked('altman-joins-microsoft', [['"hoped" with an adverb', 'Nadella hoped quietly to hire Altman.']]);
});

describe('the same words that report the act done leave it stated', () => {
  found([
    [
      '"worked with" and a finite act after a comma',
      'Having worked with Nadella for years, Altman joined Microsoft on Monday.',
      [['altman-joins-microsoft', 'joined Microsoft']],
    ],
    [
      'a wait that is not negated',
      'After a long wait, Altman returned as CEO of OpenAI.',
      [['altman-returns-as-ceo', 'returned as CEO of OpenAI']],
    ],

    [
      'his own word that he looks forward to it: the dev sets read it as the return announced',
      'Altman wrote on X that he was looking forward to returning to OpenAI.',
      [['altman-returns-as-ceo', 'to returning to OpenAI']],
    ],
    [
      'a passive "pushed to" is a place, not an effort',
      'Long-term research has been pushed to the margins in favour of ChatGPT.',
      [['research-deprioritised', 'pushed to the margins in favour of']],
    ],
    [
      'a struggle that is over before the act',
      'After struggling for days, Altman returned as CEO of OpenAI.',
      [['altman-returns-as-ceo', 'returned as CEO of OpenAI']],
    ],
    [
      'a partner in a clause of its own before the act',
      'The investors worked with Microsoft, and Altman returned as CEO of OpenAI.',
      [['altman-returns-as-ceo', 'returned as CEO of OpenAI']],
    ],
  ]);
});
