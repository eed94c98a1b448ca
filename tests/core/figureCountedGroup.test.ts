import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const figureClaims = (block: string) => figureClaimsAfterLead([block], '2023-11-22');
const boardSize = (block: string) => figureClaims(block).filter(([id]) => id === 'board-size');

describe("another group's count is not the board that fired Altman (countedGroup.ts)", () => {
  it.each([
    // Set apart from a whole by the phrase's own modifier.
    'Two other members of the board, Altman himself and the company’s president, Greg Brockman, were outvoted.',
    'OpenAI’s board said two other directors had been told in advance.',
    'The board will add three more directors before the spring.',
    'Sources said two additional board members had been approached.',
    // A body meant not to last.
    'In its place is a starter board of three: Bret Taylor, Larry Summers and Adam D’Angelo.',
    'OpenAI named a three-member caretaker board on Wednesday.',
    'A skeleton board of three will run OpenAI’s nonprofit until the review ends.',
    // A size that is to change.
    'A board of three, for now',
    'OpenAI’s board will have three directors for the time being.',
    'A board of three, for now, will run the nonprofit.',
    // Holders of one post in turn.
    'Three days, three people in the top job.',
    'OpenAI, founded in 2015, went through three people as chief executive in one weekend.',
    'OpenAI had four people at the helm in five days.',
    // A group that leaves.
    'Three directors are departing: Ilya Sutskever, Helen Toner and Tasha McCauley.',
    'Under the deal, two board members will step down from OpenAI’s board.',
    'Three OpenAI directors lost their seats in the overhaul.',
    // A group whose work lies ahead.
    'The three directors’ main job will be to vet and appoint as many as nine members for a larger board.',
    'The three-person board is meant to be a bridge.',
    'The three directors are tasked with overseeing an investigation into Altman’s firing.',
  ])('%s', (block) => {
    expect(boardSize(block)).toEqual([]);
  });
});

describe('…while the board that acted keeps its count', () => {
  it.each<[string, string]>([
    ['OpenAI’s board of four directors voted to remove Altman on Friday.', 'four'],
    // review19 #11: "for now" inside an apposition qualifies the apposition, not the board.
    ['The board of six, for now the only check on Altman, fired him on Friday.', 'six'],
    ['Its four directors, for the moment the most powerful people in AI, voted to remove him.', 'four'],
    ['The four other board members voted to fire Altman.', 'four'],
    ['Four directors fired Altman on Friday afternoon.', 'Four'],
    ['The decision to oust Altman was taken by four board members.', 'four'],
    ['Four board members, more than enough, voted to oust Altman.', 'Four'],
    ['The four directors who fired Altman stepped down.', 'four'],
    [
      'The decision was taken by the board’s four other directors: Sutskever, D’Angelo, McCauley and Toner.',
      'four',
    ],
    ['The move was made by four other members of the board, the company said.', 'four'],
  ])('%s', (block, wording) => {
    expect(boardSize(block)).toEqual([['board-size', wording]]);
  });
});
