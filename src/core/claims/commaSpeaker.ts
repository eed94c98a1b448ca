import type { Matcher } from '../match/compileMatcher.ts';
import { verbForms } from '../text/inflectVerb.ts';
import type { Token } from '../text/tokenize.ts';
import { SINGULAR_FIRST_PERSON } from './colonSpeaker.ts';
import type { Reference } from './readReferences.ts';

/*
 * "he's on X saying, basically, I regret this", "Sutskever wrote, I deeply regret…": speech given
 * without quotation marks after a verb of saying and a comma. Its "I" is the one who says it, as in
 * a quote (colonSpeaker.ts reads "Sutskever: I regret"). A hedge of one or two words may stand
 * between commas before it ("in effect"); the writer's own "I think," set off by a comma is not speech.
 */

/** Verbs that introduce speech. */
const SAYING = new Set(
  ['say', 'write', 'post', 'tweet', 'add', 'reply', 'declare', 'announce', 'confess'].flatMap((lemma) =>
    verbForms(lemma),
  ),
);
/** How many words a hedge between commas may have ("basically", "in effect", "more or less"). */
const HEDGE_REACH = 3;
/** How far before the verb its subject may be named ("he's on X saying"). */
const SUBJECT_REACH = 6;
/** Marks a speaker's clause does not run across. */
const CLAUSE_BREAKS = /^[.;:!?—–()"“”]$/;

/** The person whose unquoted speech the "I" at `i` opens, else undefined. */
export function commaSpeaker(
  matcher: Matcher,
  tokens: readonly Token[],
  refAt: ReadonlyArray<Reference | undefined>,
  sentenceFirst: number,
  i: number,
): string | undefined {
  if (!SINGULAR_FIRST_PERSON.has(tokens[i]?.lower ?? '') || tokens[i - 1]?.text !== ',') return undefined;
  // "said, I think, that…": the writer's aside, not the speech.
  if (tokens[i + 1]?.text === ',' || tokens[i + 2]?.text === ',') return undefined;
  let verb = i - 2;
  if (!SAYING.has(tokens[verb]?.lower ?? '')) {
    let k = verb;
    while (k > i - 2 - HEDGE_REACH && tokens[k]?.isWord && !refAt[k]) k--;
    if (k === verb || tokens[k]?.text !== ',') return undefined;
    verb = k - 1;
    if (!SAYING.has(tokens[verb]?.lower ?? '')) return undefined;
  }
  for (let k = verb - 1; k >= Math.max(sentenceFirst, verb - SUBJECT_REACH); k--) {
    if (CLAUSE_BREAKS.test(tokens[k]!.text)) return undefined;
    const ref = refAt[k];
    if (!ref || ref.entities.length !== 1 || matcher.entities.get(ref.entities[0]!)?.kind !== 'person')
      continue;
    return ref.conditional || ref.description ? undefined : ref.entities[0];
  }
  return undefined;
}
