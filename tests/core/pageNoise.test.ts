import { describe, expect, it } from 'vitest';
import { inNoise, noiseOf, pageNoise } from '../../src/core/figures/pageNoise.ts';

/** Blocks with furniture of several kinds, and figures beside it. */
const BLOCKS = [
  '3:07 p.m.',
  'Updated 9.02am AEDT · 6 sources · 738 employees signed',
  'Call 0800 555 0170 or +44 20 7946 0321 before 11/30/2023; photo 3 of 12.',
  'Rated 4.5 out of 5 at 30 Canal Row, open Saturday 9–4, said 505 staff.',
  'MSFT ▲1.1% as the S&P 500 rose; GPT-4 scored 990 pts; lows of 7 Celsius on 97.4 FM.',
  'Like · 34 · Reply — Channel 4 News counted 700 of 770 staff',
  'A) About 50 B) About 200 C) More than 700',
  'The board of 4 removed him; 13 billion dollars; 86 billion valuation.',
];

/** Every run of digits in `text`, as findFigures asks about them. */
const digitRuns = (text: string) =>
  [...text.matchAll(/\d+/g)].map((m) => [m.index, m.index + m[0].length] as const);

describe('noiseOf: furniture read a kind at a time', () => {
  it.each(BLOCKS)('says what pageNoise says of every figure in %j, asked in order', (text) => {
    const inBlock = noiseOf(text);
    const spans = pageNoise(text);
    for (const [start, end] of digitRuns(text)) expect(inBlock(start, end)).toBe(inNoise(spans, start, end));
  });

  it.each(BLOCKS)('and asked in reverse, once a later kind has been read', (text) => {
    const inBlock = noiseOf(text);
    const spans = pageNoise(text);
    for (const [start, end] of digitRuns(text).reverse())
      expect(inBlock(start, end)).toBe(inNoise(spans, start, end));
  });

  it('stops at the kind that holds the figure: a clock time reads no later kind', () => {
    // The figure "3" of "3:07 p.m." is furniture, whichever kinds come after the clock.
    const inBlock = noiseOf('3:07 p.m.');
    expect(inBlock(0, 1)).toBe(true);
    expect(inBlock(2, 4)).toBe(true);
    expect(noiseOf('About 700 staff')(6, 9)).toBe(false);
  });
});

/** Every figure of `text` that page furniture holds, by its digits. */
const furniture = (text: string) => {
  const inBlock = noiseOf(text);
  return digitRuns(text)
    .filter(([start, end]) => inBlock(start, end))
    .map(([start, end]) => text.slice(start, end));
};

describe('a thread’s post numbers are furniture', () => {
  it.each([
    ['2/', ['2']],
    ['🧵 3/ The board met on Friday without him.', ['3']],
    ['7/ By Monday 505 staff had signed.', ['7']],
    ['(4/) and that was the end of it', ['4']],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });

  it.each([
    'By then 505/770 staff had signed',
    'a 4-2 vote and/or 700 employees',
    'the 24/7 newsroom counted 700',
  ])('but not a ratio, a vote or a round-the-clock desk: %j', (text) => {
    expect(furniture(text)).toEqual([]);
  });
});

describe('a weekday’s date is furniture', () => {
  it.each([
    ['Mon 20', ['20']],
    ['Tue. 21 | Deal in principle', ['21']],
    ['Friday 17 November: the board fires Altman', ['17']],
    ['He was dismissed the previous Friday (17) by the board.', ['17']],
    ['Sun, 19 Nov', ['19']],
    ['Fri 17 to Tue 21 Nov.', ['17', '21']],
    ['Sat 18–Sun 19: talks stall', ['18', '19']],
    ['Thursday 16 until Monday 20', ['16', '20']],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });

  it.each([
    'On Monday 505 employees signed the letter.',
    'By Tuesday 700 staff had signed.',
    'Friday 4 directors voted him out',
    'On Sunday, 12 more researchers resigned.',
    'Friday 4 to Monday 700: the letter grew.',
    'On Monday 505 to 700 staff signed.',
  ])('but a count after a weekday is no date: %j', (text) => {
    expect(furniture(text)).toEqual([]);
  });
});

describe('dates written with dots are furniture', () => {
  it.each([
    ['Related: Board removes chief (17.11.2023)', ['17', '11', '2023']],
    ['Published 20.11.23, 09:14', ['20', '11', '23', '09', '14']],
    ['Am 17. 11. 2023 entließ der Vorstand', ['17', '11', '2023']],
    ['On 20. November the board met', ['20']],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });

  it.each([
    'Revenue rose 2.5. The board met.',
    'The stake is worth 13.5 billion dollars.',
    'Version 1.2.3 shipped to 700 staff.',
    'About 20 November deadlines were missed.',
  ])('but a decimal or a count is no date: %j', (text) => {
    expect(furniture(text)).not.toContain('700');
    expect(furniture(text)).not.toContain('2');
    expect(furniture(text)).not.toContain('13');
    expect(furniture(text)).not.toContain('20');
  });
});

describe('list and series numbers are furniture', () => {
  it.each([
    ['1️⃣ Fri: Sam fired', ['1']],
    ['#️⃣ 3️⃣ Mon: letter drops', ['3']],
    ['Day 3: staff walk out', ['3']],
    ['Week 12 of the strike', ['12']],
    ['Episode 214 — the board fight', ['214']],
    ['Sun 19 Board turns to Shear', ['19']],
    ['Wed 29 Back to CTO', ['29']],
    ['• Mon 20: "Signs the staff letter"', ['20']],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });

  it.each([
    'On Monday 505 employees signed the letter.',
    'Sunday 12 researchers quit',
    'The strike entered its 3rd day as 700 staff walked out.',
    'Day traders sold 40 million shares.',
    'Part of the 12 billion dollars went to Microsoft.',
  ])('but a count near such words is not: %j', (text) => {
    expect(furniture(text)).toEqual([]);
  });
});

describe('a citation’s volume, number and pages are furniture', () => {
  it.each([
    ['Policy & Technology Review 9, no. 1 (2026): 41–58.', ['9', '1', '2026', '41', '58']],
    ['ESSAY · Vol. 9, No. 1 (Winter 2026) · pp. 41–58', ['9', '1', '41', '58']],
    ['Journal of Law (2019), 113-140', ['2019', '113', '140']],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });

  it.each(['In 2026, 41 directors resigned.', 'The board (of 2023) had 6 members'])(
    'but a year before a count is not: %j',
    (text) => {
      expect(furniture(text)).toEqual([]);
    },
  );
});

describe('footnote marks glued to a word are furniture', () => {
  it.each([
    ['had not been consistently candid.1 The board met', ['1']],
    ['27% for OpenAI.10 And this month', ['10']],
    ['as the letter said,”4 Then came', ['4']],
    ['a view the court shared.³', []],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });

  it.each([
    'The stake rose to 49.5 The rest',
    'staff,700 of them, signed',
    'Of the staff.700 signed',
    'signed by 505. The board',
  ])('but a number that counts is not: %j', (text) => {
    expect(furniture(text)).toEqual([]);
  });
});

describe('an insert or an ad block is furniture', () => {
  it.each([
    ['Read also: Three Jakarta unicorns trim staff', ['Three']],
    ['ADVERTISEMENT — Balloon tours from 3,500 TL · 15% off', ['3,500', '15']],
    ['Also read: 40 startups cut staff', ['40']],
    ['Related news\n Board removes chief (2023)', ['2023']],
  ])('%j', (text, expected) => {
    const inBlock = noiseOf(text);
    for (const word of expected) {
      const at = text.indexOf(word);
      expect(inBlock(at, at + word.length)).toBe(true);
    }
  });

  it.each([
    'Advertisement spending rose 20% last year.',
    'Related to the 700 signatures, the board met.',
    'Read the 700 signatures: they are public.',
  ])('but a sentence that opens with such a word is not: %j', (text) => {
    expect(furniture(text)).toEqual([]);
  });
});

describe('a timeline cell before a quoted entry is furniture', () => {
  it.each([
    ['Tue 21 "still working on it…"', ['21']],
    ['Thu 23 “back to work”', ['23']],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });
});

describe('a program’s version and build number', () => {
  const noisy = (text: string, digits: string) => {
    const at = text.indexOf(digits);
    return inNoise(pageNoise(text), at, at + digits.length);
  };
  it.each<[string, string]>([
    ['Brightline News, Inc. · App version 8.14.2 (build 3307) · Help center', '3307'],
    ['Update to v2.3.1 to fix the login bug.', '2.3'],
    ['Requires iOS 17.1 or later.', '17'],
    ['Build 4412 · Terms', '4412'],
  ])('is furniture in %j', (text, digits) => {
    expect(noisy(text, digits)).toBe(true);
  });
  it.each<[string, string]>([
    ['The council plans to build 3307 homes by 2030.', '3307'],
    ['More than 700 staff signed, the latest version of the letter shows.', '700'],
  ])('is a figure in %j', (text, digits) => {
    expect(noisy(text, digits)).toBe(false);
  });
});

describe('a star rating and its count of ratings are furniture', () => {
  it.each([
    ['Listen on: Apple Podcasts · Spotify · ★ 4.8 (1,204 ratings)', ['4', '8', '1', '204']],
    ['Rated 4.7★ by readers', ['4', '7']],
    ['★ 4.2 (312 votes)', ['4', '2', '312']],
    ['⭐4.5 · 12K reviews', ['4', '5']],
    ['The app: 4.6 (12K reviews)', ['4', '6', '12']],
    ['Our verdict: 4 stars', ['4']],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });

  it.each([
    'Shares rose 4.8% to a record.',
    'The app has 4.8 million users and 1,204 reviews.',
    'A 4.5 billion deal drew 3 reviews from regulators.',
    // A bracketed count of votes with no rating before it is a story's tally.
    'The motion passed comfortably (312 votes).',
    'The amendment failed (41 votes to 58).',
    'Shareholders backed the plan (1,204 votes).',
    // A star before a scaled number marks the number, not a rating.
    '⭐ 4.8 million downloads in a week',
    '★ 2.5m listeners tuned in.',
    '⭐ 1.2 billion views',
    '★ 12k subscribers',
  ])('but not a move, a count of users or a story’s count: %j', (text) => {
    expect(furniture(text)).toEqual([]);
  });
});

describe('a quiz’s scoring key is furniture', () => {
  it.each([
    ['9–10: You may need a hobby.', ['9', '10']],
    ['0-2 correct: Were you even online?', ['0', '2']],
    ['Score 6–8: Solid.', ['6', '8']],
    ['Results\n3 – 5: You skimmed.', ['3', '5']],
    ['How did you do? 6–8: Solid. 3–5: Skimmed it.', ['6', '8', '3', '5']],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });

  it.each([
    '2019–2023: Chair of the board',
    'The vote was 4-2: Altman was out.',
    'Board seats: 4–6 members',
    '8–6: The final tally',
    'They lost. 2: That was the count.',
    'Seats changed hands, 4–6: None of them were new.',
    // A verdict in lower case is no quiz's band: "solid" after a colon goes on the sentence.
    '6–8: solid.',
    'Result 2-3: disappointing for the hosts.',
    '0–2 correct: were you even online?',
  ])(
    'but not a span of years, a vote inside a sentence, a value after its label or a falling pair: %j',
    (text) => {
      expect(furniture(text)).toEqual([]);
    },
  );
});

describe('a chart’s axis written as text is furniture', () => {
  it.each([
    [
      'Signatures → 0 · 100 · 200 · 300 · 400 · 500 · 600 · 700 · 800',
      ['0', '100', '200', '300', '400', '500', '600', '700', '800'],
    ],
    ['0% | 25% | 50% | 75% | 100%', ['0', '25', '50', '75', '100']],
    ['US$ billions 500 400 300 200', ['500', '400', '300', '200']],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });

  it.each([
    'Counts of 500, 505, 700 and 770 were reported.',
    'Tallies: 490 · 500 · 505',
    'Seats 6 · 4 · 3 · 9',
    'Quotas of 100 · 200 · 300',
  ])('but not a list of rival figures, a short run or an uneven one: %j', (text) => {
    expect(furniture(text)).toEqual([]);
  });
});

describe('a quote strip’s ticker is furniture, with its trading session between', () => {
  it.each([
    ['MSFT premarket ▲ 1.1%', ['1', '1']],
    ['MXN 17.18 · MSFT pre-market ▲1.1%', ['1', '1']],
    ['AAPL (after hours) −0.4%', ['0', '4']],
    ['MSFT futures +2%', ['2']],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });

  it.each([
    'MSFT shares rose 1.1% premarket',
    'The CEO premarket call drew 700 staff',
    'Microsoft shares were up 2% in premarket trading.',
  ])('but not a move told in words: %j', (text) => {
    expect(furniture(text)).toEqual([]);
  });
});

describe('an address is furniture, however the street is written', () => {
  it.each([
    ['General meeting: Thursday, 6:30 pm, 1440 Broadway, Oakland, and on Zoom.', ['1440']],
    ['Our office: 12 the Strand, London', ['12']],
    ['El Observador · Av. Reforma 222, Col. Juárez, CDMX', ['222']],
    ['Write to us at Calle Mayor 5, Madrid.', ['5']],
    ['Siège: Rue de Rivoli 99, Paris', ['99']],
    ['Redazione: Via Solferino 28, Milano', ['28']],
    ['Via del Corso 12 00186 Roma', ['12']],
    ['Contact: Ulica Marszałkowska 10 | Warsaw', ['10']],
    ['Office: Av. Paulista 1578', ['1578']],
    ['Find us at Carrer de Mallorca 401.', ['401']],
  ])('%j', (text, expected) => {
    expect(furniture(text).filter((d) => !['6', '30'].includes(d))).toEqual(expected);
  });

  it.each([
    'About 700 Broadway workers went on strike.',
    'Via 700 signatures, staff made their point.',
    'Via The Information 505 staff have now signed.',
    'Via Bloomberg 700 employees had signed by noon.',
    'Via OpenAI Staff 770 names were on the letter.',
    'Rue Morgue 12 times over: the plot is borrowed.',
    'Piazza San Marco 3000 tourists an hour, the city says.',
    'Via The Information 505 (of 770) staff have signed.',
    'The Broadway show sold 1440 tickets.',
  ])('but not a count near a street’s word: %j', (text) => {
    expect(furniture(text)).toEqual([]);
  });
});

describe('a day and month set off by a stamp or a bracket is furniture', () => {
  it.each([
    ['Correction (30/12): This table gave the wrong title.', ['30', '12']],
    ['Updated 21/11 with the board’s statement', ['21', '11']],
    ['[17/11] Board fires chief', ['17', '11']],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });

  it.each(['By then 505/770 staff had signed', 'signatures (505/770) by noon', 'He updated 30/12 files'])(
    'but not a ratio or a score: %j',
    (text) => {
      expect(furniture(text)).toEqual([]);
    },
  );
});

describe('a comment’s vote and reaction widgets are furniture', () => {
  it.each([
    ['▲ 412', ['412']],
    ['412 ▼', ['412']],
    ['⬆ 98 ⬇', ['98']],
    ['👍 57 👎 3', ['57', '3']],
    ['💬 12 · 🔁 3', ['12', '3']],
    ['♥ 1.2K', ['1', '2']],
    ['340 upvotes · 12 comments', ['340', '12']],
    ['Reply · 12 replies', ['12']],
    ['3 shares · 5 comments', ['3', '5']],
    ['techwatcher · 412 points · 3h ago', ['412']],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });

  it.each([
    'Headcount ▲ 700 staff',
    'Altman sells 12 shares',
    'The motion passed by 9 votes to 2.',
    'He has 412 points of difference with the board.',
    'Employees left 700 comments on the internal memo about the board.',
    // A label before the glyph or the count: a live tally's or a fact box's change arrow (review22 #8).
    'Signatures ▲ 702',
    'Signatures ▲ 702 (of 770)',
    'Board members: 6 ▼',
    'Staff who signed: ▲ 745',
    'Headcount 770 ▲',
  ])('but not a story’s count or a story’s noun: %j', (text) => {
    expect(furniture(text)).toEqual([]);
  });
});

describe('a broadcast programme’s hour is furniture', () => {
  it.each([
    ['(KBAY 4 News at 5)', ['4', '5']],
    ['Watch Nightly News at 6:30 tonight', ['6', '30']],
    ['on Newsnight at 10.30', ['10', '30']],
    ['Tune in to Live at 6 for more', ['6']],
    ['the 6 O’Clock News led with it', ['6']],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });

  it.each([
    'Microsoft shares opened at 5% higher',
    'shares closed at 5 on Friday',
    'The Report at 5 million readers',
    'Staff at 5 offices walked out',
  ])('but not a price, a share or a count: %j', (text) => {
    expect(furniture(text)).toEqual([]);
  });
});

/*
 * Round 26: a pager's line is page numbers and the words that step through them; every number on it is
 * furniture. A line with words of its own keeps its figures.
 */
describe('a pager’s line is furniture', () => {
  const noisy = (text: string) => digitRuns(text).map(([s, e]) => inNoise(pageNoise(text), s, e));
  it.each([
    '‹ Prev · 1 · … · 7 · 8 · 9 · … · 34 · Next ›',
    '« First  1  2  3  4  Last »',
    'Previous page | 2 | 3 | 4 | Next page',
    '← Older 12 13 14 Newer →',
  ])('%s', (text) => {
    expect(noisy(text).every(Boolean)).toBe(true);
  });

  it.each(['Next: 4 directors, 505 signatures', '4 · 505 · 770', 'The next 4 days decided it; 505 signed.'])(
    'keeps %s',
    (text) => {
      expect(noisy(text).some(Boolean)).toBe(false);
    },
  );
});

describe('an axis described in words is furniture too', () => {
  it.each([
    ['Horizontal axis, votes: ticks at 0, 2, 4, 6 and 8.', ['0', '2', '4', '6', '8']],
    ['The scale runs 0, 250, 500, 750 and 1000 staff.', ['0', '250', '500', '750', '1000']],
    ['Gridlines at 100, 200, 300 and 400', ['100', '200', '300', '400']],
    ['y-axis: 0, 10, 20, 30, and 40 per cent', ['0', '10', '20', '30', '40']],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });

  it.each([
    'Reports gave 490, 500, 505 and 700 signatures.',
    'It rose from 500 to 700 and then 745.',
    'The board had 6, then 4 and finally 3 members.',
  ])('but not rival figures joined by "and": %j', (text) => {
    expect(furniture(text)).toEqual([]);
  });
});

describe('a section’s number in a heading or a running head is furniture', () => {
  it.each([
    ['‹ 7.3 Founders and their boards · p.', ['7', '3']],
    ['4.2 The board’s powers', ['4', '2']],
    ['Section 2.1 Directors and their duties', ['2', '1']],
    ['Chapter 7 › 7.4 When a board fires its founder', ['7', '7', '4']],
    ['§ 3.1.2 Removing a chief executive', ['3', '1', '2']],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });

  it.each([
    'OpenAI’s valuation hit 86.5 Billion dollars',
    'Shares rose 1.2 Percent on Monday',
    'A stake of 49.5 per cent',
    'Microsoft put in 13 Billion',
  ])('but not a value in a headline’s capitals or in a sentence: %j', (text) => {
    expect(furniture(text)).toEqual([]);
  });
});

describe('an answer key’s item numbers are furniture', () => {
  it.each([
    ['Answers: 1 (b). 2 Checks on how a company is run. 3 Turn this page upside down!', ['1', '2', '3']],
    ['Quiz answers: 1) b 2) a 3) c', ['1', '2', '3']],
    ['Answer key — 1. True 2. False 3. Emmett Shear', ['1', '2', '3']],
    ['Solutions: 1 (c), 2 (a), 3 (d)', ['1', '2', '3']],
  ])('%j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });

  it.each([
    ['Answers: 1) about 770 2) four', ['1', '2']],
    ['Answers: more than 700 staff signed.', []],
    ['Four directors voted: 1 Sutskever, 2 Toner', []],
    ['He answered 3 questions from reporters.', []],
  ])('but not the answer’s own figures, or numbers outside a key: %j', (text, expected) => {
    expect(furniture(text)).toEqual(expected);
  });
});
