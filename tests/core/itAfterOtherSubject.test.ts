import { describe, expect, it } from 'vitest';
import { readBlock } from '../../src/core/claims/readReferences.ts';
import { findNames } from '../../src/core/match/findNames.ts';
import { matcher } from './helpers/annotate.ts';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A sentence-opening "it" continues the subject of the sentence before: an organisation when that
 * subject is one ("OpenAI fired Altman. It then hired Shear."), and nobody we know when it is
 * something unnamed ("The board said he lied. It then…", "OpenAI's board met. It…"). Every sentence
 * is invented.
 */

/** Whom the first "it" in `text` refers to, with no block before. */
function whomIt(text: string): string[] {
  const reading = readBlock(matcher, text, findNames(matcher, text), { lastPair: [], words: new Set() });
  const at = reading.tokens.findIndex((t) => t.lower === 'it');
  return reading.refAt[at]?.entities ?? [];
}

describe('"it" continuing an organisation', () => {
  it.each([
    ['OpenAI fired Altman on Friday. It then hired Shear.', 'openai'],
    ['Microsoft moved fast on Sunday. It hired Altman within hours.', 'microsoft'],
    ['Late on Sunday, Microsoft moved. It hired Altman within hours.', 'microsoft'],
    ['OpenAI fired Altman. The company said he had lied. It then hired Shear.', 'openai'],
  ])('%s', (text, id) => expect(whomIt(text)).toEqual([id]));
});

describe('"it" after an unnamed subject: nobody', () => {
  it.each([
    ['OpenAI fired Altman on Friday. The board said he had lied. It then hired Shear.'],
    ['Microsoft is a big investor. The board of OpenAI fired Altman. It then hired Shear.'],
    ["Microsoft watched on. OpenAI's board met all night. It hired Shear."],
    ['Microsoft moved fast. A panel of directors met. It hired Altman.'],
  ])('%s', (text) => expect(whomIt(text)).toEqual([]));
});

describe('a statement whose subject is "it"', () => {
  found([
    [
      'an organisation just the subject',
      'Microsoft moved fast on Sunday night. It hired Altman within hours.',
      [['altman-joins-microsoft', 'hired Altman']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['"it" after the board', 'Microsoft watched on. The board met all night. It hired Altman within hours.'],
  ]);
});
