import type { Token } from '../text/tokenize.ts';

/**
 * "And Microsoft had $13 billion riding on OpenAI. It announced…", "But the board held firm. It…":
 * a sentence may open with a connective before its subject. Whoever reads the sentence's subject skips
 * it, and a comma after it ("Meanwhile, Microsoft…").
 */
const CONNECTIVES = new Set([
  ...['and', 'but', 'so', 'yet', 'then', 'still', 'meanwhile', 'also', 'now', 'instead', 'however'],
  ...['besides', 'moreover', 'plus', 'or', 'nor', 'thus', 'hence', 'indeed', 'anyway', 'finally'],
]);

/** The token the sentence's subject opens at, given the sentence's first token `first` (up to `last`). */
export function subjectStart(tokens: Token[], first: number, last: number): number {
  let k = first;
  if (CONNECTIVES.has(tokens[k]?.lower ?? '') && k < last) {
    k++;
    if (tokens[k]?.text === ',' && k < last) k++;
  }
  return k;
}
