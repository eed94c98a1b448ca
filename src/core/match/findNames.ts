import type { Matcher, NameTier } from './compileMatcher.ts';
import { nameKey } from './namePattern.ts';
import { usedAsName } from './usedAsName.ts';

export interface NameHit {
  start: number;
  end: number;
  entityId: string;
  tier: NameTier;
  /** The dataset alias this text matched. */
  alias: string;
}

const NEXT_NAME = /^ [A-Z][a-z]/;

/** Every name in `text`, leftmost-longest ("Sam Altman" wins over "Altman"). */
export function findNames(matcher: Matcher, text: string): NameHit[] {
  const hits: NameHit[] = [];
  for (const m of text.matchAll(matcher.names)) {
    // Most matches are written exactly as the alias; normalise only the others.
    const entry = matcher.nameLookup.get(m[0]) ?? matcher.nameLookup.get(nameKey(m[0]));
    if (!entry) continue;
    // An address is not a mention: "sam@openai.com", "openai.com/blog".
    const end = m.index + m[0].length;
    if (text[m.index - 1] === '@' || text[end] === '@' || /^\.[a-z]/.test(text.slice(end, end + 2))) continue;
    // "Taylor Swift", "Scott Morrison": a shared name followed by another capitalised name is someone else.
    if (
      entry.tier === 'ambiguous' &&
      NEXT_NAME.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))
    )
      continue;
    // "the shear force", "we will", "Thrive" heading a sentence about start-ups: ordinary words.
    if (entry.ordinaryWord && !usedAsName(text, m.index, end)) continue;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      entityId: entry.entityId,
      tier: entry.tier,
      alias: entry.alias,
    });
  }
  return hits;
}
