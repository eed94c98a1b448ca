import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 25: Microsoft's hire of Altman (and Brockman) told with Microsoft as the one acting — "signed up
 * both Altman and Brockman" after a block that named two other people, "it" after a subject with an
 * aside, "brought him into Microsoft", "the new employer of Altman" — and the unit told as new by a
 * clause after it ("a research group the software company was creating for him"). Every sentence is
 * invented.
 */

describe('"both" before two names is "both … and", not the pair named before', () => {
  found([
    [
      '"signed up both Altman and Brockman" after a block naming two others',
      ['Emmett Shear replaced Mira Murati.', 'Microsoft then signed up both Altman and Brockman.'],
      [['altman-joins-microsoft', 'signed up both Altman and Brockman']],
    ],
    [
      '"hired both Sam Altman and Greg Brockman" after a sentence naming two others',
      'The board named Shear in place of Murati. Within hours Microsoft had hired both Sam Altman and Greg Brockman.',
      [['altman-joins-microsoft', 'had hired both Sam Altman and Greg Brockman']],
    ],
    [
      '"recruited both Brockman and Altman", an attributed report',
      ['Shear took over from Murati.', 'Nadella said his company had recruited both Brockman and Altman.'],
      [['altman-joins-microsoft', 'had recruited both Brockman and Altman']],
    ],
    [
      '"welcomed both Altman and Brockman" in a headline',
      ['Shear in, Murati out.', 'Microsoft welcomes both Altman and Brockman'],
      [['altman-joins-microsoft', 'welcomes both Altman and Brockman']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['an offer to both', ['Shear replaced Murati.', 'Microsoft offered jobs to both Altman and Brockman.']],
    ['a question', ['Shear replaced Murati.', 'Will Microsoft hire both Altman and Brockman?']],
    ['another employer', ['Shear replaced Murati.', 'Google hired both Altman and Brockman.']],
  ]);
});

describe('"it" after a subject organisation with an aside after its name', () => {
  found([
    [
      '"Microsoft, which has $13 billion in OpenAI, … it announced them as its newest hires"',
      "Microsoft, which has $13 billion invested in OpenAI, didn't wait. On Sunday it announced Altman and Brockman as its newest hires.",
      [['altman-joins-microsoft', 'announced Altman and Brockman as its newest hires']],
    ],
    [
      'an apposition: "Microsoft, OpenAI\'s biggest backer, …"',
      "Microsoft, OpenAI's biggest backer, moved fast. It hired Altman that night.",
      [['altman-joins-microsoft', 'hired Altman']],
    ],
    [
      '"who" aside of its chief',
      'Microsoft, whose shares had slipped on Friday after OpenAI fired Altman, acted quickly. Two days later it hired him.',
      [['altman-joins-microsoft', 'hired him']],
    ],
    [
      'a "where" aside',
      'Microsoft, where OpenAI runs its models, was furious. By Monday it had signed up Altman.',
      [['altman-joins-microsoft', 'had signed up Altman']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    [
      'the aside\'s organisation is the subject: "OpenAI, which Microsoft backs, … it hired"',
      'OpenAI, which Microsoft backs, moved fast. It hired Altman back.',
    ],
    ['"it" after the aside is a conditional', "Microsoft, OpenAI's backer, waited. It might hire Altman."],
    ['"it" denies', "Microsoft, OpenAI's backer, waited. It did not hire Altman."],
  ]);
});

describe('the hire as bringing him into Microsoft', () => {
  found([
    [
      '"brought Altman and Brockman into Microsoft"',
      'Satya Nadella announced that he had brought Altman and Brockman into Microsoft.',
      [['altman-joins-microsoft', 'had brought Altman and Brockman into Microsoft']],
    ],
    [
      '"brings Sam to Microsoft" (a caption)',
      'Satya Nadella brings Sam Altman to Microsoft',
      [['altman-joins-microsoft', 'brings Sam Altman to Microsoft']],
    ],
    [
      'passive: "was brought into Microsoft by Nadella"',
      'Altman was brought into Microsoft by Satya Nadella within two days.',
      [['altman-joins-microsoft', 'was brought into Microsoft']],
    ],
    [
      '"brought … over to Microsoft"',
      'Nadella brought Altman over to Microsoft on Sunday night.',
      [['altman-joins-microsoft', 'brought Altman over to Microsoft']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['a visit', 'Nadella brought Altman to Microsoft headquarters for talks.'],
    ['a wish', 'Nadella wanted to bring Altman into Microsoft.'],
    ['a question', 'Could Nadella bring Altman into Microsoft?'],
    ['another place', 'Nadella brought Altman into the talks.'],
  ]);
});

describe('Microsoft as the new employer of Altman', () => {
  found([
    [
      '"Microsoft would be the new employer of Altman and Greg Brockman"',
      'Nadella announced that Microsoft would be the new employer of Altman and Greg Brockman.',
      [['altman-joins-microsoft', 'the new employer of Altman and Greg Brockman']],
    ],
    [
      '"Altman\'s new employer, Microsoft"',
      "Altman's new employer, Microsoft, said he would lead a research group.",
      [['altman-joins-microsoft', "Altman's new employer"]],
    ],
    [
      '"Microsoft, his new employer"',
      'Sam Altman spent Monday with Microsoft, his new employer.',
      [['altman-joins-microsoft', 'his new employer']],
    ],
    [
      '"Microsoft became the new employer of Altman"',
      'By Monday Microsoft had become the new employer of Sam Altman.',
      [['altman-joins-microsoft', 'the new employer of Sam Altman']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['a former employer', "OpenAI, Altman's former employer, said nothing; Microsoft said nothing either."],
    ['a question', 'Will Microsoft be the new employer of Altman?'],
    ['a hypothetical', 'Microsoft could be the new employer of Altman.'],
    ['no Microsoft', "Altman's new employer has not been named."],
  ]);
});

describe('a unit told as new by a clause after it: made or announced for him', () => {
  const before = 'Microsoft held a call on Sunday.';
  found([
    [
      '"a research group the software company was creating for him"',
      [before, 'He will lead a research group the software company was creating for him.'],
      [['microsoft-new-unit', 'research group the software company was creating']],
    ],
    [
      '"a research unit the company announced for him"',
      [before, 'He will head a research unit the company announced for him.'],
      [['microsoft-new-unit', 'research unit the company announced for him']],
    ],
    [
      '"an AI lab Microsoft set up for him"',
      [before, 'He will lead an AI lab Microsoft set up for him.'],
      [['microsoft-new-unit', 'AI lab Microsoft set up for him']],
    ],
    [
      '"a research team that Microsoft created for the pair"',
      [before, 'They were to run a research team that Microsoft created for the pair.'],
      [['microsoft-new-unit', 'research team that Microsoft created for the pair']],
    ],
    [
      '"an AI group the tech giant unveiled for them"',
      [before, 'Both would work in an AI group the tech giant unveiled for them.'],
      [['microsoft-new-unit', 'AI group the tech giant unveiled for them']],
    ],
  ]);
  unmarked('microsoft-new-unit', [
    ['another company', [before, 'He once ran a research group Google created for him.']],
    ['another time, no beneficiary', [before, 'He toured a research group Microsoft set up in 2019.']],
    [
      'another beneficiary',
      [before, 'He toured a research group Microsoft created for its chief scientist.'],
    ],
    ['a question', [before, 'Is there a research group Microsoft created for him?']],
  ]);
});

describe('an offer accepted to head a unit: the hire and the unit are two claims', () => {
  found([
    [
      '"accepted an offer from Microsoft to head a research unit the company announced for him"',
      'Altman accepted an offer from Microsoft to head a research unit the company announced for him.',
      [
        ['altman-joins-microsoft', 'Altman accepted'],
        ['microsoft-new-unit', 'research unit the company announced for him'],
      ],
    ],
    [
      '"is going to run a new unit there": the act\'s own future, the unit alone is the news',
      'Microsoft hired Sam Altman on Sunday, and he is going to run a new AI research unit there.',
      [
        ['altman-joins-microsoft', 'hired Sam Altman'],
        ['microsoft-new-unit', 'new AI research unit'],
      ],
    ],
  ]);
});
