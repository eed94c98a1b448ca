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
    // The group's noun phrase may say whose it is.
    ['In November 2023, four directors of OpenAI voted to dismiss its chief executive.', 'four'],
    // A list item, or "just", before the count.
    ['5. Just four people made the call.', 'four'],
    ['Only four people fired him.', 'four'],
    // A list that names as many people as the count.
    [
      "Four directors voted: Adam D'Angelo of Quora, Helen Toner, Tasha McCauley, plus Ilya Sutskever.",
      'Four',
    ],
    ['Four people made the call — Toner, McCauley, D’Angelo and Sutskever.', 'Four'],
    [
      'The deciding board was small: four of them, Sutskever alongside Adam D’Angelo, Helen Toner and Tasha McCauley.',
      'four',
    ],
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
    // A list with fewer names than the count, or a list of what is not people.
    'Three directors voted against him: Helen Toner and Tasha McCauley among them.',
    'Four directors voted: Toner, McCauley and D’Angelo.',
    'Three directors voted: two in favour, one against.',
    // Who the count is, not what they did.
    'Who is left from the start? Two people: Altman and Brockman.',
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

describe('passing the firing is the whole board’s act', () => {
  it.each<[string, string]>([
    ['Newsletter: Just four directors voted it through.', 'four'],
    ['Four directors voted the decision through on a video call.', 'Four'],
    ['The four directors voted it through without telling Microsoft.', 'four'],
    ['Transcript: four people pushed it through, that’s all it took.', 'four'],
  ])('%s', (text, wording) => {
    expect(marks(text)).toEqual([['board-size', wording]]);
  });

  it.each<string>([
    'Four directors voted it down.',
    'Four shareholders voted it through at the annual meeting of a different company.',
  ])('not: %s', (text) => {
    expect(marks(text)).toEqual([]);
  });
});

/*
 * Round 26: the whole group's act in more of the words news uses for it. A decision the count made, indefinite
 * ("made a decision"), the fate it decided, a cleft that presents the count ("it's four people deciding…"), and
 * the removal with its particle before the one removed ("threw out Sam Altman"): each is what only the board that
 * acted does. A decision with another purpose, a fate that is not the company's or his, and a removal of someone
 * else stay unmarked.
 */
describe('the acting board in more words: a decision, a fate, a cleft, a removal with "out" first', () => {
  it.each<[string, string]>([
    ['Four people made a decision that shook the whole industry.', 'Four'],
    ['In the end, four directors made a decision nobody outside the room saw coming.', 'four'],
    ['Four people decided the fate of the best-known start-up in the world.', 'Four'],
    ['It was four directors deciding the fate of the most valuable start-up in tech.', 'four'],
    ["So it's four people deciding his fate on a video call.", 'four'],
    ['A board of four threw out Sam Altman on a Friday afternoon.', 'four'],
    ['Four directors kicked out their own chief executive without warning.', 'Four'],
    ['In the end a board of just four booted out Altman.', 'four'],
    ['In November 2023 a board of four threw out Sam Altman.', 'four'],
  ])('%s', (text, wording) => {
    expect(marks(text)).toEqual([['board-size', wording]]);
  });

  it.each<string>([
    'Four people made a decision to hire Emmett Shear as interim chief executive.',
    'Two directors made a decision about pay for the new hires.',
    'Four engineers decided the fate of the product launch.',
    'It was four hours before anyone at Microsoft heard.',
    'Four staff members threw out the old plan for the launch.',
    'Four engineers threw out their own manager at a rival start-up.',
    'Would a board of four have thrown out Sam Altman?',
    'When four or five people can decide the fate of a tool used by millions, that should worry us.',
  ])('not the board that acted: %s', (text) => {
    expect(marks(text).filter(([id]) => id === 'board-size')).toEqual([]);
  });
});
