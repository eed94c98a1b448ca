import { describe, expect, it } from 'vitest';
import { countsOffStory } from '../../src/core/claims/offStoryFigure.ts';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { sentenceAround } from '../../src/core/text/splitSentences.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * A market's figures (an index's level or move) and another organisation's size said as a compound
 * ("a 40-employee start-up") count nothing the story counts. Sentences invented in several registers
 * (markets wire, business daily, tabloid, blog).
 */
const marks = (text: string) => figureClaimsAfterLead([text], '2026-02-01');

const offStory = (text: string, wording: string) => {
  const figure = findFigures(text).find((f) => f.wording === wording);
  if (!figure) throw new Error(`no figure “${wording}” in “${text}”`);
  return countsOffStory(text, figure, sentenceAround(text, figure.start));
};

describe('an index’s level or move is a market’s, not a company’s', () => {
  it.each<[string, string]>([
    ['In Frankfurt, the DAX advanced 0.6% to 15,902 points, led by carmakers.', '15,902'],
    ['In Frankfurt, the DAX advanced 0.6% to 15,902 points, led by carmakers.', '0.6%'],
    ['A broad technology index added 0.4% that session.', '0.4%'],
    ['The Nasdaq Composite slipped about 0.2% by midday.', 'about 0.2%'],
    ['Elsewhere the FTSE 100 closed at 7,480, little changed.', '7,480'],
    ['Tokyo’s Nikkei 225 gained 1.1% overnight.', '1.1%'],
    ['The benchmark edged higher by 0.3% in thin trade.', '0.3%'],
  ])('“%s”: %s is a market’s', (text, wording) => {
    expect(offStory(text, wording)).toBe(true);
  });

  it.each<[string, string]>([
    ['Microsoft shares rose 1.2% in premarket trading.', '1.2%'],
    ['Microsoft shares outpaced the Nasdaq, rising 1.2% on Monday.', '1.2%'],
    ['The index heavyweight Microsoft rose 1% on the news.', '1%'],
  ])('“%s”: %s stays the company’s', (text, wording) => {
    expect(offStory(text, wording)).toBe(false);
  });

  it('marks the company’s move and not the index’s in one paragraph', () => {
    const text =
      'Microsoft shares rose 1% in premarket trading on the news. In Madrid, the Ibex 35 advanced 0.4% to 9,937 points.';
    expect(marks(text)).toEqual([['microsoft-share-move', '1%']]);
  });
});

describe('another organisation’s size, said as a compound, is no story count', () => {
  it.each<[string, string]>([
    ['The chief of a 40-employee translation start-up said it could switch models within days.', '40'],
    ['"We test every model," said Jo Kim, CTO of a 25-person Lagos fintech.', '25'],
    ['Priya Nair, who runs a 12-strong design agency in Leeds, was unmoved.', '12'],
    ['He founded a 300-worker packaging firm in the 1990s.', '300'],
    ['Staff at a 60-person legal-tech company in Montreal spent Monday testing rivals.', '60'],
  ])('“%s”: %s sizes another organisation', (text, wording) => {
    expect(offStory(text, wording)).toBe(true);
  });

  it.each<[string, string]>([
    ['OpenAI, a 770-person company, was on the brink.', '770'],
    ['OpenAI is a 770-employee company with one product that matters.', '770'],
    ['The new three-member board met on Wednesday.', 'three'],
  ])('“%s”: %s stays the story’s', (text, wording) => {
    expect(offStory(text, wording)).toBe(false);
  });

  it('marks nothing for a source’s workplace in a story paragraph', () => {
    expect(
      marks(
        'The chief of a 40-employee translation start-up in Busan said its engineers had a plan to switch models.',
      ),
    ).toEqual([]);
  });
});
