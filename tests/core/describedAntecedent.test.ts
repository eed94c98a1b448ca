import { describe, expect, it } from 'vitest';
import { annotate } from './helpers/annotate.ts';

/*
 * A pronoun whose sentence names no one before it but describes someone no name near resolves ("its
 * chief executive") means that description's person, whom the page must name. Every sentence is
 * invented.
 */
const PAGE = ['Sam Altman was the face of AI.', 'Mira Murati spoke on Monday.'];

function lastIds(blocks: string[]): string[] {
  return annotate(blocks)
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim')
    .map((h) => h.id);
}

describe('a pronoun after an unresolved description in its sentence', () => {
  it.each([
    [[...PAGE, 'OpenAI went from firing its chief executive to formally putting him back in charge.']],
    [[...PAGE, 'The board fired the chief executive on Friday and rehired him on Wednesday.']],
    [[...PAGE, 'The board fired its chief executive and days later brought him back.']],
  ])('%j', (blocks) => expect(lastIds(blocks)).toContain('altman-returns-as-ceo'));

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
  ])('%j', (blocks) => expect(lastIds(blocks)).not.toContain('altman-returns-as-ceo'));
});
