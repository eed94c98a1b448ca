import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';

const LEAD = 'OpenAI fired Sam Altman on Friday, and its employees revolted.';

describe('a modal or habit word reaches only its own clause', () => {
  it.each<[string, string]>([
    [
      'a threat, then a dash and a new clause',
      'Staff warned they would follow Altman to Microsoft — and more than 700 of them signed the letter.',
    ],
    [
      'a possibility, then a dash and a reported count',
      'The board could still fold – by Monday 745 employees had signed the letter.',
    ],
    ['a spaced hyphen as the dash', 'Staff said they might quit - and 700 employees signed the letter.'],
    ['a colon after a modal clause', 'It could not have been plainer: 700 employees signed the letter.'],
    [
      'a new clause whose verb follows the figure',
      'Staff could walk out — 738 of the 770 have signed the letter.',
    ],
    [
      'a new clause with a verb before the figure',
      'Staff might leave — by Monday there were 700 signatures.',
    ],
  ])(
    'marks: %s',
    (_, text) => {
      expect(figures([LEAD, text]).length).toBeGreaterThan(0);
    },
    20_000,
  );

  it.each<[string, string]>([
    ['a modal in the same clause', 'Microsoft said it would hire all 700 employees.'],
    ['a threat before the figure, no break', 'Staff warned they would follow him and that 700 could leave.'],
    ['a dash aside closed before the figure', 'Microsoft could — in theory — hire all 700 employees.'],
    ['a condition in a closed aside', 'Microsoft would — if they came — hire up to 700 staff.'],
    ['a habit of boards in general', 'Nonprofit boards usually have nine directors.'],
    [
      'a habit word before a non-reporting verb',
      'Start-ups typically employ 700 people before a board forms.',
    ],
    ['a modal after the dash', 'The letter was sent on Monday — and Microsoft could hire 700 employees.'],
    // review22 #5: a verbless apposition or elaboration after the break is still the hypothetical's.
    [
      'an apposition between dashes in a counterfactual',
      'Had the board held firm, OpenAI would have lost most of its staff — perhaps 700 of its 770 employees — to Microsoft.',
    ],
    [
      'an elaboration after a dash',
      'If it came to a vote, the board would split — four directors against two.',
    ],
    [
      'a head count after a dash',
      'If the staff walked out, Microsoft would take them all — 700 engineers and researchers.',
    ],
    ['an elaboration after a colon', 'Microsoft could hire the lot: some 700 researchers and engineers.'],
  ])('not: %s', (_, text) => {
    expect(figures([LEAD, text])).toEqual([]);
  });
});

describe('a count as the subject of a modal that states nothing', () => {
  it.each<[string, string]>([
    [
      'the counterfactual perfect, first person',
      'A dozen of us could not have done this. The letter needed the many.',
    ],
    ['a bare modal pointing back', 'Twelve engineers could not have forced the board’s hand. 600 could.'],
    ['"would have"', 'Had the board held out, 700 would have walked out of the building.'],
    [
      '"might have" after a connective',
      'The letter went round on Monday, and 500 might have signed by lunch.',
    ],
    ['a contracted perfect', 'Without the letter, 700 could’ve quit and nobody would have noticed.'],
    [
      'a bare "would" before an attribution',
      'Would a dozen staff have moved the board? No. But 700 would, she said.',
    ],
  ])('not: %s', (_, text) => {
    expect(figures([LEAD, text])).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['ability told as fact', 'Four people could remove the co-founder of the best-known AI firm.', 'Four'],
    [
      'a narrative "would" with its verb',
      'Within hours, more than 700 of the staff would sign the letter to the board.',
      'more than 700',
    ],
    [
      'a count whose clause has another subject for the modal',
      'The sale valued OpenAI at about $86 billion and would have been lost with him.',
      'about $86 billion',
    ],
  ])('marks: %s', (_, text, wording) => {
    expect(figures([LEAD, text]).map(([, w]) => w)).toContain(wording);
  });
});
