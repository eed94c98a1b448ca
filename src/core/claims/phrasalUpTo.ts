/*
 * "Up to" is a ceiling only before an amount ("up to nine", "up to about 700", "up to a dozen"). Elsewhere it
 * is a phrasal verb's particle or a turn of phrase: "stood up to the founder", "faced up to it", "lived up
 * to its promise", "signed up to the letter", "it is up to the board", "up to now", "up to speed", "up to
 * date". Such an "up to" must neither make a figure a ceiling nor keep it from being a size.
 */

const NUMBER_WORD = String.raw`(?:\d|\$|£|€|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\s+(?:dozen|hundred|thousand|few|handful)|dozens?|hundreds|thousands|half|a\s+third|a\s+quarter)`;
/** "up to" whose next words (past a hedge) are no amount. */
const UP_TO_NOT_AMOUNT = new RegExp(
  String.raw`\bup\s+to\b(?!\s+(?:(?:about|around|roughly|nearly|almost|some|maybe|perhaps|possibly|as\s+many\s+as)\s+)?${NUMBER_WORD})`,
  'gi',
);

/** `text` with every "up to" that is no ceiling written "up_to" so that the ceiling word "up to" misses it. */
export function maskPhrasalUpTo(text: string): string {
  return text.includes('up') ? text.replace(UP_TO_NOT_AMOUNT, 'up_to') : text;
}
