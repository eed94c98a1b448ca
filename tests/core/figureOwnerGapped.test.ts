import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const valuations = (sentence: string) =>
  figureClaimsAfterLead([sentence])
    .filter(([id]) => id === 'openai-valuation')
    .map(([, text]) => text);

describe(
  'another company’s figure in a clause with its verb left out, or under its label',
  { timeout: 30000 },
  () => {
    it.each([
      ['OpenAI was valued at $86 billion; Anthropic, at $18 billion.', ['$86 billion']],
      ['OpenAI: valued at $86 billion. Anthropic: valued at $18 billion.', ['$86 billion']],
      ['OpenAI fetched $86 billion in the sale, Anthropic, worth $18 billion, far less.', ['$86 billion']],
      ['Anthropic, now valued at $18 billion, trails OpenAI.', []],
    ])('%s', (sentence, expected) => {
      expect(valuations(sentence)).toEqual(expected);
    });

    it.each([
      ['OpenAI, at $86 billion, is worth more than its rivals.', ['$86 billion']],
      ['OpenAI: valued at $86 billion after the share sale.', ['$86 billion']],
    ])('the story’s own company keeps its figure: %s', (sentence, expected) => {
      expect(valuations(sentence)).toEqual(expected);
    });

    it('a kicker before a headline heads no count: "OPENAI: Two newcomers join…"', () => {
      expect(
        figureClaimsAfterLead(['OPENAI: Two newcomers join D’Angelo on a slimmed-down board']).map(
          ([id]) => id,
        ),
      ).toContain('new-board-newcomers');
    });
  },
);
