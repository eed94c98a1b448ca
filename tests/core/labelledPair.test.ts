import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

describe('a line of several label: value pairs gives each value its own label', () => {
  it.each<[string, Array<[string, string]>]>([
    // The signers' cue no longer carries to the workforce's value in the next pair, which is the
    // headcount (its own label, and a value only the headcount's reports give: reportedValueEcho.ts).
    [
      'Signers of the letter: about 500; workforce: approx. 770',
      [
        ['staff-letter-signatories', 'about 500'],
        ['openai-headcount', 'approx. 770'],
      ],
    ],
    [
      'Signatures: 505; headcount: about 770',
      [
        ['staff-letter-signatories', '505'],
        ['openai-headcount', 'about 770'],
      ],
    ],
    [
      'Workforce: about 770 | Letter signatories: 505',
      [
        ['openai-headcount', 'about 770'],
        ['staff-letter-signatories', '505'],
      ],
    ],
    [
      'Board seats before: 6 · Directors who voted him out: 4',
      [
        ['board-size', '6'],
        ['board-size', '4'],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(claims([text])).toEqual(expected);
  });

  it.each<[string, Array<[string, string]>]>([
    // Near-miss: a value and its caption after it are no line of pairs.
    ['Stat card: 505 | signatures on the letter', [['staff-letter-signatories', '505']]],
    // Near-miss: prose joined by a semicolon is no line of pairs; its cues stay the sentence's.
    [
      'About 500 staff signed; the workforce is about 770.',
      [
        ['staff-letter-signatories', 'About 500'],
        ['openai-headcount', 'about 770'],
      ],
    ],
  ])('prose keeps its sentence: %j', (text, expected) => {
    expect(claims([text])).toEqual(expected);
  });
});
