import { eachMatch } from './eachMatch.ts';
export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower case, with typographic apostrophes made straight. */
  lower: string;
  /** Letters or digits; everything else is punctuation, one character each. */
  isWord: boolean;
}

/**
 * "A.I." or "A. I." (a newspaper's house style for AI) as one word, its last dot kept only where a
 * lower-case word follows (no sentence ends there); words with inner hyphens, apostrophes or dots
 * ("co-founder", "D'Angelo", "U.S"); or one other character.
 */
const TOKEN =
  /(?<![\p{L}\p{N}.])A\. ?I(?:\.(?= +\p{Ll}))?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’\-‐‑.][\p{L}\p{N}]+)*|\S/gu;
/**
 * "…a new AI research unit.6 Staff…": a footnote's number printed as a superscript and read as text is
 * glued to the word that ends the sentence; it is that word, the stop and the number, not one word as
 * "U.S" is (letters before the stop, at most three digits after it, nothing after them).
 */
const GLUED_NOTE = /^(.*\p{L}{2})\.(\d{1,3})$/u;
/** Clitics written on a word, read as words of their own ("Altman's" → "Altman" + "'s", "didn't" → "did" + "n't"). */
const CLITIC = /(?:n['’]t|['’](?:s|m|re|ve|ll|d))$/i;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** The dotted spellings of "AI": every rule reads them as "ai". */
const DOTTED_AI = /^A\. ?I\.?$/;

function push(tokens: Token[], text: string, start: number): void {
  const lower = DOTTED_AI.test(text) ? 'ai' : text.toLowerCase();
  tokens.push({
    start,
    end: start + text.length,
    text,
    lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
    // A token of two characters or more is a word (or a clitic such as "'s"); one character may be a mark.
    isWord: text.length > 1 || WORD_CHARACTER.test(text),
  });
}

/** The words and punctuation of `text` (or of its part from `from` to `to`), with their offsets in `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const m of eachMatch(TOKEN, part)) {
    const word = m[0];
    const at = from + m.index;
    const clitic = CLITIC.exec(word);
    const note = word.includes('.') ? GLUED_NOTE.exec(word) : null;
    if (note) {
      push(tokens, note[1]!, at);
      push(tokens, '.', at + note[1]!.length);
      push(tokens, note[2]!, at + note[1]!.length + 1);
    } else if (clitic && clitic.index > 0) {
      push(tokens, word.slice(0, clitic.index), at);
      push(tokens, clitic[0], at + clitic.index);
    } else {
      push(tokens, word, at);
    }
  }
  return tokens;
}
