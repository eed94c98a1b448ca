import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { annotate, STORY_LEAD } from './helpers/annotate.ts';

/** `[id, text, verdict]` of each figure mark of the last block, on a page dated in the story's week. */
const judged = (text: string) =>
  annotate([STORY_LEAD, text], undefined, { published: '2023-11-24' })
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim' && h.claimKind === 'figure')
    .map((h) => [h.id, h.text, h.verdict]);

describe('a number said to be exceeded, loosely: more than it', () => {
  it.each<[string, string]>([
    ['Stake value: >$10bn', '>$10bn'],
    ['Signatures: > 700', '> 700'],
    ['>$10bn', '>$10bn'],
    ['the company had seven hundred and something people', 'seven hundred and something'],
    ['Microsoft has put in $13 billion and change', '$13 billion and change'],
    ['Microsoft has put in $13 billion and change, by most counts', '$13 billion and change'],
    ['The bill came to $13bn and change.', '$13bn and change'],
    // review19 #12: before a preposition or a time the phrase is closed too.
    ['OpenAI was valued at $86 billion and change in a share sale.', '$86 billion and change'],
    ['The stake was worth $13bn and change after the tender offer.', '$13bn and change'],
    ['It raised $10 billion and change from Microsoft.', '$10 billion and change'],
    ['Revenue hit $1.3 billion and change last year.', '$1.3 billion and change'],
    // review19b #10: a place or time after "in"/"at" still closes it.
    ['It was valued at $86bn and change in the latest round.', '$86bn and change'],
    ['Shares changed hands at $1bn and change at the close.', '$1bn and change'],
  ])('reads “%s” as more than its number', (text, wording) => {
    const [figure] = findFigures(text);
    expect(figure).toMatchObject({ wording, qualifier: 'more-than' });
  });

  it.each([
    // Not a bound: a comparison sign between two numbers, an age in words, "something" that is a noun.
    ['She is forty-something and runs a bakery.', undefined],
    ['Seven hundred and something else entirely.', 'Seven hundred'],
    // "and change" that does not close its phrase is a change in the prose; a quote marker is no sign.
    ['Microsoft invested $10 billion and change followed quickly at OpenAI.', '$10 billion'],
    ['The lab raised $6 billion and change swept through the industry.', '$6 billion'],
    // review19b #10: a change at the top or in leadership is the shake-up, not "a bit more".
    ['Microsoft invested $13bn and change at the top followed.', '$13bn'],
    ['Microsoft has put in $13bn and change in leadership came anyway.', '$13bn'],
    ['Investors put in $10 billion and change in the boardroom was swift.', '$10 billion'],
    ['OpenAI raised $6.6bn and change at the helm soon followed.', '$6.6bn'],
    ['> 700 employees signed the letter, a reader wrote.', '700'],
    ['Earlier post:\n> 500 people left the company', '500'],
  ])('leaves “%s” as it was', (text, wording) => {
    const [figure] = findFigures(text);
    if (wording === undefined) expect(figure?.qualifier ?? 'none').not.toBe('more-than');
    else expect(figure).toMatchObject({ wording, qualifier: 'exact' });
  });

  it.each<[string, [string, string, string]]>([
    [
      'Microsoft’s stake in OpenAI, by value: >$10bn, on the latest reckoning.',
      ['microsoft-investment', '>$10bn', 'agrees'],
    ],
    [
      'More than 700 had signed, and OpenAI only had seven hundred and something employees in the first place.',
      ['openai-headcount', 'seven hundred and something', 'agrees'],
    ],
  ])('agrees with the reports: “%s”', (text, mark) => {
    expect(judged(text)).toContainEqual(mark);
  });
});
