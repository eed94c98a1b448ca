import { describe, expect, it } from 'vitest';
import { isFeedItemLine, isItemPostedLine } from '../../src/core/page/feedItemLine.ts';
import { railAfter, railHeadingOf } from '../../src/core/page/railContext.ts';
import { inNoise, pageNoise } from '../../src/core/figures/pageNoise.ts';
import { annotate, figureClaimsAfterLead, STORY_LEAD } from './helpers/annotate.ts';

/*
 * Page furniture of galleries, pagers, aggregators and footnoted blogs: a slide's position ("3 of 12"),
 * a feed's outlet-and-time lines, a rail headed by a section ("Most read in Tech"), a notes list. Every
 * line is invented.
 */

const LEAD = 'OpenAI’s board removed Sam Altman on Friday, and Microsoft hired him on Sunday.';
const claimsOf = (blocks: string[]) =>
  annotate([LEAD, ...blocks])
    .highlights.filter((h) => h.kind === 'claim')
    .map((h) => [h.id, h.text]);
const allNoise = (text: string) => inNoise(pageNoise(text), 0, text.trim().length);

describe('a block that is only a position counts nothing', () => {
  it.each([
    '1 of 12',
    '12 of 12',
    '(3/10)',
    '‹ 4 of 9 ›',
    'Photo 3/12',
    'Slide 4 of 9',
    'Page 2 of 5',
    'Image 7 of 20',
    'No. 3 of 12',
    '2 of 5 photos',
    'Prev 3 of 12 Next',
    'Question 3 of 10',
    '« Previous | 6 / 15 | Next »',
    'Viewing 2 of 10',
  ])('%s', (text) => {
    expect(allNoise(text)).toBe(true);
  });

  it.each([
    // A count with its own words, or a block of more than a position.
    'Four of six directors voted to remove him',
    '4 of 6 directors',
    '13 of 12',
    '0 of 12',
    'Sutskever was one of 4 of the 6 directors',
  ])('not %s', (text) => {
    expect(allNoise(text)).toBe(false);
  });

  // review23b #9: a counter's word inside a sentence is the sentence's own; as a label it still counts.
  it.each<[string, string]>([
    ['As a result 4 of 6 directors voted to remove Altman.', '4'],
    ['On the question 4 of 6 directors voted yes and Altman was out.', '4'],
    ['In the video 4 of 6 directors can be seen leaving the room as the vote ends.', '4'],
  ])('a count in running text keeps its number: %s', (text, count) => {
    const at = text.indexOf(count);
    expect(inNoise(pageNoise(text), at, at + count.length)).toBe(false);
  });

  it.each([
    'Card 2 of 8 · The board',
    'Quiz | Question 3 of 10 | Who fired Altman?',
    '(Chart 1 of 4) Staff who signed',
  ])('a counter label still counts nothing: %s', (text) => {
    const at = text.search(/\d/);
    expect(inNoise(pageNoise(text), at, at + 1)).toBe(true);
  });

  it('a gallery’s slide counters take no topic from the captions around them', () => {
    const blocks = [
      'Photos: a week of turmoil at OpenAI',
      '1 of 4',
      'Sam Altman on stage in San Francisco. The next day the OpenAI board ousted him.',
      '2 of 4',
      'Ilya Sutskever sat among the four board members who voted to remove Altman.',
      '3 of 4',
      'Staff letter: 505 employees signed it by Monday morning.',
      '4 of 4',
      'OpenAI’s offices on Wednesday.',
    ];
    const marks = figureClaimsAfterLead(blocks);
    expect(marks).toContainEqual(['board-size', 'four']);
    expect(marks).toContainEqual(['staff-letter-signatories', '505']);
    expect(marks.filter(([, words]) => /^\d$/.test(words))).toEqual([]);
  });
});

describe('an aggregator’s feed under "Top stories" is the page’s content, not a rail', () => {
  it.each([
    'Reuters · 2 hours ago',
    'The Atlantic Ledger — 35 min ago',
    '3h ago',
    'Bayline Business Journal | Yesterday',
    'Updated 9:40 a.m. · 6 sources',
    'Nov. 21, 2023 · Tech Wire',
    'Late Tuesday the company announced a deal in principle: its chief returns, and a new board…',
    'Signed by close to 500 employees at first and hundreds more by Monday afternoon, it...',
  ])('%s is a feed item’s line', (text) => {
    expect(isFeedItemLine(text)).toBe(true);
  });

  it.each([
    'The board met again on Tuesday.',
    'More…',
    'Reuters reported the deal two hours ago, people familiar said.',
    'Microsoft hires Sam Altman',
    '“We are back…” he wrote.',
  ])('%s is not', (text) => {
    expect(isFeedItemLine(text)).toBe(false);
  });

  const FRONT = [
    'Your briefing',
    'Wednesday, November 22 · Columbus, cloudy',
    'Top stories ›',
    'Wire Daily · 2 hours ago',
    'Microsoft hires Sam Altman to lead a new AI research group',
    'Tech Journal · 4 hours ago',
    'More than 700 OpenAI employees threaten to quit unless the board resigns',
    'Signed by 505 employees at first and hundreds more by the afternoon, the letter…',
  ];

  it('marks the claims of a feed that opens under a links heading before any article body', () => {
    const marks = annotate(FRONT).highlights.filter((h) => h.kind === 'claim');
    expect(marks.map((h) => h.id)).toEqual(
      expect.arrayContaining(['altman-joins-microsoft', 'staff-letter-signatories']),
    );
  });

  it('still silences a "Top stories" sidebar after the body, timestamps and all', () => {
    const page = [
      'Altman returns',
      'Sam Altman will return as chief executive of OpenAI, the company said late on Tuesday, capping five days of turmoil that began when its board fired him.',
      'Top stories',
      'Wire Daily · 2 hours ago',
      'Microsoft hires Sam Altman to lead a new AI research group',
      'Tech Journal · 4 hours ago',
      'More than 700 OpenAI employees threaten to quit unless the board resigns',
    ];
    const quiet = annotate(page).blocks.slice(3).flat();
    expect(quiet.filter((h) => h.kind === 'claim')).toEqual([]);
  });

  it('still silences a headline-only rail before the body', () => {
    const page = [
      'Trending now',
      'Microsoft hires Sam Altman to lead a new AI research group',
      'More than 700 OpenAI employees threaten to quit',
    ];
    expect(annotate(page).highlights.filter((h) => h.kind === 'claim')).toEqual([]);
  });
});

describe('rail headings with a section word, or a pointer back to the story', () => {
  it.each([
    'MOST READ IN TECH',
    'Most read in Business',
    'Most popular in Markets',
    'Popular in Business',
    'Trending in Politics',
    'Top stories in Technology',
    'Most viewed on The Herald',
    'Read the story',
    'Read the full article',
    'Read our coverage',
    'More galleries',
    'More photos',
    'Most Read: Opinion',
    'Latest in Tech',
    'What others are reading',
    'Most Emailed',
    'Readers also liked',
  ])('“%s” opens a links rail', (heading) => {
    expect(railHeadingOf(heading)).toBe('links');
  });

  it.each(['Most of the board read it as a threat', 'Read the room', 'Popularity contest', 'Latest updates'])(
    '“%s” does not',
    (heading) => {
      expect(railHeadingOf(heading)).toBeUndefined();
    },
  );

  it('silences the headline under "Read the story" after a gallery', () => {
    const page = [
      'Photos: After five days, Sam Altman is back',
      'Read the story',
      'OpenAI brings back Sam Altman as CEO days after firing him',
    ];
    expect(
      annotate([LEAD, ...page])
        .blocks.at(-1)!
        .filter((h) => h.kind === 'claim'),
    ).toEqual([]);
  });
});

describe('a footnote list stays one to its end', () => {
  const BODY =
    'On Monday a letter circulated that called the directors incapable of overseeing the company; the first reported tally was 505, and by the afternoon organisers claimed more than 700.';

  it('silences a plain note about a source under "Notes"', () => {
    expect(
      claimsOf([
        BODY,
        'Notes',
        'Slides and the reading list are on the course page. No student is quoted.',
        'All times Pacific.',
        'Company blog post announcing the change, Nov. 17, 2023.',
        'Counts varied through the day; one newsletter reported the 505 figure early on.',
        'The 49% figure is from press accounts; Microsoft has not confirmed it.',
      ]).filter(([, words]) => words === '505'),
    ).toHaveLength(1);
  });

  it.each([
    'All times Pacific.',
    'Some quotes have been condensed.',
    'Disclosure: the author once advised the firm.',
    'Photo by the author.',
    'Originally published in the course reader.',
    'Figures are rounded.',
  ])('keeps a references list open across “%s”', (note) => {
    expect(railAfter(note, 'references')).toBe('references');
  });

  it('ends the list at a short sentence of the story itself', () => {
    expect(railAfter('The board of four fired him on a Friday.', 'references')).toBeUndefined();
  });

  it('ends the list at a long paragraph of the body', () => {
    const marks = claimsOf([
      'Sources',
      'Figures as reported by the wire.',
      'Back to the week itself: on Monday, 505 employees signed a letter that called the directors incapable of overseeing the company, and more followed by the evening.',
    ]);
    expect(marks).toContainEqual(['staff-letter-signatories', '505']);
  });
});

// review23b #1: a top-of-page "Trending"/"Most read" rail stays a rail, whatever tab or timestamp it shows.
describe('a rail atop an article is not released by a tab, a timestamp or a teaser', () => {
  const railClaims = (blocks: string[]) =>
    annotate([...blocks, STORY_LEAD])
      .blocks.slice(0, blocks.length)
      .flat()
      .filter((h) => h.kind === 'claim');

  it.each<string[]>([
    [
      'Trending',
      'Today',
      'OpenAI’s board of four fires Sam Altman',
      'Microsoft hires Altman; 700 staff threaten to quit',
    ],
    [
      'Most read',
      'OpenAI staff: 700 threaten to quit',
      '2 hours ago',
      'Altman ousted by board of four',
      '3h ago',
    ],
    [
      'Most read in Tech',
      'Four-member board fires Altman',
      'The board said he had not been consistently candid...',
      'More than 700 staff threaten to quit',
    ],
    [
      'Popular now',
      'Yesterday',
      'Microsoft hires Sam Altman to lead a new AI research group',
      'Nov. 21, 2023',
    ],
    ['Top stories', 'Today | This week', 'Microsoft hires Sam Altman to lead a new AI research group'],
  ])('%s', (...blocks) => {
    expect(railClaims(blocks)).toEqual([]);
  });

  it.each([
    'Reuters · 2 hours ago',
    '3h ago',
    'Bayline Business Journal | Yesterday',
    'Nov. 21, 2023 · Tech Wire',
  ])('%s is an item’s posted line', (text) => {
    expect(isItemPostedLine(text)).toBe(true);
  });

  it.each([
    'Today',
    'Yesterday',
    'Nov. 21, 2023',
    'Today | This week',
    'Updated 2 hours',
    'Read more about the four directors who fired Sam Altman...',
  ])('%s is no posted line', (text) => {
    expect(isItemPostedLine(text)).toBe(false);
  });
});
