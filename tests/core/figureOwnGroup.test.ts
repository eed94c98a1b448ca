import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

describe("a count of the writer's or reader's own group takes no story topic", () => {
  it.each([
    'I work for a mid-sized nonprofit, about 60 staff.',
    "We're a small design agency with 12 employees, and half of us signed a letter to our board.",
    'I run a family firm of about 40 people and the board just fired our chief executive.',
    '3,412 of you answered our survey about the OpenAI board.',
    'More than 200 of you wrote in after the board fired Altman.',
  ])('%s', (sentence) => {
    expect(claims([sentence])).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    // Near-misses: the story's own staff, named or owned, still count.
    [
      'More than 700 of its 770 employees signed the letter.',
      [['staff-letter-signatories', 'More than 700']],
    ],
    ['Some 505 employees signed the letter.', [['staff-letter-signatories', 'Some 505']]],
  ])('still the story: %s', (sentence, expected) => {
    expect(claims([sentence]).slice(0, 1)).toEqual(expected);
  });
});
