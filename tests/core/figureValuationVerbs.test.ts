import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * The verbs that set a company's worth: "valued/priced/pegged/put/placed OpenAI at/near $N", in every
 * tense and voice. The verb's object owns the value: "the round valued Mistral at $6bn" is Mistral's,
 * whichever topic the verb cues. Every sentence is invented.
 */

const valuations = (text: string) =>
  figureClaimsAfterLead([text]).filter(([id]) => id === 'openai-valuation');

describe('a valuation verb', () => {
  it.each<[string, string]>([
    ['The sale priced OpenAI at $86 billion.', '$86 billion'],
    [
      'The staff-share sale was in doubt; it priced OpenAI near $86 billion once the crisis passed.',
      '$86 billion',
    ],
    ['The employee tender, pricing OpenAI at roughly $86bn, went ahead.', 'roughly $86bn'],
    ['Investors priced the ChatGPT maker at about $86 billion.', 'about $86 billion'],
    ['The deal prices OpenAI at some $86 billion, three times its April level.', 'some $86 billion'],
    ['The deal placed OpenAI at around $86 billion.', 'around $86 billion'],
    ['OpenAI was priced at $86 billion in the share sale.', '$86 billion'],
    ['The terms price OpenAI at roughly $86 billion.', 'roughly $86 billion'],
    ['It priced OpenAI near $86 billion, about triple the $28 billion set in April 2023.', '$28 billion'],
    // The later worth said in words: "half a trillion dollars".
    ['A 2026 share sale valued OpenAI at half a trillion dollars.', 'half a trillion dollars'],
    ['OpenAI is now worth half a trillion dollars.', 'half a trillion dollars'],
  ])('%j', (text, wording) => {
    expect(valuations(text)).toContainEqual(['openai-valuation', wording]);
  });

  it.each([
    // Another company's worth: the verb's object is not OpenAI.
    'The offering priced Arm at $54.5 billion.',
    'The offering valued Arm Holdings at $54.5 billion.',
    'Analysts put Anthropic near $18 billion after the round.',
    'Investors pegged Stripe at just over $50 billion.',
    // A price of a thing, not a company's worth.
    'Microsoft shares were priced at $370 on Monday.',
    'The chips were priced at $40,000 each.',
    'Anthropic was priced at $18 billion in its latest round.',
    // Another company's trillions, and a worth only hoped for.
    'Microsoft is worth well over two trillion dollars.',
    'OpenAI could one day be worth a trillion dollars, Altman said.',
    // "a trillion-dollar company": a size class for effect, whoever it is.
    'Altman was fired by video call and courted by a trillion-dollar company.',
    'Most start-ups will never have a trillion-dollar company behind them.',
  ])('marks no valuation in %j', (text) => {
    expect(valuations(text)).toEqual([]);
  });
});
