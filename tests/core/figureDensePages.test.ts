import { describe, expect, it } from 'vitest';
import { isMarketIndexFigure } from '../../src/core/claims/marketIndexFigure.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * Number-dense pages (markets wraps, live blogs, earnings stories, fintech takes): another named firm's
 * own figures, an index's level after its move, a result's measure moving and a long run's gain are no
 * story figure. Sentences invented in several registers; the story's own figures beside them stay.
 */
const marks = (text: string) => figureClaimsAfterLead([text], '2023-11-23');

describe('a named firm’s own figures, in its description or after its verb of having', () => {
  it.each<string>([
    'Mistral, valued at $6 billion after its June round, was quiet on the news.',
    'Databricks, which employs 6,000 people and was last valued at $43 billion, said nothing.',
    'Rival Perplexity, with 90 staff, is worth about $3 billion, its backers say.',
    'Character.ai, founded in 2021 by two former Google engineers, has raised $150 million.',
    'Shopify, which holds a 12% stake in Klaviyo, gained 2.4%.',
    'He once ran Pinterest, which has about 4,000 staff and a 10-member board.',
    'Hugging Face, based in New York with 170 employees, is valued at $4.5 billion.',
    'Mira Murati’s Thinking Machines Lab, with about 30 employees, raised $2 billion.',
    'Greg Brockman’s old start-up, Cloudflare, which has 4,000 staff, rose 2%.',
  ])('“%s” marks nothing', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['Microsoft, which has invested $13 billion in OpenAI, fell 1%.', 'microsoft-investment', '$13 billion'],
    [
      'OpenAI, valued at $86 billion in the share sale, has about 770 employees.',
      'openai-valuation',
      '$86 billion',
    ],
    [
      'A share sale led by Thrive Capital at an $86 billion valuation was on hold.',
      'openai-valuation',
      '$86 billion',
    ],
    [
      'Anthropic holds 32% of the enterprise market, ahead of OpenAI’s 25%, Menlo Ventures found.',
      'enterprise-share-openai',
      '25%',
    ],
    [
      'Within days Microsoft had hired him, and 505 employees had signed a letter to the board.',
      'staff-letter-signatories',
      '505',
    ],
    [
      'Still, with $13 billion committed to OpenAI, Microsoft can take the embarrassment.',
      'microsoft-investment',
      '$13 billion',
    ],
  ])('“%s” keeps the story’s figure', (text, id, wording) => {
    expect(marks(text)).toContainEqual([id, wording]);
  });

  it('a month is no firm: “left in August, having held the post for five months” is not refused for it', () => {
    expect(
      marks(
        'Julia Villagra quit as chief people officer in August, having held the post for only five months.',
      ),
    ).toEqual(
      marks(
        'Julia Villagra quit as chief people officer last summer, having held the post for only five months.',
      ),
    );
  });
});

describe('an index’s level after its move, and a yield’s, are the market’s', () => {
  it.each<[string, string]>([
    ['The S&P 500 rose 0.6% to 4,410.2, its best day in a month.', 'The S&P 500 rose 0.6% to '],
    ['The Dow gained 212 points, or 0.6%, to 34,890.', 'The Dow gained 212 points, or '],
    ['The Dow gained 212 points, or 0.6%, to 34,890.', 'The Dow gained 212 points, or 0.6%, to '],
    [
      'The two-year Treasury yield fell 6 basis points to 4.9%.',
      'The two-year Treasury yield fell 6 basis points to ',
    ],
    ['Bitcoin climbed 3% to $36,900 overnight.', 'Bitcoin climbed 3% to '],
  ])('“%s”: the figure after “%s” is a market’s', (_text, before) => {
    expect(isMarketIndexFigure(before, ' ')).toBe(true);
  });

  it('keeps the company’s move beside the index’s level', () => {
    expect(marks('Microsoft shares rose 1.3%, while the Nasdaq Composite added 0.5% to 14,265.')).toEqual([
      ['microsoft-share-move', '1.3%'],
    ]);
  });
});

describe('a result’s financial measure is no topic’s figure, whatever the topic', () => {
  it.each<string>([
    'OpenAI’s gross margin reached 48%, up from 40%, the filing showed.',
    'Microsoft’s operating income was $27 billion, and its operating margin stood at 45%.',
    'At OpenAI, revenue came in at $3.7 billion, with a dividend of nothing.',
  ])('“%s” marks nothing', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it('refuses a chipmaker’s margin in an earnings paragraph that names the story’s firms', () => {
    expect(
      marks(
        'Nvidia said revenue rose as demand from OpenAI and Microsoft soared. Net income was $9.24 billion, up from $680 million a year earlier. Gross margin reached 74%, up from 53.6%.',
      ),
    ).toEqual([]);
  });

  it('keeps a stake said beside a profit: “entitled to 49% of profits”', () => {
    expect(marks('Microsoft has invested $13 billion and is entitled to 49% of profits.')).toContainEqual([
      'microsoft-investment',
      '49%',
    ]);
  });
});

describe('a result’s measure moving, or a long run’s gain, is no share price’s reaction', () => {
  it.each<string>([
    'Microsoft said net income rose 21% to $22.3 billion.',
    'Microsoft’s operating costs fell 4% in the quarter.',
    'At Microsoft, capital spending, excluding leases, climbed 45% to $14 billion.',
    'Microsoft’s gross margin widened to 70.1% from 69.4%.',
    'Microsoft shares have gained 52% this year.',
    'Microsoft stock is up 38% year to date.',
    'Microsoft shares, which climbed 9% over the past three months, were flat.',
  ])('“%s” marks no share move', (text) => {
    expect(marks(text).filter(([id]) => id === 'microsoft-share-move')).toEqual([]);
  });

  it.each<string>([
    'Microsoft shares rose 1.8% in premarket trading on the news.',
    'Microsoft’s revenue beat forecasts, and its shares rose 2% on the news.',
  ])('“%s” keeps its share move', (text) => {
    expect(marks(text).some(([id]) => id === 'microsoft-share-move')).toBe(true);
  });
});
