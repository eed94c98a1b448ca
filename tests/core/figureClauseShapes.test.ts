import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { withoutAppositiveList } from '../../src/core/figures/appositiveList.ts';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

const ids = (found: Array<[string, string]>, id: string) => found.filter(([i]) => i === id).map(([, t]) => t);

describe('a count, then the names it counts set off, then what they did (appositiveList.ts)', () => {
  it.each<[string, string]>([
    [
      "Four people — McCauley, Toner, D'Angelo and Sutskever — decided the chief executive should go.",
      'Four',
    ],
    ["Four people - McCauley, Toner, D'Angelo and Sutskever - decided Altman had to go.", 'Four'],
    ["Four directors (McCauley, Toner, D'Angelo and Sutskever) decided that Altman had to go.", 'Four'],
    [
      "Four board members, Tasha McCauley, Helen Toner, Adam D'Angelo and Ilya Sutskever, decided to fire Altman.",
      'Four',
    ],
    ["Four, McCauley, Toner, D'Angelo and Sutskever, voted to remove Altman.", 'Four'],
  ])('the act after the list gives the board: %s', (sentence, count) => {
    expect(ids(claims([sentence]), 'board-size')).toEqual([count]);
  });

  it.each([
    ['The founding team numbered 11; just two, Altman and Brockman, are still active.', 'two'],
    ['Of the 11 founders, only two, Altman and Brockman, remain at OpenAI.', 'two'],
  ])('a bare count with its names is still a count of those left: %s', (sentence, count) => {
    expect(ids(claims([sentence]), 'founders-still-at-openai')).toEqual([count]);
  });

  it.each([
    // Three names for four people: the list is not the count's.
    ["Four people — McCauley, Toner and D'Angelo — decided the chief executive should go."],
    // Companies listed are counted, and their names are no cue of the count's topic.
    ['Three, Google, Meta and Amazon, are still hiring.'],
    ['Four companies — Google, Meta, Amazon and Apple — decided to cut staff this year.'],
    // Names that speak are sources, not a group that acted.
    ['Two, Altman and Brockman, said they were shocked.'],
  ])('near-misses stay unmarked: %s', (sentence) => {
    expect(claims([sentence])).toEqual([]);
  });

  it('takes out only a list of as many names as the count', () => {
    expect(withoutAppositiveList(' people — A Ba, Ca and Da — decided', 3)).toBe(' people decided');
    expect(withoutAppositiveList(', Altman and Brockman, are still there', 2)).toBe(' are still there');
    expect(withoutAppositiveList(' directors (Toner and McCauley) voted', 3)).toBe(
      ' directors (Toner and McCauley) voted',
    );
    expect(withoutAppositiveList(', Altman and Brockman are still there', 2)).toBe(
      ', Altman and Brockman are still there',
    );
    expect(findFigures('Two, Altman and Brockman, remain.').map((f) => f.wording)).toEqual(['Two']);
  });
});

describe('the decision as a noun, taken by the counted group (wholeGroupDecision.ts)', () => {
  it.each<[string, string]>([
    ['The board had six members, and four of them made the decision.', 'four'],
    ['Four of them made the decision to fire Altman.', 'Four'],
    ['Four of them took the decision to oust Altman.', 'Four'],
    ['Four of its members were behind the decision to remove Altman.', 'Four'],
    ['The board had six members, but four of them were behind the firing.', 'four'],
  ])('%s', (sentence, count) => {
    expect(ids(claims([sentence]), 'board-size')).toContain(count);
  });

  it.each([
    'Four of them made the decision to hire a new chief executive.',
    'Four of them reached the decision on pay.',
    'Four of them made the decision to fire Altman, and two abstained.',
    'The board had six members, and two of them later left.',
    'The board had six members, and four of them voted against the plan.',
  ])('a part that decided something else, or split, is no board: %s', (sentence) => {
    const found = ids(claims([sentence]), 'board-size');
    expect(found.filter((t) => !/^six$/i.test(t))).toEqual([]);
  });
});

describe('a fronted whole, then the share (frontedWhole.ts)', () => {
  it.each<[string, string]>([
    ['Of a staff of 800, nearly all had threatened to quit.', 'nearly all'],
    ['Of the 800 staff, nearly all of them signed.', 'nearly all'],
    ["Of OpenAI's roughly 770 employees, almost all signed the letter.", 'almost all'],
    ['Out of a workforce of 770, virtually all put their names to the letter.', 'virtually all'],
  ])('the share after its whole counts those who acted: %s', (sentence, share) => {
    expect(ids(claims([sentence]), 'staff-letter-signatories')).toEqual([share]);
  });

  it.each([
    // The share counts another whole, or did nothing.
    'Of the 800 staff, nearly all of the engineers signed.',
    "Of Microsoft's 221,000 staff, nearly all work far from AI.",
  ])('near-misses give no signatories: %s', (sentence) => {
    expect(ids(claims([sentence]), 'staff-letter-signatories')).toEqual([]);
  });

  it('the fronted whole is no count of the part', () => {
    const found = claims([
      "OpenAI named three directors: Bret Taylor, Larry Summers and Adam D'Angelo.",
      'Of those three, only two are newcomers.',
    ]);
    expect(ids(found, 'new-board-newcomers')).toEqual(['two']);
    expect(findFigures('Of those three, only two are new.').map((f) => f.wording)).toEqual(['two']);
    // Not fronted: "the three" who acted is still a count.
    expect(findFigures('Then the three, who had the votes, fired him.').map((f) => f.wording)).toEqual([
      'three',
    ]);
  });
});

describe('a partitive aside says where a part went (partitiveAside.ts)', () => {
  it.each([
    'OpenAI lost more than a dozen of its most senior researchers, most of them to Meta.',
    'More than a dozen researchers left OpenAI this summer, several of whom went to Meta.',
    'OpenAI has lost 14 senior researchers this year (half of them to Meta).',
    'OpenAI lost 14 senior researchers this year, seven to Meta alone.',
  ])('the whole count is the departures, not those to Meta: %s', (sentence) => {
    const found = claims([sentence]);
    expect(ids(found, 'departures-to-meta-2025')).toEqual([]);
    expect(ids(found, 'departures-2025')).toHaveLength(1);
  });

  it('a count that went to Meta itself keeps Meta', () => {
    expect(
      ids(claims(['OpenAI lost more than a dozen researchers to Meta.']), 'departures-to-meta-2025'),
    ).toEqual(['more than a dozen']);
  });
});

describe('membership of a counted group: "Among the four was X" (parseFigure DEFINITE_GROUP_AFTER)', () => {
  it.each([
    'Four directors voted to fire Altman on Friday. Among the four was Ilya Sutskever.',
    'The board that fired Altman had four members. The four included Helen Toner, an academic.',
    'The board fired Altman. Sutskever was one of the four.',
  ])('the four restated with a member is the board: %s', (text) => {
    expect(ids(claims([text]), 'board-size').length).toBeGreaterThan(0);
    expect(findFigures(text).at(-1)?.wording).toBe('four');
  });

  it.each([
    'OpenAI launched four products this year. Among the four was a new voice assistant.',
    'Among the four products was a new voice assistant.',
    'Microsoft named four partners. Among the four was Nvidia.',
  ])('another group of four is no board: %s', (text) => {
    expect(ids(claims([text]), 'board-size')).toEqual([]);
  });
});

describe('a part that goes on after a semicolon, and a share of "a payroll of N"', () => {
  it('keeps the words of the clause after the aside for its own count', () => {
    const found = claims([
      'In 2025 the company lost more than a dozen of its senior people, the bulk of them to Meta; seven researchers went over the summer to Meta.',
    ]);
    expect(ids(found, 'departures-to-meta-2025')).toEqual(['seven']);
  });

  it('reads the rest of the sentence as the count’s where no count of its own follows', () => {
    const found = claims([
      'OpenAI lost more than a dozen of its senior researchers, most of them to Meta; the lab paid well.',
    ]);
    expect(ids(found, 'departures-to-meta-2025')).toEqual([]);
  });

  it.each<[string, string]>([
    ['Nearly all of a workforce of about 770 signed the letter.', 'Nearly all'],
    ['Of a payroll of 800, nearly all had threatened to quit.', 'nearly all'],
  ])('a whole told as "a payroll of N" is the staff: %s', (sentence, share) => {
    expect(ids(claims([sentence]), 'staff-letter-signatories')).toEqual([share]);
  });

  it('a share of a payroll that did nothing counts nobody', () => {
    expect(
      ids(claims(['Nearly all of a payroll of 800 work in San Francisco.']), 'staff-letter-signatories'),
    ).toEqual([]);
  });
});

// A count, then a clause of its own with a count in it: the later clause's words are its count's (laterCountClause.ts).
describe('a later clause with a count of its own keeps its words', { timeout: 30000 }, () => {
  it.each<[string, string, string]>([
    [
      'OpenAI saw at least a dozen senior researchers leave in 2025, with at least seven of them joining Meta’s lab.',
      'at least a dozen',
      'at least seven',
    ],
    [
      'Tallies of who left OpenAI this year start at 12; Meta recruited at least seven of them over the summer.',
      '12',
      'at least seven',
    ],
    [
      'Some 14 executives and researchers departed OpenAI in 2025, while Meta hired about eight of its scientists.',
      'Some 14',
      'about eight',
    ],
    [
      'More than a dozen senior people walked out of OpenAI this year, with seven of them recruited by Meta.',
      'More than a dozen',
      'seven',
    ],
  ])('%s', (sentence, year, meta) => {
    const found = claims([sentence], '2025-12-10');
    expect(ids(found, 'departures-2025')).toEqual([year]);
    expect(ids(found, 'departures-to-meta-2025')).toEqual([meta]);
  });

  it.each<[string, string]>([
    // Items of a list after a semicolon: each its own count, the words after the later one not its own clause's.
    ['About six (first tally); at least seven (Meta’s own count, by August)', 'About six'],
    // No clause break: the count is Meta's.
    [
      'Meta hired at least seven OpenAI researchers for its Superintelligence Lab this summer.',
      'at least seven',
    ],
    // A clause after a semicolon with no count of its own.
    [
      'Over the summer Meta poached at least seven OpenAI researchers; the pay was the draw.',
      'at least seven',
    ],
    // The later clause has no count: its words may still be the first count's.
    ['At least seven OpenAI researchers left this summer, with Meta the main destination.', 'At least seven'],
  ])('still the Meta count: %s', (sentence, meta) => {
    const found = claims([sentence], '2025-12-10');
    expect(ids(found, 'departures-to-meta-2025')).toContain(meta);
    expect(ids(found, 'departures-2025')).toEqual([]);
  });
});
