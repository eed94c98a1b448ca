import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A title a report gives a person through a verb of naming or describing: "the wire calls Sutskever
 * OpenAI's chief data scientist", "called him the new CEO", "describes Sutskever as its CTO",
 * "Sutskever appears in its report as OpenAI's chief technology officer", "gives Sutskever his usual
 * description — the company's chief scientist". Questions, denials and another person's title stay
 * unmarked. Every sentence is invented.
 */

describe('a title given by a verb of naming or describing', () => {
  found([
    [
      '"calls <name> <title>"',
      'The agency calls Ilya Sutskever OpenAI\'s "chief data scientist" throughout.',
      [['sutskever-title', 'chief data scientist']],
    ],
    [
      '"dubbed him <title>" after his name',
      ['Ilya Sutskever signed the letter.', "One tabloid dubbed him the firm's chief technology officer."],
      [['sutskever-title', 'chief technology officer']],
    ],
    [
      '"appears in <report> as <title>"',
      "In the evening edition Sutskever appears as OpenAI's chief technology officer.",
      [['sutskever-title', 'chief technology officer']],
    ],
    [
      '"appears in its story as"',
      "Sutskever appears in its story as the company's CTO.",
      [['sutskever-title', 'CTO']],
    ],
    [
      '"is described as"',
      'In the filing, Ilya Sutskever is described as its chief scientist.',
      [['sutskever-title', 'chief scientist']],
    ],
    [
      '"refers to <name> as"',
      'The broadcaster refers to Ilya Sutskever as chief scientist of the start-up.',
      [['sutskever-title', 'chief scientist']],
    ],
    [
      '"gives <name> his description — <title>"',
      "The Post gives Ilya Sutskever his customary description — the lab's chief scientist — and moves on.",
      [['sutskever-title', 'chief scientist']],
    ],
    [
      '"the title of" after a description',
      'The wire gives Sutskever the title of chief data scientist.',
      [['sutskever-title', 'chief data scientist']],
    ],
    [
      '"called him the new CEO"',
      ['Emmett Shear took over on Sunday.', 'Some sites simply called him the new CEO.'],
      [['shear-appointment', 'new CEO']],
    ],
  ]);
  unmarked('sutskever-title', [
    ['a question', 'Does the agency call Ilya Sutskever its chief data scientist?'],
    ['a denial', 'No outlet described Ilya Sutskever as its chief technology officer, and none should.'],
    ['"does not call"', 'The agency does not call Ilya Sutskever its chief technology officer.'],
    ['another person', 'Ilya Sutskever spoke. The agency calls Mira Murati the chief technology officer.'],
    ['another person after "as"', 'Ilya Sutskever spoke. Mira Murati appears in the report as its CTO.'],
  ]);
  unmarked('shear-appointment', [
    ['a question', 'Emmett Shear spoke. Did anyone call him the new CEO?'],
    [
      'set against another version',
      'A reader notes that one report called Emmett Shear the new CEO. Another said interim CEO.',
    ],
  ]);
});

/*
 * A description the page sets another version against, in its sentence or the next two, is a
 * correction or a dispute the page reports: "The profile described Sutskever as its CTO; he was its
 * chief scientist". Every sentence is invented.
 */
describe('a described title the page corrects', () => {
  // Only the page's own version holds: the description it corrects stays unmarked.
  found([
    [
      'corrected after a semicolon',
      "The item described Ilya Sutskever as the firm's chief technology officer; he was its chief scientist.",
      [['sutskever-title', 'chief scientist']],
    ],
    [
      'corrected in the next sentence',
      "An earlier version referred to Ilya Sutskever as OpenAI's CTO. He is its chief scientist.",
      [['sutskever-title', 'chief scientist']],
    ],
    [
      'the same version told again',
      "The agency calls Ilya Sutskever OpenAI's CTO. Nobody else uses that title.",
      [['sutskever-title', 'CTO']],
    ],
  ]);
});

/*
 * A reader's question signed after a dash ("Isn't he the chief scientist? — A. Reader, Leeds") is a
 * question, though its sentence runs on into the signature. Every sentence is invented.
 */
describe('a question signed after a dash', () => {
  unmarked('sutskever-title', [
    [
      'a signed question',
      ['Ilya Sutskever voted on Friday.', "Isn't he the chief scientist? — Dana Okafor, Leeds"],
    ],
    [
      'with an en dash',
      ['Ilya Sutskever voted on Friday.', "Wasn't he chief scientist at the time? – J.P., Cork"],
    ],
    ['a signed question naming him', 'Is Ilya Sutskever still chief scientist? — a reader in Ohio'],
  ]);
  unmarked('shear-appointment', [
    ['a signed question on Shear', 'Was Emmett Shear ever the interim CEO? — Sam Ruiz, Austin'],
  ]);
  found([
    [
      'a statement before a signed question',
      'Ilya Sutskever is the chief scientist. Why did he vote? — Dana Okafor, Leeds',
      [['sutskever-title', 'chief scientist']],
    ],
  ]);
});
