import { describe, expect, it } from 'vitest';
import { annotate, marked } from './helpers/annotate.ts';

/** A block that makes the page about the story without claiming anything. */
const CONTEXT = 'Sam Altman and OpenAI.';
const claims = (text: string | string[]) =>
  annotate([CONTEXT, ...(typeof text === 'string' ? [text] : text)])
    .highlights.filter((h) => h.kind === 'claim')
    .map((h) => [h.id, h.text, h.kind === 'claim' ? h.verdict : '']);

describe('figure claims', () => {
  it.each<[string, string, Array<[string, string, string]>]>([
    [
      'a part and the whole in one sentence',
      "By Monday, 738 out of OpenAI's around 770 employees had signed the letter.",
      [
        ['staff-letter-signatories', '738', 'differs'],
        ['openai-headcount', 'around 770', 'agrees'],
      ],
    ],
    [
      'a figure every report overlaps',
      'OpenAI has roughly 770 employees, Sam Altman said.',
      [['openai-headcount', 'roughly 770', 'agrees']],
    ],
    [
      'a count one report disagrees with',
      'Nearly 500 OpenAI employees signed a letter demanding that Sam Altman return.',
      [['staff-letter-signatories', 'Nearly 500', 'differs']],
    ],
    [
      'a word number',
      'Five hundred and five OpenAI staff signed the letter backing Sam Altman.',
      [['staff-letter-signatories', 'Five hundred and five', 'differs']],
    ],
    [
      "Microsoft's investment",
      'Microsoft has invested $13 billion in OpenAI, which fired Sam Altman.',
      [['microsoft-investment', '$13 billion', 'agrees']],
    ],
    [
      'a stake given as a share',
      'Microsoft holds a 49% stake in OpenAI, whose CEO Sam Altman returned.',
      [['microsoft-investment', '49%', 'agrees']],
    ],
    [
      'a valuation that later reports dwarf',
      'The tender offer values OpenAI at around $86 billion, people close to Sam Altman said.',
      [['openai-valuation', 'around $86 billion', 'differs']],
    ],
    [
      'the board that fired him',
      'OpenAI’s four board members voted to remove Sam Altman.',
      [['board-size', 'four', 'differs']],
    ],
    [
      'departures in 2025',
      'At least 12 executives and researchers left OpenAI in 2025, while Sam Altman stayed.',
      [['departures-2025', 'At least 12', 'agrees']],
    ],
    [
      'market shares side by side',
      'Anthropic holds 40% of the enterprise market versus OpenAI’s 27%, as Sam Altman knows.',
      [
        ['enterprise-share-anthropic', '40%', 'agrees'],
        ['enterprise-share-openai', '27%', 'agrees'],
      ],
    ],
    [
      'an age only when a topic is about it',
      'OpenAI CEO Sam Altman, 38, was fired.',
      [['sam-altman-age', '38', 'agrees']],
    ],
  ])('%s', (_, text, expected) => {
    expect(claims(text).filter(([, , v]) => v)).toEqual(expected);
  });

  it.each([
    [
      'dates and times',
      'OpenAI fired Sam Altman on Nov. 17, 2023, at noon; the deal came after 10 p.m. on November 21.',
    ],
    ['share prices', 'Microsoft shares closed at $377.44 as OpenAI named Sam Altman CEO again.'],
    ['an age nobody reports', 'Ilya Sutskever, 37, left the board of OpenAI.'],
    ['counts of something else', 'OpenAI CEO Sam Altman has 3 dogs and visited 12 cities in 2023.'],
    ["other companies' staff", 'Sam Altman noted that Anthropic has 300 employees, a tenth of Meta’s lab.'],
  ])('leaves %s unmarked', (_, text) => {
    expect(
      claims(text).filter(([id]) => !['altman-returns-as-ceo', 'shear-appointment'].includes(id as string)),
    ).toEqual([]);
  });
});

describe('statement claims', () => {
  it.each<[string, string, string, string]>([
    [
      'the board’s wording',
      'The board said Sam Altman was not consistently candid in his communications.',
      'firing-reason',
      'not consistently candid',
    ],
    [
      'an outlet’s other wording',
      'OpenAI’s board said Altman had been not consistently forthcoming.',
      'firing-reason',
      'not consistently forthcoming',
    ],
    [
      'Sutskever’s regret',
      'OpenAI’s Ilya Sutskever said he deeply regrets his participation.',
      'sutskever-regret',
      'deeply regrets',
    ],
    [
      'the move to Microsoft',
      'OpenAI’s ousted chief Sam Altman joins Microsoft to lead a lab.',
      'altman-joins-microsoft',
      'joins',
    ],
    [
      'the return',
      'Sam Altman returned as CEO of OpenAI days later.',
      'altman-returns-as-ceo',
      'returned as CEO',
    ],
    ['Shear’s appointment', 'OpenAI named Emmett Shear interim CEO.', 'shear-appointment', 'interim CEO'],
    ['Brockman quitting', 'OpenAI president Greg Brockman quit hours later.', 'brockman-exit', 'quit'],
  ])('%s', (_, text, id, words) => {
    const found = annotate([CONTEXT, text]).highlights.find((h) => h.kind === 'claim' && h.id === id);
    expect(found?.text).toBe(words);
    const expected =
      id === 'sutskever-regret' ? 'agrees' : id === 'altman-joins-microsoft' ? 'overturned' : 'differs';
    expect(found?.kind === 'claim' && found.verdict).toBe(expected);
  });

  it('needs the person in the sentence for a short phrase', () => {
    expect(
      claims('OpenAI staff threatened to quit. Greg Brockman was at home.').map(([id]) => id),
    ).not.toContain('brockman-exit');
    expect(claims('OpenAI named Mira Murati interim CEO.').map(([id]) => id)).not.toContain(
      'shear-appointment',
    );
  });

  it('keeps a name inside a phrase as a name, and the phrase around it as the claim', () => {
    const h = annotate('OpenAI’s ousted chief Sam Altman joins Microsoft.').highlights.map((x) => [
      x.kind,
      x.id,
      x.text,
    ]);
    expect(h).toEqual([
      ['entity', 'openai', 'OpenAI'],
      ['entity', 'sam-altman', 'Sam Altman'],
      ['claim', 'altman-joins-microsoft', 'joins'],
      ['entity', 'microsoft', 'Microsoft'],
    ]);
  });
});

describe('verdict reasoning', () => {
  it('lists which sources differ from the page, and why', () => {
    const h = annotate('OpenAI said 505 employees had signed the letter backing Sam Altman.').highlights.find(
      (x) => x.kind === 'claim',
    );
    if (h?.kind !== 'claim' || h.claimKind !== 'figure') throw new Error('expected a figure claim');
    expect(h.verdict).toBe('differs');
    const r04 = h.comparisons.find((c) => c.source === 'r04');
    expect(r04).toMatchObject({ overlaps: true, figure: { value: 505 } });
    const r24 = h.comparisons.filter((c) => c.source === 'r24');
    expect(r24.map((c) => [c.figure.wording, c.overlaps])).toEqual([
      ['nearly 500', false],
      ['490', false],
    ]);
  });
});

describe('page relevance', () => {
  it.each([
    ['OpenAI and one of its people', ['OpenAI said Greg Brockman would stay.'], true],
    ['OpenAI and a surname', ['OpenAI confirmed Altman is back.'], true],
    ['OpenAI and a claim', ['OpenAI said its chief was not consistently candid.'], true],
    ['only OpenAI', ['OpenAI released a new model for developers.'], false],
    ['Xbox sales', ['Microsoft sold more Xbox consoles while Google cut prices.'], false],
    ['a footballer', ['Kevin Scott scored in the 89th minute.'], false],
    ['people without OpenAI', ['Satya Nadella and Kevin Scott spoke about Azure.'], false],
  ])('%s → %s', (_, blocks, relevant) => {
    expect(annotate(blocks).relevant).toBe(relevant);
    if (!relevant) expect(annotate(blocks).highlights).toEqual([]);
  });

  it('decides over the whole page, not block by block', () => {
    expect(marked(['Altman spoke first.', 'Later, OpenAI confirmed it.'], 'entity')).toEqual([
      ['sam-altman', 'Altman'],
      ['openai', 'OpenAI'],
    ]);
  });
});

describe('source formatting', () => {
  it('reads a line break inside a paragraph as a space, not a sentence end', () => {
    const text =
      'OpenAI pushed out Sam Altman, saying only\n        that he had not been consistently candid.';
    expect(claims(text)).toContainEqual(['firing-reason', 'consistently candid', 'differs']);
  });
});
