import { expect, it } from 'vitest';
import { annotate } from './annotate.ts';

/*
 * Statement cases as the wording tests write them: a sentence (or blocks) after a
 * lead block, and the statement marks expected, or none of one claim.
 */

/** A block before the sentence: it makes the page about the story and names the people. */
export const LEAD = 'OpenAI fired Sam Altman on Friday.';
export const statements = (text: string | string[]) =>
  annotate([LEAD, ...(typeof text === 'string' ? [text] : text)])
    .highlights.filter((h) => h.kind === 'claim' && h.claimKind === 'statement')
    .map((h) => [h.id, h.text]);

export type Case = [string, string | string[], Array<[string, string]>];

export const found = (cases: Case[]) =>
  it.each<Case>(cases)('%s', (_, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
export const unmarked = (id: string, cases: Array<[string, string | string[]]>) =>
  it.each<[string, string | string[]]>(cases)('leaves %s unmarked', (_, text) => {
    expect(statements(text).filter(([claim]) => claim === id)).toEqual([]);
  });
