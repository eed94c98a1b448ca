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
  unmarked('shear-appointment', [['a question', 'Emmett Shear spoke. Did anyone call him the new CEO?']]);
});

/*
 * The same, as press digests and readers word it: the verb "title", "the title" right before a quoted
 * title, an owner's possessive inside the quotation's lead ('styled him the company's "…"'), and a
 * report that "has him as" the post. Every sentence is invented.
 */
describe('a title a report gives, as digests word it', () => {
  found([
    [
      '"titled him" and a quoted title',
      ['Ilya Sutskever voted on Friday.', 'A syndicated story titled him "Chief Data Scientist" all week.'],
      [['sutskever-title', 'Chief Data Scientist']],
    ],
    [
      '"gives <name> the title" before a quoted title',
      'The agency\'s version gives Ilya Sutskever the title "Chief Technology Officer" in its second line.',
      [['sutskever-title', 'Chief Technology Officer']],
    ],
    [
      '"the title" before an unquoted title',
      'One feed gave Sutskever the title chief data scientist.',
      [['sutskever-title', 'chief data scientist']],
    ],
    [
      '"styled him the company\'s" before a quoted title',
      ['Ilya Sutskever voted on Friday.', 'A tabloid styled him the company\'s "Chief Data Scientist".'],
      [['sutskever-title', 'Chief Data Scientist']],
    ],
    [
      '"branded him the firm\'s" before a quoted title',
      ['Ilya Sutskever voted on Friday.', 'The broadsheet branded him the firm\'s "CTO" in a caption.'],
      [['sutskever-title', 'CTO']],
    ],
    [
      '"has him as"',
      ['Emmett Shear took over on Sunday.', 'The Sunday paper has him as interim chief, the wires as CEO.'],
      [['shear-appointment', 'interim chief']],
    ],
    [
      '"had Shear as"',
      'A trade site had Emmett Shear as its interim boss by Monday morning.',
      [['shear-appointment', 'interim boss']],
    ],
  ]);
  unmarked('sutskever-title', [
    [
      'a story titled with a headline',
      'Ilya Sutskever spoke. A story titled "Chief Data Scientist quits" ran.',
    ],
    ['"has him as" another person', 'Ilya Sutskever spoke. The paper has Mira Murati as its CTO.'],
    ['a question', 'Ilya Sutskever spoke. Did any wire title him "Chief Data Scientist"?'],
    ['a denial', 'Ilya Sutskever spoke. No outlet gave him the title "Chief Data Scientist".'],
  ]);
  unmarked('shear-appointment', [
    ['"would have him as"', 'Emmett Shear spoke. A rival board would have him as interim CEO, some said.'],
  ]);
});

/*
 * A description the page sets another version against, in its sentence or the next two: a correction or
 * a dispute the page reports ("The profile described Sutskever as its CTO; he was its chief scientist").
 * The wrong version a corrections page quotes is a claim a reader sees (round-25 decision 2): it is
 * marked, and so is the page's own version. Every sentence is invented.
 */
describe('a described title the page corrects', () => {
  found([
    [
      'corrected after a semicolon',
      "The item described Ilya Sutskever as the firm's chief technology officer; he was its chief scientist.",
      [
        ['sutskever-title', 'chief technology officer'],
        ['sutskever-title', 'chief scientist'],
      ],
    ],
    [
      'corrected in the next sentence',
      "An earlier version referred to Ilya Sutskever as OpenAI's CTO. He is its chief scientist.",
      [
        ['sutskever-title', 'CTO'],
        ['sutskever-title', 'chief scientist'],
      ],
    ],
    [
      'another version told after it',
      'A reader notes that one report called Emmett Shear the new CEO. Another said interim CEO.',
      [['shear-appointment', 'new CEO']],
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

/*
 * A title told by an aside after the name that describes its holder by it: "Sutskever, the guy with the
 * chief scientist title,". The aside must end on a noun for the post and be set off after the name.
 */
describe('a title held by "the one with the … title" after the name', () => {
  found([
    [
      'a comma aside',
      'Ilya Sutskever, the fellow with the chief scientist title, kept quiet all weekend.',
      [['sutskever-title', 'chief scientist']],
    ],
    [
      'dashes and "job"',
      'Sutskever — the man with the chief scientist job — signed the letter too.',
      [['sutskever-title', 'chief scientist']],
    ],
    [
      'a wrong title, in a comment',
      'lol Sutskever, the one with the CTO badge, voted with them',
      [['sutskever-title', 'CTO']],
    ],
    [
      'an indefinite aside',
      'Ilya Sutskever, a guy with the chief scientist title, was on the board as well.',
      [['sutskever-title', 'chief scientist']],
    ],
  ]);
  unmarked('sutskever-title', [
    [
      'the post as a plain object',
      'Sutskever sat down with the chief scientist title holders from three labs.',
    ],
    [
      'another person set off',
      'Greg Brockman, the man with the chief scientist title beside him, said little.',
    ],
    ['no name before the aside', 'Someone, the guy with the chief scientist title, spoke first.'],
  ]);
});
