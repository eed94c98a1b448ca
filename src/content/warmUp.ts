import { compileStatementsInSteps, type Matcher } from '../core/match/compileMatcher.ts';
import { findNames } from '../core/match/findNames.ts';
import { findFigures } from '../core/figures/parseFigure.ts';
import { findCues } from '../core/claims/detectFigureClaims.ts';
import { countsOtherThing } from '../core/claims/countedNoun.ts';
import { isStartingBoardSize } from '../core/claims/startingBoardSize.ts';
import { countsOffStory } from '../core/claims/offStoryFigure.ts';
import { countsAnotherGroup } from '../core/claims/countedGroup.ts';
import { choseRemovalAfter, tookToRemove } from '../core/claims/decisionAgent.ts';
import { isDescribedTotal } from '../core/claims/describedTotal.ts';
import { countsMonthlyAudience } from '../core/claims/monthlyReach.ts';
import { removesLeaderAfter } from '../core/claims/leaderRemoval.ts';
import { foundingTeamCount } from '../core/claims/foundingAct.ts';
import { sizesOtherOrganisation } from '../core/claims/otherOrganisationCount.ts';
import { isMarketIndexFigure } from '../core/claims/marketIndexFigure.ts';
import { scalesCount } from '../core/figures/countScale.ts';
import { pageNoise } from '../core/figures/pageNoise.ts';
import { countsDepartingMembers } from '../core/claims/departingPart.ts';
import { boardOfCount } from '../core/claims/boardIdentity.ts';
import { countsAKind } from '../core/claims/genericInstance.ts';
import { indefiniteSubjectEnd } from '../core/claims/indefiniteSubject.ts';
import { valuedObject } from '../core/claims/valuedObject.ts';
import { readerQuestion } from '../core/page/readerQuestion.ts';
import { genderOf } from '../core/claims/discourseSubject.ts';
import { readingWindows } from '../core/claims/readWindows.ts';
import {
  mayStateClaims,
  scanBlock,
  scanStatementsInSteps,
  type BlockScan,
  type PageContext,
} from '../core/page/scanBlock.ts';

/**
 * The first figure a fresh page reads pays for the figure code's first use: V8 compiles each
 * function on its first call and each pattern on its first match (the counted nouns, the cue
 * words, the figure grammar), 40–80 ms in one block, measured, so in one task whatever the
 * reading chunk's budget. Reading a few made-up blocks first, one small step per task, pays
 * that in tasks of their own before the page's first chunk. The steps only read: nothing they
 * find is kept, so what the page gets is the same.
 */

/**
 * Made-up blocks that reach the code nearly every page about the story reaches: for phase 1 a
 * timestamp, a count and money; for phase 2 a quotation and a report of what was said. Only
 * those: a step the page would not have needed (an age, a share, a date) is time added to
 * phase 1, measured: five blocks took 130–160 ms on a busy machine against the page's own 40–100.
 */
export function warmUpBlocks(matcher: Matcher): { figures: string[]; statements: string[] } {
  const named = (kind: string) => [...matcher.entities.values()].find((e) => e.kind === kind)?.name ?? '';
  const person = named('person');
  const organisation = named('organisation');
  return {
    figures: [
      '1:00 p.m.',
      `By Monday, 738 out of ${organisation}’s roughly 770 employees had signed the letter.`,
      `${organisation} has invested $13 billion, valuing it at around $86 billion.`,
    ],
    statements: [
      `“We are not going anywhere,” ${person} told staff on Friday, after the board said he had not been candid.`,
    ],
  };
}

/**
 * The claim phrases' first search (pageRelevance, on a page whose names leave its relevance open).
 * V8 reads a pattern's first search of a short text with its interpreter, and this pattern is
 * large: 10–140 ms on one paragraph, measured in node (the flat pattern of round 15's 1,180
 * phrases took up to a second). A first search of 1,000 characters or more is compiled to machine
 * code at once, 5–10 ms: paid here, in a step of its own, by a text that holds no phrase. V8
 * compiles a pattern apart for text in Latin-1 and text with wider characters (a curly quote):
 * this warms the first, and leaves the pattern marked for machine code, so the page's first text
 * of the other kind pays its compile, 7–18 ms, not the interpreter (warming both would charge
 * every page for what only some need).
 */
const CLAIM_PHRASES_FIRST_TEXT = ' '.repeat(1000);

/**
 * Phase 1's warm-up in steps, each small enough for the caller to yield after: per block, its
 * names, the page-noise patterns, its figures, its cue words, a count's counted-noun, off-story,
 * other-group, decision and described-total checks (the heaviest patterns to compile), then the
 * whole reading, which is left with only the figure claims' own code; last, the claim phrases' pattern. First use in Chromium,
 * measured (thread CPU time, best of four fresh pages): the off-story checks 9 ms, the page-noise
 * patterns 10 ms; left inside the reading's and the parsing's steps, they made the reading's step
 * the article page's longest task (41 ms of CPU, far longer on a busy machine), 27 ms without them.
 */
export function* phaseOneWarmUp(matcher: Matcher, page: PageContext): Generator<void, void> {
  let previous: BlockScan | undefined;
  for (const text of warmUpBlocks(matcher).figures) {
    findNames(matcher, text);
    yield;
    pageNoise(text);
    yield;
    const figures = findFigures(text);
    yield;
    const span = { start: 0, end: text.length };
    findCues(matcher, text, span);
    yield;
    for (const figure of figures.filter((f) => f.unit === 'count' || f.unit === 'people')) {
      countsOtherThing(text, figure, span);
      yield;
      isStartingBoardSize(text, span, figure);
      yield;
      countsOffStory(text, figure, span);
      yield;
      // Round 18's count checks, all case-folded Unicode patterns: V8 compiles each to bytecode on
      // its first search and to machine code on its second, so every count here pays one of the two
      // in a step of its own (in node, the first two calls of the group check took 13–51 ms and
      // 4–35 ms, the decision checks 30–45 ms and 15–27 ms, on a busy machine).
      countsAnotherGroup(text, span, figure);
      yield;
      const before = text.slice(0, figure.start);
      const after = text.slice(figure.end, figure.end + 80);
      choseRemovalAfter(after);
      tookToRemove(before, after);
      yield;
      isDescribedTotal(before);
      countsMonthlyAudience(after);
      yield;
      // Round 19's case-folded Unicode patterns (leader removal, founding team, another
      // organisation's size, a market index, a letter-scaled count): twice each, bytecode then
      // machine code, in a step of their own.
      for (let pass = 0; pass < 2; pass++) {
        removesLeaderAfter(after);
        foundingTeamCount(before, after);
        sizesOtherOrganisation(before, after);
        isMarketIndexFigure(before, after);
        scalesCount('m', after);
      }
      yield;
      // Later rounds' checks of a count (departing members, which board, a kind counted, an indefinite
      // subject, a valued object, a reader's question), case-folded Unicode patterns whose first use made
      // the block's whole reading below the warm-up's longest step (170 ms of CPU in node, round 24):
      // twice each, bytecode then machine code, in steps of their own.
      for (let pass = 0; pass < 2; pass++) {
        countsDepartingMembers(text, figure.start, figure.end);
        boardOfCount(text, span, figure);
        yield;
        countsAKind(text, span, figure);
        indefiniteSubjectEnd(text);
        valuedObject(before);
        readerQuestion(text);
        yield;
      }
    }
    previous = scanBlock(matcher, text, { page, ...(previous ? { previous } : {}) });
    yield;
  }
  if (matcher.claimPhrases) {
    matcher.claimPhrases.test(CLAIM_PHRASES_FIRST_TEXT);
    matcher.claimPhrases.lastIndex = 0;
    yield;
  }
}

/**
 * Phase 2's warm-up in steps: first the statement lexicon's compile, itself in steps (compileMatcher
 * leaves it to its first use: 15–25 ms of a fresh page's CPU in round 18, which made the engine's start
 * task 38–47 ms; 200 ms in one step in round 24), then the statement reading of its blocks, a step at a time.
 */
export function* phaseTwoWarmUp(matcher: Matcher, page: PageContext): Generator<void, void> {
  yield* compileStatementsInSteps(matcher);
  // A matcher revived with its lexicon has nothing to step: reading it is all.
  if (matcher.statements) yield;
  // The phase's own large patterns, each searched first in a step of its own: the cue (17,000
  // characters, 20–40 ms in node on its first search) and the windows' epithets (400 names, a
  // case-folded Unicode pattern: 40–90 ms in node on its first search, 10–25 on the next), which a
  // block's first aside reached inside its reading, the article's longest phase-2 task. V8 compiles
  // a pattern apart for Latin-1 text and text with wider characters (a curly quote), and again to
  // machine code after a first search: so each pattern twice on each kind of text.
  const [statement = ''] = warmUpBlocks(matcher).statements;
  const kinds = [statement, statement.replace(/[“”]/g, '"')];
  for (let pass = 0; pass < 2; pass++)
    for (const text of kinds) {
      mayStateClaims(matcher, text);
      yield;
      readingWindows(matcher, text, [], [0]);
      yield;
    }
  // Who the dataset calls "he" or "she", read once per dataset: a pattern for each person (30–50 ms in node).
  const person = [...matcher.entities.values()].find((e) => e.kind === 'person');
  if (person) genderOf(matcher, person.id);
  yield;
  let previous: BlockScan | undefined;
  for (const text of warmUpBlocks(matcher).statements) {
    const scan = scanBlock(matcher, text, { page, ...(previous ? { previous } : {}) });
    yield;
    for (const _ of scanStatementsInSteps(matcher, scan, previous)) yield;
    previous = scan;
  }
}
