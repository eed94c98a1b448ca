import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { annotate, figureClaimsAfterLead, marked } from './helpers/annotate.ts';

const wordings = (text: string) => findFigures(text).map((f) => f.wording);

describe('page furniture written in digits is never a figure', () => {
  it.each([
    'Call 0800 555 0170 today.',
    'Complaints: 0330 555 0199.',
    'Newsroom: +44 20 7946 0321.',
    '· Customer Center · Terms · 1-800-555-0199',
    'Tip line (212) 555-0143, any time',
    'Offer ends 11/30/2023',
    'Rates as of 11/17/2023',
    '4 / 12 Co-founder Greg Brockman lost his post.',
    'Photo 7/12',
    'Photo 3 of 12: Greg Brockman leaves the board.',
    'Slide 4 of 11',
    'Tip line: 555-0143.',
    'Rated 4.5 out of 5',
    'Meridian Wire, 30 Canal Row, London.',
    'Visit us at 1600 Amphitheatre Parkway.',
    'Updated 9.02am AEDT',
    'Posted at 10:30 p.m. on Sunday',
    'Last updated 11.15 GMT',
    'Markets close at 4pm ET',
    'Holiday open house at Falls Hardware — Saturday 9–4.',
    'Open Mon–Fri 9-5, Sun 10am–2pm',
    'By NewsCenter 4 staff · Published Nov. 22, 2023',
    'By Action 7 News staff',
    'Watch Channel 4 News at six.',
    'KTVU 2 | Top stories',
    'as NBC 5 reported on Monday',
    'S&P 500',
    'The S&P 500 slipped while the Nasdaq 100 held.',
    'FTSE 100 companies and the Dow 30',
    'Tech names led the Nasdaq-100 higher; the Russell 2000 lagged.',
    'hongyu ren from the gpt 40 work',
    'the team behind GPT-4 and GPT-3.5',
    'And the weather: cloudy with rain spreading from the west, lows of 7 Celsius.',
    'Tomorrow, brighter, highs of 12.',
    'A mild 14°C in the afternoon, near 60 degrees Fahrenheit.',
    'Radio Wessex · 97.4 FM and DAB',
    'Like · 34 · Reply',
    'Comments: 12 · Share',
    'A) About 50 B) About 200 C) More than 700 D) All 1,000',
  ])('%s', (text) => {
    expect(wordings(text)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['505 of 770 employees signed; 700-plus by midday', ['505', '770', '700-plus']],
    ['a board of 4, then 3, then 6', ['4', '3', '6']],
    ['the vote was 4 to 2, with 12 abstaining', ['4', '2', '12']],
    ['Shares rose 1.1% to $377.44', ['1.1%', '$377.44']],
    ['Shares rose 1.15% by 11.15 GMT', ['1.15%']],
    ['The board met on Saturday; 4 directors voted', ['4']],
    ['a score of 9.5 on Friday, 12 times', ['9.5', '12']],
    ['By Monday 4 staff had quit', ['4']],
    ['a board of 4, per Channel 4', ['4']],
    ['the W3C 4 members', ['4']],
    ['The S&P 500 rose 1.2% as 505 employees signed', ['1.2%', '505']],
    ['the Dow fell 300 points on Friday', ['300']],
    ['GPT-4 has 100 million users', ['100 million']],
    ['More than 700 staff signed. A) agree B) disagree', ['More than 700']],
    ['Shares rose 12 per cent as the highs of the week', ['12 per cent']],
    ['Staff numbered 770, and 34 replied', ['770', '34']],
    ['Via The Information 505 staff have now signed.', ['505']],
    ['Via Bloomberg: 700 employees had signed by noon', ['700']],
  ])('keeps the figures of %s', (text, expected) => {
    expect(wordings(text)).toEqual(expected);
  });
});

describe('noise never becomes a claim on a page about the story', () => {
  const story =
    'More than 700 OpenAI employees signed a letter demanding that the board resign and bring back Sam Altman.';
  it.each([
    'ADVERTISEMENT · Microsoft Surface deals · Call 0800 555 0170',
    'Newsroom: +44 20 7946 0321.',
    'Sponsored · Refinance at 6.9% APR* · Rates as of 11/17/2023',
    'Panto season: 10 best shows for 2023',
    'Five must-see films this weekend',
  ])('%s', (noise) => {
    expect(
      marked([story, noise], 'claim').filter(([id]) => id.endsWith('signatories') || id === 'board-size'),
    ).toEqual(marked([story], 'claim').filter(([id]) => id.endsWith('signatories') || id === 'board-size'));
  });
});

describe('a line opened by "Via" and a source keeps its count (no street address)', () => {
  it.each([
    ['Via The Information 505 staff have now signed.', '505'],
    ['Via Bloomberg 700 employees had signed by noon.', '700'],
  ])('%s', (line, count) => {
    expect(figureClaimsAfterLead([line])).toEqual([['staff-letter-signatories', count]]);
  });
});

describe('ranks and places in a series are not counts', () => {
  const HEADLINE = 'Sam Altman returns; OpenAI board replaced';
  const figureClaims = (blocks: string[]) =>
    annotate([HEADLINE, ...blocks], undefined, { published: '2023-11-22' })
      .highlights.filter((h) => h.kind === 'claim' && h.claimKind === 'figure')
      .map((h) => [h.id, h.text]);

  it.each<[string, string[]]>([
    [
      'the ranks of a rail of links',
      ['Most popular', '1', "Altman's comeback explained", '2', 'Why the board fired him', '3'],
    ],
    ['an episode', ['Season 2, episode 4']],
    ['a list headline', ['Top 10']],
    ['a step', ['Step 3: call the board']],
  ])('%s', (_, blocks) => {
    expect(figureClaims(blocks)).toEqual([]);
  });

  it('still reads a fact box after the headline', () => {
    expect(figureClaims(['Directors who removed Altman', '4'])).toEqual([['board-size', '4']]);
  });
});
