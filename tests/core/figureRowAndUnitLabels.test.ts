import { describe, expect, it } from 'vitest';
import { rowLabelCell } from '../../src/core/claims/rowCells.ts';
import { unitOfLabel } from '../../src/core/claims/labelledUnit.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const claims = (text: string) => figureClaimsAfterLead([text], '2025-12-20T10:00:00+00:00');

describe('a table row read as text: the first cell labels the second (rowCells.ts)', () => {
  const labelOf = (text: string, value: string) => {
    const at = text.indexOf(value);
    const cell = rowLabelCell(text, at, at + value.length);
    return cell && text.slice(cell.start, cell.end);
  };
  it.each<[string, string, string | undefined]>([
    ['Headcount | 700-plus | Nov 2023', '700-plus', 'Headcount'],
    ['Staff\t770\testimate', '770', 'Staff'],
    ['Gemini | 650 million MAU | up from 450 million in July', '650 million', 'Gemini'],
    ['Board at a glance\nDirectors | 4 | after Friday', '4', 'Directors'],
    // A value further along the row is its column's; a cell that says more is a sentence; no cells at all.
    ['Biggest backer | Microsoft | $13bn', '$13bn', undefined],
    ['Julia Villagra | left August | 5 months after promotion', '5', undefined],
    ['Julia Villagra | 5 months after promotion', '5', undefined],
    ['Headcount: 770', '770', undefined],
    ['either|or 770', '770', undefined],
  ])('%j labels %j with %j', (text, value, label) => {
    expect(labelOf(text, value)).toBe(label);
  });

  it.each<[string, Array<[string, string]>]>([
    ['Headcount | about 770 | late 2023', [['openai-headcount', 'about 770']]],
    ['Signatories\t745\tby Monday night', [['staff-letter-signatories', '745']]],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each<string>(['Days since the firing | 3 | as of Monday', 'Reading time | 7 | minutes'])(
    'no claim: %j',
    (text) => {
      expect(claims(text)).toEqual([]);
    },
  );
});

describe('a label says what its value counts, past a year or a comma (figureLabel.ts)', () => {
  it.each<[string, Array<[string, string]>]>([
    ['Signatures, Monday evening: 702', [['staff-letter-signatories', '702']]],
    ['2025 exits: at least 12 (executives and researchers)', [['departures-2025', 'at least 12']]],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('a label that gives the size, cap or number OF a thing counts that thing (figureLabel.ts)', () => {
  it.each<[string, string]>([
    ['Maximum size of the expanded board now being planned: 9', '9'],
    ['Cap on the expanded board: 9', '9'],
    ['Planned size of the expanded board: 9', '9'],
    ['Size of the expanded board: 9', '9'],
  ])('%j', (text, value) => {
    expect(claims(text).map(([, v]) => v)).toEqual([value]);
  });

  it.each<string>(['Maximum size of a file upload: 9', 'Number of days since the firing: 3'])(
    'no claim: %j',
    (text) => {
      expect(claims(text)).toEqual([]);
    },
  );
});

describe('a label that names the unit of its bare value (labelledUnit.ts)', () => {
  it.each<[string, string, string | undefined]>([
    ['Julia Villagra\nMonths in role before leaving: ', '', 'months'],
    ['Years at OpenAI | ', ' | left', 'years'],
    ['Tenure (years): ', '', 'years'],
    ['Time as CTO, in years: ', ' (2006-08)', 'years'],
    // The label only mentions a time, the value does not close its line, or there is no label.
    ['Staff hired in two years: ', '', undefined],
    ['Years at OpenAI: ', ' before he left', undefined],
    ['He stayed ', ' years', undefined],
    ['Monthly users: ', '', undefined],
    // review21 #30: time counted from or to a moment is no span of the topic's.
    ['Ilya Sutskever and Sam Altman\nYears since the firing: ', '', undefined],
    ["Ilya Sutskever profile\nYears since OpenAI's founding: ", '\nRole: chief scientist', undefined],
    ['Months until the vote: ', '', undefined],
    ['Years to go on his contract | ', ' |', undefined],
    ['Months after the deal: ', '', undefined],
    ['Time since the firing (years): ', '', undefined],
    ['Time remaining, in months: ', '', undefined],
    ['Years on the board: ', '', 'years'],
  ])('%j … %j gives %s', (before, after, unit) => {
    expect(unitOfLabel(before, after)).toBe(unit);
  });

  it.each<[string, Array<[string, string]>]>([
    ['Julia Villagra\nMonths in the job: 5', [['julia-villagra-months-in-role', '5']]],
    ['Jerry Tworek\nYears at the lab: 7', [['jerry-tworek-tenure', '7']]],
    ["Adam D'Angelo\nYears as Facebook CTO: 2 (2006-08)", [['adam-d-angelo-facebook-tenure', '2']]],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each<string>([
    'Julia Villagra\nTeam size: 5',
    'Jerry Tworek\nPapers published: 40',
    'Ilya Sutskever and Sam Altman\nYears since the firing: 2',
    "Ilya Sutskever profile\nYears since OpenAI's founding: 8\nRole: chief scientist",
  ])('no span of time: %j', (text) => {
    expect(claims(text).filter(([id]) => /tenure|months-in-role|-years/.test(id))).toEqual([]);
  });
});
