import { describe, expect, it } from 'vitest';
import { readBlock } from '../../src/core/claims/readReferences.ts';
import { findNames } from '../../src/core/match/findNames.ts';
import { matcher } from './helpers/annotate.ts';

/*
 * A company told by its trade ("the tech giant", "the software group", "the AI lab") is the one
 * organisation named in its sentence or the one before, as subject or object, whose own dataset words
 * bear the trade out; two such give nobody, and a name only in passing ("from OpenAI", "OpenAI's board")
 * is no candidate. Every sentence is invented.
 */

/** Whom the words from `word` on refer to in `text`, with no block before. */
function whom(text: string, word: string): string[] {
  const reading = readBlock(matcher, text, findNames(matcher, text), { lastPair: [], words: new Set() });
  const at = reading.tokens.findIndex((t) => t.lower === word);
  return reading.refAt[at]?.entities ?? [];
}

describe('a company told by its trade, one candidate', () => {
  it.each([
    ['Microsoft moved fast on Monday. The tech giant hired Altman.', 'tech', 'microsoft'],
    ['Microsoft hired Altman from OpenAI. The tech giant said more would follow.', 'tech', 'microsoft'],
    [
      "Altman was on OpenAI's board. Microsoft then made its move: the software group hired him.",
      'software',
      'microsoft',
    ],
    ['Microsoft and OpenAI signed a deal. The software giant paid most of it.', 'software', 'microsoft'],
    [
      'Nadella runs Microsoft. The technology company said on Monday it had hired Altman.',
      'technology',
      'microsoft',
    ],
    [
      'Satya Nadella, the chief executive of Microsoft, said Altman would join the American software group.',
      'american',
      'microsoft',
    ],
    ['OpenAI was in chaos, and the AI lab rehired Altman within days.', 'ai', 'openai'],
  ])('%s', (text, word, id) => expect(whom(text, word)).toEqual([id]));
});

describe('two candidates, no fit, or a name in passing: nobody', () => {
  it.each([
    ['Microsoft and OpenAI signed a deal. The tech giant hired Altman.', 'tech'],
    ['Microsoft hired Altman, and OpenAI named Shear. The tech giant was pleased.', 'tech'],
    // Both have AI in their own words: "the AI developer" is either.
    ['Microsoft and OpenAI signed a deal. The AI developer kept its board.', 'ai'],
    ['Microsoft watched on. The search giant hired Altman.', 'search'],
    ['Microsoft watched on. The social media group hired Altman.', 'social'],
    ['Staff at OpenAI were angry. The tech giant said nothing.', 'tech'],
    ["OpenAI's board met. The tech firm said nothing.", 'tech'],
    ['Microsoft watched on. Another tech giant hired Altman.', 'tech'],
  ])('%s', (text, word) => expect(whom(text, word)).toEqual([]));
});

/*
 * A modifier that names no trade ("whole", "entire", "for-profit", "new") gives the description nothing a
 * candidate's entry could bear out: it is an organisation we cannot tell, never the one named before,
 * however few are named. The trade words still resolve beside such a modifier.
 */
describe('a company described with no trade word: nobody', () => {
  it.each([
    ['Thrive Capital led the share sale. The whole company backed Altman.', 'whole'],
    ['Microsoft invested $13 billion. The entire firm was stunned.', 'entire'],
    ['Thrive Capital led the share sale. The for-profit business grew.', 'for-profit'],
    ['Microsoft put money into OpenAI last year. The for-profit business was worth more.', 'for-profit'],
    ['Sequoia backed the company early; the for-profit arm later raised billions.', 'for-profit'],
    ['Investors such as Thrive Capital pressed for his return, and the whole group agreed.', 'whole'],
    ['Microsoft hired Altman on Monday. The new company would be run by him.', 'new'],
    ['Thrive Capital pressed for a return. The same firm had led the tender offer.', 'same'],
    // A bare noun is no trade either: only a name in its own sentence may be meant.
    ['Thrive Capital led the share sale. The business said nothing.', 'business'],
    // "Rival" points away from the one named: the other company, whoever it is.
    ['Google released Gemini on Tuesday. The rival company answered within a week.', 'rival'],
  ])('%s', (text, word) => expect(whom(text, word)).toEqual([]));
});

describe('a trade word beside a modifier that names none still resolves', () => {
  it.each([
    ['Microsoft hired Altman. The tech giant said more would follow.', 'tech', 'microsoft'],
    ['Microsoft hired Altman. The whole tech giant was behind him.', 'whole', 'microsoft'],
    ['Thrive Capital led the sale. The investment firm said it was pleased.', 'investment', 'thrive-capital'],
  ])('%s', (text, word, id) => expect(whom(text, word)).toEqual([id]));
});
