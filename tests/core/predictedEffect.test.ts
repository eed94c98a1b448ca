import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * The act's noun as the subject of a modal is a prediction of what the act will do, not the act
 * ("his return would tighten his grip", "Altman's comeback may not fix…"): round 25's decision. The act
 * stated with its noun ("His return calmed investors"), or the modal of its own happening ("would come
 * days later"), stays marked. "his return" is the noun phrase, not the verb "return" with "his" as its
 * subject. Every sentence is invented.
 */

describe('a prediction of the return’s effect is not the return', () => {
  unmarked('altman-returns-as-ceo', [
    ['a headline: "may not fix"', "Altman's comeback may not fix OpenAI's governance gaps."],
    [
      'a pronoun owner: "would tighten"',
      ['Sam Altman spoke to staff.', 'His return would tighten his grip.'],
    ],
    [
      'an expert, "of" and an aside: "would not by itself fix"',
      'Experts said the return of Mr Altman would not by itself fix the issues.',
    ],
    [
      'an adverb after the modal: "could well embolden"',
      "Sam Altman's reinstatement could well embolden the chief executive, analysts warn.",
    ],
    ['"will likely calm"', ['Sam Altman spoke to staff.', 'His return will likely calm investors.']],
  ]);
  found([
    [
      'near miss: the noun phrase, not the verb, is the act ("His return was announced")',
      ['Sam Altman spoke to staff.', 'His return was announced on Tuesday.'],
      [['altman-returns-as-ceo', 'His return']],
    ],
    [
      'near miss: its effect stated as fact',
      ['Sam Altman spoke to staff.', 'His return calmed investors.'],
      [['altman-returns-as-ceo', 'His return']],
    ],
    [
      'near miss: a modal of its own happening',
      "Sam Altman's return would come days later.",
      [['altman-returns-as-ceo', "Sam Altman's return"]],
    ],
    [
      'near miss: no modal',
      "Altman's comeback surprised nobody.",
      [['altman-returns-as-ceo', "Altman's comeback"]],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['near miss: "her" is an object too', 'The board watched her return to the office.'],
  ]);
});
