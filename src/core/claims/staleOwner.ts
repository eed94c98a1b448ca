import type { Matcher } from '../match/compileMatcher.ts';
import { ARTICLES } from '../text/determiners.ts';
import type { Token } from '../text/tokenize.ts';
import { ROLE_WORDS } from './coordinatedTitle.ts';
import { peopleFitting, type Description } from './readDescriptions.ts';
import type { Reference } from './readReferences.ts';

/**
 * "…would rather follow him to Microsoft. | Among the signers was Ilya Sutskever – the firm's chief
 * scientist – …", "Separately, the directors went with Emmett Shear as its interim CEO": an owner told
 * by anaphora ("the firm's", "its") takes the organisation named last, and where that was named before
 * the sentence and holds no such post, the description meant nobody and the sentence lost its claim,
 * though read alone it had it. Set off beside a person the sentence names (a dash, a comma, a
 * parenthesis, a colon, "as", or after a role "— a co-founder and the company's …"), the post is that
 * person's, if they hold it: the named holder is nearer evidence than a stale organisation. Not where
 * the sentence itself names the organisation ("At Microsoft, Sutskever met the company's chief
 * scientist"), nor where the description is a verb's object ("Sutskever praised the company's …").
 */

const SET_OFF = /^[,(:—–-]$/;

/** The person the description is set off beside, when the organisation it names was named before its sentence and holds no such post. */
export function holderBesideStaleOwner(
  matcher: Matcher,
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  sentenceFirst: number,
  d: Description,
): string | undefined {
  if (!d.anaphoric || !d.organisation || !d.role) return undefined;
  for (let k = sentenceFirst; k < d.first; k++)
    if (refAt[k]?.entities.includes(d.organisation)) return undefined;
  let k = d.first - 1;
  // "— a co-founder and the company's chief scientist": a role listed before it.
  if (tokens[k]?.lower === 'and') {
    k--;
    while (
      k > sentenceFirst &&
      (ROLE_WORDS.has(tokens[k]!.lower) || (ARTICLES as readonly string[]).includes(tokens[k]!.lower))
    )
      k--;
  }
  if (!SET_OFF.test(tokens[k]?.text ?? '') && tokens[k]?.lower !== 'as') return undefined;
  // The nearest person before it is the holder, or nobody is.
  for (; k >= sentenceFirst; k--) {
    const ref = refAt[k];
    if (!ref || ref.conditional || ref.entities.length !== 1) continue;
    const id = ref.entities[0]!;
    if (matcher.entities.get(id)?.kind !== 'person') continue;
    const loose = {
      first: d.first,
      last: d.last,
      kind: d.kind,
      role: d.role,
      ...(d.qualified ? { qualified: true as const } : {}),
    };
    return peopleFitting(matcher, loose).includes(id) ? id : undefined;
  }
  return undefined;
}
