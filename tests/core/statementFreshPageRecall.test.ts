import { describe, expect, it } from 'vitest';
import { annotate } from './helpers/annotate.ts';
import { found, unmarked } from './helpers/statementCases.ts';

/** The statements of the last block, after a lead of one's own. */
const statementsAfter = (lead: string, text: string) =>
  (annotate([lead, text]).blocks.at(-1) ?? [])
    .filter((h) => h.kind === 'claim' && h.claimKind === 'statement')
    .map((h) => [h.id, h.text]);

/*
 * Recall families read off the misses of sets 17 to 20, written as general news English: a unit's
 * modifiers after a place adverb ("a lab there devoted to AI"), the other heads a unit is called by
 * ("crew", "wing", "entity"), candour's other forms ("a want of candour", "insufficiently candid"),
 * "deprived of the chairmanship", and "again at the helm". Every sentence is invented; each family beside near-misses that must stay unmarked.
 */

const HIRED = 'Satya Nadella of Microsoft spoke on Monday.';

describe("a unit's modifiers after a place adverb", () => {
  found([
    [
      '"a lab there devoted to"',
      [HIRED, 'He will run a new lab there devoted to artificial intelligence research.'],
      [['microsoft-new-unit', 'new lab there devoted to artificial intelligence research']],
    ],
    [
      '"a team here focused on"',
      [HIRED, 'Altman is to lead a freshly formed team here focused on AI research.'],
      [['microsoft-new-unit', 'freshly formed team here focused on AI research']],
    ],
  ]);
  unmarked('microsoft-new-unit', [
    ['a unit about something else', [HIRED, 'He toured a new lab there focused on chip design.']],
    ['a place adverb with no modifiers after it', [HIRED, 'He found a new team there.']],
    ['a possibility', [HIRED, 'Microsoft may yet set up a new lab there devoted to AI research.']],
  ]);
});

describe('the other heads a unit is called by', () => {
  found([
    [
      '"crew"',
      [HIRED, 'Microsoft has given him a new AI research crew.'],
      [['microsoft-new-unit', 'new AI research crew']],
    ],
    [
      '"wing"',
      [HIRED, 'Microsoft is setting up a dedicated AI wing for him.'],
      [['microsoft-new-unit', 'dedicated AI wing']],
    ],
    [
      '"entity"',
      [HIRED, 'He will pilot a new entity of research in artificial intelligence.'],
      [['microsoft-new-unit', 'new entity of research']],
    ],
  ]);
  unmarked('microsoft-new-unit', [
    ['a film crew', [HIRED, 'A camera crew waited outside the building.']],
    ['an old wing', [HIRED, 'The east wing of the campus was quiet.']],
  ]);
});

describe("candour's other noun and adverb forms", () => {
  found([
    [
      '"a want of candour"',
      'The directors accused him of a want of candour.',
      [['firing-reason', 'want of candour']],
    ],
    [
      '"a want of consistent candor"',
      'The board cited his want of consistent candor.',
      [['firing-reason', 'want of consistent candor']],
    ],
    [
      '"lacking in consistent candour"',
      'A review found him lacking in consistent candour.',
      [['firing-reason', 'lacking in consistent candour']],
    ],
    [
      '"insufficiently forthcoming"',
      'Directors said he had been insufficiently forthcoming with them.',
      [['firing-reason', 'insufficiently forthcoming']],
    ],
    [
      '"his failure to be candid"',
      'The board cited his failure to be candid.',
      [['firing-reason', 'failure to be candid']],
    ],
  ]);
  unmarked('firing-reason', [
    ['someone else insufficiently candid', 'The directors said Murati had been insufficiently candid.'],
    ['someone else lacking in candour', 'Investors said Nadella was lacking in candour about the deal.'],
    ['someone else not candid', 'The directors said Murati had not been consistently candid.'],
  ]);
});

describe('stripped of the chair: "deprived", "divested"', () => {
  const BROCKMAN = 'OpenAI fired Sam Altman on Friday. Greg Brockman, its president, was angry.';
  it.each<[string, string, string]>([
    [
      '"deprived of the chairmanship"',
      'Brockman was deprived of the chairmanship.',
      'was deprived of the chairmanship',
    ],
    [
      '"deprived that same day of the presidency of the board"',
      'Brockman was deprived that same day of the presidency of the board.',
      'was deprived that same day of the presidency of the board',
    ],
    [
      '"divested of his role as chairman"',
      'Brockman was divested of his role as chairman.',
      'was divested of his role as chairman',
    ],
  ])('%s', (_, text, mark) => {
    expect(statementsAfter(BROCKMAN, text)).toEqual([['brockman-exit', mark]]);
  });
  it.each([['Brockman was deprived of sleep.'], ['Brockman was deprived of his weekend.']])(
    'leaves "%s" unmarked',
    (text) => {
      expect(statementsAfter(BROCKMAN, text)).toEqual([]);
    },
  );
});

describe('in charge again: "again at the helm", "once more at its head"', () => {
  found([
    [
      '"is again at the helm"',
      'Altman is again at the helm.',
      [['altman-returns-as-ceo', 'is again at the helm']],
    ],
    [
      '"was in charge again"',
      'By Wednesday Altman was in charge again.',
      [['altman-returns-as-ceo', 'was in charge again']],
    ],
    [
      '"once more at its head"',
      'A week on, Altman is once more at its head.',
      [['altman-returns-as-ceo', 'is once more at its head']],
    ],
    [
      '"at the helm once more"',
      'Altman was firmly at the helm once more.',
      [['altman-returns-as-ceo', 'was firmly at the helm once more']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['someone else in charge', 'Shear is now at the helm.'],
    ['another charge', 'Murati was again in charge of research.'],
    ['a question', 'Is Altman once more at its head?'],
    ['a possibility', 'Altman could be at the helm again by Friday.'],
  ]);
});

describe('a title after the copula and the employer\'s possessive: "is now its interim chief executive"', () => {
  found([
    [
      '"is now its interim chief executive"',
      'Emmett Shear is now its interim chief executive.',
      [['shear-appointment', 'interim chief executive']],
    ],
    [
      'after an apposition',
      'Emmett Shear, a co-founder of the streaming site Twitch, is now its interim boss.',
      [['shear-appointment', 'is now its interim boss']],
    ],
    [
      '"their"',
      'For now Emmett Shear is their stopgap chief executive.',
      [['shear-appointment', 'is their stopgap chief executive']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['someone else', 'Mira Murati is now its interim chief executive.'],
    ['a question', 'Is Emmett Shear now its interim chief executive?'],
  ]);
});

describe('"there" after a verb stands for the company just named', () => {
  const NADELLA = 'OpenAI fired Sam Altman on Friday; Satya Nadella of Microsoft spoke on Monday.';
  it.each<[string, string, string]>([
    [
      '"coming to work there"',
      'Nadella said that Altman and Brockman were coming to work there.',
      'were coming to work there',
    ],
    [
      'a single subject',
      'Nadella confirmed that Altman was coming to work there.',
      'was coming to work there',
    ],
  ])('%s', (_, text, mark) => {
    expect(statementsAfter(NADELLA, text)).toEqual([['altman-joins-microsoft', mark]]);
  });
  it.each([
    [
      'another company named last',
      'Altman said he was staying at OpenAI and that Brockman would work there too.',
    ],
    ['the existential "there"', 'There is no sign that Altman will work for Microsoft.'],
    ['"over there"', 'Altman said he was coming to work over there.'],
  ])('leaves %s unmarked', (_, text) => {
    expect(statementsAfter(NADELLA, text)).toEqual([]);
  });
});

describe('joining Microsoft in other verbs: "belongs to Microsoft", "Microsoft takes in"', () => {
  found([
    [
      '"now belongs to Microsoft"',
      'Altman now belongs to Microsoft.',
      [['altman-joins-microsoft', 'Altman now belongs']],
    ],
    [
      'headline "takes in"',
      'Microsoft takes in ousted OpenAI chief Sam Altman',
      [['altman-joins-microsoft', 'takes in ousted OpenAI chief Sam Altman']],
    ],
    [
      'passive "taken in"',
      'Altman was taken in by Microsoft.',
      [['altman-joins-microsoft', 'was taken in by Microsoft']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['something else belongs', 'The shares belong to Microsoft.'],
    ['a group of Microsoft', 'Altman belonged to a Microsoft advisory group in 2019.'],
    ['taking in a view', "Altman took in the view from Microsoft's campus."],
  ]);
});

describe('the chief scientist under other names: "head scientist", "scientific director"', () => {
  found([
    [
      '"head scientist of OpenAI"',
      'Ilya Sutskever, head scientist of OpenAI, signed the letter.',
      [['sutskever-title', 'head scientist']],
    ],
    [
      '"OpenAI\'s scientific director"',
      "Ilya Sutskever, OpenAI's scientific director, signed the letter.",
      [['sutskever-title', 'scientific director']],
    ],
  ]);
  unmarked('sutskever-title', [
    ['someone else', "Jakub Pachocki, OpenAI's head scientist, signed the letter."],
  ]);
});
