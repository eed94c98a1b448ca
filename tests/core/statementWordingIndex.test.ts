import { beforeAll, describe, expect, it } from 'vitest';
import { wordingIndex, wordingIndexWork, wordingsAt } from '../../src/core/claims/wordingIndex.ts';
import { statements } from './helpers/statementCases.ts';

/*
 * A frame's wordings, with the families written out, run to a thousand and more ("back in %det
 * %role"). They are split once and filed by first word: a sentence's tokens look only at the
 * wordings that open with them. The work is counted, not timed.
 */

describe('wordingIndex', () => {
  it('gives the wordings that open with a word, in the list order, entity-only ones in their places', () => {
    const index = wordingIndex(['at @microsoft', '@openai', 'the company', 'at the helm', '@microsoft']);
    expect(wordingsAt(index, 'at')).toEqual([
      { parts: ['at'], entity: 'microsoft' },
      { parts: [], entity: 'openai' },
      { parts: ['at', 'the', 'helm'], entity: undefined },
      { parts: [], entity: 'microsoft' },
    ]);
    expect(wordingsAt(index, 'the')).toEqual([
      { parts: [], entity: 'openai' },
      { parts: ['the', 'company'], entity: undefined },
      { parts: [], entity: 'microsoft' },
    ]);
    expect(wordingsAt(index, 'memo')).toEqual([
      { parts: [], entity: 'openai' },
      { parts: [], entity: 'microsoft' },
    ]);
  });

  it('lowercases and splits each list once', () => {
    const list = ['Back in charge', 'back at the helm'];
    const before = wordingIndexWork.built;
    wordingIndex(list);
    wordingIndex(list);
    expect(wordingIndexWork.built).toBe(before + 1);
    expect(wordingsAt(wordingIndex(list), 'back')).toHaveLength(2);
  });
});

/** Sentences whose verb triggers a frame with a family-expanded complement ("had", "put", "got"). */
const COMMON_VERBS = [
  'Altman had the memo on the desk today.',
  'Altman put the memo on the desk today.',
  'Altman got the memo from the desk today.',
  'Altman set the memo on the desk and sat in the chair.',
];

describe('reading sentences with common verbs near a name', () => {
  beforeAll(() => {
    // The lists are indexed on first use; warm them.
    for (const s of COMMON_VERBS) statements(s);
  });

  it.each(COMMON_VERBS)('splits no wording again and looks at few per sentence: %s', (sentence) => {
    const block = Array.from({ length: 12 }, () => sentence).join(' ');
    const { built, examined } = wordingIndexWork;
    expect(statements(block)).toEqual([]);
    expect(wordingIndexWork.built).toBe(built);
    // Reading every expanded wording at every token of the clause was over 10,000 per sentence.
    expect((wordingIndexWork.examined - examined) / 12).toBeLessThan(50);
  });

  it('still finds the wordings of the expanded families', () => {
    expect(statements('The new board put Altman back in the CEO chair.')).toEqual([
      ['altman-returns-as-ceo', 'put Altman back in the CEO chair'],
    ]);
  });
});

describe('a post pointed back to ("that post") splits no list per sentence', () => {
  const POINTING_BACK = [
    'Greg Brockman was chairman of the board. On Friday he was stripped of that post.',
    'Brockman, the board’s chairman, lost that role on Friday.',
    'Greg Brockman chaired the board until Friday, when he was removed from that position.',
  ];
  beforeAll(() => {
    for (const s of POINTING_BACK) statements(s);
  });

  it.each(POINTING_BACK)('%s', (sentence) => {
    const { built } = wordingIndexWork;
    for (let i = 0; i < 5; i++) statements(sentence);
    expect(wordingIndexWork.built).toBe(built);
  });
});
