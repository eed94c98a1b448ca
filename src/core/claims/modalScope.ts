/*
 * A modal, a condition or a habit word governs its own clause only. Reporters chain clauses with a dash
 * ("…or its signers would decamp to Microsoft — and counts of those signers ran to over 700"), a colon
 * ("It could go either way: 700 signed by Monday"), or a semicolon/comma (already clause ends for the
 * guards). The figure after such a break is stated, not talked of. A dash aside closed again before the
 * figure is a parenthesis inside the clause ("could — in theory — reach nine"), so the modal still reaches.
 * The break ends the modal's reach only when a new clause follows it, with its own finite verb before or after
 * the figure ("— 738 of the 770 have signed"); a verbless apposition or elaboration stays the hypothetical's
 * own ("would have lost most of its staff — perhaps 700 of its 770 employees — to Microsoft", "the board
 * would split — four directors against two").
 */

/** A dash aside opened and closed again: "— in theory —", "– by most accounts –". */
const CLOSED_DASH_ASIDE = /\s[—–]\s[^—–;:]*?\s[—–]\s|—[^—;:\s][^—;:]*?—/g;
/** A clause break a modal cannot reach across: a dash (spaced hyphen too) or a colon before words. */
const CLAUSE_BREAK = /\s[—–]\s|—|\s-\s|\s--\s|:\s/g;
/** A finite verb of a new clause: an auxiliary, a reporting verb, or a common past-tense verb of news copy. */
const FINITE_VERB =
  /\b(?:am|is|are|was|were|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|say|says|said|signed|signs|joined|joins|threatened|backed|voted|added|reached|ran|runs|rose|fell|stood|stands|came|went|got|took|left|quit|grew|made|told|wrote|put|pledged|vowed|demanded|called|agreed|followed|walked|resigned|stayed|remained|remains|remain|numbered|totalled|totaled)\b/i;
/** The end of the figure's own stretch after it: the next break or the sentence's end. */
const STRETCH_END = /\s[—–]\s|—|\s-\s|\s--\s|[:;.!?]/;

/**
 * A modal on a verb of knowing or remembering governs the knowing, not what is known: "Readers will recall that
 * four directors fired him", "you may remember 700 staff signed" state the fact the reader is reminded of.
 */
const MODAL_FACTIVE_FRAME =
  /\b(?:will|would|may|might|can|could|must|should)\s+(?:(?:still|well|already|surely|probably|all|now)\s+)?(?:remember|recall|know|forget|realise|realize|notice)\s+(?:that\s+)?/gi;

/**
 * A relative clause that states what its noun has: "which would be nearly everyone at a company that employs
 * roughly 770", "if they left a firm which had 770 staff". A modal before the relative pronoun governs
 * its own verb, not the relative clause's fact.
 */
const RELATIVE_FACT_TAIL =
  /\b(?:that|which)\s+(?:employs|employed|numbers|numbered|totals|totalled|totaled|has|had)\s+$/i;

/** The part of `before` (the figure's sentence up to it) in the figure's own clause, as far as a modal goes. */
export function modalClauseBefore(before: string, after = ''): string {
  const relative = RELATIVE_FACT_TAIL.exec(before);
  if (relative) return before.slice(relative.index);
  let known = -1;
  for (const m of before.matchAll(MODAL_FACTIVE_FRAME)) known = m.index + m[0].length;
  if (known >= 0) before = before.slice(known);
  const flat = before.includes('—') || before.includes('–') ? before.replace(CLOSED_DASH_ASIDE, ' ') : before;
  let last = -1;
  for (const m of flat.matchAll(CLAUSE_BREAK)) last = m.index + m[0].length;
  if (last < 0) return flat;
  const own = after.slice(0, 160);
  const end = STRETCH_END.exec(own);
  const newClause =
    FINITE_VERB.test(flat.slice(last)) || FINITE_VERB.test(end ? own.slice(0, end.index) : own);
  return newClause ? flat.slice(last) : flat;
}

/*
 * A question mark ends only its own clause. "So when four directors removed Altman, the market had a
 * question: what happens to that investment?" states the removal and asks about the investment; the
 * question is what follows the last colon or dash. "Did 700 staff really sign?", "Which number is right,
 * 490 or 500?", "Did four — or five — directors vote?" ask about the figure itself: no break between the
 * figure and the question, or a sentence that opens asking ("Did…", "How many…").
 */

/** A break that opens a new clause after the figure: a colon or a dash before words. */
const QUESTION_BREAK = /:\s|\s[—–]\s|—|\s--\s/;
/** A sentence that opens as a question: an auxiliary or a question word first ("Did", "How many", "Is it"). */
const ASKING_OPENING =
  /^\W*(?:(?:and|but|so)\s+)?(?:did|does|do|is|are|was|were|will|would|could|can|should|has|have|had|how|what|which|who|whom|whose|why|where)\b/i;

/** The question that ends the figure's sentence asks about the figure (`before`/`after`: its sentence either side). */
export function questionReachesFigure(before: string, after: string): boolean {
  if (ASKING_OPENING.test(before)) return true;
  const flat = after.includes('—') || after.includes('–') ? after.replace(CLOSED_DASH_ASIDE, ' ') : after;
  return !QUESTION_BREAK.test(flat);
}

/**
 * A non-restrictive relative clause hung on the figure's noun that brings a figure of its own is that
 * figure's predicate ("two genuinely new directors, who are charged with assembling a fuller board of as
 * many as nine"): a topic's required or excluding words there are the other figure's, not this one's. A
 * relative clause with no figure of its own still tells of the figure's people ("two of the founders,
 * who remain at the company"), and stays.
 */
const RELATIVE_AFTER = /,\s+(?:who|which)\b/i;

/** Where the figure's own stretch after it ends (`after`: its sentence after it; `other`: where another figure starts). */
export function ownStretchEnd(after: string, other: number): number {
  const relative = RELATIVE_AFTER.exec(after);
  return relative && relative.index < other ? relative.index : other;
}

/*
 * A bare count as the subject of a modal that states nothing: the counterfactual perfect ("12 of us could
 * not have done this", "Five hundred would have been a majority", "700 might have walked") and the modal
 * left bare at its clause's end, which points back at a hypothetical ("600 could.", "Ninety would, he
 * says"). A modal with its verb is often told as fact ("four people could remove the head of a
 * company", "700 would sign by Monday") and stays.
 */

/** The count opens its clause (a sentence that opens with a digit may be read with the one before): nothing before it but a connective or a focus word. */
const COUNT_OPENS_CLAUSE =
  /(?:^|[.!?]["”’]?\s+|[,;:—–(]\s*|\b(?:and|but|yet|while|whereas|when)\s+)(?:(?:only|just|even|perhaps|maybe|then|now)\s+)*["“‘]?$/i;
/**
 * After the count: a partitive of people ("of us"), or a noun or two, but no connective ("$86bn and would
 * have been…" has another subject); then the modal, in the perfect or bare at its clause's end.
 */
const EMPTY_MODAL_AFTER =
  /^(?:\s+of\s+(?:us|them|you|those|these|whom)|(?:\s+(?!(?:and|but|or|which|that|who|whom|it|they|he|she|we)\b)[\p{Ll}-]+){0,2})\s+(?:could|would|might|may|can|should|must)(?:n['’]t|\s+not|\s+never|\s+well|\s+easily|\s+surely|\s+also|\s+all)*(?:\s+have\b|['’]ve\b|\s*(?:[.!?;,)—–]|$))/u;

/** The count at the end of `before` is the subject of a modal that states nothing (`after`: its sentence after it). */
export function countOfEmptyModal(before: string, after: string): boolean {
  return COUNT_OPENS_CLAUSE.test(before) && EMPTY_MODAL_AFTER.test(after);
}
