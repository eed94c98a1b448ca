import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { countsOtherThing } from '../../src/core/claims/countedNoun.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/** The wordings of a text's figures that countsOtherThing sets aside. */
const setAside = (text: string) =>
  findFigures(text)
    .filter((f) => countsOtherThing(text, f, { start: 0, end: text.length }))
    .map((f) => f.wording);

describe('a number that numbers a place in a document or a series is no count', () => {
  it.each([
    // Pages, chapters, steps, cards, figures and tables, with the numbers joined to them.
    'Chapter 3 (pages 45–78) covers the weekend the board fired him.',
    'See also: figures 2 and 3; table 1 in the appendix on the board.',
    'Figure 5 shows the board over time; Figures 6 and 7 show staff turnover.',
    'Broker note on the founders, page 3 of 14; tables 2–4 show peer boards.',
    'Step 1 of 4: open the app and find the letter.',
    'Quiz: Question 6 of 10. How many directors voted to remove Altman?',
    'Museum caption: Object 17 of 64. A laptop from the founders’ first office.',
    'Board pack item 9: minutes of the meeting; items 10–12 deferred.',
    'Job listing: board secretary, grade 7, salary band 4. Apply by 12 December.',
    'The founders met the board in room 12, floor 3, before the letter went out.',
    'Season 2 of our founders series: the board and the letter, draft 3.',
    'Okafor 2019, pp. 44–59; see also note 12 and notes 14 to 16 on the founders.',
    'Footnotes 3–5 cite the staff letter; note 6 cites the board’s statement.',
  ])('%s', (text) => {
    expect(figureClaimsAfterLead([text])).toEqual([]);
  });
});

describe('a citation’s volume, issue and pages are no counts', () => {
  it.each([
    '[7] Marsh, K. (2021). Boards and founders. Journal of Corporate Law, 46(3), 411–459.',
    'Lee, J. (2022). Founders and their boards. Governance Review, 12(4), 88–102.',
    'Okafor, T. “Staff letters as leverage.” Labor Law Quarterly 31(2): 140–171.',
  ])('%s', (text) => {
    expect(figureClaimsAfterLead([text])).toEqual([]);
  });

  it('sets aside a code, a slashed pair, a part of a count of furniture', () => {
    expect(setAside('the staff badge 0042 of the founders')).toEqual(['0042']);
    expect(setAside('staff note 26/13 on the board')).toEqual(['13']);
    expect(setAside('you have read 2 of 5 articles on the board')).toEqual(['2']);
  });

  it('leaves the volume, the issue and both ends of the pages to page furniture, which reads them as no figures', () => {
    expect(findFigures('Journal of Corporate Law, 46(3), 411–459.')).toEqual([]);
  });
});

describe('a score, a code, a slashed pair or the far end of a money range is no count', () => {
  it.each([
    'Winner: the founders (9/10). Loser: the board (2/10).',
    'Story card 4/9: The letter. Tap for more.',
    'CCS Case Note 26/03 on the board and its founders.',
    'Lot 23: signed first edition of the staff letter, est. £400–600.',
    'Round 2 of the quiz: 5 questions on the letter. You scored 4.',
    'Reader poll on the board’s week: founders rated 4, directors scored 2.',
    'Analyst note on the founders: board risk score 3 of 5.',
    // A score's label makes its numbers scores.
    'Score: board 1, founders 2. Our panel gave the letter five stars.',
    'Our verdict: the board 3, the staff letter 9.',
    // A small range after a plural noun numbers those things.
    'Members 1–4 of the board voted; the fifth abstained.',
    'Directors 2-3 on the chart joined after the founders left.',
  ])('%s', (text) => {
    expect(figureClaimsAfterLead([text])).toEqual([]);
  });
});

describe('a count whose own words say it counts something else', () => {
  it.each([
    // A unit's abbreviation.
    'Harvard Business School Case 9-324-051 on the founders, rev. 2024. 18 pp.',
    'Members-only: the board’s letter to staff (PDF, 3 MB).',
    // A noun of furniture after a few words of description.
    'Advertisement · 2 of 5 free articles on the board left this month',
    'Read next: 5 quick things to know about the founders',
    // A number compounded with what it counts.
    'Members-only: download our 12-point board checklist.',
    'Our five-step guide for founders facing a hostile board.',
    'The founders’ 10-page memo to the board leaked on Monday.',
    // A number in brackets after the plural noun it counts.
    'Cons: outages (3 in November), and the founders’ board fight.',
    'Comments (42) · Shares (1,300) · Sign the letter (staff only)',
    // A span of time, even after a qualifier or a number word.
    'Over one weekend the founders and the board stopped talking.',
    // A label that names furniture and none of the claims' people.
    'Signed copies left: 14. The founders signed 200 copies of the book.',
    'Drafts before the staff letter went out: 12',
    // An age bracket after the people it describes.
    'Top 10 founders under 40 (No. 3 is an OpenAI co-founder).',
    // Names in a book are not names on a letter.
    'The book’s index lists 312 names, from Altman to Zaremba.',
  ])('%s', (text) => {
    expect(figureClaimsAfterLead([text])).toEqual([]);
  });
});

describe('counts of the claims’ own things stay claims', () => {
  it.each<[string, Array<[string, string]>]>([
    ['A board of four fired Altman on Friday.', [['board-size', 'four']]],
    ['OpenAI was founded in 2015 by a team of eleven.', [['founding-team-size', 'eleven']]],
    [
      'Only two of the 11 founders remain at the company.',
      [
        ['founders-still-at-openai', 'two'],
        ['founding-team-size', '11'],
      ],
    ],
    ['By Monday morning 745 had signed the letter.', [['staff-letter-signatories', '745']]],
    ['The letter now carries more than 700 names.', [['staff-letter-signatories', 'more than 700']]],
    ['Last I saw it was 505 names on the petition.', [['staff-letter-signatories', '505']]],
    [
      'Staff kept signing the letter. Kara Swisher reported 505 on Monday.',
      [['staff-letter-signatories', '505']],
    ],
    ['Signatures on the staff letter, latest: 505', [['staff-letter-signatories', '505']]],
    ['Directors: 4 (D’Angelo, McCauley, Sutskever, Toner)', [['board-size', '4']]],
    ['Employees who signed, by Monday: 700+', [['staff-letter-signatories', '700+']]],
    ['The staff of 700-plus signed in a day.', [['openai-headcount', '700-plus']]],
    ['At least 12 senior figures have left OpenAI this year.', [['departures-2025', 'At least 12']]],
    ['Microsoft has invested $13 billion in OpenAI.', [['microsoft-investment', '$13 billion']]],
    // Near misses: a page number, a verb, a bracket or a comma next to a count of the claim's own people.
    ['On page 4, 505 staff are said to have signed the letter.', [['staff-letter-signatories', '505']]],
    ['Recipe for a board coup: 4 directors, 1 weekend, 0 explanations.', [['board-size', '4']]],
    ['Stat card: 505 | signatures on the letter', [['staff-letter-signatories', '505']]],
    [
      'In this release 505 employees were named as signatories of the letter.',
      [['staff-letter-signatories', '505']],
    ],
    ['By the next draft 700 staff had signed the letter.', [['staff-letter-signatories', '700']]],
    ['Staff who had signed the letter, per Kara Swisher: 505', [['staff-letter-signatories', '505']]],
    ['Founders still at OpenAI: 2 (Altman, Brockman)', [['founders-still-at-openai', '2']]],
    [
      'Signatures, first count to last: 490–505 on the letter.',
      [
        ['staff-letter-signatories', '490'],
        ['staff-letter-signatories', '505'],
      ],
    ],
    [
      'OpenAI employees: 770 (505 signed the letter)',
      [
        ['openai-headcount', '770'],
        ['staff-letter-signatories', '505'],
      ],
    ],
    [
      'By Monday the letter had 505 signatures; by the afternoon it had more than 700.',
      [
        ['staff-letter-signatories', '505'],
        ['staff-letter-signatories', 'more than 700'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(figureClaimsAfterLead([text])).toEqual(expected);
  });

  it('sets aside none of a count of people, whatever surrounds it', () => {
    expect(
      setAside('signed by 505 of the company’s 770 employees; signatories (505); a 770-strong staff'),
    ).toEqual([]);
  });
});

describe('a week’s or a day’s number in a series is no count', () => {
  it.each([
    'Friday: the cost-of-living squeeze, week 84',
    'Strike diary, day 12: the board still silent',
    'Week 3 of the founders’ feud',
  ])('%s', (text) => {
    expect(figureClaimsAfterLead([text])).toEqual([]);
  });

  it('but a count after "this week" or "a day" is a count', () => {
    expect(figureClaimsAfterLead(['This week 700 employees signed the letter to the board.'])).toEqual([
      ['staff-letter-signatories', '700'],
    ]);
    expect(figureClaimsAfterLead(['In a day 505 staff signed the letter.'])).toEqual([
      ['staff-letter-signatories', '505'],
    ]);
  });
});

describe('a short block’s number after a byline’s or a toolbar’s separator is its metadata', () => {
  it.each([
    [['The staff letter', 'Rafael Monteiro, from São Paulo · 22.']],
    [['How many signed the letter?', 'Priya K. · 9']],
    [['Board members on the letter', 'Share | 14']],
  ])('%j', (blocks) => {
    expect(figureClaimsAfterLead(blocks)).toEqual([]);
  });

  it('but a value opening its block, or after a label, takes the topic above', () => {
    expect(figureClaimsAfterLead(['Staff who signed the letter', 'About 500 (first count)'])).toEqual([
      ['staff-letter-signatories', 'About 500'],
    ]);
  });
});

describe('a short block’s count of another plural noun takes no topic from the blocks above', () => {
  it.each([
    [['Staff who signed the letter', 'Newsletter partner maps 140+ AI rules in 30 countries.']],
    [['Staff who signed the letter', 'Sponsor: our tool tracks 85 state bills for you.']],
    [['Board members on the letter', 'Readers sent 12 corrections this week.']],
  ])('%j', (blocks) => {
    expect(figureClaimsAfterLead(blocks)).toEqual([]);
  });

  it.each([
    [['Staff who signed the letter', 'It was over 700 by the evening.'], 'over 700'],
    [['Staff who signed the letter', 'Roughly 500 by the morning, says one count.'], 'Roughly 500'],
  ])('but a count followed by no noun of its own still does: %j', (blocks, wording) => {
    expect(figureClaimsAfterLead(blocks)).toEqual([['staff-letter-signatories', wording]]);
  });
});

describe('the signers of another text than the letter are not its signatories', () => {
  it.each([
    'The AI safety pledge now has 140 signatories, among them several researchers.',
    'Signatures on the climate accord rose to 190.',
    'Quick hits: the industry code of conduct got signatories up to 31.',
    'A treaty on autonomous weapons drew 60 signers at the summit.',
  ])('%s', (text) => {
    expect(figureClaimsAfterLead([text]).filter(([id]) => id === 'staff-letter-signatories')).toEqual([]);
  });

  it.each([
    ['The letter, which borrowed the language of a declaration, had 505 signatories by Monday.', '505'],
    ['More than 700 signatories backed the letter.', 'More than 700'],
    ['The petition, a pledge to follow Altman, had 650 signatures by noon.', '650'],
  ])('but a sentence about the letter or petition keeps them: %s', (text, wording) => {
    expect(figureClaimsAfterLead([text])).toEqual([['staff-letter-signatories', wording]]);
  });
});

/*
 * Round 26: reports, write-ups and headlines are what a page cites, never the people a topic counts: "at
 * least one report called them three new members" counts reports. The count the report gives stays.
 */
describe('a count of reports counts no topic’s people', () => {
  const NEW_BOARD = "The new board is Bret Taylor, Larry Summers and Adam D'Angelo.";
  it.each<[string, Array<[string, string]>]>([
    ['At least one report called them three new members.', [['new-board-newcomers', 'three']]],
    ['Two write-ups described all three as new directors.', [['new-board-newcomers', 'three']]],
    ['Three headlines that week called them newcomers.', []],
    ['Four headlines called them three new members.', [['new-board-newcomers', 'three']]],
  ])('%s', (text, expected) => {
    expect(figureClaimsAfterLead([NEW_BOARD, text])).toEqual(expected);
  });

  it.each<[string, Array<[string, string]>]>([
    ['Two directors are new to the board.', [['new-board-newcomers', 'Two']]],
    ['Reports said two of the three were newcomers.', [['new-board-newcomers', 'two']]],
    ['Two reporters counted 505 signatures by noon.', [['staff-letter-signatories', '505']]],
  ])('keeps the count of people: %s', (text, expected) => {
    expect(figureClaimsAfterLead([NEW_BOARD, text])).toEqual(expected);
  });
});

/*
 * Round 26: a reply pointing at a numbered item of the post it answers ("Small correction on 4, Danielle")
 * names the item; a count in a reply keeps its noun and its topic. Also, "three more directors arrived" adds
 * to a board that had its members: neither the board that acted nor its ceiling.
 */
describe('a reply’s pointer at a numbered item, and members added to a board', () => {
  it.each([
    'Small correction on 4, Priya: the letter came on Monday, not Sunday.',
    'Quibble with #3: the board never said why.',
    'Agree on 2, but the directors voted on a Friday.',
    'Re 5) the directors who fired him said very little.',
    'In March 2024 OpenAI added three more directors to its board.',
    'Two additional members joined the board the following spring.',
  ])('%s', (text) => {
    expect(figureClaimsAfterLead([text])).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    ['One more note: four directors voted to remove Altman.', [['board-size', 'four']]],
    [
      'Their main job is to find and appoint up to nine further directors.',
      [['board-expansion', 'up to nine']],
    ],
    ['A note on the letter: 505 employees had signed by then.', [['staff-letter-signatories', '505']]],
    ['Four directors made the decision, and no more were needed.', [['board-size', 'Four']]],
  ])('keeps the count: %s', (text, expected) => {
    expect(figureClaimsAfterLead([text])).toEqual(expected);
  });
});
