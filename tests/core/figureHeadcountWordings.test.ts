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

/*
 * The staff a letter's signers are drawn from is the headcount, however the total is given: described by
 * someone ("a workforce put by analysts at roughly 770"), owned ("among OpenAI's 700-odd employees"), or
 * an unnamed company whose sentence names another organisation only in a later clause.
 */
describe('the whole the signers are drawn from is the headcount, not the signers', () => {
  it.each<[string, string, string]>([
    ['Signatures reached 650, from a workforce put by analysts at roughly 770.', '650', 'roughly 770'],
    ['The petition drew 600 names, from a staff described by its organisers as 700-plus.', '600', '700-plus'],
    ["Organisers counted 690 signatures among OpenAI's 700-odd employees.", '690', '700-odd'],
    [
      "Organisers of the staff letter tallied more than 700 signatures among OpenAI's 700-plus employees.",
      'more than 700',
      '700-plus',
    ],
    [
      'A petition gathered 690 names in a company of 770-odd people, its authors threatening to follow Altman to Microsoft.',
      '690',
      '770-odd',
    ],
  ])('%s', (text, signers, total) => {
    expect(marks(text)).toEqual([
      ['staff-letter-signatories', signers],
      ['openai-headcount', total],
    ]);
  });

  it.each([
    'Microsoft, a company of 220,000 people, hired him.',
    'A petition went round in a company of 300 people called Acme, its staff angry at their chief.',
  ])('another company’s people: %s', (text) => {
    expect(marks(text).filter(([id]) => id === 'openai-headcount')).toEqual([]);
  });
});

// The whole as it is usually sized, by nobody in particular: "a headcount that's usually described as 700-plus".
describe('a headcount as it is usually described, given or put', { timeout: 30000 }, () => {
  const LETTER = 'Staff signed a letter to the OpenAI board on Monday.';
  it.each<[string, Array<[string, string]>]>([
    [
      'Some 650 names were on it by noon, against a headcount that is often described as about 780.',
      [['openai-headcount', 'about 780']],
    ],
    [
      'That is nearly all of a workforce generally given as roughly 760.',
      [['openai-headcount', 'roughly 760']],
    ],
    [
      'That means most of a firm commonly described as having 780-odd employees signed.',
      [['openai-headcount', '780-odd']],
    ],
    [
      'The lab, whose staff is variously put at 750 and 790, has stayed quiet.',
      [['openai-headcount', '750']],
    ],
  ])('%s', (sentence, expected) => {
    const found = figureClaimsAfterLead([LETTER, sentence], '2023-11-22');
    for (const e of expected) expect(found).toContainEqual(e);
    expect(found.filter(([id]) => id === 'staff-letter-signatories').map(([, t]) => t)).not.toContain(
      expected[0]![1],
    );
  });

  it.each([
    // Another company's staff, described.
    'Quora, a company usually described as having about 250 employees, said nothing.',
    // A question about the size.
    'Is a workforce usually given as 780 really that big?',
    // A hypothetical.
    'If the headcount were described as 780, the letter would look smaller.',
  ])('no headcount of OpenAI: %s', (sentence) => {
    const found = figureClaimsAfterLead([LETTER, sentence], '2023-11-22');
    expect(found.filter(([id]) => id === 'openai-headcount')).toEqual([]);
  });
});

// A count set against a whole that has its number: the whole's words are the whole's (laterCountClause.ts).
describe('a count set against a sized whole is the part', { timeout: 30000 }, () => {
  const LETTER = 'Staff signed a letter to the OpenAI board on Monday; Kara Swisher reported 505 names.';
  it.each<[string, string]>([
    ['By evening the organisers were reporting 720, against a payroll of about 770.', '720'],
    ['Later the organisers were reporting 715, which is most of a workforce of 770.', '715'],
    ['The organisers’ own count reached 702, against a headcount of roughly 770.', '702'],
  ])('%s', (sentence, part) => {
    const found = figureClaimsAfterLead([LETTER, sentence], '2023-11-22');
    expect(found).toContainEqual(['staff-letter-signatories', part]);
    expect(found).not.toContainEqual(['openai-headcount', part]);
  });
});
