import { describe, expect, it } from 'vitest';
import { alternativeFor, pageAlternatives } from '../../src/core/claims/pageReference.ts';
import { strangerNameAt } from '../../src/core/claims/strangerName.ts';
import { findNames } from '../../src/core/match/findNames.ts';
import { protagonistAfter, type PageProtagonist } from '../../src/core/page/pageProtagonist.ts';
import { annotate, matcher } from './helpers/annotate.ts';

/*
 * A pronoun several blocks from any name: it may mean the last person named further up or the person
 * the page is about, and the claim's act decides between them, only where exactly one fits it. Every
 * page here is invented: podcasts, bulleted explainers, live pages, Q&As, long reads.
 */

/** The statement claims of a page's last block. */
function lastBlockStatements(blocks: string[]): Array<[string, string]> {
  return annotate(blocks)
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim' && h.claimKind === 'statement')
    .map((h) => [h.id, h.text]);
}

const ids = (blocks: string[]) => lastBlockStatements(blocks).map(([id]) => id);

/** A page about Altman whose last named person is Sutskever. */
const ALTMAN_THEN_SUTSKEVER = [
  'The weekend Sam Altman lost OpenAI, and won it back',
  'Sam Altman had spent Thursday at a summit in San Francisco.',
  'It was Ilya Sutskever who read out the decision on the call.',
];

describe('the person a page is about, block by block', () => {
  const after = (blocks: string[]) =>
    blocks.reduce<PageProtagonist | undefined>(
      (state, text) => protagonistAfter(matcher, findNames(matcher, text), state),
      undefined,
    );

  it('is the one named in most blocks, the first named counting once more', () => {
    expect(after(ALTMAN_THEN_SUTSKEVER)?.top).toBe('sam-altman');
    expect(after(['Greg Brockman quits', 'Brockman wrote on X.', 'Sam Altman was fired.'])?.top).toBe(
      'greg-brockman',
    );
  });

  it('is the first person the page names, from the start (a title, a dek)', () => {
    expect(after(['Board crisis', 'Sam Altman was fired.'])?.top).toBe('sam-altman');
  });

  it('is nobody on a tie', () => {
    // Brockman named first (one block and the first-named extra), Altman in two blocks.
    expect(
      after(['Board crisis', 'Greg Brockman spoke.', 'Sam Altman spoke.', 'Altman spoke again.'])?.top,
    ).toBeUndefined();
  });

  it('is the same state object across a block that names no one', () => {
    const state = after(ALTMAN_THEN_SUTSKEVER);
    expect(protagonistAfter(matcher, [], state)).toBe(state);
  });
});

describe('whom the act makes a pronoun mean', () => {
  const fitsAll = (id: string) => id;
  it('holds two alternatives only where two fit the pronoun', () => {
    expect(pageAlternatives(['ilya-sutskever', 'sam-altman'], fitsAll)).toEqual([
      'ilya-sutskever',
      'sam-altman',
    ]);
    expect(pageAlternatives(['sam-altman', 'sam-altman'], fitsAll)).toBeUndefined();
    expect(
      pageAlternatives(['mira-murati', 'sam-altman'], (id) => (id === 'sam-altman' ? id : undefined)),
    ).toBe(undefined);
  });

  it('takes the one the claim is about, unless the other takes part in it too', () => {
    expect(alternativeFor(['ilya-sutskever', 'sam-altman'], ['sam-altman'], ['sam-altman', 'openai'])).toBe(
      'sam-altman',
    );
    expect(
      alternativeFor(['greg-brockman', 'sam-altman'], ['sam-altman'], ['sam-altman', 'greg-brockman']),
    ).toBe(null);
    expect(alternativeFor(['greg-brockman', 'sam-altman'], ['sam-altman', 'greg-brockman'], [])).toBe(null);
    expect(alternativeFor(['greg-brockman', 'ilya-sutskever'], ['sam-altman'], [])).toBe(null);
  });
});

describe('someone the dataset does not know, named before a pronoun', () => {
  it.each([
    "Apple's chief executive Tim Cook spoke on Monday.",
    'Analyst Dan Ives said the board had blundered.',
    'Mr Cook declined to comment.',
  ])('is found in %j', (text) => {
    expect(strangerNameAt(text, findNames(matcher, text))).toBeGreaterThanOrEqual(0);
  });

  it.each([
    'Which brings us to Tuesday night.',
    'On Monday Sam Altman said nothing.',
    'Catch up quick: Four directors voted.',
    'DANA: What did the board say?',
    'In November the board met.',
  ])('is not found in %j', (text) => {
    expect(strangerNameAt(text, findNames(matcher, text))).toBe(-1);
  });
});

describe('someone the dataset does not know, surely a person', () => {
  it.each([
    'The trustees removed president Alan Marsh on Friday.',
    "Apple's Tim Cook spoke on Monday.",
    'Dan Ives, who covers the stock, was blunt.',
    'Mr. Pennington declined to comment.',
  ])('is found in %j', (text) => {
    expect(strangerNameAt(text, findNames(matcher, text), true)).toBeGreaterThanOrEqual(0);
  });

  it.each([
    'The shock reversal had Silicon Valley glued to their phones.',
    'Aired on "Opening Trade," Nov 22.',
  ])('is not found in %j, a place or a title', (text) => {
    expect(strangerNameAt(text, findNames(matcher, text), true)).toBe(-1);
  });
});

describe('a pronoun several blocks from any name, on a page about the story', () => {
  it.each([
    [
      'a podcast turn',
      ['HOST: Which brings us to Tuesday.', 'He gets the CEO job back.'],
      'altman-returns-as-ceo',
    ],
    [
      'a bulleted explainer',
      [
        'Catch up quick:',
        'Friday: the directors voted him out. Their stated grievance: he had not been consistently candid with them.',
      ],
      'firing-reason',
    ],
    ['a Q&A', ['Q: And by Wednesday?', 'A: He was back in charge.'], 'altman-returns-as-ceo'],
    [
      'a long read',
      ['The ghost of November', 'By the following Wednesday he was running OpenAI again.'],
      'altman-returns-as-ceo',
    ],
    [
      'the last one named, where the act is theirs',
      ['Q: And then?', 'A: He said he deeply regretted his part in the board’s move.'],
      'sutskever-regret',
    ],
  ])('%s', (_, blocks, claim) => {
    expect(ids([...ALTMAN_THEN_SUTSKEVER, ...blocks])).toContain(claim);
  });

  it('keeps a later pronoun on the same alternatives, not the next name along', () => {
    const marks = lastBlockStatements([
      ...ALTMAN_THEN_SUTSKEVER,
      'The ghost of November',
      'The board never said why it threw him out. Within days Microsoft had taken him on, and Emmett Shear had been parachuted in as interim chief. By the following Wednesday he was running OpenAI again.',
    ]);
    // "he" follows "him" (Altman or Sutskever), not Shear named in between: running it again is the return.
    expect(marks).toContainEqual(['altman-returns-as-ceo', 'was running OpenAI again']);
    expect(marks.filter(([, text]) => text.includes('running'))).toHaveLength(1);
  });

  it('gives nobody where both people take part in the act', () => {
    // Brockman is named last; Altman is the page's subject; both went to Microsoft.
    expect(
      ids([
        'Sam Altman is out at OpenAI',
        'Sam Altman was fired on Friday.',
        'Greg Brockman quit in protest.',
        'Q: What came next?',
        'A: He joined Microsoft.',
      ]),
    ).not.toContain('altman-joins-microsoft');
  });

  it('gives nobody past someone the dataset does not know', () => {
    expect(
      ids([
        ...ALTMAN_THEN_SUTSKEVER,
        "Apple's chief executive Tim Cook spoke on Monday.",
        'He said he was back in charge.',
      ]),
    ).toEqual([]);
    expect(
      ids([
        ...ALTMAN_THEN_SUTSKEVER,
        'Q: What next?',
        'Analyst Dan Ives was blunt. He gets the CEO job back, he said.',
      ]),
    ).toEqual([]);
  });

  it('keeps the last one named where the page is about no one in particular', () => {
    // Altman and Brockman are named in as many blocks: no protagonist, "he" is Brockman as before.
    expect(
      ids([
        'OpenAI in turmoil',
        'Sam Altman was fired.',
        'Greg Brockman quit.',
        'Brockman wrote on X.',
        'Q: And then?',
        'A: He gets the CEO job back.',
      ]),
    ).toEqual([]);
  });

  it('marks nothing on a page about a university president', () => {
    const page = annotate([
      'Trustees oust Bramwell University president',
      'The ousting of Sam Altman at OpenAI was on many minds. Sam Altman had been fired by his board too.',
      'The trustees removed president Alan Marsh on Friday.',
      'He gets the job back, the trustees said on Sunday.',
    ]);
    expect(page.highlights.filter((h) => h.kind === 'claim')).toEqual([]);
  });
});
