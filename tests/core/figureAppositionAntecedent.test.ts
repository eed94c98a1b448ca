import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * "Subject, apposition, predicate … its": a name inside the apposition ("OpenAI's biggest investor",
 * "a rival of Microsoft") describes the subject and is no antecedent of the "its" after it; the subject
 * is. Every sentence is invented.
 */

const moves = (text: string) => figureClaimsAfterLead([text]).filter(([id]) => id === 'microsoft-share-move');

describe('"its" after an apposition to the subject', () => {
  it.each<[string, string]>([
    ['Microsoft, OpenAI’s biggest investor, saw its shares rise about 1%.', 'about 1%'],
    ['Microsoft, the largest backer of OpenAI, watched its shares climb 2%.', '2%'],
    ['Microsoft, a partner of OpenAI since 2019, saw its stock close up 1.6%.', '1.6%'],
    ['Microsoft, OpenAI’s main backer, said its shares had slipped 0.4% by the close.', '0.4%'],
    ['Microsoft, long the chief financial backer of OpenAI, saw its stock rise 1.2%.', '1.2%'],
    ['Microsoft, whose stake in OpenAI is under scrutiny, saw its shares fall 1%.', '1%'],
    ['Microsoft, once a minor partner of OpenAI, saw its shares rise 2%.', '2%'],
  ])('%j', (text, wording) => {
    expect(moves(text)).toContainEqual(['microsoft-share-move', wording]);
  });

  it.each([
    // The subject is another company: its shares are not Microsoft's.
    'Alphabet, a rival of Microsoft, saw its shares rise about 1%.',
    'Alphabet, Microsoft’s chief rival in search, saw its shares rise about 1%.',
    'Amazon, an investor in Anthropic, saw its shares rise 2%.',
    'Alphabet, long a rival of Microsoft, saw its shares rise 3%.',
    'Alphabet, whose cloud competes with Microsoft, saw its shares rise 3%.',
  ])('marks no Microsoft move in %j', (text) => {
    expect(moves(text)).toEqual([]);
  });
});
