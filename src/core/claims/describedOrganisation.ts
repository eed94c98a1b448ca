import type { Matcher } from '../match/compileMatcher.ts';
import type { Token } from '../text/tokenize.ts';
import { makes } from './organisationEpithets.ts';
import type { Reference } from './readReferences.ts';

/*
 * Whom "the tech giant", "the software group", "the AI lab" means, by discourse and by fit rather than by
 * nearness: the organisations the sentence or the one before names where a subject or an object stands
 * (not "from OpenAI", not "OpenAI's board", which name it only in passing) and whose own dataset words
 * bear out the description's trade ("search giant" is no company the dataset never calls a search
 * business). One such organisation is the one meant; two ("Microsoft and OpenAI signed a deal. The tech
 * giant…") leave the description nobody's, and so does one with no trade word at all ("the whole company",
 * "the rival firm"), which nobody's entry can bear out.
 */

/** A trade word before a company noun, and the words in an organisation's own entry that bear it out. */
const TRADES: Array<[RegExp, RegExp]> = [
  [
    /^(?:tech|technology|hi-tech|high-tech|big-tech)$/,
    /\b(?:tech\w*|software|AI|artificial intelligence|chatbot|language model|computing|internet|search|streaming|chips?|Windows)\b/i,
  ],
  [/^software$/, /\b(?:software|Windows|Office)\b/i],
  [
    /^(?:ai|artificial-intelligence)$/,
    /\b(?:AI|artificial intelligence|chatbot|language model|machine learning)\b/i,
  ],
  [/^search(?:-engine)?$/, /\bsearch\b/i],
  [/^(?:social|social-media|media)$/, /\b(?:social|media|network)\b/i],
  [/^(?:streaming|video)$/, /\b(?:streaming|video)\b/i],
  [/^(?:chip|chipmaking|semiconductor)$/, /\b(?:chips?|semiconductors?|GPUs?)\b/i],
  [/^(?:investment|venture|private-equity|hedge-fund)$/, /\b(?:invest\w*|venture|capital|fund)\b/i],
  [/^(?:law|legal)$/, /\b(?:law|legal)\b/i],
  [/^(?:research|science)$/, /\bresearch\b/i],
  [/^(?:nonprofit|non-profit|charity|charitable)$/, /\bnon-?profit\b|\bcharit/i],
  [/^(?:e-commerce|retail|online-retail)$/, /\b(?:e-commerce|retail)\b/i],
];
/**
 * Words before which a name is only in passing, not the one a later description continues. Not "of":
 * "the chief executive of Microsoft" makes Microsoft what the sentence is about.
 */
const IN_PASSING = new Set([
  ...['from', 'at', 'to', 'with', 'in', 'by', 'for', 'into', 'over', 'against', 'on', 'about'],
  ...['than', 'like', 'unlike', 'including', 'via', 'toward', 'towards', 'inside', 'within', 'between'],
]);

const wordsByMatcher = new WeakMap<Matcher, Map<string, string>>();

/** An organisation's own words in the dataset, with the roles of what it makes ("OpenAI's chatbot"). */
function ownWords(matcher: Matcher, id: string): string {
  let words = wordsByMatcher.get(matcher);
  if (!words) {
    words = new Map();
    const entities = [...matcher.entities.values()];
    for (const e of entities) {
      if (e.kind !== 'organisation') continue;
      const made = entities
        .filter((p) => p.kind === 'product' && makes(e, p))
        .map((p) => `${p.name} ${p.role}`);
      words.set(
        e.id,
        [e.name, ...e.aliases, e.role, e.description, ...(e.epithets ?? []), ...made].join(' '),
      );
    }
    wordsByMatcher.set(matcher, words);
  }
  return words.get(id) ?? '';
}

/**
 * Whether the description's modifiers name a trade and every trade word among them is borne out by the
 * organisation's own words. No trade word, no fit: "the whole company", "the entire firm", "the for-profit
 * business" say nothing a candidate's entry could bear out, so they must not pick the one named.
 */
export function tradeFits(matcher: Matcher, id: string, modifiers: Token[]): boolean {
  let traded = false;
  for (const m of modifiers) {
    const trade = TRADES.find(([word]) => word.test(m.lower));
    if (!trade) continue;
    if (!trade[1].test(ownWords(matcher, id))) return false;
    traded = true;
  }
  return traded;
}

/**
 * The one organisation a description with modifiers (tokens `first`..`last`, head last) means, from the
 * organisations named in tokens [from, first); null when organisations are named there but two fit or
 * none does (an organisation, not one the page lets us tell); undefined when none is named there.
 */
export function describedOrganisation(
  matcher: Matcher,
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  from: number,
  first: number,
  last: number,
): string | null | undefined {
  const modifiers = tokens.slice(first + 1, last);
  const candidates = new Set<string>();
  let named = false;
  for (let k = from; k < first; k++) {
    const ref = refAt[k];
    if (!ref || ref.first !== k || ref.conditional || ref.entities.length !== 1) continue;
    const id = ref.entities[0]!;
    if (matcher.entities.get(id)?.kind !== 'organisation') continue;
    if (/^['’]s$/.test(tokens[ref.last + 1]?.lower ?? '') || IN_PASSING.has(tokens[k - 1]?.lower ?? ''))
      continue;
    named = true;
    if (tradeFits(matcher, id, modifiers)) candidates.add(id);
  }
  if (candidates.size === 1) return [...candidates][0];
  return named ? null : undefined;
}
