import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

describe('Microsoft’s share of OpenAI’s profit side, whatever the side is called', () => {
  it.each([
    'Microsoft holds 49% of the capped-profit entity.',
    'Microsoft also has 49% of the for-profit side, if the reporting is right.',
    'Microsoft has a 49% slice of the profit-making side.',
    "Microsoft was said to hold 49% of OpenAI's capped-profit subsidiary.",
    'Microsoft owns 49 per cent of the commercial branch.',
  ])('%s', (sentence) => {
    expect(claims([sentence]).map(([id]) => id)).toEqual(['microsoft-investment']);
  });

  it.each([
    "Microsoft holds 4% of Nvidia's commercial unit.",
    'Anthropic holds 40% of the enterprise market.',
  ])('not Microsoft’s stake in OpenAI: %s', (sentence) => {
    expect(claims([sentence]).map(([id]) => id)).not.toContain('microsoft-investment');
  });
});

describe('a board that changed size is not the board that fired Altman', () => {
  it.each([
    'A reduced board of three persons takes their place.',
    'A slimmed-down board of three will oversee the search.',
    'The company has added three directors and put its chief executive back on the board.',
    'OpenAI appointed three directors on Wednesday.',
    'OpenAI hired 200 staff this year.',
  ])('%s', (sentence) => {
    expect(claims([sentence])).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    // A participle after an article describes the board: the directors do nothing.
    [
      'Its first task, people close to the talks said, is to pick up to nine directors for an enlarged board.',
      [['board-expansion', 'up to nine']],
    ],
    [
      'The board that fired Altman had four members; it later added three directors.',
      [['board-size', 'four']],
    ],
    ['The board of four, which had shrunk from six, fired Altman.', [['board-size', 'four']]],
  ])('%s', (sentence, expected) => {
    expect(claims([sentence])).toEqual(expected);
  });
});

describe('a count right after a joining verb is of those who join', () => {
  it('is taken by a topic about the joining', () => {
    expect(
      claims(['Meta hired at least seven OpenAI researchers for its Superintelligence Lab in 2025.']),
    ).toEqual([['departures-to-meta-2025', 'at least seven']]);
  });
});

it('another company’s slice of a market is not Microsoft’s stake', () => {
  expect(claims(["13. OpenAI's slice: 27% of enterprise."]).map(([id]) => id)).not.toContain(
    'microsoft-investment',
  );
});
