import { describe, expect, it } from 'vitest';
import { found, statements, unmarked } from './helpers/statementCases.ts';

/*
 * A headline's bare verb or noun for the act before a noun of talks or effort names what the talks
 * are about ("Altman return talks", "Altman comeback bid"); it does not tell the act (actTalkedAbout.ts).
 * Every sentence is invented, in several registers.
 */

describe('the act as the modifier of talks or an effort is not stated', () => {
  unmarked('altman-returns-as-ceo', [
    ['a scoop on talks', 'Read the Saturday scoop on Altman return talks.'],
    ['negotiations in a headline', 'Altman comeback negotiations drag into Monday'],
    ['a bid as subject', 'The Altman reinstatement bid stalled on Sunday.'],
    ['discussions in a list item', 'Live: Altman return discussions resume at OpenAI HQ'],
    ['a push by investors', 'Investors step up Altman return push'],
  ]);
  unmarked('altman-joins-microsoft', [['hire talks', 'Microsoft in Altman hiring talks, sources say']]);
});

describe('the act itself stays stated', () => {
  found([
    [
      'a headline verb with an object after',
      'Altman returns to OpenAI as CEO',
      [['altman-returns-as-ceo', 'returns to OpenAI as CEO']],
    ],
    [
      'talks told in the next clause',
      'Altman returned as CEO; talks on the new board went on.',
      [['altman-returns-as-ceo', 'returned as CEO']],
    ],
  ]);
});

describe('"talks" as the verb of a name the mark ends on', () => {
  it('keeps the act before it', () => {
    const marks = statements('OpenAI names former Twitch chief Emmett Shear CEO as Altman talks stall');
    expect(marks.map(([id]) => id)).toEqual(['shear-appointment']);
  });
});
