import { describe, expect, it } from 'vitest';
import { inflectVerb } from '../../src/core/text/inflectVerb.ts';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * General families of news English the statement frames lacked: "goes"/"vetoes" (a verb in "-o"),
 * "very sorry" (an intensifier before the adjective), "his deep regret" and "a 72-hour stint" (the
 * adjectives a noun for the act takes), "the Altman comeback" (a name used as the noun's modifier),
 * "the firm's chief scientist, Ilya Sutskever," (the holder after the title), appointment verbs
 * ("designated", "confirmed as"), "parted ways with", candour "fallen short of". Every sentence is
 * invented; each family beside near-misses that must stay unmarked.
 */

describe('the third person of a verb in "-o"', () => {
  it.each([
    ['go', 'goes'],
    ['veto', 'vetoes'],
    ['echo', 'echoes'],
    ['do', 'does'],
  ])('%s → %s', (base, third) => {
    expect(inflectVerb(base).third).toBe(third);
  });
  it.each([
    ['video', 'videos'],
    ['radio', 'radios'],
  ])('a vowel before the "o": %s → %s', (base, third) => {
    expect(inflectVerb(base).third).toBe(third);
  });
  found([
    [
      'headline "goes back to OpenAI"',
      'Altman goes back to OpenAI',
      [['altman-returns-as-ceo', 'goes back to OpenAI']],
    ],
    [
      '"goes back to OpenAI as chief executive"',
      'Under the deal Altman goes back to OpenAI as chief executive.',
      [['altman-returns-as-ceo', 'goes back to OpenAI as chief executive']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a plan', 'Altman plans to go back to OpenAI if the board resigns.'],
    ['a question', 'Does Altman go back to OpenAI?'],
    ['someone else', 'Murati goes back to her old job at OpenAI.'],
  ]);
});

describe('an intensifier before "sorry"', () => {
  found([
    [
      '"was very sorry"',
      'Sutskever said he was very sorry for his vote.',
      [['sutskever-regret', 'was very sorry for his vote']],
    ],
    ['"is so sorry"', 'Ilya Sutskever says he is so sorry.', [['sutskever-regret', 'is so sorry']]],
    [
      '"was truly, deeply" as two adverbs',
      'Sutskever wrote that he was truly deeply sorry.',
      [['sutskever-regret', 'was truly deeply sorry']],
    ],
  ]);
  unmarked('sutskever-regret', [
    ['a negation', 'Sutskever said he was not very sorry at all.'],
    ['a condition', 'Sutskever would be very sorry if staff left.'],
    ['another person', 'Murati said she was very sorry for the confusion.'],
  ]);
});

describe('the adjectives a noun for the act takes', () => {
  found([
    [
      '"his deep regret"',
      'Sutskever voiced his deep regret on Monday.',
      [['sutskever-regret', 'his deep regret']],
    ],
    [
      '"his heartfelt apology"',
      'Sutskever posted his heartfelt apology on X.',
      [['sutskever-regret', 'his heartfelt apology']],
    ],
    [
      '"72-hour stint as interim"',
      ['Emmett Shear took over on Sunday.', "Shear's 72-hour stint as interim chief is a footnote now."],
      [['shear-appointment', "Shear's 72-hour stint as interim"]],
    ],
    [
      '"three-day tenure as interim"',
      ['Emmett Shear took over on Sunday.', 'His three-day tenure as interim CEO ended on Tuesday.'],
      [['shear-appointment', 'His three-day tenure as interim']],
    ],
  ]);
  unmarked('sutskever-regret', [
    ["another's regret", "Murati voiced her deep regret at the board's decision."],
    ['a regret denied', 'Sutskever never voiced any deep regret.'],
  ]);
});

describe('a name used as the modifier of the noun for the act', () => {
  found([
    [
      '"The Altman comeback was"',
      'The Altman comeback was complete by Wednesday.',
      [['altman-returns-as-ceo', 'The Altman comeback']],
    ],
    [
      '"The Altman restoration" with a past tense after it',
      'The Altman restoration cleared the way for the share sale.',
      [['altman-returns-as-ceo', 'The Altman restoration']],
    ],
    [
      'headline "Altman comeback confirmed"',
      'Altman comeback confirmed',
      [['altman-returns-as-ceo', 'Altman comeback']],
    ],
    [
      '"The Sutskever apology came"',
      'The Sutskever apology came on Monday.',
      [['sutskever-regret', 'The Sutskever apology']],
    ],
    [
      '"The Brockman resignation came"',
      'The Brockman resignation came hours later.',
      [['brockman-exit', 'The Brockman resignation']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a modifier of a noun after it', 'Altman comeback talks stall.'],
    ['a question', 'Will the Altman comeback happen?'],
    ['rumours of it', 'The Altman reinstatement talks collapsed.'],
  ]);
  unmarked('brockman-exit', [['a hypothetical', 'A Brockman departure would be a blow to the company.']]);
});

describe('the holder named after the title, set off by commas', () => {
  found([
    [
      '"the firm\'s chief scientist, Ilya Sutskever, who"',
      "Among the signatories is the firm's chief scientist, Ilya Sutskever, who sits on the board.",
      [['sutskever-title', 'chief scientist']],
    ],
    [
      '"the board\'s chief scientist, Ilya Sutskever,"',
      "The board's chief scientist, Ilya Sutskever, voted with the majority.",
      [['sutskever-title', 'chief scientist']],
    ],
    [
      'a dash after the name in a list of roles',
      'Ilya Sutskever — chief scientist, board member, and the swing vote',
      [['sutskever-title', 'chief scientist']],
    ],
  ]);
  unmarked('sutskever-title', [
    ["another company's chief scientist", "Google's chief scientist, Jeff Dean, praised Ilya Sutskever."],
    ['a title its holder is not named after', 'The chief scientist, the board said, would stay on.'],
  ]);
});

describe('appointment verbs: "designated", "confirmed as"', () => {
  found([
    [
      '"designated … as interim chief executive"',
      'The board designated Emmett Shear as interim chief executive.',
      [['shear-appointment', 'designated Emmett Shear as interim chief executive']],
    ],
    [
      '"was confirmed as interim CEO"',
      'Emmett Shear was confirmed as interim CEO on Monday.',
      [['shear-appointment', 'was confirmed as interim CEO']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['Shear confirming something', 'Emmett Shear confirmed he had spoken to the board.'],
    ['a wish', 'Staff wanted the board to designate someone else as interim CEO, not Emmett Shear.'],
    ['a question', 'Will the board confirm Emmett Shear as interim CEO?'],
  ]);
});

describe('parting ways with the company', () => {
  found([
    [
      '"parted ways with OpenAI"',
      'Greg Brockman parted ways with OpenAI on Friday.',
      [['brockman-exit', 'Greg Brockman parted ways']],
    ],
    [
      '"split with the company"',
      'Greg Brockman split with the company hours later.',
      [['brockman-exit', 'split with the company']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['a split with a person', 'Greg Brockman parted ways with Altman on strategy years ago.'],
    ['a negation', 'Greg Brockman has not parted ways with OpenAI.'],
    ['a plan', 'Greg Brockman may part ways with OpenAI.'],
  ]);
});

describe('candour fallen short of', () => {
  found([
    [
      '"fallen short of consistent candour"',
      'The board said Altman had fallen short of consistent candour with directors.',
      [['firing-reason', 'short of consistent candour']],
    ],
    [
      '"short of candor"',
      'Directors said Altman fell short of candor.',
      [['firing-reason', 'short of candor']],
    ],
  ]);
  unmarked('firing-reason', [
    ['a denial', 'Altman said he had never fallen short of candour with anyone.'],
    ['a question', 'Did Altman fall short of candour?'],
    ['a loss of confidence denied', 'The board said it had not lost confidence in Altman.'],
    ['"less than candid" denied', 'Altman said he had never been less than candid with anyone.'],
  ]);
  found([
    [
      'a negation the claim carries still marks "consistently candid"',
      'The board said Altman was never consistently candid.',
      [['firing-reason', 'consistently candid']],
    ],
  ]);
});
