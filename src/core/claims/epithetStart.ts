import type { Epithet } from './statementLexicon.ts';
import type { Reference } from './readReferences.ts';
import type { Token } from '../text/tokenize.ts';
import { asideKind } from '../text/skipAsides.ts';

/** How many tokens an attribution aside after an epithet may hold ("people close to the talks said"). */
const ATTRIBUTION_TOKENS = 8;

/** The tokens from `at` close with a comma within reach and read as an attribution ("Microsoft said"). */
function attributionAside(tokens: Token[], at: number): boolean {
  for (let k = at + 1; k < Math.min(tokens.length, at + ATTRIBUTION_TOKENS + 1); k++)
    if (tokens[k]!.text === ',')
      return (
        asideKind(
          tokens
            .slice(at, k)
            .map((t) => t.text)
            .join(' '),
          true,
        ) === 'attribution'
      );
  return false;
}

/**
 * Words that carry a title on past its head: "the ChatGPT chief scientist", "the OpenAI chief
 * technology officer", "the ChatGPT chief operating officer" are someone other than "the ChatGPT chief".
 */
const TITLE_GOES_ON = new Set([
  ...['scientist', 'scientists', 'technology', 'technologist', 'operating', 'product', 'products'],
  ...['research', 'researcher', 'financial', 'finance', 'officer', 'information', 'marketing'],
  ...['commercial', 'legal', 'security', 'safety', 'strategy', 'communications', 'revenue'],
  ...['data', 'design', 'designer', 'engineer', 'engineering', 'economist', 'architect'],
  ...['counsel', 'editor', 'investor', 'investors', 'partner', 'analyst', 'spokesman', 'spokeswoman'],
  ...['spokesperson', 'staff', 'employee', 'employees', 'rival', 'rivals', 'user', 'users'],
]);

/**
 * An epithet may start where nothing is read yet, or at another entity's name that lies wholly inside
 * it: "the Twitch co-founder", "the ChatGPT boss" name a person, not the site or the product. Not when
 * a capitalised word follows, straight after or after an apposition's comma, that is no reference to
 * the same one: "Twitch founder Justin Kan", "another Twitch co-founder, Justin Kan," is someone the
 * dataset does not know. Nor when the title goes on past the epithet ("the ChatGPT chief scientist").
 */
export function epithetMayStartAt(
  refAt: Array<Reference | undefined>,
  tokens: Token[],
  i: number,
  epithet: Epithet,
): boolean {
  const ref = refAt[i];
  if (!ref) return true;
  const end = i + epithet.words.length - 1;
  if (ref.first !== i || ref.last >= end || ref.description || ref.entities.includes(epithet.entityId))
    return false;
  let at = end + 1;
  const next = tokens[at];
  if (!next) return true;
  if (TITLE_GOES_ON.has(next.lower)) return false;
  if (next.text === ',') at += 1;
  const named = tokens[at];
  if (!named || !/^\p{Lu}/u.test(named.text)) return true;
  // "the ChatGPT boss, Microsoft said, will join": an attribution aside, not an apposed name.
  if (next.text === ',' && attributionAside(tokens, at)) return true;
  return refAt[at]?.entities[0] === epithet.entityId;
}
