import { detectFigureClaims, type FigureClaimHit } from '../claims/detectFigureClaims.ts';
import { detectStatements, type StatementHit } from '../claims/detectStatements.ts';
import { findFigures } from '../figures/parseFigure.ts';
import type { Matcher } from '../match/compileMatcher.ts';
import { findNames, type NameHit } from '../match/findNames.ts';

/** Everything found in one block of text (a paragraph, a heading), before page-level decisions. */
export interface BlockScan {
  text: string;
  names: NameHit[];
  figures: FigureClaimHit[];
  /** Statement claims: empty after phase 1 (`scanBlock`), filled by phase 2 (`scanStatements`). */
  statements: StatementHit[];
  /** Phase 1's cheap check that phase 2 may find a statement here. */
  mayStateClaims: boolean;
  /** Fixed wordings of statement claims in the block ("not consistently candid"): page evidence. */
  claimPhrases: number;
}

/** Cheap pre-checks, so most blocks never pay for sentence splitting. */
const HAS_DIGIT_OR_NUMBER_WORD =
  /\d|\b(?:dozen|hundred|thousand|million|billion|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;

/** Phase 1, at page start: names and figure claims. */
export function scanBlock(matcher: Matcher, text: string): BlockScan {
  const names = findNames(matcher, text);
  const mayHaveFigure = HAS_DIGIT_OR_NUMBER_WORD.test(text);
  const hasCue = mayHaveFigure && matcher.figureCues !== null && text.search(matcher.figureCues) >= 0;
  const mayStateClaims = matcher.statements.cue !== null && matcher.statements.cue.test(text);
  const claimPhrases = matcher.claimPhrases ? (text.match(matcher.claimPhrases)?.length ?? 0) : 0;
  // A figure claim needs a name in the block or, unless it is an age, one of its cue words, so most
  // blocks never pay for figure parsing or sentence splitting.
  const figureList =
    mayHaveFigure && (names.length || hasCue) ? findFigures(text).filter((f) => f.isAge || hasCue) : [];
  return {
    text,
    names,
    figures: figureList.length ? detectFigureClaims(matcher, text, figureList, names) : [],
    statements: [],
    mayStateClaims,
    claimPhrases,
  };
}

/**
 * Phase 2, later and in idle time: the statement claims of one block, read as
 * who did what. `previous` is the block before it in document order, for
 * "the pair", "he" and the speaker of a quotation; `next`, where the caller
 * has it, the block after (a post signed "— Greg Brockman" below its text).
 */
export function scanStatements(
  matcher: Matcher,
  scan: BlockScan,
  previous?: BlockScan,
  next?: BlockScan,
): StatementHit[] {
  if (!scan.mayStateClaims) return [];
  return detectStatements(matcher, scan.text, scan.names, previous, next);
}
