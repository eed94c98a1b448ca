import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead, scanPageFigures } from './helpers/annotate.ts';

// A currency conversion beside a money claim states the same claim: its own mark, the claim's topic and verdict.
describe('a conversion beside a money figure is the same claim', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Microsoft has poured $13 billion, or roughly ¥1.9 trillion, into OpenAI since 2019.',
      [
        ['microsoft-investment', '$13 billion'],
        ['microsoft-investment', 'roughly ¥1.9 trillion'],
      ],
    ],
    [
      'Microsoft’s $13 billion (about ₩17 trillion) bet on OpenAI now looks a good deal shakier.',
      [
        ['microsoft-investment', '$13 billion'],
        ['microsoft-investment', 'about ₩17 trillion'],
      ],
    ],
    [
      'OpenAI was valued at $86 billion, equivalent to about ₹7.1 lakh crore, in the share sale.',
      [
        ['openai-valuation', '$86 billion'],
        ['openai-valuation', 'about ₹7.1 lakh crore'],
      ],
    ],
    [
      'Microsoft put $13 billion (Rs 1.08 lakh crore) into OpenAI.',
      [
        ['microsoft-investment', '$13 billion'],
        ['microsoft-investment', 'Rs 1.08 lakh crore'],
      ],
    ],
    [
      'Microsoft has invested ¥1.9 trillion ($13 billion) in OpenAI.',
      [
        ['microsoft-investment', '¥1.9 trillion'],
        ['microsoft-investment', '$13 billion'],
      ],
    ],
    [
      'a valuation of $86 billion — some 1.3 trillion yen — put OpenAI among the priciest startups',
      [
        ['openai-valuation', '$86 billion'],
        ['openai-valuation', 'some 1.3 trillion yen'],
      ],
    ],
  ])('%s', (block, expected) => {
    expect(figureClaimsAfterLead([block])).toEqual(expected);
  });

  it('takes the verdict of the figure it converts', () => {
    const found = scanPageFigures(
      ['Microsoft has poured $13 billion, or roughly ¥1.9 trillion, into OpenAI since 2019.'],
      '2023-11-22',
    );
    expect(found.map((f) => [f.text, f.verdict])).toEqual([
      ['$13 billion', 'agrees'],
      ['roughly ¥1.9 trillion', 'agrees'],
    ]);
  });
});

describe('…and another amount in another currency is not', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Microsoft has put $13 billion into OpenAI, and SoftBank ¥500 billion into its own fund.',
      [['microsoft-investment', '$13 billion']],
    ],
    [
      'Microsoft has put $13 billion into OpenAI; Toyota, ¥1.9 trillion into batteries.',
      [['microsoft-investment', '$13 billion']],
    ],
    ['Hoshizora Systems booked a $25 million order, or about ¥3.7 billion, from a regional bank.', []],
    ['Hoshizora Systems, which resells OpenAI’s models, rose 2.4% to ¥3,115.', []],
  ])('%s', (block, expected) => {
    expect(figureClaimsAfterLead([block])).toEqual(expected);
  });
});

describe('a conversion standing alone in the cell or card line after the money claim', () => {
  it.each<[string[], Array<[string, string]>]>([
    [
      ['Microsoft’s commitment to OpenAI (reported)', '$13 billion', '¥1.93 trillion'],
      [
        ['microsoft-investment', '$13 billion'],
        ['microsoft-investment', '¥1.93 trillion'],
      ],
    ],
    [
      ['Microsoft’s stake in OpenAI', '$13 billion', '(about ₩17 trillion)'],
      [
        ['microsoft-investment', '$13 billion'],
        ['microsoft-investment', 'about ₩17 trillion'],
      ],
    ],
    [
      ['Valuation in the planned employee share sale', 'about $86 billion', '≈ €79 billion'],
      [
        ['openai-valuation', 'about $86 billion'],
        ['openai-valuation', '€79 billion'],
      ],
    ],
    [
      ['Microsoft’s investment in OpenAI', '$13 billion', 'in yen', '¥1.93 trillion'],
      [
        ['microsoft-investment', '$13 billion'],
        ['microsoft-investment', '¥1.93 trillion'],
      ],
    ],
  ])('%j', (blocks, expected) => {
    expect(figureClaimsAfterLead(blocks)).toEqual(expected);
  });

  it.each<[string[], Array<[string, string]>]>([
    [['Hoshizora Systems share price', '¥3,115'], []],
    [
      ['Microsoft’s commitment to OpenAI', '$13 billion', 'Orders booked by Hoshizora', '¥4.2 billion'],
      [['microsoft-investment', '$13 billion']],
    ],
    [['Directors on the interim board', '3', '¥1.9 trillion'], []],
    [
      [
        'Microsoft’s commitment to OpenAI',
        '$13 billion',
        'Kitamura Denki’s data-centre orders rose 4% to ¥880 million in the quarter.',
        '¥1.9 trillion',
      ],
      [['microsoft-investment', '$13 billion']],
    ],
  ])('%j', (blocks, expected) => {
    expect(figureClaimsAfterLead(blocks)).toEqual(expected);
  });
});

describe(
  'a conversion in brackets closing the phrase the amount heads is the same claim',
  { timeout: 30000 },
  () => {
    it.each<[string, Array<[string, string]>]>([
      [
        'Microsoft, with some $13 billion sunk into the lab (about €12 billion), wants a say.',
        [
          ['microsoft-investment', 'some $13 billion'],
          ['microsoft-investment', 'about €12 billion'],
        ],
      ],
      [
        'Microsoft has $13 billion tied up in OpenAI (roughly ¥1.9 trillion) and no vote.',
        [
          ['microsoft-investment', '$13 billion'],
          ['microsoft-investment', 'roughly ¥1.9 trillion'],
        ],
      ],
      [
        'Microsoft had committed $13 billion to the start-up (£10.5bn) by then.',
        [
          ['microsoft-investment', '$13 billion'],
          ['microsoft-investment', '£10.5bn'],
        ],
      ],
      [
        'The tender valued OpenAI at $86 billion in all (some €79 billion).',
        [
          ['openai-valuation', '$86 billion'],
          ['openai-valuation', 'some €79 billion'],
        ],
      ],
    ])('%s', (sentence, expected) => {
      expect(figureClaimsAfterLead([sentence])).toEqual(expected);
    });

    it.each<[string, Array<[string, string]>]>([
      // Another amount in the brackets, after a number of its own: no conversion of the first.
      [
        'Microsoft has $13 billion in OpenAI and 2 other bets (€40 million each).',
        [['microsoft-investment', '$13 billion']],
      ],
      // A sentence's stop between them.
      [
        'Microsoft has $13 billion in OpenAI. Its rival raised money too (€500 million).',
        [['microsoft-investment', '$13 billion']],
      ],
      // Brackets with no amount.
      [
        'Microsoft has $13 billion riding on the company (its largest bet).',
        [['microsoft-investment', '$13 billion']],
      ],
    ])('no conversion: %s', (sentence, expected) => {
      expect(figureClaimsAfterLead([sentence]).filter(([id]) => id === 'microsoft-investment')).toEqual(
        expected,
      );
    });
  },
);

// The other dollars carry their country's letters before the sign: "A$", "C$", "S$", "NZ$", "HK$".
describe('a conversion into another dollar is the same claim', { timeout: 30000 }, () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Microsoft’s US$13bn (roughly C$18bn) stake in OpenAI is suddenly in question.',
      [
        ['microsoft-investment', 'US$13bn'],
        ['microsoft-investment', 'roughly C$18bn'],
      ],
    ],
    [
      'Microsoft has sunk $13 billion, or about HK$101 billion, into the ChatGPT maker.',
      [
        ['microsoft-investment', '$13 billion'],
        ['microsoft-investment', 'about HK$101 billion'],
      ],
    ],
    [
      'Microsoft, which has put US$13 billion (S$17.4 billion) into OpenAI, was told minutes before.',
      [
        ['microsoft-investment', 'US$13 billion'],
        ['microsoft-investment', 'S$17.4 billion'],
      ],
    ],
    [
      'The share sale valued OpenAI at US$86 billion (NZ$143 billion).',
      [
        ['openai-valuation', 'US$86 billion'],
        ['openai-valuation', 'NZ$143 billion'],
      ],
    ],
    [
      'Microsoft has invested A$20 billion (US$13 billion) in OpenAI.',
      [
        ['microsoft-investment', 'A$20 billion'],
        ['microsoft-investment', 'US$13 billion'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(figureClaimsAfterLead([sentence])).toEqual(expected);
  });

  it.each<[string, Array<[string, string]>]>([
    [
      'Microsoft has put $13 billion into OpenAI, and Telstra A$2 billion into its own network.',
      [['microsoft-investment', '$13 billion']],
    ],
    ['Hoshizora Systems booked a $25 million order, or about A$38 million, from a regional bank.', []],
    ['The A$20 billion the state plans for its rail network is not in this budget.', []],
  ])('no conversion: %s', (sentence, expected) => {
    expect(figureClaimsAfterLead([sentence])).toEqual(expected);
  });
});
