import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

describe('"nearly all" of a staff the sentence counts is a count of those who acted', () => {
  it.each<[string, string]>([
    [
      "The closing lines say nearly all of the company's 800 employees had threatened to follow Altman.",
      'nearly all',
    ],
    [
      "By one account, nearly all of OpenAI's 800 employees had by now lined up behind the threat.",
      'nearly all',
    ],
    ['A later account said nearly all of the 800 people on staff were ready to go.', 'nearly all'],
    ['Nearly all of the 800 staff, one report said, had signed the letter.', 'Nearly all'],
    ["Practically all the company's 770 staffers put their names to the letter.", 'Practically all'],
    ['Almost all of its 770 employees pledged to walk out.', 'Almost all'],
    // Signing told with the letter, a petition, or alone.
    ["Nearly all of OpenAI's 770 employees signed an open letter to the board.", 'Nearly all'],
    ['Almost all of its 770 staff signed the petition by Monday night.', 'Almost all'],
    ['Virtually all of the 770 employees signed on within a day.', 'Virtually all'],
    ['Nearly all of its 770 workers had signed, the organisers said.', 'Nearly all'],
  ])('%s', (sentence, share) => {
    const found = claims([sentence]);
    expect(found).toContainEqual(['staff-letter-signatories', share]);
    // The whole stays the headcount.
    expect(found.some(([id]) => id === 'openai-headcount')).toBe(true);
  });

  it.each([
    "Almost all of OpenAI's 770 employees work in San Francisco.",
    'Nearly all of the 800 employees were in the office on Monday.',
    "Nearly all of Microsoft's 220,000 employees use Teams.",
    'Virtually all of its 11 founders signed.',
    // Signing something other than the letter.
    "Nearly all of OpenAI's roughly 770 employees signed agreements barring them from criticising the company.",
    'Almost all of its 770 staff signed new contracts in January.',
    "Virtually all of the company's 800 employees signed non-disclosure agreements when they joined.",
    'Nearly all of the 770 employees signing the tender offer documents kept their shares.',
  ])('a share that did nothing, or of a small or another whole, counts nobody: %s', (sentence) => {
    expect(claims([sentence]).filter(([id]) => id === 'staff-letter-signatories')).toEqual([]);
  });

  it('reads the share as a little under the whole', () => {
    const share = findFigures("nearly all of the company's 800 employees").find((f) => f.shareOfAll);
    expect(share).toMatchObject({ wording: 'nearly all', value: 800, low: 720, high: 800, partOf: true });
    expect(findFigures('nearly all of the board').some((f) => f.shareOfAll)).toBe(false);
    expect(findFigures('all of its 770 employees').some((f) => f.shareOfAll)).toBe(false);
  });
});
