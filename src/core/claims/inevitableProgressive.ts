import type { BlockReading } from './readReferences.ts';

/**
 * "Sam was always coming back", "he was always going back to OpenAI", "they are forever coming back":
 * a copula, "always" and a verb in -ing tell an inevitability or a habit, a verdict on the story and
 * not the report of the act (the reading "was always going to come back" gets from its "going to").
 */

/** Adverbs that, between a copula and a verb in -ing, make it an inevitability or a habit. */
const ALWAYS = new Set(['always', 'forever', 'inevitably', 'invariably', 'surely']);
const COPULAS = new Set(['was', 'were', 'is', 'are', "'s", 'am', "'re"]);

/** The verb at `verb` is "was always …ing". */
export function isInevitableProgressive(reading: BlockReading, verb: number): boolean {
  const { tokens } = reading;
  return (
    /ing$/.test(tokens[verb]?.lower ?? '') &&
    ALWAYS.has(tokens[verb - 1]?.lower ?? '') &&
    COPULAS.has(tokens[verb - 2]?.lower ?? '')
  );
}
