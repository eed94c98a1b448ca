import { describe, expect, it } from 'vitest';
import { marked } from './helpers/annotate.ts';

const LEAD = 'OpenAI’s board removed Sam Altman as chief executive on Friday.';
const claims = (sentence: string) =>
  marked([LEAD, sentence], 'claim').filter(([, text]) => !LEAD.includes(text));

describe('a near miss did not happen', { timeout: 30000 }, () => {
  it.each([
    'Altman was nearly restored to the top job on Saturday.',
    'Altman was almost reinstated on Sunday, but the talks broke down.',
    'Altman all but returned as CEO before the board named Shear.',
    'Altman nearly came back on Sunday night.',
    'Microsoft almost hired Altman outright.',
    'The board stopped short of reinstating Altman.',
  ])('%s', (sentence) => {
    expect(claims(sentence)).toEqual([]);
  });

  it.each([
    // "nearly" of a quantity or a time, or grading another adverb, leaves the act stated.
    ['Nearly a week after his firing, Altman returned as CEO.', 'returned as CEO'],
    ['Altman returned as CEO nearly a week after his firing.', 'returned as CEO'],
    ['Microsoft hired Altman almost at once.', 'hired Altman'],
  ])('the act stands: %s', (sentence, mark) => {
    expect(claims(sentence).map(([, text]) => text)).toEqual([mark]);
  });
});
