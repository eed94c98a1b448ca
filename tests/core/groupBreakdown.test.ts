import { describe, expect, it } from 'vitest';
import { isGroupBreakdown } from '../../src/core/claims/groupBreakdown.ts';

const split = (sentence: string, value: string) => {
  const at = sentence.indexOf(value);
  return [sentence.slice(0, at), sentence.slice(at + value.length)] as const;
};

describe('a count that breaks a group counted before down by kind (groupBreakdown.ts)', () => {
  it.each([
    ['Organisers said 12 of them were researchers.', '12'],
    ['Of those, 40 are engineers.', '40'],
    ['Among them, 12 were senior researchers, a spokesperson said.', '12'],
    ['Twelve of them were executives, by one count.', 'Twelve'],
    ['Nine of whom were women.', 'Nine'],
    ['Of these, 30 are mostly engineers.', '30'],
  ])('%j: %s is a breakdown', (sentence, value) => {
    expect(isGroupBreakdown(...split(sentence, value))).toBe(true);
  });
  it.each([
    ['At least 12 executives and researchers left OpenAI in 2025.', '12'],
    ['12 of them were researchers who have since left.', '12'],
    ['Twelve researchers quit.', 'Twelve'],
    ['The 12 were researchers at the lab.', '12'],
    ['Of them, 12 have left.', '12'],
    ['More than 700 of them signed.', '700'],
  ])('%j: %s is not', (sentence, value) => {
    expect(isGroupBreakdown(...split(sentence, value))).toBe(false);
  });
});
