import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';
import { boardOfCount } from '../../src/core/claims/boardIdentity.ts';
import { findFigures } from '../../src/core/figures/parseFigure.ts';

/*
 * Which board a count is of (boardIdentity.ts): board-size is the board that acted, never the full board
 * before it, the board after it, a board in general, the people who ran the company in turn, those left over
 * or a count the sentence corrects; the newcomers and the ceiling take only their own counts.
 * Sentences invented for the rule, in many registers.
 */
const board = (hits: Array<[string, string]>) => hits.filter(([id]) => id === 'board-size');

describe('the part of the board that acted is board-size', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['a partitive with the act', 'Four of the six directors voted to remove him.', [['board-size', 'Four']]],
    ['a partitive in a fact box', 'Four of six directors', [['board-size', 'Four']]],
    [
      'the agent of the outvoting',
      'Altman was outvoted by the four other board members.',
      [['board-size', 'four']],
    ],
    [
      'overruled by the others',
      'The chief executive and the chairman were overruled by the four others.',
      [['board-size', 'four']],
    ],
    [
      'a cleft: what let them',
      'The nonprofit charter is what allowed four directors to oust the chief executive.',
      [['board-size', 'four']],
    ],
    ['a cleft: it was', 'It was four people who removed him, not the investors.', [['board-size', 'four']]],
    [
      'the remaining part, its act past a dash list',
      "The remaining four — Toner, McCauley, D'Angelo and Sutskever — voted him out.",
      [['board-size', 'four']],
    ],
    [
      'a board that had shrunk before it acted',
      'Cut to four members by earlier departures, the board acted without warning.',
      [['board-size', 'four']],
    ],
    [
      'an indefinite board that acted',
      'A board of four removed him without warning Microsoft.',
      [['board-size', 'four']],
    ],
    [
      'the agent of the ousting, of his fellows',
      'He was ousted by four of his fellow directors.',
      [['board-size', 'four']],
    ],
    ['a partitive as the agent', 'The vote was carried by four of the six.', [['board-size', 'four']]],
    [
      'a partitive of the board’s members',
      'Four of the board’s six members voted him out.',
      [['board-size', 'Four']],
    ],
  ])('%s', (_, sentence, expected) => {
    expect(board(figures([sentence]))).toEqual(expected);
  });
});

describe('another board’s count is not board-size', () => {
  it.each<[string, string]>([
    [
      'the full board, the ousted counted in',
      'OpenAI’s board had six members at the time, Altman and Brockman among them.',
    ],
    ['the full board, both sat on it', 'Altman and Brockman both sat on the six-person board.'],
    ['the full board, including them', 'Including Altman and Brockman, the board numbered six.'],
    ['the full board at a date', 'In 2023 the board consisted of six directors.'],
    ['the full board as seats', 'There were six seats on the board.'],
    ['the whole of a part', 'Of a board of six, four voted against him.'],
    ['the full board, a fronted with', 'With Altman and Brockman, the board counted six people.'],
    [
      'the full board, its members sat on it',
      'Six people sat on the board, two of them Altman and Brockman.',
    ],
    ['the full board before the vote', 'Before the vote, the board was made up of six directors.'],
    ['the board after, down to', 'The board is down to three members now.'],
    ['the board after, charged with its work', 'Its three directors are now charged with finding more.'],
    [
      'a shrink’s target is the board after it (review: "6 → 4" went unmarked in gold)',
      'The board shrank from six to four.',
    ],
    ['the board after, shrunk', 'The board has since shrunk to three.'],
    ['the board after, pared back', 'After the deal the board was pared back to three directors.'],
    ['the board after, its work ahead', 'The three directors face a long task ahead.'],
    ['the board after, its task', 'The three directors will mainly be choosing new members.'],
    ['a board in a hypothesis', 'With a board of nine, you would never see a weekend like that.'],
    ['a board under a modal', 'A board of nine might have handled the crisis better.'],
    ['leaders in turn', 'That made three people running the company in a single week.'],
    ['those left over, a label', 'Directors who ousted Altman: four. Directors still on the board: one.'],
  ])('%s', (_, sentence) => {
    expect(board(figures([sentence])).filter(([, text]) => !/^four$/i.test(text))).toEqual([]);
  });
});

describe('newcomers and the ceiling take their own counts', () => {
  it.each<[string, string, Array<[string, string]>]>([
    [
      'the other two set against the holdover',
      "D'Angelo stays on from the old board; the other two are newcomers.",
      [['new-board-newcomers', 'two']],
    ],
    [
      'seats going to outsiders',
      "Two of the three seats went to outsiders, with D'Angelo the only holdover.",
      [['new-board-newcomers', 'Two']],
    ],
    [
      'a larger one of up to nine',
      'Their first job is to build a bigger one of up to nine directors.',
      [['board-expansion', 'up to nine']],
    ],
    [
      'a corrected description is nobody’s count',
      'Several outlets described all three as new members when only two were.',
      [],
    ],
    [
      'a new board’s start is not the ceiling',
      'Altman came back under an interim board of three, which might eventually reach as many as nine seats.',
      [['board-expansion', 'as many as nine']],
    ],
  ])('%s', (_, sentence, expected) => {
    expect(figures([sentence])).toEqual(expected);
  });
});

describe('near-misses stay as they were', () => {
  it.each<[string, Array<[string, string]>]>([
    ['Anthropic’s board of five met on Tuesday.', []],
    ['The board of six that hired him in 2019 had changed.', []],
    ['Four directors voted to remove Altman on Friday.', [['board-size', 'Four']]],
    ['Among the four was Ilya Sutskever, the chief scientist.', [['board-size', 'four']]],
  ])('%s', (sentence, expected) => {
    expect(board(figures([sentence]))).toEqual(expected);
  });
});

// review21 #17: the correction of a description is read on the clause's last words, not from every
// "described" on a long sentence (quadratic).
describe('a long run of descriptions', () => {
  it('reads a 60k-character sentence in linear time', () => {
    const text = 'The board described all three as new members, '.repeat(1300) + 'but only two were.';
    const at = text.lastIndexOf('two');
    const figure = { ...findFigures('only two were')[0]!, start: at, end: at + 3 };
    const started = performance.now();
    const board = boardOfCount(text, { start: 0, end: text.length }, figure);
    expect(performance.now() - started).toBeLessThan(300);
    expect(board).toBe('newcomers');
  });
});

// review21 #15: a vote is the board's act only when it is a removal, or closes its clause.
describe('a vote on another matter', () => {
  // The part that voted is not the acting board (the whole it is taken from is still read as main reads it).
  it.each<[string, string]>([
    ['At Twitter, four of the nine directors voted to accept Musk’s offer.', 'four'],
    ['Three of the seven directors decided to approve the budget.', 'Three'],
  ])('%j: the part is no acting board', (sentence, part) => {
    expect(figures([sentence])).not.toContainEqual(['board-size', part]);
  });
  it.each<[string, string]>([
    ['Four of the six directors voted to remove Altman.', 'Four'],
    ['Four of the six directors voted unanimously to fire him.', 'Four'],
    ['Four of the six directors voted him out.', 'Four'],
    ['In the end, four of the six voted.', 'four'],
    ['Four of the six directors voted for his removal.', 'Four'],
  ])('%j keeps the acting count', (sentence, wording) => {
    expect(figures([sentence])).toContainEqual(['board-size', wording]);
  });
});

describe('a board at an unnamed company is a board in general', () => {
  it.each<[string, string]>([
    [
      'a textbook’s contrast',
      'A board of nine independent directors at a listed company faces one kind of negotiation.',
    ],
    ['a columnist’s comparison', 'A board of four at a family firm fires the boss over lunch.'],
    ['a seat count at any charity', 'A board with five seats at a small charity rarely meets.'],
    ['a compound at a start-up', 'A seven-member board at a typical start-up includes investors.'],
    ['of an unnamed bank', 'A board of twelve of a regional bank took months to decide.'],
  ])('%s', (_, sentence) => {
    expect(board(figures([sentence]))).toEqual([]);
  });

  it.each<[string, string, Array<[string, string]>]>([
    [
      'the story’s own, the company named',
      'A board of four at OpenAI fired Altman.',
      [['board-size', 'four']],
    ],
    [
      'the story’s own, "the company"',
      'A board of four at the company fired Altman.',
      [['board-size', 'four']],
    ],
    ['the acting part', 'Four directors at the nonprofit voted to remove him.', [['board-size', 'Four']]],
    [
      'a definite board',
      'The four directors voted him out of a company he had built.',
      [['board-size', 'four']],
    ],
    [
      'the organisation after the act, not the board',
      'In the end a board of four acted for a company of 770 people.',
      [['board-size', 'four']],
    ],
    [
      'the organisation after a verb of deciding',
      'That weekend a board of four decided in an organisation of hundreds.',
      [['board-size', 'four']],
    ],
  ])('but not %s', (_, sentence, expected) => {
    expect(board(figures([sentence]))).toEqual(expected);
  });
});
