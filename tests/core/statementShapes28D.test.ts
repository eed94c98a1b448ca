import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 28 (D): the board's trust told as stopped or withdrawn; Brockman's exit told by a bare "was gone"
 * or with a manner phrase after it ("left of his own accord"), unless it sums up the steps the next
 * sentence tells; Sutskever's title as "top scientist", as "the chief scientist's post"
 * and as a printed title ("gave his title as …"); a clause of wanting before a colon, which heads no
 * demand; where or when something was said, between a verb and its particle. Every sentence is invented.
 */

describe("the board's trust told as stopped or withdrawn", () => {
  found([
    [
      '"had stopped trusting him"',
      'Altman was fired after the directors said they had stopped trusting him.',
      [['firing-reason', 'stopped trusting him']],
    ],
    [
      '"stopped trusting what he told"',
      'The board stopped trusting what he told it, a statement said.',
      [['firing-reason', 'stopped trusting what he told']],
    ],
    [
      '"withdrew its confidence in"',
      'In its statement the board withdrew its confidence in Altman.',
      [['firing-reason', 'withdrew its confidence in Altman']],
    ],
    [
      '"had withdrawn their trust in"',
      'Directors had withdrawn their trust in the chief executive, the company said.',
      [['firing-reason', 'withdrawn their trust in the chief executive']],
    ],
    [
      '"ceased to trust"',
      'The board said it ceased to trust Altman.',
      [['firing-reason', 'ceased to trust Altman']],
    ],
  ]);
  unmarked('firing-reason', [
    ['another object of trust', 'Investors stopped trusting Microsoft after the outage.'],
    ['a question', 'Had the board really stopped trusting him?'],
    ['a condition', 'If the board withdraws its confidence in him, he will go.'],
    ['a denial', 'The board never withdrew its confidence in Altman, his allies claimed.'],
  ]);
});

describe('Brockman\'s exit as a bare "was gone" or a verb with a manner phrase after it', () => {
  found([
    ['"was gone"', 'By Friday night Greg Brockman was gone.', [['brockman-exit', 'was gone']]],
    ['"was gone too"', 'Greg Brockman was gone too, a source said.', [['brockman-exit', 'was gone']]],
    [
      '"left of his own accord"',
      'Greg Brockman was not pushed; he left of his own accord.',
      [['brockman-exit', 'left']],
    ],
    ['"quit that same evening"', 'Greg Brockman quit that same evening.', [['brockman-exit', 'quit']]],
    [
      '"walked out of his own volition"',
      'Greg Brockman walked out of his own volition.',
      [['brockman-exit', 'walked out']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['gone somewhere', 'Greg Brockman was gone for a week on holiday in October.'],
    ['a question', 'Was Greg Brockman gone within hours?'],
    ['a hypothetical', 'Greg Brockman would be gone within hours if the board pushed him.'],
    ['another person gone', 'Greg Brockman stayed; Emmett Shear was gone within hours.'],
  ]);
});

describe('a bare exit that sums up the steps the next sentence tells', () => {
  found([
    [
      'steps opened by "first"',
      'Greg Brockman went too. He was first removed as chairman, and by evening he had quit.',
      [
        ['brockman-exit', 'was first removed as chairman'],
        ['brockman-exit', 'had quit'],
      ],
    ],
    [
      'near miss: no steps after it, the bare exit stays',
      'Greg Brockman was gone, too. Microsoft hired him on Sunday.',
      [['brockman-exit', 'was gone']],
    ],
    [
      'near miss: a next sentence of another claim',
      'Greg Brockman was out as well. At first Sam Altman said nothing.',
      [['brockman-exit', 'was out']],
    ],
  ]);
});

describe("Sutskever's title as top scientist, the chief scientist's post, a printed title", () => {
  found([
    [
      '"OpenAI\'s top scientist"',
      'One signature was that of Ilya Sutskever, OpenAI’s top scientist.',
      [['sutskever-title', 'top scientist']],
    ],
    [
      '"the company\'s top scientist"',
      'Ilya Sutskever, the company’s top scientist, signed it.',
      [['sutskever-title', 'top scientist']],
    ],
    [
      '"who held the chief scientist\'s post"',
      'Ilya Sutskever, who held the chief scientist’s post, backed the vote.',
      [['sutskever-title', 'chief scientist']],
    ],
    [
      '"gave his title as"',
      'An earlier version of this article gave Ilya Sutskever’s title as chief technology officer.',
      [['sutskever-title', 'chief technology officer']],
    ],
    [
      '"listed his title as"',
      'The filing listed Ilya Sutskever’s title as chief scientist.',
      [['sutskever-title', 'chief scientist']],
    ],
  ]);
  unmarked('sutskever-title', [
    ['another person the top scientist', 'Ilya Sutskever praised Jan Leike, Anthropic’s top scientist.'],
    ['top scientists in general', 'Ilya Sutskever is among the top scientists in the field.'],
    [
      'the chief scientist’s post held by another',
      'Jan Leike held the chief scientist’s post at a rival lab, Ilya Sutskever said.',
    ],
    [
      'the chief scientist’s post wanted, not held',
      'Ilya Sutskever never wanted the chief scientist’s post.',
    ],
    [
      "another person's title",
      'Ilya Sutskever said the filing gave Mira Murati’s title as chief technology officer.',
    ],
  ]);
});

describe('a clause of wanting before a colon is no head of demand terms', () => {
  found([
    [
      '"when they want the cameras to notice:"',
      'Staff did what protesters do when they want the cameras to notice: they posted "OpenAI is nothing without its people".',
      [['staff-solidarity-post', 'they posted "OpenAI is nothing without its people']],
    ],
    [
      '"Employees wanted to be seen:"',
      'Employees wanted everyone to see it: dozens posted "OpenAI is nothing without its people" within the hour.',
      [['staff-solidarity-post', 'dozens posted "OpenAI is nothing without its people']],
    ],
    [
      '"Staff want their bosses back:"',
      'Staff want their bosses back: dozens posted "OpenAI is nothing without its people".',
      [['staff-solidarity-post', 'dozens posted "OpenAI is nothing without its people']],
    ],
  ]);
  unmarked('staff-solidarity-post', [
    ['a slogan other staff posted', 'Musicians posted "The orchestra is nothing without its players".'],
    ['a question', 'Did staff really post "OpenAI is nothing without its people"?'],
    ['a wish', 'Staff wanted to post "OpenAI is nothing without its people" but held back.'],
  ]);
});

describe('where or when it was said, between the verb and its particle', () => {
  found([
    [
      '"confessed on X to"',
      'Ilya Sutskever confessed on X to deep remorse over his role.',
      [['sutskever-regret', 'confessed on X to deep remorse over his role']],
    ],
    [
      '"owned on social media to"',
      'Ilya Sutskever admitted on social media to deep regret for his part.',
      [['sutskever-regret', 'admitted on social media to deep regret for his part']],
    ],
    [
      '"confessed on his LinkedIn to"',
      'Ilya Sutskever confessed on his LinkedIn to profound regret for the vote.',
      [['sutskever-regret', 'confessed on his LinkedIn to profound regret for the vote']],
    ],
    [
      '"confessed late on Monday to"',
      'Ilya Sutskever confessed late on Monday to deep remorse for the vote.',
      [['sutskever-regret', 'confessed late on Monday to deep remorse for the vote']],
    ],
  ]);
  unmarked('sutskever-regret', [
    ['another person', 'Ilya Sutskever said Adam D’Angelo had confessed on X to deep remorse.'],
    ['a denial', 'Ilya Sutskever never confessed on X to any remorse.'],
    ['a hypothetical', 'Ilya Sutskever might confess on X to deep remorse.'],
  ]);
});

describe('a connective before the subject of a clause the next verb shares', () => {
  const NAMED = 'Greg Brockman was angry.';
  found([
    [
      '"So he …, then left"',
      [NAMED, 'So he lost his board chair, then left of his own accord.'],
      [
        ['brockman-exit', 'lost his board chair'],
        ['brockman-exit', 'left'],
      ],
    ],
    [
      '"Eventually he …, and quit"',
      [NAMED, 'Eventually he gave up the chair and quit the company.'],
      [
        ['brockman-exit', 'gave up the chair'],
        ['brockman-exit', 'quit the company'],
      ],
    ],
    [
      '"Still, he …, then walked out"',
      [NAMED, 'Still, Greg Brockman lost the chairmanship, then walked out.'],
      [
        ['brockman-exit', 'lost the chairmanship'],
        ['brockman-exit', 'walked out'],
      ],
    ],
  ]);
  unmarked('brockman-exit', [
    ['the verb after "then" is another person’s', [NAMED, 'So he stayed, then Emmett Shear left.']],
    ['a condition', [NAMED, 'So if he lost the chair, then he would leave.']],
    ['a question', [NAMED, 'So did he lose the chair, then leave?']],
  ]);
});
