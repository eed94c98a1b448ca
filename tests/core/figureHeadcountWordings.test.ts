import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marks = (text: string) => figureClaimsAfterLead([text]);

describe('the ways news gives OpenAI’s headcount', () => {
  it.each<[string, string]>([
    ['At the time the lab employed about 780 people.', 'about 780'],
    ['OpenAI, which was employing some 760 people, went quiet.', 'some 760'],
    // Speech's fillers between the total's words and the figure.
    ['It is a company of, you know, around 790 people, not a giant.', 'around 790'],
    ['Out of, like, roughly 760 staff.', 'roughly 760'],
    // What OpenAI was, said with a copula rather than a comma.
    ['Then OpenAI was a company of roughly 780 people; now it is far larger.', 'roughly 780'],
    // An unnamed company in a sentence that names no other is the story's.
    ['Over 700 have signed, from a company of roughly 770.', 'roughly 770'],
  ])('%s', (text, wording) => {
    expect(marks(text)).toContainEqual(['openai-headcount', wording]);
  });

  it('reads what most reports said as a count, not as groups in general', () => {
    expect(marks('Most reports settled on more than 700 of roughly 770 staff.')).toEqual([
      ['staff-letter-signatories', 'more than 700'],
      ['openai-headcount', 'roughly 770'],
    ]);
  });

  it.each([
    // Another company, named or not.
    'Anthropic was a company of roughly 300 people then.',
    'A start-up with 60 employees cannot match that.',
    'Mistral employed around 700 people at the time.',
    // Groups in general.
    'Most companies of that size have about 800 staff.',
  ])('marks no headcount in “%s”', (text) => {
    expect(marks(text).filter(([id]) => id === 'openai-headcount')).toEqual([]);
  });
});
