import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

describe('whose count a figure is', () => {
  it.each<[string, Array<[string, string]>]>([
    // The signatures of N people count signers, not the staff they are part of.
    [
      'By Tuesday the letter bore the signatures of more than 700 people.',
      [['staff-letter-signatories', 'more than 700']],
    ],
    [
      'It gathered the names of about 500 OpenAI employees overnight.',
      [['staff-letter-signatories', 'about 500']],
    ],
    // Where the counted went names what they count.
    [
      'In 2025 at least 12 senior researchers left OpenAI, seven of them to Meta.',
      [
        ['departures-2025', 'at least 12'],
        ['departures-to-meta-2025', 'seven'],
      ],
    ],
    // A person's time at an organisation is the person's, whichever organisation the sentence names.
    ['Jerry Tworek left OpenAI in January after seven years.', [['jerry-tworek-tenure', 'seven']]],
    ['Having spent seven years at OpenAI, Jerry Tworek quit.', [['jerry-tworek-tenure', 'seven']]],
    // Years as posts and tables shorten them.
    ['Jerry Tworek | researcher | 7 yrs | left', [['jerry-tworek-tenure', '7']]],
    ['Ilya Sutskever | chief scientist | 8 yrs with Altman', [['sutskever-altman-years', '8']]],
    [
      "Adam D'Angelo did almost 2 yrs as Facebook CTO before Quora.",
      [['adam-d-angelo-facebook-tenure', 'almost 2']],
    ],
    // A capitalised common noun is no company: the share stays OpenAI's.
    [
      "OpenAI's share of enterprise AI adoption has fallen to 27%, Menlo Ventures said.",
      [['enterprise-share-openai', '27%']],
    ],
  ])('%s', (text, expected) => {
    expect(figureClaimsAfterLead([text], '2026-02-01')).toEqual(expected);
  });

  it.each([
    // What a group of that size is, in general.
    'A board of four is a committee, not an institution.',
    'A board of five can act quickly.',
    // Someone else's years, and another company's share.
    'Anthropic, after seven years of growth, holds 40% of the consumer market in Japan.',
  ])('marks nothing in “%s”', (text) => {
    expect(figureClaimsAfterLead([text], '2026-02-01')).toEqual([]);
  });
});
