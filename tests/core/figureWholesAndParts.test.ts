import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';

describe('wholes, parts and whose figure it is', () => {
  it.each<[string, string[], string | undefined, Array<[string, string]>]>([
    [
      'a whole, then a part of it, in a fragment',
      ['Eleven founders, two still there. That is normal attrition for a ten-year-old company.'],
      '2025-08-01',
      [
        ['founding-team-size', 'Eleven'],
        ['founders-still-at-openai', 'two'],
      ],
    ],
    [
      '"most of the" a group is a part of that group, not groups in general',
      ['By midday the organisers said it was upwards of 700, most of the 770-strong workforce.'],
      '2023-11-20',
      [
        ['staff-letter-signatories', 'upwards of 700'],
        ['openai-headcount', '770'],
      ],
    ],
    [
      'a headcount said with a verb: "its headcount is", "the workforce stands at"',
      [
        "Kara Swisher reported it first; the company's headcount is around 770.",
        'OpenAI said its workforce stands at 770.',
      ],
      undefined,
      [
        ['openai-headcount', 'around 770'],
        ['openai-headcount', '770'],
      ],
    ],
    [
      'the size of a body in a compound is a whole, not the newcomers in it',
      [
        "Bret Taylor now chairs an initial three-person board alongside Adam D'Angelo and Larry Summers; only two of the three are new.",
      ],
      '2023-11-30',
      [['new-board-newcomers', 'two']],
    ],
    [
      'an investment called a commitment or a bet',
      [
        'Analysts model a commitment of about $13 billion in the capped-profit entity.',
        'Nadella protected a $13 billion bet and comes away with an observer in the boardroom.',
      ],
      '2023-11-22',
      [
        ['microsoft-investment', 'about $13 billion'],
        ['microsoft-investment', '$13 billion'],
      ],
    ],
    [
      'a commitment far from any investment reported is something else',
      ['OpenAI made a $250 billion commitment to buy Azure services.'],
      '2023-11-22',
      [],
    ],
    [
      'a company that has a workforce of a size',
      ['OpenAI has a 770-strong workforce.'],
      undefined,
      [['openai-headcount', '770']],
    ],
    [
      '"its" opening a sentence, for the sentence before’s subject',
      [
        'Microsoft has invested $13 billion in OpenAI. Its shares rose about 1 per cent in pre-market trading.',
      ],
      '2023-11-22',
      [
        ['microsoft-investment', '$13 billion'],
        ['microsoft-share-move', 'about 1 per cent'],
      ],
    ],
    [
      'newcomers as "new faces"',
      ['That makes two genuinely new faces, since D’Angelo was already a director when Altman was fired.'],
      '2023-11-30',
      [['new-board-newcomers', 'two']],
    ],
  ])('%s', (_, blocks, published, expected) => {
    expect(figures(blocks, published)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    [
      '"its" for another company',
      [
        'Alphabet has invested $2 billion in Anthropic. Its shares rose about 1 per cent in pre-market trading.',
      ],
    ],
    [
      'a move on another weekday, on a page with no date',
      ['Microsoft has a stake in OpenAI. Its shares rose 1.6% in premarket trading on Monday.'],
    ],
    ['groups in general', ['Most boards of that kind have seven directors.']],
  ])('not: %s', (_, blocks) => {
    expect(figures(blocks).filter(([id]) => id !== 'microsoft-investment')).toEqual([]);
  });
});
