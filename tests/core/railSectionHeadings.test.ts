import { describe, expect, it } from 'vitest';
import { railHeadingOf } from '../../src/core/page/railContext.ts';
import { annotate } from './helpers/annotate.ts';

/*
 * Rails headed by the section or outlet their links come from, or by an offer of more reading, and
 * what their linked headlines carry: names only (ANNOTATOR.md convention e). Every line is invented.
 */

const LEAD = 'OpenAI’s board removed Sam Altman on Friday, and Microsoft hired him on Sunday.';
const claimsOf = (blocks: string[]) =>
  annotate([LEAD, ...blocks])
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim')
    .map((h) => [h.id, h.text]);

describe('rail headings that name a section, an outlet or more reading', () => {
  it.each([
    'More in Opinion',
    'MORE IN TECHNOLOGY',
    'More in Business & Markets',
    'Also in Technology',
    'Elsewhere in Science',
    'More from The Verge',
    'More on OpenAI',
    "Don't miss",
    'You may have missed',
    'In case you missed it',
    'Up next',
    "Editors' picks",
    'Editor’s choice',
    'More like this',
    'Popular right now',
  ])('“%s” opens a links rail', (heading) => {
    expect(railHeadingOf(heading)).toBe('links');
  });

  it.each([
    // Running text that opens the same way: lower-case words, or a sentence.
    'More in common than the board thought',
    'more in sorrow than in anger',
    'Also in the room were four directors.',
    'Elsewhere in the building, staff waited.',
  ])('“%s” opens none', (text) => {
    expect(railHeadingOf(text)).toBeUndefined();
  });
});

describe('a links rail’s headlines carry names, not claims', () => {
  it.each([
    ['More in Opinion', 'Sam Altman’s return shows boards are toothless'],
    ['Read next', 'OpenAI’s $86 billion valuation is in doubt'],
    ['Related', 'How four directors fired a founder'],
    ["Don't miss", 'Altman returns to OpenAI as chief executive'],
  ])('under “%s”: “%s”', (heading, headline) => {
    expect(claimsOf([heading, headline])).toEqual([]);
  });

  it('a paragraph that opens like a heading is the story, and keeps its claims', () => {
    expect(
      claimsOf(['More in common than the board thought: four directors voted to remove Altman on Friday.']),
    ).toContainEqual(['board-size', 'four']);
  });
});

/*
 * A rail heading that says which site its links are on: "More on this story at example.com", "Read
 * more from The Ledger", "Related coverage on ledger.example". The site after the heading is still the
 * heading's; running text that opens "More on this story" goes on as a sentence.
 */
describe('rail headings that name the site their links are on', () => {
  it.each([
    'More on this story at sentinelnews.example',
    'More on this story from The Ledger',
    'More about this topic on ledger.example',
    'MORE ON THIS STORY AT THE POST',
    'Read more at dailywire.example',
  ])('“%s” opens a links rail', (heading) => {
    expect(railHeadingOf(heading)).toBe('links');
  });

  it.each([
    'More on this story at 6pm, when the board meets.',
    'More on this story at the top of the hour: Brockman has quit.',
    'Read more at your own risk; the board has not said why.',
  ])('“%s” opens none', (text) => {
    expect(railHeadingOf(text)).toBeUndefined();
  });

  it('a headline under such a heading carries names only', () => {
    expect(
      claimsOf([
        'More on this story at ledger.example',
        'Greg Brockman leaves OpenAI hours after Altman’s exit',
      ]),
    ).toEqual([]);
  });
});
