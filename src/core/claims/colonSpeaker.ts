import type { Matcher } from '../match/compileMatcher.ts';
import type { Token } from '../text/tokenize.ts';
import type { Reference } from './readReferences.ts';

/** The speaker's own words: "I", not "we" ("Nadella: we will…" speaks for a company). */
export const SINGULAR_FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', "i'm", "i've", "i'd"]);

/** How many tokens after the name the speaker's "I" may stand: the first clause after the colon. */
const SPEAKER_REACH = 24;
/** A sentence's end; not ';', which goes on with the same speaker's quote. */
const SENTENCE_END = new Set(['.', '!', '?', '…']);

/**
 * "Sutskever: I regret", "ALTMAN: I love OpenAI": a line led by a person's name and a colon gives
 * the rest of the line to that person, as headlines and transcripts write a quote. The "I" after
 * the colon is the person named before it. Only the block's opening name counts, and only one person.
 */
export function colonSpeaker(
  matcher: Matcher,
  tokens: readonly Token[],
  refAt: ReadonlyArray<Reference | undefined>,
  i: number,
): string | undefined {
  if (!SINGULAR_FIRST_PERSON.has(tokens[i]?.lower ?? '')) return undefined;
  const name = refAt[0];
  if (!name || name.first !== 0 || name.entities.length !== 1 || name.description || name.conditional)
    return undefined;
  if (tokens[name.last + 1]?.text !== ':' || i <= name.last + 1) return undefined;
  // Only the "I" of the sentence the colon opens: "Greg Brockman: a profile. I first met him…" is
  // the writer's own first person, not Brockman's.
  if (i > name.last + SPEAKER_REACH) return undefined;
  for (let k = name.last + 2; k < i; k++) if (SENTENCE_END.has(tokens[k]!.text)) return undefined;
  const id = name.entities[0]!;
  return matcher.entities.get(id)?.kind === 'person' ? id : undefined;
}
