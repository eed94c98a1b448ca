import { describe, expect, it } from 'vitest';
import { readBlock } from '../../src/core/claims/readReferences.ts';
import { findNames } from '../../src/core/match/findNames.ts';
import { marked, matcher } from './helpers/annotate.ts';

/*
 * An organisation told by whose first investor it is ("the company's biggest investor", "OpenAI's
 * largest backer", "its main shareholder") is the one organisation whose dataset role says it is that
 * owner's largest investor. "an investor", "a major backer", "one of its investors", an owner no role
 * names ("the club's largest shareholder") name no one. Every sentence is invented.
 */

/** Whom the word `word` belongs to in `text`, with no block before. */
function whom(text: string, word: string): string[] {
  const reading = readBlock(matcher, text, findNames(matcher, text), { lastPair: [], words: new Set() });
  const at = reading.tokens.findIndex((t) => t.lower === word);
  return reading.refAt[at]?.entities ?? [];
}

describe("the owner's first investor", () => {
  it.each([
    ["OpenAI's biggest investor hired Altman on Sunday.", 'investor'],
    ["OpenAI lost its chief. The company's largest backer moved within hours.", 'backer'],
    ['OpenAI was in turmoil, and its main shareholder was not amused.', 'shareholder'],
    ["OpenAI's single biggest financial backer stepped in.", 'backer'],
    ["OpenAI's most important investor made the call.", 'investor'],
    ['OpenAI stumbled; its principal funder did not.', 'funder'],
    ["OpenAI's top outside investor said nothing.", 'investor'],
  ])('%s', (text, word) => expect(whom(text, word)).toEqual(['microsoft']));
});

describe('descriptions that name no one', () => {
  it.each([
    ['One of OpenAI’s investors hired Altman.', 'investors'],
    ['A major backer of OpenAI hired Altman.', 'backer'],
    ["Microsoft's biggest investor is a pension fund.", 'investor'],
    ["The club's largest shareholder sold out.", 'shareholder'],
    ['The biggest investor in the round was a pension fund.', 'investor'],
    ["OpenAI's biggest investor group met on Monday.", 'investor'],
    ["OpenAI's early investors were not consulted.", 'investors'],
  ])('%s', (text, word) => expect(whom(text, word)).toEqual([]));
});

describe('the first investor as the subject of a claim', () => {
  it.each([
    [
      'OpenAI removed Sam Altman on Friday. By Wednesday he was back, and in between the company’s biggest investor had briefly hired him away.',
    ],
    ['OpenAI fired Sam Altman on Friday. Two days later its largest backer hired him.'],
    ["Sam Altman was fired by OpenAI. OpenAI's biggest shareholder snapped him up on Sunday."],
  ])('%s', (text) => expect(marked(text, 'claim').map(([id]) => id)).toContain('altman-joins-microsoft'));
});
