import { describe, expect, it } from 'vitest';
import { annotate } from './helpers/annotate.ts';

/** Blocks that make the page about the story, then a sentence that leaves Altman as the subject to carry. */
const CONTEXT = [
  'OpenAI fires Sam Altman; Greg Brockman quits',
  'The board of OpenAI removed Sam Altman as chief executive on Friday. Microsoft said on Monday it had hired both men.',
  'Sam Altman was ousted on Friday.',
];
/** The return claims of the last block. */
const returns = (line: string) =>
  annotate([...CONTEXT, line])
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim' && h.id === 'altman-returns-as-ceo')
    .map((h) => h.text);

describe('a subject pronoun is not the person its own clause names after it', () => {
  it.each([
    'He’s returning along with Altman.',
    'He is coming back to OpenAI together with Altman, the company said.',
    'He will come back to OpenAI alongside Altman.',
    'He rejoined OpenAI with Altman on Wednesday.',
    'He was reinstated with Altman’s blessing.',
    'He returned to OpenAI a day after Altman did.',
  ])('%s', (line) => {
    expect(returns(line)).toEqual([]);
  });
});

describe('a pronoun may still mean a person named after it out of its clause', () => {
  it.each([
    ['in a fronted clause', 'When he returned as chief executive on Wednesday, Altman thanked staff.'],
    ['before a colon', 'He’s back: Altman returns as chief executive.'],
    ['before a semicolon', 'He’s back at OpenAI; Altman confirmed it on X.'],
    ['before the clause of its speaker', 'He’s back as chief executive, Altman’s allies said.'],
    ['with no name after it', 'He returned as chief executive on Wednesday.'],
    ['beside another person', 'He returned as chief executive alongside Brockman.'],
  ])('%s', (_, line) => {
    expect(returns(line)).toHaveLength(1);
  });
});

/**
 * A reply thread: the line above the answer (its poster) names nobody, so the answer's pronouns
 * have alternatives (pageReference.ts).
 */
const THREAD = [
  'OpenAI fires Sam Altman; Greg Brockman quits',
  'The board of OpenAI removed Sam Altman as chief executive on Friday.',
  'Wasn’t Brockman fired too?',
  'NadiaFH_Tribune STAFF · 9:33 a.m.',
];
const answerReturns = (answer: string) =>
  annotate([...THREAD, answer])
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim' && h.id === 'altman-returns-as-ceo')
    .map((h) => h.text);

describe('a pronoun read among alternatives is not the person its own clause names after it', () => {
  it.each([
    'Not quite. The board took away his chairmanship. That plan failed: he quit that night. He’s returning along with Altman.',
    'Not quite. He quit that night. He is coming back to OpenAI together with Altman.',
    'No. He resigned in protest. Now he will come back alongside Altman.',
  ])('%s', (answer) => {
    expect(answerReturns(answer)).toEqual([]);
  });
  it('keeps the reading when the clause names no one after the pronoun', () => {
    expect(answerReturns('Not quite. Anyway, he’s returning as chief executive.')).toHaveLength(1);
  });
});
