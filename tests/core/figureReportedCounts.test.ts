import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead, marked } from './helpers/annotate.ts';

const LETTER =
  'More than 700 of OpenAI’s roughly 770 employees signed a letter demanding that the board resign and bring back Sam Altman.';
const counts = (blocks: string[]) =>
  marked(blocks, 'claim').filter(([id]) =>
    /^(?:staff-letter-signatories|openai-headcount|board-size)$/.test(id),
  );

describe('a count a report gave, with nothing to say what it counts', () => {
  it('is another report of the count the page tracks, not the total it is out of', () => {
    expect(
      counts([
        LETTER,
        'Why does the count matter?',
        'Because the number was the message. Early on Monday, Kara Swisher reported 505. One headline said nearly 500, while its own story used 490. A wire report had about 500 saying they would quit.',
      ]),
    ).toEqual([
      ['staff-letter-signatories', 'More than 700'],
      ['openai-headcount', 'roughly 770'],
      ['staff-letter-signatories', '505'],
      ['staff-letter-signatories', 'nearly 500'],
      ['staff-letter-signatories', '490'],
      ['staff-letter-signatories', 'about 500'],
    ]);
  });

  it('answers the question above it', () => {
    const story =
      'Sam Altman was fired by OpenAI’s board on Friday, and Microsoft hired him on Sunday night after talks to bring him back collapsed over the weekend.';
    expect(
      counts([
        story,
        'How many employees signed the letter?',
        'It started with a few dozen names overnight. By Monday evening, 745 had, according to the organisers, out of roughly 770.',
      ]),
    ).toEqual([
      ['staff-letter-signatories', '745'],
      // "out of roughly 770", the staff the reports give, is the whole the answer is a part of.
      ['openai-headcount', 'roughly 770'],
    ]);
  });

  it('puts the figure at a number', () => {
    expect(counts([LETTER, 'The Information put the figure at 650 on Monday afternoon.']).slice(2)).toEqual([
      ['staff-letter-signatories', '650'],
    ]);
  });

  it('puts the staff at a number as a headcount', () => {
    expect(
      counts([LETTER, 'One account even put the staff at 800 and said almost all of them would leave.']),
    ).toEqual([
      ['staff-letter-signatories', 'More than 700'],
      ['openai-headcount', 'roughly 770'],
      ['openai-headcount', '800'],
    ]);
  });

  it.each([
    ['a count of something else', 'Reuters reported 12 resignations at another start-up on Tuesday.'],
    ['a number out of scale with the tracked count', 'The story said 3, then corrected itself.'],
    ['a count nothing on the page tracked', 'Kara Swisher reported 505.'],
  ])('not: %s', (_, text) => {
    const page = text.startsWith('Kara')
      ? ['OpenAI fired Sam Altman, and Microsoft hired him.', text]
      : [LETTER, text];
    const tracked = counts(page).filter(([id]) => id !== 'board-size');
    expect(tracked.slice(text.startsWith('Kara') ? 0 : 2)).toEqual([]);
  });
});

describe('a count heard or seen elsewhere, as a forum or a podcast gives it', () => {
  // A long block: a short one takes its topic from the headings before it whatever its words say.
  const LONG =
    'Honestly this whole weekend has been the strangest thing I have followed online in years, and the thread keeps moving faster than anyone can read it. ';
  const THREAD =
    'Staff have signed a letter telling the board to resign, and nearly 500 names were on it by breakfast.';
  it.each<[string, string, Array<[string, string]>]>([
    [
      'seen on a feed, and what people were saying',
      "I've seen 505 on Swisher's feed, and by lunch people were saying 700+.",
      [
        ['staff-letter-signatories', '505'],
        ['staff-letter-signatories', '700+'],
      ],
    ],
    ['heard', 'Honestly I heard 505 from a friend there.', [['staff-letter-signatories', '505']]],
  ])('%s', (_, text, expected) => {
    expect(figureClaimsAfterLead([THREAD, LONG + text]).slice(1)).toEqual(expected);
  });

  it.each([
    ['a count far from any the page tracks', 'I saw 12 on the train home.'],
    ['saying something else', 'By lunch people were saying 3 different things.'],
  ])('no claim from %s', (_, text) => {
    expect(figureClaimsAfterLead([THREAD, LONG + text]).slice(1)).toEqual([]);
  });
});

/** A paragraph on something else: the letter's topic is not carried past it, only its tracked count. */
const AWAY = 'Microsoft’s shares rose on Monday as investors weighed the news.';

describe('a count a report gave, told by who printed it or as "the figure"', { timeout: 30000 }, () => {
  it.each<[string, string]>([
    ['Early on, one tech newsletter had it at 610.', '610'],
    ['By breakfast Kara Swisher had 612; the organisers would not confirm any count.', '612'],
    ['A second publication printed 61, a dropped digit.', '61'],
    ['The wire story’s address read 610.', '610'],
    ['The first number that went round was 505.', '505'],
    ['The figure we heard most that morning was about 600.', 'about 600'],
    ['Commentators leaned on the tidy "600" that several outlets ran with.', '600'],
  ])('%s', (sentence, figure) => {
    expect(counts([LETTER, AWAY, `Speed was the story. ${sentence}`]).slice(2)).toEqual([
      ['staff-letter-signatories', figure],
    ]);
  });

  it.each([
    // No count tracked yet: a report's number says nothing of what it counts.
    'One publication printed 49 corrections that year.',
    // A count of another thing a report printed.
    'The paper printed 12 letters from readers that week.',
    // A question about the figure, not a figure.
    'Was the figure anyone printed really 505?',
  ])('no count of the letter: %s', (sentence) => {
    const found = counts([LETTER, AWAY, sentence]).slice(2);
    expect(found.filter(([id]) => id === 'staff-letter-signatories')).toEqual([]);
  });

  it('a report’s number before the letter is counted stays unmarked', () => {
    expect(counts(['Kara Swisher had 505 names on her list of guests.'])).toEqual([]);
  });
});

// An outlet or reporter named by a single capitalised word or a short title had, printed or ran the count:
// "Reuters had about 500", "Business Today printed 490"; and "the people circulating it were touting 700".
describe('a count credited to an outlet by name', { timeout: 30000 }, () => {
  it.each<[string, string]>([
    ['Swisher had 505 early on; Bloomberg had about 500 by lunch.', 'about 500'],
    ['For a while The Information ran 640, then quietly dropped it.', '640'],
    ['Meanwhile Semafor printed nearly 500 in its lede.', 'nearly 500'],
    ['By noon the organisers were touting more than 700.', 'more than 700'],
  ])('%s', (sentence, figure) => {
    expect(counts([LETTER, AWAY, `Speed was the story. ${sentence}`]).slice(2)).toContainEqual([
      'staff-letter-signatories',
      figure,
    ]);
  });

  it.each([
    // An outlet's count of another thing.
    'Bloomberg printed 12 letters from readers that week.',
    // A company that has a bare number owns it: no report of the letter.
    'Revolut has 8,000, and Stripe about 7,000.',
    // A question.
    'Did Reuters really have 500?',
    // A pronoun opening the sentence names no outlet.
    'It had 12 chapters.',
  ])('no count of the letter: %s', (sentence) => {
    const found = counts([LETTER, AWAY, sentence]).slice(2);
    expect(found.filter(([id]) => id === 'staff-letter-signatories')).toEqual([]);
  });
});
