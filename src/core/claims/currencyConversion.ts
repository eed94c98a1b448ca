/**
 * A money figure converted into another currency states the same claim: "$13 billion, or about ¥1.9
 * trillion", "¥1.9 trillion ($13 billion)", and a key-numbers table's or a stat card's yen cell under
 * the dollar one. The conversion is its own mark, with the topic and verdict of the figure it converts
 * (the reports give dollars; the page's rate is its own).
 */
import type { FigureClaimHit } from './detectFigureClaims.ts';

/**
 * Signs and codes written before an amount: "¥1.9 trillion", "₩17tn", "Rs 1.08 lakh crore", "EUR 12bn", and
 * the other dollars, marked by their country's letters: "A$20 billion", "C$18bn", "S$17.4 billion", "NZ$22bn",
 * "HK$101 billion".
 */
const SIGN = String.raw`(?:[¥₹₩₽₺₪₦€£]|\b(?:A|AU|C|CA|CDN|NZ|HK|NT|S|SG)\$\s?|\b(?:JPY|CNY|RMB|INR|KRW|EUR|GBP|CHF|SEK|NOK|DKK|RUB|BRL|MXN|ZAR|TRY|Rs\.?|Rp)\s?)`;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** A scale after the number, the Indian "lakh crore" included. */
const SCALE = String.raw`(?:\s?(?:lakh\s+crore|trillion|billion|million|crore|lakh|tn|bn|mn|cr)(?![\p{L}]))?`;
/** Currencies named in words after an amount: "1.3 trillion yen", "€12bn" aside, "12 billion euros". */
const WORD = String.raw`(?:yen|yuan|renminbi|won|rupees?|euros?|pounds(?:\s+sterling)?|francs?|kronor|kroner|roubles?|rubles?|reais|pesos?|lira|rand|ringgit|baht|rupiah|dirhams?|riyals?|shekels?)(?![\p{L}])`;
/** One amount in a currency other than the dollar. */
const AMOUNT = String.raw`(?:${SIGN}(?:${NUMBER})${SCALE}|(?:${NUMBER})${SCALE}\s+${WORD})`;
/** "about", "roughly", "≈": a conversion is approximate, and the page says so. */
const APPROX = String.raw`(?:(?:about|around|roughly|some|approximately|nearly|almost|close\s+to|just\s+(?:over|under)|more\s+than|over|c\.|~|≈)\s*)`;

/** What joins a conversion to the figure it converts: ", or", " (", " — ", ", equivalent to", " / ". */
const CONVERSION_AFTER = new RegExp(
  String.raw`^(?:,?\s+or\s+|\s*\(\s*|\s*[—–]\s*|\s+-\s+|\s*/\s*|,\s*(?:(?:the\s+)?equivalent\s+(?:to|of)\s+|worth\s+)?)(?<conv>${APPROX}?(?:(?:the\s+)?equivalent\s+(?:to|of)\s+)?${APPROX}?${AMOUNT})`,
  'iu',
);
/**
 * "more than US$10 billion riding on the company (over €9 billion)": a conversion in brackets that
 * closes the phrase the amount heads, a few words on, with no other number or stop between them.
 */
const BRACKETED_LATER = new RegExp(
  String.raw`^(?:\s+[\p{L}'’-]+){1,5}\s*\(\s*(?<conv>${APPROX}?${AMOUNT})\s*\)`,
  'iu',
);
/** A conversion's own approximation word stays in its mark; the joint's "the equivalent of" does not. */
const JOINT_WORDS = /^(?:(?:the\s+)?equivalent\s+(?:to|of)\s+)/i;
/** "¥1.9 trillion ($13 billion)", "1.3 trillion yen (about $86 billion)": the amount first, the dollars in brackets. */
const CONVERSION_BEFORE = new RegExp(String.raw`(?<conv>${APPROX}?${AMOUNT})\s*\(\s*${APPROX}?$`, 'iu');
/** A block that is a conversion alone: a table's yen cell, a stat card's "≈ ¥1.93 trillion". */
const ALONE = new RegExp(String.raw`^\s*\(?\s*(?:≈\s*)?(?<conv>${APPROX}?${AMOUNT})\s*\)?\s*$`, 'iu');

const MONEY_UNITS: ReadonlySet<string> = new Set(['usd', 'eur', 'gbp']);

/** The hit repeated at the conversion's words. */
function convertedAt(hit: FigureClaimHit, text: string, start: number, end: number): FigureClaimHit {
  return { ...hit, start, end, figure: { ...hit.figure, start, end, wording: text.slice(start, end) } };
}

/** The hits with the conversions beside each money hit added, in text order. */
export function withConversions(text: string, hits: FigureClaimHit[]): FigureClaimHit[] {
  const added: FigureClaimHit[] = [];
  for (const hit of hits) {
    if (!MONEY_UNITS.has(hit.figure.unit)) continue;
    const after =
      CONVERSION_AFTER.exec(text.slice(hit.end, hit.end + 80)) ??
      BRACKETED_LATER.exec(text.slice(hit.end, hit.end + 80));
    if (after?.groups?.conv) {
      const conv = after.groups.conv;
      const lead = JOINT_WORDS.exec(conv)?.[0].length ?? 0;
      // The conversion ends where its amount does, before any closing bracket.
      const end = hit.end + after[0].lastIndexOf(conv) + conv.length;
      added.push(convertedAt(hit, text, end - conv.length + lead, end));
    }
    const before = CONVERSION_BEFORE.exec(text.slice(Math.max(0, hit.start - 80), hit.start));
    if (before?.groups?.conv) {
      const start = hit.start - before[0].length;
      added.push(convertedAt(hit, text, start, start + before.groups.conv.length));
    }
  }
  const free = added.filter((a) => !hits.some((h) => h.start < a.end && a.start < h.end));
  return free.length ? [...hits, ...free].sort((a, b) => a.start - b.start) : hits;
}

/** Where the block is one amount in another currency and nothing else: the conversion's words, or undefined. */
export function conversionAlone(text: string): { start: number; end: number } | undefined {
  const m = ALONE.exec(text);
  if (!m?.groups?.conv) return undefined;
  const start = text.indexOf(m.groups.conv);
  return { start, end: start + m.groups.conv.length };
}

/** A block's conversion of the money claim a few blocks before it (the dollar cell of its row, the card's figure). */
export function standaloneConversion(text: string, converts: FigureClaimHit): FigureClaimHit | undefined {
  const at = conversionAlone(text);
  return at && convertedAt(converts, text, at.start, at.end);
}

/** A column head or card line that only names a currency: "Yen", "in yen", "Yen (at ¥148.6)", "JPY equivalent". */
const CURRENCY_LABEL = new RegExp(
  String.raw`^[^\d\p{L}]*(?:in\s+|converted\s+(?:in)?to\s+)?(?:${WORD}|${SIGN}|JPY|KRW|INR)(?:\s+(?:equivalent|value|terms))?(?:\s*\([^)]{0,20}\))?[^\d\p{L}]*$`,
  'iu',
);

/**
 * The money claim a block leaves for a conversion in the next: its own last money claim, or, past a
 * line that only names the currency, the one it was given. Any other block ends it.
 */
export function moneyAfter(
  text: string,
  hits: FigureClaimHit[],
  previous: FigureClaimHit | undefined,
): FigureClaimHit | undefined {
  const own = hits.filter((h) => MONEY_UNITS.has(h.figure.unit)).at(-1);
  if (own) return own;
  return previous && CURRENCY_LABEL.test(text) ? previous : undefined;
}
