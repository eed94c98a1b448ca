import type { PageFigure } from '../figures/parseFigure.ts';
import type { Span } from '../text/splitSentences.ts';

/*
 * Corrections columns and update notes give a wrong figure and then the right one: "The article said 49
 * staff had signed; the correct figure is 490", "The 49 was a typing error for 490", "An earlier version
 * misstated the number of signatories as 49", "The story also said all three directors were new. Only
 * two are." The figure being corrected is withdrawn; the right value stands.
 */

/**
 * The page's own text as the one that said it: "The article said", "Our story also gave", "the caption put",
 * and a dated or titled one: "A profile on Thursday (The new board, page B3) gave".
 */
const OWN_TEXT_SAID_BEFORE =
  /\b(?:the|this|our|that|an?)\s+(?:(?:earlier|previous|original|initial|same|print|online|above)\s+)?(?:article|story|report|piece|item|headline|caption|graphic|chart|table|profile|obituary|version|column|newsletter|post|text|summary|subhead(?:ing)?)(?:\s+on\s+[^()]{1,30}?)?(?:\s*\([^()]{1,100}\))?\s+(?:(?:also|had|originally|initially|wrongly|incorrectly|mistakenly|erroneously)\s+)*(?:said|says|stated|reported|gave|put|had|described|referred\s+to|listed|counted|misstated|claimed|suggested|quoted|showed|named)\b[^.;!?]*$/i;

/** The correction that follows: "the correct figure is", "should have read", "was a typing error", "was wrong". */
const CORRECTION_FOLLOWS =
  /\b(?:correct|right|accurate|actual|true)\s+(?:figure|number|total|count|tally|amount|sum|age|date)\b|\bshould\s+have\s+(?:said|read|been|stated|given)\b|\b(?:typing|typographical|transcription|editing|printing|clerical|production)\s+(?:error|mistake)\b|\b(?:typo|misprint|misstatement)\b|\b(?:was|were|is|are)\s+(?:wrong|incorrect|erroneous|inaccurate|mistaken)\b|\bregrets?\s+the\s+error\b/i;

/**
 * A bare restatement that corrects only when it gives the other value at once: "; only two are",
 * "It was 700.", "Only two of them are new", a person's age "; he is 68.". "It was the largest revolt", "Only a handful had not" and
 * "There were about 770 employees in all" are ordinary reporting after "the report said".
 */
const RESTATED_VALUE =
  /^\W*(?:only|in\s+fact|actually|in\s+reality|it\s+was|they\s+were|the\s+figure\s+was|(?:he|she)\s+is(?=\s+\d{1,3}\s*(?:[.;]|$)))\s+(?:(?:just|about|some|around|nearly|roughly)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+dozen|hundreds|thousands)\b)/i;
/** In the same sentence, the restatement comes after "but", ";" or a dash. */
const RESTATED_IN_SENTENCE = /(?:[;:—–]|\bbut\b)\s*/i;

/** Someone else disputes the figure ("critics said that was wrong"): a dispute, not the page's correction. */
const OTHERS_DISPUTE =
  /\b(?:said|says|say|argued|argues|claimed|claims|insisted|countered|contended|disputed)\b/i;

/** "misstated the number of signatories as", "wrongly gave the total as", "incorrectly put it at". */
// Only the value after "misstated … as/at/to" is the wrong one: "wrongly described its $13 billion investment
// as a takeover" misstates the deal, not the sum.
const MISSTATED_BEFORE =
  /\b(?:misstated|misreported|misquoted|miscounted|mistakenly\s+(?:said|gave|stated|reported|put|described)|(?:incorrectly|wrongly|erroneously)\s+(?:said|gave|stated|reported|put|described|listed|counted))\b(?:[^.;!?]{0,80}\b(?:as|at|to))?\s+(?:(?:just|only|some|about|around|roughly|nearly|more\s+than|fewer\s+than)\s+)?$/i;

/** "The 49 was a typing error for 490", "the 49 should have read 490": the figure named as the error. */
const ERROR_FOR_AFTER =
  /^[^.;!?]{0,80}?\b(?:(?:was|is|were)\s+(?:an?\s+)?(?:(?:typing|typographical|transcription|editing|printing|clerical)\s+)?(?:error|typo|misprint|mistake)\s+for|should\s+have\s+(?:read|been|said))\b/i;

/** "Correction:", "Corrections —", "CLARIFICATION:" heading the sentence. */
const CORRECTION_LABEL_BEFORE = /^\W*(?:corrections?|clarifications?|erratum|errata)\s*[:—–-]/i;

/** How far past the figure's sentence the correction is looked for (the next sentence). */
const NEXT_REACH = 160;

/** Does the text after the figure correct it: an explicit correction, or "; only N" given at once? */
function correctsIt(after: string): boolean {
  const explicit = CORRECTION_FOLLOWS.exec(after);
  if (explicit && !OTHERS_DISPUTE.test(after.slice(0, explicit.index))) return true;
  const turn = RESTATED_IN_SENTENCE.exec(after);
  return turn !== null && RESTATED_VALUE.test(after.slice(turn.index + turn[0].length));
}

/** Is the figure the one a correction withdraws? */
export function isCorrectedFigure(text: string, span: Span, figure: PageFigure): boolean {
  const before = text.slice(span.start, figure.start);
  const after = text.slice(figure.end, span.end);
  if (MISSTATED_BEFORE.test(before) || ERROR_FOR_AFTER.test(after)) return true;
  if (!OWN_TEXT_SAID_BEFORE.test(before)) return false;
  // "Correction: the story said Altman was 37.": the column's own label says what follows is withdrawn.
  if (correctsIt(after) || CORRECTION_LABEL_BEFORE.test(before)) return true;
  const next = text.slice(span.end, span.end + NEXT_REACH).replace(/^\s+/, '');
  const nextSentence = next.slice(0, next.search(/[.!?](?:\s|$)/) + 1 || undefined);
  return (
    (CORRECTION_FOLLOWS.test(nextSentence) && !OTHERS_DISPUTE.test(nextSentence)) ||
    RESTATED_VALUE.test(nextSentence)
  );
}
