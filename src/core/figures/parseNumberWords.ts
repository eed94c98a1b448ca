const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
// "half a trillion dollars": valuations of the later reporting are said in trillions too.
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

export const NUMBER_WORDS = [
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  'hundred',
  ...Object.keys(SCALES),
  'dozen',
];

/**
 * "five hundred and five" → 505, "a dozen" → 12, "half a dozen" → 6, "two dozen" → 24,
 * "seven hundred" → 700. Returns undefined for anything that is not a
 * well-formed English number ("five six", "dozen hundred").
 */
export function parseNumberWords(input: string): number | undefined {
  const words = input
    .toLowerCase()
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'and');
  if (!words.length) return undefined;
  let multiplier = 1;
  if (words[0] === 'half' && (words[1] === 'a' || words[1] === 'an')) {
    multiplier = 0.5;
    words.splice(0, 2);
  } else if (words[0] === 'a' || words[0] === 'an') {
    words.shift();
  }
  if (words.length === 1 && words[0] === 'dozen') return 12 * multiplier;
  // "a trillion-dollar company", "a trillion dollars' worth": a size class said for effect, not a count.
  if (words.length === 1 && words[0] === 'trillion' && multiplier === 1) return undefined;
  // "two dozen" → 24.
  if (words.length === 2 && words[1] === 'dozen' && (UNITS[words[0]!] ?? 0) > 1)
    return UNITS[words[0]!]! * 12;
  if (words.includes('dozen')) return undefined;

  let total = 0;
  let current = 0;
  let last: 'unit' | 'tens' | 'hundred' | 'scale' | undefined;
  for (const word of words) {
    if (word in UNITS) {
      if (last === 'unit' || (last === 'tens' && UNITS[word]! >= 10)) return undefined;
      current += UNITS[word]!;
      last = 'unit';
    } else if (word in TENS) {
      if (last === 'unit' || last === 'tens') return undefined;
      current += TENS[word]!;
      last = 'tens';
    } else if (word === 'hundred') {
      if (last === 'hundred' || current >= 100) return undefined;
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (word in SCALES) {
      if (last === 'scale') return undefined;
      total += (current || 1) * SCALES[word]!;
      current = 0;
      last = 'scale';
    } else {
      return undefined;
    }
  }
  return last ? (total + current) * multiplier : undefined;
}
