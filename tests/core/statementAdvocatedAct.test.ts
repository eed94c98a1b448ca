import { beforeAll, describe, expect, it } from 'vitest';
import { statements } from './helpers/statementCases.ts';

/*
 * An act argued or worked for is not done (advocatedAct.ts): its noun after "worked/pushed/campaigned
 * for", its gerund after "favour/back/consider". Every sentence is invented; the act told as done stays marked.
 */

const returnsOf = (text: string) => statements(text).filter(([id]) => id === 'altman-returns-as-ceo');

// The first annotation compiles the dataset's patterns: slow on a loaded machine, so not inside a test's time.
beforeAll(() => void statements('Altman returned.'), 60_000);

describe('an act argued or worked for', () => {
  it.each([
    ['"worked for Altman\'s return"', 'Murati had herself worked for Altman’s return.'],
    ['"campaigned hard for his reinstatement"', 'Staff campaigned hard for his reinstatement.'],
    ['"lobbied for Altman\'s comeback"', 'Thrive Capital lobbied for Altman’s comeback over the weekend.'],
    ['"favour bringing Altman back"', 'Investors who favour bringing Altman back met on Sunday.'],
    ['"argued for reinstating him"', 'Microsoft argued for reinstating Altman, a person familiar said.'],
    [
      '"were weighing bringing Altman back"',
      'Directors were weighing bringing Altman back late on Saturday.',
    ],
  ])('leaves %s unmarked', (_, text) => {
    expect(returnsOf(text)).toEqual([]);
  });
  it.each([
    ['cheered as done', 'Staff cheered Altman’s return on Wednesday.'],
    ['the way paved', 'The deal paved the way for Altman’s return.'],
    ['told as done', 'The board reinstated Altman after staff revolted.'],
  ])('keeps the return %s', (_, text) => {
    expect(returnsOf(text)).toHaveLength(1);
  });
});
