import type { Matcher } from '../match/compileMatcher.ts';
import type { Token } from '../text/tokenize.ts';
import type { Reference } from './readReferences.ts';

/**
 * "the company's biggest investor", "OpenAI's largest backer", "its main shareholder", "the start-up's
 * single biggest financial backer": an organisation told by whose first investor it is. The owner is
 * read before the description (readDescriptions.ts: "OpenAI's", "the company's", "its"); the investor is
 * the one organisation whose dataset role says it is the owner's largest investor ("OpenAI's largest
 * investor and partner"). A description that only says "an investor", "a major backer" or "one of its
 * investors" fits many and names no one; so does an owner no role names.
 */

/** Words that make the investor the first of all: only one can be. */
const FIRST_OF_ALL = new Set([
  ...['biggest', 'largest', 'main', 'principal', 'chief', 'top', 'leading', 'dominant', 'primary'],
  ...['single-biggest', 'single-largest', 'most', 'key'],
]);
/** Words that may stand between the superlative and the noun ("single biggest outside financial backer"). */
const INVESTOR_MODIFIERS = new Set([
  ...['financial', 'outside', 'corporate', 'strategic', 'external', 'institutional', 'important'],
  ...['powerful', 'deep-pocketed', 'tech', 'commercial'],
]);
/** Nouns for an investor. */
const INVESTOR_NOUNS = new Set([
  ...['investor', 'backer', 'shareholder', 'funder', 'financier', 'stakeholder', 'bankroller'],
  ...['benefactor', 'sponsor', 'patron'],
]);
/** What a role says of the owner's first investor ("OpenAI's largest investor", "Largest investor in OpenAI"). */
const ROLE_FIRST_INVESTOR =
  /\b(?:largest|biggest|main|principal|leading)\s+(?:outside\s+)?(?:investor|backer|shareholder)\b/i;

/**
 * Where the investor description that opens at token `k` ends, and the organisation it names, given
 * its owner; undefined where the words are no such description or no one organisation fits.
 */
export function investorDescription(
  matcher: Matcher,
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  k: number,
  owner: string | undefined,
): { last: number; entity: string } | undefined {
  // "single biggest": "single" only before the superlative it stresses.
  if (tokens[k]?.lower === 'single' && !refAt[k]) k++;
  if (!owner || !FIRST_OF_ALL.has(tokens[k]?.lower ?? '') || refAt[k]) return undefined;
  // "most important investor": "most" only with the adjective it makes a superlative.
  let m = tokens[k]!.lower === 'most' ? k + 1 : k;
  if (m > k && !INVESTOR_MODIFIERS.has(tokens[m]?.lower ?? '')) return undefined;
  m++;
  for (let n = 0; n < 2 && INVESTOR_MODIFIERS.has(tokens[m]?.lower ?? '') && !refAt[m]; n++) m++;
  if (!INVESTOR_NOUNS.has(tokens[m]?.lower ?? '') || refAt[m]) return undefined;
  // "the company's biggest investor's stake": still the investor; "biggest investor group" is a group.
  const next = tokens[m + 1];
  if (next?.isWord && /^(?:group|groups|base|relations|day|meeting|call)$/.test(next.lower)) return undefined;
  const entity = firstInvestorOf(matcher, owner);
  return entity ? { last: m, entity } : undefined;
}

const firstInvestors = new WeakMap<Matcher, Map<string, string | null>>();

/** The one organisation whose role makes it the owner's first investor, or undefined (none, or two). */
function firstInvestorOf(matcher: Matcher, owner: string): string | undefined {
  let byOwner = firstInvestors.get(matcher);
  if (!byOwner) {
    byOwner = new Map();
    firstInvestors.set(matcher, byOwner);
  }
  let found = byOwner.get(owner);
  if (found === undefined) {
    const o = matcher.entities.get(owner);
    const names = o ? [o.name, ...o.aliases] : [];
    const fitting = [...matcher.entities.values()].filter(
      (e) =>
        e.kind === 'organisation' &&
        e.id !== owner &&
        e.role
          .split(';')
          .some((part) => ROLE_FIRST_INVESTOR.test(part) && names.some((n) => part.includes(n))),
    );
    found = fitting.length === 1 ? fitting[0]!.id : null;
    byOwner.set(owner, found);
  }
  return found ?? undefined;
}
