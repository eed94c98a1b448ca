import type { Matcher } from '../match/compileMatcher.ts';
import type { NameHit } from '../match/findNames.ts';
import { nameKey } from '../match/namePattern.ts';
import { spanAt, type Span } from '../text/splitSentences.ts';
import { statementVerdict, type StatementVerdict } from './statementVerdict.ts';

export interface StatementHit extends StatementVerdict {
  start: number;
  end: number;
  claimId: string;
  phrase: string;
}

/**
 * Statement claims from their key phrases. A short phrase ("quit",
 * "interim CEO") counts only in a sentence that names one of the claim's
 * entities (OpenAI aside); a phrase of three words or more stands on its own.
 */
export function detectStatements(
  matcher: Matcher,
  text: string,
  names: NameHit[],
  sentences: Span[],
): StatementHit[] {
  if (!matcher.phrases) return [];
  const hits: StatementHit[] = [];
  for (const m of text.matchAll(matcher.phrases)) {
    const entries = matcher.phraseLookup.get(nameKey(m[0]).toLowerCase());
    if (!entries) continue;
    const span = spanAt(sentences, m.index);
    const named = new Set(
      names.filter((n) => n.start >= span.start && n.end <= span.end).map((n) => n.entityId),
    );
    const entry = entries.find((e) => e.standsAlone || e.requires.some((id) => named.has(id)));
    if (!entry) continue;
    const claim = matcher.claims.get(entry.claimId)!;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      claimId: claim.id,
      phrase: m[0],
      ...statementVerdict(claim),
    });
  }
  return hits;
}
