import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * The count of the directors who acted, in the frames news, columns and comments put it in: a clause
 * reported, believed or remembered ("we said on Monday that four directors fired him", "I still can't
 * believe four people fired him"), opened by a conjunction mid-sentence ("That was when four of the
 * company's directors voted him out"), the part left to decide as a noun ("The other four made the
 * call"), and the decision in idiom ("four people deciding the fate of…", "made a decision that…").
 * Sentences invented for the rules, in several registers; near-misses stay unmarked.
 */
const board = (text: string) => figureClaimsAfterLead([text]).filter(([id]) => id === 'board-size');

describe('a reported, believed or remembered clause states the count', () => {
  it.each<[string, string]>([
    ['We told readers on Saturday that four directors had fired him.', 'four'],
    ['The wire service wrote last night that four directors had removed the chief executive.', 'four'],
    ['Honestly I still can’t believe four people fired him.', 'four'],
    ['Longtime readers may remember that four directors ousted Altman in a single afternoon.', 'four'],
    ['Nobody at the company knew four directors had voted him out until the blog post went up.', 'four'],
    ['It is easy to forget that just four people sacked the best-known founder in tech.', 'four'],
  ])('%s', (text, wording) => {
    expect(board(text)).toEqual([['board-size', wording]]);
  });

  it.each([
    // A hypothesis or a question is no statement of the count.
    'Can you believe four people fired him?',
    'Do you really think four people could fire a founder today?',
    // Another company's board.
    'Analysts recalled that four directors of a rival lab had removed its chief executive in 2019.',
    // Those who quit are some of a group, not the board that acted.
    'We reported on Friday that four researchers had resigned.',
  ])('%s stays unmarked', (text) => {
    expect(board(text)).toEqual([]);
  });
});

describe('a conjunction mid-sentence opens the count’s clause', () => {
  it.each<[string, string]>([
    ['That was the weekend when four of the company’s directors voted him out.', 'four'],
    ['Staff learned of it minutes after four of the board’s directors fired him.', 'four'],
    ['Trust collapsed because four people removed him without warning anyone.', 'four'],
    ['The shares slid once four directors had ousted Altman.', 'four'],
  ])('%s', (text, wording) => {
    expect(board(text)).toEqual([['board-size', wording]]);
  });

  it.each([
    'The shares slid when four directors resigned from a rival board.',
    'Investors panicked after four engineers quit.',
    'That was the weekend when four of the company’s researchers left.',
  ])('%s stays unmarked', (text) => {
    expect(board(text)).toEqual([]);
  });
});

describe('the part left to decide, as a noun, did what only the board does', () => {
  it.each<[string, string]>([
    ['The remaining four fired him by video call on Friday.', 'four'],
    ['The other four made the decision without telling Microsoft.', 'four'],
    ['Then the remaining four took the decision alone.', 'four'],
    ['In the end the other four voted him out.', 'four'],
    ["The remaining four made the call: Toner, McCauley, D'Angelo and Sutskever.", 'four'],
  ])('%s', (text, wording) => {
    expect(board(text)).toEqual([['board-size', wording]]);
  });

  it.each([
    'The remaining four stayed on as advisers.',
    'The other four went to a rival lab.',
    'The remaining four were sold to a rival lab.',
    'The other four voted to approve the budget.',
  ])('%s stays unmarked', (text) => {
    expect(board(text)).toEqual([]);
  });
});

describe('the four said again, once the page has counted them', () => {
  const marks = (blocks: string[]) => figureClaimsAfterLead(blocks).filter(([id]) => id === 'board-size');
  it.each<[string[], Array<[string, string]>]>([
    [
      ['Four directors fired him on Friday.', 'By Sunday one of the four seemed to regret it.'],
      [
        ['board-size', 'Four'],
        ['board-size', 'four'],
      ],
    ],
    [
      ['Four directors removed him.', 'Nothing suggests the four acted in bad faith.'],
      [
        ['board-size', 'Four'],
        ['board-size', 'four'],
      ],
    ],
  ])('%j', (blocks, expected) => {
    expect(marks(blocks)).toEqual(expected);
  });

  it.each<[string[]]>([
    [['Microsoft named four partners. One of the four seemed pleased.']],
    [['The four seasons of the year passed.']],
  ])('%j stays unmarked', (blocks) => {
    expect(marks(blocks)).toEqual([]);
  });

  // The same count said again in the same breath is marked once.
  it.each<[string[]]>([
    [['Just four directors fired him, and one of those four later signed the staff letter.']],
  ])('%j is marked once', (blocks) => {
    expect(marks(blocks)).toEqual([['board-size', 'four']]);
  });
});

describe('the whole board, and a provisional one, are not the board that acted', () => {
  it.each([
    'Of the five people who sat on the board that autumn, only two are still there.',
    'Of the six directors who served on it in 2023, one kept his seat.',
    'Taylor will chair a provisional three-member board until the review is done.',
    'A temporary three-person board took over on Wednesday.',
    'The stopgap four-member panel met on Thursday.',
  ])('%s', (text) => {
    expect(board(text)).toEqual([]);
  });
});
