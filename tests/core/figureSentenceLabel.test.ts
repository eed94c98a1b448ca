import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marked = (blocks: string[]) => figureClaimsAfterLead(blocks, '2023-11-24');

describe('a label or speaker tag is no owner of the figure after it (sentenceLabel.ts, openingModifier.ts)', () => {
  it.each<[string[], string, string]>([
    [
      ['Future board: as many as nine new directors may eventually be chosen.'],
      'board-expansion',
      'as many as nine',
    ],
    [
      ['Enlarged board: as many as nine new directors may eventually be chosen.'],
      'board-expansion',
      'as many as nine',
    ],
    [['Proposed board: as many as nine new directors may be named.'], 'board-expansion', 'as many as nine'],
    [
      ['RAVI: Microsoft stock? Up about 1% before the open on Wednesday.'],
      'microsoft-share-move',
      'about 1%',
    ],
    [['ANCHOR: Microsoft shares? Down 2% at the open, then they recovered.'], 'microsoft-share-move', '2%'],
  ])('marks %j', (blocks, id, wording) => {
    expect(marked(blocks)).toContainEqual([id, wording]);
  });

  it.each([
    // A company that heads the clause still owns its move; another company's board is its own.
    ['Alphabet shares rose 2% on Friday.'],
    ['Anthropic board: five directors, none of them from OpenAI.'],
    ["Microsoft's 221,000 staff were told on Monday."],
  ])('leaves %j unmarked', (...blocks) => {
    expect(marked(blocks)).toEqual([]);
  });
});

describe("an elliptical answer's owner is its question's subject (review20 #2)", () => {
  it.each<[string[], string, string]>([
    [
      ['Microsoft shares? Higher by about 1% before the open on Wednesday.'],
      'microsoft-share-move',
      'about 1%',
    ],
    [['DANA: And Microsoft stock? Down 2% at the open.'], 'microsoft-share-move', '2%'],
    [
      ['Alphabet shares? Flat. Microsoft stock? Up about 1% before the open.'],
      'microsoft-share-move',
      'about 1%',
    ],
  ])('marks %j', (blocks, id, wording) => {
    expect(marked(blocks)).toContainEqual([id, wording]);
  });

  it.each([
    ['Alphabet shares? Up about 1% before the open on Wednesday.'],
    ['RAVI: Alphabet stock? Up about 1% before the open on Wednesday.'],
    ['And Nvidia? Lower by 3% in early trading.'],
    ['What about Amazon shares? Down 2% at the open.'],
  ])('leaves %j unmarked', (...blocks) => {
    expect(marked(blocks)).toEqual([]);
  });

  it("marks the topic's answer and not another's in one block", () => {
    expect(marked(['Microsoft stock? Up about 1% before the open. Alphabet shares? Down 2%.'])).toEqual([
      ['microsoft-share-move', 'about 1%'],
    ]);
  });
});

describe('time and standing words are modifiers only before a label colon (review20 #6)', () => {
  it.each([
    ['Next shares rose 2% after the retailer raised its forecast.'],
    ['Microsoft stock moved little. Next shares rose 2% after the retailer raised its forecast.'],
    ['Future shares rose 4% after the publisher beat forecasts.'],
  ])('leaves %j unmarked', (...blocks) => {
    expect(marked(blocks)).toEqual([]);
  });
});
