import { describe, expect, it } from 'vitest';
import { britishForms, isIrregularPast, verbForms } from '../../src/core/text/inflectVerb.ts';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * British spelling doubles the "l" of a verb whose last syllable is unstressed ("backpedalled",
 * "travelling"); American spelling does not ("backpedaled"). Pages about the story use both.
 */
describe('British forms of verbs ending in an unstressed "-el"/"-al"', () => {
  it.each([
    ['backpedal', 'backpedalled', 'backpedalling'],
    ['travel', 'travelled', 'travelling'],
    ['cancel', 'cancelled', 'cancelling'],
    ['label', 'labelled', 'labelling'],
  ])('%s → %s, %s', (base, past, gerund) => {
    expect(britishForms(base)).toEqual({ past, participle: past, gerund });
    expect(verbForms(base)).toEqual(expect.arrayContaining([`${base}ed`, past, gerund]));
  });

  it.each([
    ['one syllable', 'pull'],
    ['two vowels before the "l"', 'reveal'],
    ['a stressed last syllable that doubles in every spelling', 'compel'],
    ['an irregular verb', 'feel'],
    ['no final "l"', 'hire'],
  ])('none for %s', (_, base) => {
    expect(britishForms(base)).toBeNull();
  });
});

describe('a statement verb in its British spelling', () => {
  found([
    ['"backpedalled" in chat', 'Ilya backpedalled hard on Monday.', [['sutskever-regret', 'backpedalled']]],
    [
      '"backpedalling"',
      'By Monday Sutskever was backpedalling.',
      [['sutskever-regret', 'was backpedalling']],
    ],
    [
      'the American spelling still',
      'Sutskever backpedaled on Monday.',
      [['sutskever-regret', 'backpedaled']],
    ],
  ]);
  unmarked('sutskever-regret', [
    ['another "-lled" verb', 'Sutskever travelled to London on Monday.'],
    ['the backpedal of someone else', 'Nadella backpedalled on the hiring on Tuesday.'],
  ]);
});

describe('isIrregularPast', () => {
  it('holds the pasts no rule gives, not those spelt as their base', () => {
    for (const past of ['took', 'led', 'won', 'left', 'was', 'brought'])
      expect(isIrregularPast(past)).toBe(true);
    for (const word of ['quit', 'put', 'cut', 'hired', 'take']) expect(isIrregularPast(word)).toBe(false);
  });
});
