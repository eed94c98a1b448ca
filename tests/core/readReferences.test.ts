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

describe('"two" before a unit of time is a span, not the pair named before', () => {
  it.each([
    [
      'Satya Nadella said his company had hired Sam Altman. Two days later, OpenAI took Altman back, and he was reinstated.',
      'he',
      ['sam-altman'],
    ],
    [
      'Nadella hired Altman on Sunday. Within two weeks, OpenAI had rehired Altman, and he thanked the staff.',
      'he',
      ['sam-altman'],
    ],
    [
      'Mira Murati stepped in for Sam Altman. Two days later, the board replaced Murati with Emmett Shear, and he took over.',
      'he',
      ['emmett-shear'],
    ],
    [
      'Emmett Shear took over from Mira Murati. Two months on, OpenAI had taken Sam Altman back, and he thanked the staff.',
      'he',
      ['sam-altman'],
    ],
  ])('%s', (text, word, who) => expect(whom(text, [word])).toEqual([who]));

  it.each([
    [
      'Altman and Brockman were fired. Two days later the two returned.',
      'two',
      ['sam-altman', 'greg-brockman'],
    ],
    ['Altman and Brockman left. Both men came back.', 'both', ['sam-altman', 'greg-brockman']],
    [
      'Microsoft hired Altman and Brockman. The two would lead a new unit.',
      'two',
      ['sam-altman', 'greg-brockman'],
    ],
  ])('near miss: %s', (text, word, who) => {
    const reading = readBlock(matcher, text, findNames(matcher, text), { lastPair: [], words: new Set() });
    const at = reading.tokens.findLastIndex((t) => t.lower === word);
    expect(reading.refAt[at]?.entities).toEqual(who);
  });
});
