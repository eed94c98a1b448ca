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
