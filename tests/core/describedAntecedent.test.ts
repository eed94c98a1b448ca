import { describe, expect, it } from 'vitest';
import { lastBlockClaimIds } from './helpers/annotate.ts';

/*
 * A pronoun whose sentence names no one before it but describes someone no name near resolves ("its
 * chief executive") means that description's person, whom the page must name. Every sentence is
 * invented.
 */
const LEAD = 'OpenAI fired Sam Altman on Friday.';
const PAGE = ['Sam Altman was the face of AI.', 'Mira Murati spoke on Monday.'];

describe('a pronoun after an unresolved description in its sentence', () => {
  it.each([
    [[...PAGE, 'OpenAI went from firing its chief executive to formally putting him back in charge.']],
    [[...PAGE, 'The board fired the chief executive on Friday and rehired him on Wednesday.']],
    [[...PAGE, 'The board fired its chief executive and days later brought him back.']],
    [[...PAGE, 'Having pushed out its chief executive, the board welcomed him back.']],
  ])('%j', (blocks) => expect(lastBlockClaimIds(blocks)).toContain('altman-returns-as-ceo'));

  it.each([
    // The page names no one the description fits: nobody.
    [
      [
        'The company said Microsoft would take a seat.',
        'OpenAI fired its chief executive and then rehired him.',
      ],
    ],
    // Another post: "him" is its holder, and the act is not theirs.
    [[...PAGE, 'The board fired its chief scientist and later reinstated him.']],
  ])('%j', (blocks) => expect(lastBlockClaimIds(blocks)).not.toContain('altman-returns-as-ceo'));

  // A man named or carried just before keeps "he", the act is his (review22 #3).
  it.each([
    [
      [LEAD, 'Greg Brockman was furious.', 'After the board fired the chief executive, he quit in protest.'],
      'brockman-exit',
    ],
    [
      [
        LEAD,
        'Greg Brockman was stunned.',
        'When the board removed the chief executive, he resigned hours later.',
      ],
      'brockman-exit',
    ],
    [
      [
        LEAD,
        'Ilya Sutskever spoke to staff on Monday.',
        'Removing the chief executive was a decision he deeply regretted.',
      ],
      'sutskever-regret',
    ],
    [
      [
        LEAD,
        'Ilya Sutskever addressed staff on Monday.',
        'The board fired the chief executive and he later said he deeply regretted it.',
      ],
      'sutskever-regret',
    ],
  ])('%j keeps %s', (blocks, id) => expect(lastBlockClaimIds(blocks)).toContain(id));
});
