import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marks = (text: string) => figureClaimsAfterLead([text]);

describe('the board that decided, counted by what it did', () => {
  it.each<[string, string]>([
    ['Late on Friday, four of them voted to remove the chief executive.', 'four'],
    ['Four directors voted to fire Altman over a video call.', 'Four'],
    ['There were four of them making the call.', 'four'],
    ['The decision was taken by just four people.', 'four'],
    ['The vote was made by four people with no equity.', 'four'],
  ])('%s', (text, wording) => {
    expect(marks(text)).toEqual([['board-size', wording]]);
  });

  it.each([
    // Some of the group acting, not the group.
    'Three directors voted against the plan.',
    'Two of them later left the board.',
    'On Friday, two directors resigned.',
    // Another vote.
    'Four of them voted to approve the budget.',
  ])('counts no board in “%s”', (text) => {
    expect(marks(text).filter(([id]) => id === 'board-size')).toEqual([]);
  });

  it('leaves a part of a whole named first a part', () => {
    expect(marks('Of the six directors, four of them voted to remove him.')).not.toContainEqual([
      'board-size',
      'four',
    ]);
  });
});

describe('the board’s voting members are the board that decided', () => {
  it('counts “four voting members” as the board', () => {
    expect(marks('The board that fired him had four voting members.')).toEqual([['board-size', 'four']]);
  });

  it('leaves non-voting members a part', () => {
    expect(marks('The board that fired him had two non-voting members.')).toEqual([]);
  });
});

describe('the founders, and those still there', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Of the 11 people who started the lab, two remain.',
      [
        ['founding-team-size', '11'],
        ['founders-still-at-openai', 'two'],
      ],
    ],
    ['Altman and Brockman were among the 11 founders.', [['founding-team-size', '11']]],
    ['There were eleven founders back in 2015.', [['founding-team-size', 'eleven']]],
    ['The 11-person founding team included Sutskever.', [['founding-team-size', '11']]],
    ['Of the eleven who set up OpenAI, few stayed.', [['founding-team-size', 'eleven']]],
    ['Only two of the co-founders continue with the company.', [['founders-still-at-openai', 'two']]],
  ])('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each(['Two founders left for Meta in 2025.', 'Staff started signing at 1am; two founders had not.'])(
    'counts no remaining founders in “%s”',
    (text) => {
      expect(marks(text).filter(([id]) => id === 'founders-still-at-openai')).toEqual([]);
    },
  );
});
