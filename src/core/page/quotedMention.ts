/*
 * A quoted phrase the writer talks about, not a report of what was said or done: ""Unfit to
 * oversee" cut both ways", "'Not consistently candid' aged badly": the phrase is
 * the subject of the writer's own clause. A short quotation that opens its clause and runs straight
 * on, with no comma, into a lower-case word other than a speech verb is used as a noun; a quotation
 * reported opens with its speaker, ends in a comma ('"Unfit to oversee," the letter said') or is
 * followed by its speaker ('"…" said the staff').
 */

/** An opening quote mark at a clause's start: the block's or a sentence's start, or after a colon, a dash or a semicolon. */
const OPENS_CLAUSE = /(?:^|[.!?:;—–]\s*|\s-\s)\s*$/;
/** Quote marks that open and close a quotation. */
const OPENING = /["“‘]/;
const CLOSING_OF: Record<string, string> = { '"': '"', '“': '”', '‘': '’' };
/** A quotation short enough to be a phrase: up to this many words. */
const PHRASE_WORDS = 6;
/**
 * After the closing mark: a lower-case word that carries on the writer's clause, and is not a speech
 * verb that would make the quotation a report ('"…" said the staff', '"…" reads the letter').
 */
const RUNS_ON_AFTER =
  /^\s+(?!(?:said|says|say|wrote|writes|reads|read|declared|declares|added|adds|stated|states|warned|warns|told|tells|according|insisted|insists|continued|continues|went\s+on)\b)\p{Ll}/u;

/** A finite verb: the quotation is a sentence someone said, not a phrase. */
const FINITE_VERB =
  /\b(?:is|are|was|were|am|be|been|has|have|had|will|would|can|could|do|does|did|should|must|shall|may|might)\b|['’](?:s|re|ve|ll|d|m)\b/i;

/** The statement found at [start, end) of `text` lies inside a quoted phrase the writer talks about. */
export function isQuotedMention(text: string, start: number, end: number): boolean {
  // The nearest opening mark before the span, on the same line.
  let open = -1;
  for (let i = start - 1; i >= 0 && i >= start - 2; i--) if (OPENING.test(text[i]!)) open = i;
  if (open < 0) return false;
  const closing = CLOSING_OF[text[open]!]!;
  // The span lies within the quotation (its closing mark may be part of it), not past it.
  const close = text.indexOf(closing, open + 1);
  if (close < 0 || end > close + 1 || close + 1 - end > 2) return false;
  const quoted = text.slice(open + 1, close);
  // A phrase: a few words, no sentence inside it, no comma closing it.
  if (quoted.split(/\s+/).length > PHRASE_WORDS || /[.!?,;:]\s*$/.test(quoted) || /[.!?]\s/.test(quoted))
    return false;
  // A whole sentence quoted ('"OpenAI is nothing without its people" became the line of the week') is
  // what someone said, which a statement may report; a fragment lifted out of one is a phrase discussed.
  if (FINITE_VERB.test(quoted)) return false;
  return (
    OPENS_CLAUSE.test(text.slice(Math.max(0, open - 40), open)) && RUNS_ON_AFTER.test(text.slice(close + 1))
  );
}
