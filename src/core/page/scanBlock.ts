import { detectFigureClaims, type FigureClaimHit } from '../claims/detectFigureClaims.ts';
import { detectStatements, type StatementHit } from '../claims/detectStatements.ts';
import { findFigures } from '../figures/parseFigure.ts';
import type { Matcher } from '../match/compileMatcher.ts';
import { findNames, type NameHit } from '../match/findNames.ts';
import { splitSentences, type Span } from '../text/splitSentences.ts';

/** Everything found in one block of text (a paragraph, a heading), before page-level decisions. */
export interface BlockScan {
  text: string;
  names: NameHit[];
  figures: FigureClaimHit[];
  statements: StatementHit[];
}

/** Cheap pre-checks, so most blocks never pay for sentence splitting. */
const HAS_DIGIT_OR_NUMBER_WORD =
  /\d|\b(?:dozen|hundred|thousand|million|billion|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;

export function scanBlock(matcher: Matcher, text: string): BlockScan {
  const names = findNames(matcher, text);
  const mayHaveFigure = HAS_DIGIT_OR_NUMBER_WORD.test(text);
  const hasCue = mayHaveFigure && matcher.figureCues !== null && text.search(matcher.figureCues) >= 0;
  const mayHavePhrase = matcher.phrases !== null && text.search(matcher.phrases) >= 0;
  if (!names.length && !mayHavePhrase) return { text, names, figures: [], statements: [] };
  let sentences: Span[] | undefined;
  const sentencesOf = () => (sentences ??= splitSentences(text));
  // A figure claim needs one of its entities in the block and, unless it is an age, one of its cue
  // words, so most blocks never pay for figure parsing or sentence splitting.
  const figureList = mayHaveFigure && names.length ? findFigures(text).filter((f) => f.isAge || hasCue) : [];
  return {
    text,
    names,
    figures: figureList.length ? detectFigureClaims(matcher, text, figureList, names, sentencesOf()) : [],
    statements: mayHavePhrase ? detectStatements(matcher, text, names, sentencesOf()) : [],
  };
}
