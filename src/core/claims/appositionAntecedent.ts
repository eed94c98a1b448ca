/*
 * A name inside an apposition to the sentence's subject is no antecedent of an "its" after the
 * apposition closes: "Microsoft, OpenAI's biggest investor with $13bn committed, saw its shares rise"
 * (Microsoft's shares), "Thrive, the lead backer of OpenAI's tender, said its fund…", "Meta, a rival
 * of Google, lifted its forecast". The possessor there describes the subject; the clause goes on
 * about the subject itself. ("OpenAI's board fired Altman and its staff revolted": no apposition, the
 * possessor is the antecedent.)
 */

/**
 * The subject (a capitalised name opening the clause), its comma, an apposition opening with a
 * determiner, a possessive name or "whose" (maybe after "long", "once", "still": "Microsoft, long the
 * backer of OpenAI,"), the closing comma, then the predicate up to the "its" with no
 * further comma, semicolon or dash.
 */
const SUBJECT_APPOSITION_PREDICATE =
  /^\s*["“‘]?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,2},\s+((?:(?:long|once|now|still|itself|also)\s+)?(?:the|a|an|its|one|whose|\p{Lu}[\p{L}\p{N}&.-]*['’]s)\s[^,;:()—–]{0,90}?),\s+[^,;:()—–]*$/u;

/**
 * The apposition's extent [start, end) in `text`, when the clause from `clauseStart` to `its` reads
 * "Subject, apposition, predicate … its".
 */
export function subjectApposition(
  text: string,
  clauseStart: number,
  its: number,
): { start: number; end: number } | undefined {
  const clause = text.slice(clauseStart, its);
  const m = SUBJECT_APPOSITION_PREDICATE.exec(clause);
  if (!m) return undefined;
  const start = clauseStart + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}
