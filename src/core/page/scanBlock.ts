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
const HAS_DIGIT_OR_NUMBER_WORD = /\d|\b(?:dozen|hundred|thousand|million|billion|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;

export function scanBlock(matcher: Matcher, text: string): BlockScan {
  const names = findNames(matcher, text);
  const mayHaveFigure = HAS_DIGIT_OR_NUMBER_WORD.test(text);
  const mayHavePhrase = matcher.phrases !== null && text.search(matcher.phrases) >= 0;
  if (!names.length && !mayHavePhrase) return { text, names, figures: [], statements: [] };
  let sentences: Span[] | undefined;
  const sentencesOf = () => (sentences ??= splitSentences(text));
  const figureList = mayHaveFigure ? findFigures(text) : [];
  return {
    text,
    names,
    // A figure claim needs one of its entities in the block, so a block without names has none.
    figures: figureList.length && names.length ? detectFigureClaims(matcher, text, figureList, names, sentencesOf()) : [],
    statements: mayHavePhrase ? detectStatements(matcher, text, names, sentencesOf()) : [],
  };
}
