import { describe, expect, it } from 'vitest';
import { countsOffStory } from '../../src/core/claims/offStoryFigure.ts';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { sentenceAround } from '../../src/core/text/splitSentences.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/** Sentences invented in several registers (wire, tabloid, minutes, blog, post, transcript). */
const marks = (text: string) => figureClaimsAfterLead([text], '2026-02-01');

describe('another organisation’s count is no story topic’s', () => {
  it.each([
    'A rival lab said it lost at least 12 researchers in 2025, mostly to start-ups.',
    'Another AI company, a smaller rival, has a board of nine members.',
    "The club's four-person board voted on Friday to dismiss its chairman.",
    'About 300 employees of a Seattle games studio signed an open letter of their own last spring.',
    'A nine-member board at a rival lab was reshuffled last year after a dispute over safety.',
    'At my first company we had 3 board seats and I assumed I controlled two of them.',
    'The university’s board of nine met in private on Tuesday.',
  ])('marks nothing in “%s”', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    // The story's own company, described as a kind of company, keeps its counts.
    [
      'OpenAI, a company of about 770 people, was on the brink of collapse.',
      [['openai-headcount', 'about 770']],
    ],
    // A rival named after the figure as its destination does not own the count.
    [
      'In 2025 at least 12 senior researchers left OpenAI, seven of them to Meta.',
      [
        ['departures-2025', 'at least 12'],
        ['departures-to-meta-2025', 'seven'],
      ],
    ],
  ])('still marks “%s”', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('a room, an audience, a capacity, days: no group the story counts', () => {
  it.each([
    'Present: 14 of 17 members (11 in person, 3 by video), establishing a quorum.',
    'Directors present: 9. The chair opened the meeting at seven.',
    'I counted at least thirty in my feed before I stopped.',
    'Ana Lopes cooks for 40 and answers to no one.',
    "It's built on the 500 ordinary Tuesdays before it.",
    'I was wrong about one, and I found out at the worst possible moment.',
  ])('marks nothing in “%s”', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    // "about" as an approximation, with the staff's noun after it.
    ['About 700 OpenAI employees signed the letter.', [['staff-letter-signatories', 'About 700']]],
    // Readers told of the count are not what it counts.
    [
      'More than 700 OpenAI employees signed, the organisers told readers of their newsletter.',
      [['staff-letter-signatories', 'More than 700']],
    ],
  ])('still marks “%s”', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('the whole a part is taken from is a staff total, not the part’s count', () => {
  it.each([
    'Then came a staff letter, signed by upwards of 700 of some 770 employees, demanding that the board step aside.',
    'By Monday about 500 of the company’s employees, some 770 in all by one count, had signed a letter.',
  ])('does not give the whole to the signatories in “%s”', (text) => {
    expect(marks(text).filter(([, w]) => /770/.test(w))).not.toContainEqual([
      'staff-letter-signatories',
      expect.anything(),
    ]);
    expect(marks(text).some(([id, w]) => id === 'staff-letter-signatories' && /770/.test(w))).toBe(false);
  });

  it.each<[string, Array<[string, string]>]>([
    // The part keeps its topic.
    [
      'More than 700 of OpenAI’s 770 employees signed the letter.',
      [
        ['staff-letter-signatories', 'More than 700'],
        ['openai-headcount', '770'],
      ],
    ],
    // A whole whose noun is the part's own topic keeps it: 505 signatories.
    [
      'Twelve of the 505 signatories later asked to be removed from the letter.',
      [['staff-letter-signatories', '505']],
    ],
  ])('still marks “%s”', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('a signed move is a change, not a level', () => {
  it.each(['Alphabet A (USD) | 136.40 | +0.4% — enterprise share of the market', 'Enterprise share | +1.2%'])(
    'gives no level topic in “%s”',
    (text) => {
      expect(marks(text).some(([id]) => id.startsWith('enterprise-share'))).toBe(false);
    },
  );

  it('still gives a move to a topic that is a move', () => {
    expect(marks('Microsoft shares rose +1% in premarket trading on the news.')).toEqual([
      ['microsoft-share-move', '+1%'],
    ]);
  });
});

describe('“present” as a time, not a room', () => {
  it('still marks the sources of a report, present and past', () => {
    expect(
      marks('As many as 10 present and past employees of OpenAI spoke to the FT for the report.'),
    ).toEqual([['research-shift-interviewees', 'As many as 10']]);
  });
});

/** Whether the figure worded `wording` in `text` is read as no story group's count. */
const offStory = (text: string, wording: string) => {
  const figure = findFigures(text).find((f) => f.wording === wording);
  if (!figure) throw new Error(`no figure “${wording}” in “${text}”`);
  return countsOffStory(text, figure, sentenceAround(text, figure.start));
};

describe('countsOffStory: the rules one by one', () => {
  it.each<[string, string]>([
    ['Present: 14 of 17 members (11 in person, 3 by video), establishing a quorum.', '11'],
    ['Present: 14 of 17 members (11 in person, 3 by video), establishing a quorum.', '3'],
    ['Nine directors attended: 6 in person and 3 by phone.', '6'],
    ['About 700 employees were present at the all-hands meeting on Monday.', 'About 700'],
    ['Quorum: 5 trustees.', '5'],
    ['It was built on 500 ordinary Tuesdays.', '500'],
    ['She has missed 20 birthdays since then.', '20'],
    ['I was wrong about one, and I paid for it.', 'about one'],
    ['We were worried about two of them.', 'about two'],
    ['She cooks for 40 every Sunday.', '40'],
    ['The venue seats 300.', '300'],
    ['He has 40,000 followers on X.', '40,000'],
    ["I can't get 700 people to sign my birthday card at work.", '700'],
    ['We couldn’t even find 12 volunteers for the bake sale.', '12'],
    ['You cannot persuade nine directors of anything in a weekend.', 'nine'],
    // A size band of many organisations, in any register.
    ['38% of last year’s graduates joined companies with fewer than 200 employees.', 'fewer than 200'],
    ['A survey found 38% of member firms with more than 250 employees were testing AI.', 'more than 250'],
    ['Grants go to businesses of 50 staff or fewer.', '50'],
    ['Start-ups with under 10 workers pay no levy.', 'under 10'],
    ['The rule covers employers that employ over 1,000 people.', 'over 1,000'],
    // The page's own parts, in a headline or an intro.
    ['Six things founders should learn from the OpenAI weekend', 'Six'],
    ['The OpenAI board crisis in 7 charts', '7'],
    ['Four key lessons founders should take from the weekend', 'Four'],
    ['10 questions the directors still have to answer', '10'],
    // A chart's legend naming its marks by their numbers.
    ['Bars to scale; the 700+ bar shows the lower bound.', '700+'],
    ['Dashed: the 770 line marks total staff.', '770'],
  ])('%s: “%s” counts no story group', (text, wording) => {
    expect(offStory(text, wording)).toBe(true);
  });

  it.each<[string, string]>([
    ['He was right about 500 staff signing by Monday.', 'about 500'],
    ['Ten present and former employees spoke to the paper.', 'Ten'],
    ['The board of four met on a Tuesday.', 'four'],
    ['Seven researchers left in 2025.', 'Seven'],
    ['The board of four met by video on Friday.', 'four'],
    ["Just 12 staff couldn't get their names on before the deadline.", '12'],
    ['Organisers got 700 people to sign by Monday.', '700'],
    ['OpenAI is a company with about 770 employees.', 'about 770'],
    ['The letter from 700 employees reached the companies with a threat.', '700'],
    ['Few firms have 700 staff willing to quit over one man.', '700'],
    ['Six directors sat on the board until Friday.', 'Six'],
    ['Four things happened at once: the board met, and four directors voted.', 'four'],
    ['The chart shows 700 staff signed; the bar is dashed.', '700'],
  ])('%s: “%s” may still be a story count', (text, wording) => {
    expect(offStory(text, wording)).toBe(false);
  });
});

describe('an owner only as the subject or possessor right before the count', () => {
  it.each<[string, string]>([
    // The reviewer's sentences: a speaker, a venue, a contrast, a source are not the count's owner.
    ['Speaking at the university on Thursday, Altman said about 700 employees had signed.', 'about 700'],
    ['The union said about 700 OpenAI employees had signed.', 'about 700'],
    ['Unlike a rival lab, OpenAI lost 12 researchers.', '12'],
    ['Compared with another firm, OpenAI has 770 employees.', '770'],
    ['OpenAI, unlike the university labs, has 770 employees.', '770'],
    ['Microsoft hired 12 researchers from a rival lab.', '12'],
    ['Altman told a school audience that 700 staff signed.', '700'],
    // Invented: the same family in other registers.
    ['In contrast to a rival firm, the startup shed 40 staff.', '40'],
    ['Addressing the college on Friday, the chief executive said 300 staff had quit.', '300'],
    ['The charity told reporters that 500 workers had signed.', '500'],
    ['The company poached 9 engineers from another lab last year.', '9'],
    ['Rather than another company, Meta lured 15 researchers.', '15'],
  ])('%s: “%s” may still be a story count', (text, wording) => {
    expect(offStory(text, wording)).toBe(false);
  });

  it.each<[string, string]>([
    ['A rival lab said it lost at least 12 researchers in 2025.', 'at least 12'],
    ['Another company cut 40 jobs on Monday.', '40'],
    ["The club's 40 members voted on Friday.", '40'],
    ['The school board of nine met on Tuesday.', 'nine'],
    ['The university’s board of nine met in private.', 'nine'],
    ['About 300 employees of a Seattle games studio signed.', 'About 300'],
    ['Another firm, a smaller rival, has 200 staff.', '200'],
  ])('%s: “%s” is another organisation’s', (text, wording) => {
    expect(offStory(text, wording)).toBe(true);
  });
});

describe('those who stayed are not those who left', () => {
  it.each([
    'Meta hired heavily from OpenAI in the summer, and of the 11-person founding group only two remain.',
    'Of the researchers Meta recruited from the lab, two are still there a year on.',
  ])('gives no departures topic in “%s”', (text) => {
    expect(marks(text).some(([id]) => id.startsWith('departures'))).toBe(false);
  });

  it('still marks those who left', () => {
    expect(
      marks('In 2025 at least 12 senior researchers left OpenAI, and seven of them went to Meta.'),
    ).toContainEqual(['departures-2025', 'at least 12']);
  });
});
