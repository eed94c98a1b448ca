import { describe, expect, it } from 'vitest';
import { annotate } from './helpers/annotate.ts';

/*
 * On a page about the story, a definite return noun no one owns ("the return", "the reinstatement",
 * "the comeback", "the return deal"), told as done, is the story's one return, though the page told it
 * paragraphs before or never in so many words. Not on a page that does not name who returned, not where
 * someone else's return is told just before, not where the act is in doubt, undone or money. Every
 * sentence is invented.
 */
const LEAD = 'OpenAI fired Sam Altman on Friday.';
/** A paragraph between the lead and the sentence that names no one. */
const FILLER = 'Markets were jittery all week, and staff traded rumours in group chats.';

/** `[id, text]` of the claims marked in the last block. */
function lastMarks(blocks: string[]): Array<[string, string]> {
  return annotate(blocks)
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim')
    .map((h) => [h.id, h.text]);
}

describe('the story’s return, with no antecedent near it', () => {
  it.each([
    [[LEAD, FILLER, 'The reinstatement was finalised on a Wednesday.'], 'The reinstatement'],
    [
      [LEAD, FILLER, 'One analyst said when the comeback was confirmed that the valuation would hold.'],
      'the comeback was confirmed',
    ],
    [[LEAD, FILLER, 'Shares rose 2% the day the return was announced.'], 'the return was announced'],
    [
      [LEAD, FILLER, 'Shares were up 1% in New York trading after the reinstatement was announced.'],
      'the reinstatement was announced',
    ],
    [
      [LEAD, FILLER, 'After the return deal was signed, the new directors got to work on governance.'],
      'the return deal was signed',
    ],
    [
      [
        LEAD,
        'Altman was back in charge by Wednesday.',
        'Toner left. McCauley left. Sutskever stayed on staff. D’Angelo kept his seat.',
        'Weeks passed. Then, when the return became formal, an observer seat went to Microsoft.',
      ],
      'the return became formal',
    ],
  ])('%j', (blocks, mark) => expect(lastMarks(blocks)).toContainEqual(['altman-returns-as-ceo', mark]));

  it('a clause after "and" tells it too', () =>
    expect(
      lastMarks([
        LEAD,
        'A deal in principle had Sam Altman running OpenAI again by Tuesday, and the reinstatement became official a week later.',
      ]).map(([, text]) => text),
    ).toContainEqual(expect.stringContaining('the reinstatement')));
});

describe('a return noun that is not the story’s', () => {
  it.each([
    // No page naming who returned.
    [['Acme shipped a new phone this week.', 'When the return was announced, its shares fell.']],
    [['The fund had a rough year.', 'The return was announced to investors in January.']],
    // Someone else's return told just before.
    [[LEAD, 'Greg Brockman rejoined the company after a long break.', 'The return was announced in a memo.']],
    [[LEAD, FILLER, 'Acme rehired its founder John Smith. When the return was announced, staff cheered.']],
    [[LEAD, FILLER, 'Brockman came back from leave in 2024. The comeback was confirmed on X.']],
    // In doubt, not done, money.
    [[LEAD, FILLER, 'The return was never certain, insiders said.']],
    [[LEAD, FILLER, 'The return was a long shot.']],
    // What others made of it, not the return told.
    [[LEAD, FILLER, 'The return was greeted with relief by customers in Asia.']],
    [[LEAD, FILLER, 'Before the return was announced, staff waited.']],
    [[LEAD, FILLER, 'The return was 12% that year, filings show.']],
  ])('%j', (blocks) =>
    expect(lastMarks(blocks).filter(([id]) => id === 'altman-returns-as-ceo')).toEqual([]),
  );
});
