import { describe, expect, it } from 'vitest';
import { readBlock, type ReadingContext } from '../../src/core/claims/readReferences.ts';
import { findNames } from '../../src/core/match/findNames.ts';
import { matcher } from './helpers/annotate.ts';

/** Whom each of `words` refers to in `text`, read with `context`. */
function whom(text: string, words: string[], context: Partial<ReadingContext> = {}) {
  const reading = readBlock(matcher, text, findNames(matcher, text), {
    lastPair: [],
    words: new Set(),
    ...context,
  });
  return words.map((word) => {
    const at = reading.tokens.findIndex((t) => t.lower === word);
    return reading.refAt[at]?.entities ?? [];
  });
}

describe('who a block refers to', () => {
  it('below a name label, "he" is the person labelled, and "him" the one they acted on', () => {
    const label = { label: 'ilya-sutskever', lastPerson: 'ilya-sutskever' };
    expect(
      whom(
        'Co-founder, who worked with Altman. Voted to remove him, then said that he regretted it.',
        ['him', 'he'],
        label,
      ),
    ).toEqual([['sam-altman'], ['ilya-sutskever']]);
    expect(
      whom('Resigned with Altman, after the board stripped him of the chair.', ['him'], {
        label: 'greg-brockman',
      }),
    ).toEqual([['greg-brockman']]);
  });

  it('takes "she" after a reporting verb as whoever reports, past a relative clause naming someone else', () => {
    expect(whom('Mira Murati, who had replaced Sam Altman, said she would stay.', ['she'])).toEqual([
      ['mira-murati'],
    ]);
    expect(whom('Murati, who had replaced Altman, wrote that she hoped for the best.', ['she'])).toEqual([
      ['mira-murati'],
    ]);
  });

  it('reads a description by the role the dataset gives each person', () => {
    expect(whom("Greg Brockman, the company's president, met Sam Altman.", ['president'])).toEqual([
      ['greg-brockman'],
    ]);
    expect(
      whom('OpenAI said Microsoft had hired the pair. The software maker confirmed it.', ['software']),
    ).toEqual([['microsoft']]);
  });
});
