import { describe, expect, it } from 'vitest';
import { inEpithetObject } from '../../src/core/claims/epithetObject.ts';
import { isOpeningModifier } from '../../src/core/claims/openingModifier.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * Only a word in owner position owns a figure. A rank opening a label ("Largest investor:") and the
 * products in an epithet ("the tech giant behind Windows and Xbox") are no other company. Every
 * sentence is invented.
 */

const investment = (text: string) =>
  figureClaimsAfterLead([text]).filter(([id]) => id === 'microsoft-investment');

describe('a rank opening a label is no company', () => {
  it.each<[string, string]>([
    ['Largest investor: Microsoft ($13bn)', '$13bn'],
    ['Biggest shareholder: Microsoft, with $13 billion invested', '$13 billion'],
    ['Top backer: Microsoft ($13bn)', '$13bn'],
    ['Principal backer: Microsoft ($13bn)', '$13bn'],
  ])('%s', (text, wording) => {
    expect(investment(text)).toContainEqual(['microsoft-investment', wording]);
  });

  it('reads ranks as modifiers, and a rank word only before a label colon', () => {
    expect(isOpeningModifier('Largest')).toBe(true);
    expect(isOpeningModifier('Biggest')).toBe(true);
    expect(isOpeningModifier('Top', ' investor: Microsoft')).toBe(true);
    // "Top Glove shares rose": opening a sentence, a rank word may be a name.
    expect(isOpeningModifier('Top', ' Glove shares rose 2%')).toBe(false);
    expect(isOpeningModifier('Amazon')).toBe(false);
  });
});

describe('products in an epithet are not its owner', () => {
  it.each<[string, string]>([
    ['The tech giant behind Windows and Xbox has poured a reported $13billion into OpenAI.', '$13billion'],
    [
      'The Seattle-area software maker behind Office and Azure has sunk $13 billion into OpenAI.',
      '$13 billion',
    ],
    ['The company that makes Word and Excel has invested $13bn in OpenAI.', '$13bn'],
    ['The firm which owns LinkedIn and GitHub has ploughed $13 billion into OpenAI.', '$13 billion'],
    ['The owner of Bing and LinkedIn has put $13bn into OpenAI.', '$13bn'],
  ])('%s', (text, wording) => {
    expect(investment(text)).toContainEqual(['microsoft-investment', wording]);
  });

  it.each([
    // The owner in owner position is another company still.
    'Amazon has invested $4 billion in Anthropic.',
    'Amazon, the owner of Whole Foods, has invested $4 billion in Anthropic.',
  ])('marks no investment in “%s”', (text) => {
    expect(investment(text)).toEqual([]);
  });

  it('reads the relation, not any preposition', () => {
    expect(inEpithetObject('The tech giant behind Windows and ')).toBe(true);
    expect(inEpithetObject('the maker of ')).toBe(true);
    expect(inEpithetObject('a company that owns LinkedIn, ')).toBe(true);
    // "Shares of Alphabet", "the parent of Google": an owner's relation, read as an owner.
    expect(inEpithetObject('Shares of ')).toBe(false);
    expect(inEpithetObject('the parent of ')).toBe(false);
    expect(inEpithetObject('Amazon, which backs ')).toBe(false);
  });
});
