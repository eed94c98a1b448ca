import { describe, expect, it } from 'vitest';
import { annotate } from './helpers/annotate.ts';

const LETTER_TURN =
  'DANA: I was up at five. And the first thing I see is this letter from the staff, and it is brutal. They tell the board it cannot oversee the company, and they want every one of them gone by the end of the day.';
const VOTE_TURN =
  'DANA: I was up at five. And the first thing I see is the news about the board. They met on Friday, by video, and by lunchtime the chief executive was out, with no warning to anyone outside the room at all.';

/** The story the turns are about (a page that names no one of it marks nothing). */
const STORY = [
  'Episode 212: the five days that shook OpenAI',
  'The board of OpenAI removed Sam Altman as chief executive on Friday. Microsoft said on Monday it had hired him.',
];

/** The figure marks of the last block, as "claimId text". */
const lastMarks = (blocks: string[]) =>
  annotate([...STORY, ...blocks])
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim' && h.claimKind === 'figure')
    .map((h) => `${h.id} ${h.text}`);

describe('a count across short speaker turns carries the long turn’s topic (turnCarry.ts)', () => {
  it.each([
    ['THEO: And the count kept climbing.', 'DANA: Right. Kara Swisher had 505 early on.'],
    ['Q: And then?', 'A: By the morning it was 505, and rising.'],
    ['HOST: Go on.', 'GUEST: Well. I counted 505 at one point, and then I stopped counting.'],
    ['INTERVIEWER: Really?', 'Yes. Somebody told me 505 by breakfast.'],
    ['THEO: Wow.', 'THEO: How fast?', 'DANA: Fast. It was 505 before lunch.'],
  ])('marks the count after %j', (...turns) => {
    expect(lastMarks([LETTER_TURN, ...turns])).toEqual([
      expect.stringMatching(/^staff-letter-signatories 505/),
    ]);
  });

  it.each([
    // The long turn is about another thing.
    [VOTE_TURN, 'THEO: And then?', 'DANA: Right. Kara Swisher had 505 early on.'],
    // Three short turns: the letter is out of reach.
    [LETTER_TURN, 'THEO: Wow.', 'DANA: Yes.', 'THEO: Really.', 'DANA: Right. Kara Swisher had 505 early on.'],
    // The short turn asks for another measure: the answer is the whole, not the signers.
    [LETTER_TURN, 'HOST: Out of how many?', 'DANA: A little over 505.'],
    [LETTER_TURN, 'THEO: And how big is the company?', 'DANA: It was 505 at one point, I think.'],
    [LETTER_TURN, 'THEO: What is that in total?', 'DANA: Right. Kara Swisher had 505 early on.'],
    // A number no report gives.
    [LETTER_TURN, 'THEO: And the count kept climbing.', 'DANA: Right. Kara Swisher had 212 early on.'],
  ])('leaves the count unmarked in %#', (...blocks) => {
    expect(lastMarks(blocks)).toEqual([]);
  });
});
