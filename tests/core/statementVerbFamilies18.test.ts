import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Verb families written once in statementFamilies.ts and used by the frames: voicing a feeling of
 * regret, winning one's way back, taking back the post; and frames for accepting an offer and being
 * eased out of the chair. Each beside near-misses, including a light verb whose noun is denied
 * ("expressed no regret"). Every sentence is invented.
 */

describe('voicing regret: %voice %remorse', () => {
  found([
    [
      '"was confessing deep regret"',
      'Sutskever was confessing deep regret over what he had done.',
      [['sutskever-regret', 'was confessing deep regret']],
    ],
    [
      '"professed his remorse"',
      'Sutskever professed his remorse on Monday.',
      [['sutskever-regret', 'professed his remorse']],
    ],
    [
      '"aired public regret"',
      'Sutskever aired public regret for the vote.',
      [['sutskever-regret', 'aired public regret for the vote']],
    ],
  ]);
  unmarked('sutskever-regret', [
    ['no regret voiced', 'Sutskever has expressed no regret.'],
    ['no remorse voiced', 'Sutskever expressed no remorse.'],
    ['not a word of apology', 'Sutskever offered not a word of apology.'],
    ['a negated verb', 'Sutskever did not voice any regret.'],
    ['someone else voicing regret', 'Murati confessed deep regret over the chaos.'],
  ]);
});

describe('a light verb whose noun is denied', () => {
  unmarked('altman-returns-as-ceo', [['no comeback staged', 'Altman staged no comeback.']]);
  found([
    ['a comeback staged', 'Altman staged a comeback.', [['altman-returns-as-ceo', 'staged a comeback']]],
  ]);
});

describe('"not only" adds, it does not deny', () => {
  found([
    [
      '"offered not only an apology"',
      'Sutskever offered not only an apology but a promise to repair the damage.',
      [['sutskever-regret', 'offered not only an apology']],
    ],
    [
      '"voiced not just regret"',
      'Sutskever voiced not just regret but shame over the vote.',
      [['sutskever-regret', 'voiced not just regret']],
    ],
  ]);
  unmarked('sutskever-regret', [['"not a single apology"', 'Sutskever offered not a single apology.']]);
});

describe('back to the post: %wayback his way back, take back %role', () => {
  found([
    [
      '"fought his way back to the top"',
      'A year ago, Altman fought his way back to the top of OpenAI.',
      [['altman-returns-as-ceo', 'fought his way back to the top of OpenAI']],
    ],
    [
      '"clawed his way back into the top job"',
      'Altman clawed his way back into the top job.',
      [['altman-returns-as-ceo', 'clawed his way back into the top job']],
    ],
    [
      '"battled his way back to OpenAI"',
      'Within a week Altman had battled his way back to OpenAI.',
      [['altman-returns-as-ceo', 'had battled his way back to OpenAI']],
    ],
    [
      '"worked his way back into the chief executive role"',
      'Altman worked his way back into the chief executive role.',
      [['altman-returns-as-ceo', 'worked his way back into the chief executive role']],
    ],
    // review19 #10: "made his way back" to the post, the building excluded by the frame ("found" stays out:
    // "found his way back to OpenAI's San Francisco office" slips past the excludes).
    [
      '"made his way back to the helm"',
      'Altman made his way back to the helm of OpenAI within five days.',
      [['altman-returns-as-ceo', 'made his way back to the helm of OpenAI']],
    ],
    [
      '"taken back the reins"',
      'Altman has formally taken back the reins.',
      [['altman-returns-as-ceo', 'has formally taken back the reins']],
    ],
    [
      '"heading back to his old desk"',
      'The sacked boss will be heading back to his old desk.',
      [['altman-returns-as-ceo', 'will be heading back to his old desk']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['his way back from an illness', 'Altman fought his way back from a bout of flu.'],
    ['his way back to a stage', 'Altman made his way back to the stage.'],
    // A trip back to a building, however it is said, is no return to the post.
    [
      'made his way back to the headquarters',
      "Altman made his way back to OpenAI's headquarters on Sunday, wearing a guest badge.",
    ],
    [
      'made his way back to the offices',
      "On Sunday Altman made his way back to the company's offices for talks with the board.",
    ],
    [
      'found his way back to the office',
      "Altman found his way back to OpenAI's San Francisco office for a final round of talks.",
    ],
    [
      'inched his way back to the firm',
      'Altman inched his way back to the firm through the crowd of reporters.',
    ],
    ['pushed his way back to the HQ', "Altman pushed his way back into OpenAI's HQ past the cameras."],
    [
      'fought his way back to the building',
      'Altman fought his way back to the company building through the press pack.',
    ],
  ]);
});

describe('accepting an offer from Microsoft', () => {
  found([
    [
      '"accepted an offer from Microsoft"',
      'Altman accepted an offer from Microsoft.',
      [['altman-joins-microsoft', 'Altman accepted']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['an offer turned down', 'Altman turned down an offer from Microsoft.'],
    ['an award, not an offer', 'Altman accepted an award from Microsoft.'],
  ]);
});

describe('eased out of the chair', () => {
  found([
    [
      '"eased out of the chair"',
      'Brockman was eased out of the chair in the same statement.',
      [['brockman-exit', 'was eased out of the chair']],
    ],
  ]);
  unmarked('brockman-exit', [['eased out of something else', 'Brockman was eased out of the meeting room.']]);
});
