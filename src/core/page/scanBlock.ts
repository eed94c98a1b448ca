import { detectFigureClaims, findCues, isAlone, type FigureClaimHit } from '../claims/detectFigureClaims.ts';
import { isMoneyHeldInAt } from '../claims/moneyHeldIn.ts';
import { moneyAfter, standaloneConversion } from '../claims/currencyConversion.ts';
import { leadAfter, SHORT_BLOCK, type BlockLead } from './blockLead.ts';
import type { PageContext } from '../claims/figurePeriod.ts';
import { detectStatements, statementSteps, type StatementHit } from '../claims/detectStatements.ts';
import { POINTS_AT_LINE } from '../claims/lineReference.ts';
import { findFigures } from '../figures/parseFigure.ts';
import { withoutGluedFootnotes } from '../text/gluedFootnote.ts';
import { isStatementFurniture } from './statementFurniture.ts';
import { isInCrossReferenceTail } from './crossReferenceTail.ts';
import { isQuotedMention } from './quotedMention.ts';
import { isCitedHeadline } from './citedHeadline.ts';
import { isAskedAbout } from './askedAboutMention.ts';
import { isRatedFalseClaim } from './ratedFalseClaim.ts';
import { isAskersPart, readerQuestion } from './readerQuestion.ts';
import { isPlaceMarker, roleRulesOutFigures, roleRulesOutStatement, type BlockRole } from './blockRole.ts';
import type { Matcher } from '../match/compileMatcher.ts';
import { findNames, type FoundNames, type NameHit } from '../match/findNames.ts';

export type { PageContext } from '../claims/figurePeriod.ts';

/** Everything found in one block of text (a paragraph, a heading), before page-level decisions. */
export interface BlockScan {
  text: string;
  names: NameHit[];
  figures: FigureClaimHit[];
  /** Statement claims: empty after phase 1 (`scanBlock`), filled by phase 2 (`scanStatements`). */
  statements: StatementHit[];
  /** What the block leaves for the blocks after it (a caption, a row header, a name label, who was named last). */
  lead: BlockLead;
  /** The dataset's shared names the block gives other people ("Tom Ellery", "Dana Summers"): see FoundNames. */
  namesakes?: string[];
  /** The block's place in the page's structure, where the caller read it (blockRole.ts). */
  role?: BlockRole;
}

/**
 * What phase 1 may know besides the block's own text. Every field is
 * optional; without them a block is read on its own, as before.
 */
export interface BlockContext {
  /** The page (its publication date): what "now" and an age in its text mean. */
  page?: PageContext;
  /** The phase-1 scan of the block before this one in document order. */
  previous?: BlockScan;
  /** The text of the block after this one, where the caller has it already (a figure's description in the next cell). */
  next?: string;
  /**
   * This block's names and the next block's, where the caller has found them already (reading
   * blocks in order, the next block's names are this block's neighbour's and then its own): so no
   * block's names are read twice. Without them, scanBlock finds them itself.
   */
  names?: FoundNames;
  nextNames?: NameHit[];
  /** The block's place in the page's structure, read from the markup by the caller (blockRole.ts). */
  role?: BlockRole;
}

/**
 * Cheap pre-checks, so most blocks never pay for sentence splitting. Every number word findFigures
 * reads, except "one" on its own: it opens too many blocks ("one of the", "no one", "At one point")
 * to be a cheap skip, so it counts only with the unit findFigures reads after it ("about one per
 * cent", "one percent"); "one-third", "one percentage point" give no figure yet, so they open nothing.
 */
const HAS_DIGIT_OR_NUMBER_WORD =
  /\d|\b(?:dozen|decades?|hundred|thousand|million|billion|trillion|zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b|\bone[\s-]+(?:per[\s-]*cent|percent)\b/i;

/** Phase 1, at page start: names and figure claims. */
export function scanBlock(matcher: Matcher, text: string, context: BlockContext = {}): BlockScan {
  // A reader's question (readerQuestion.ts): its signature names a reader, and its figures are the asker's.
  const asker = readerQuestion(text);
  const found = context.names ?? findNames(matcher, text);
  const names = asker
    ? found.filter((n) => n.end <= asker.signature.start || n.start >= asker.signature.end)
    : found;
  // A quiz's options, a list of works, a footer's address, a scoreboard's cell: no figure is anyone's claim.
  const figuresRuledOut = roleRulesOutFigures(
    context.role,
    (header) => matcher.figureCues !== null && header.search(matcher.figureCues) >= 0,
  );
  const mayHaveFigure = !figuresRuledOut && HAS_DIGIT_OR_NUMBER_WORD.test(text);
  // A short block's cue words are what it leaves the blocks after it too: found once, for both.
  const cues =
    text.length <= SHORT_BLOCK ? findCues(matcher, text, { start: 0, end: text.length }) : undefined;
  const hasCue =
    mayHaveFigure &&
    matcher.figureCues !== null &&
    (cues ? cues.length > 0 : text.search(matcher.figureCues) >= 0);
  // A stat card's value reads its own card's label, never the label of the card beside it (blockRole.ts).
  // What the block carries on (leadAfter) is still read from the block before it.
  const cardLabel = context.role?.cardLabel;
  const carried = context.previous?.lead;
  const lead = cardLabel === 'after' ? undefined : carried;
  const next = cardLabel === 'before' ? undefined : context.next;
  // A figure claim needs a name in the block or, unless it is an age, one of its cue words; a block
  // after a heading, a caption or a name label may take them from there. So most blocks never pay
  // for figure parsing or sentence splitting.
  const hasContext =
    lead?.person !== undefined ||
    !!lead?.blocks.length ||
    next !== undefined ||
    // A long turn's topic carried past short ones (turnCarry.ts).
    !!lead?.lastLong?.turns;
  // Without a cue or a name label, a long block's only figures are ages, which need a person named in it.
  const mayMatter =
    hasCue ||
    lead?.person !== undefined ||
    (hasContext && text.length <= SHORT_BLOCK) ||
    names.some((n) => matcher.entities.get(n.entityId)?.kind === 'person');
  // Figures are read with glued footnote marks blanked: "$13 billion8," is "$13 billion".
  const figureText = mayHaveFigure && mayMatter ? withoutGluedFootnotes(text) : text;
  const figureList =
    mayHaveFigure && mayMatter
      ? findFigures(figureText).filter(
          (f) =>
            !isAskersPart(asker, f.start) &&
            // A rank's or a numbered card's place (blockRole.ts).
            !isPlaceMarker(context.role, figureText, f.start) &&
            (f.isAge ||
              hasCue ||
              // "one of the four": a count the page has tied to a topic already.
              lead?.counted?.some((c) => c.value === f.value) === true ||
              // "Microsoft, which has $13 billion in this": money held in a company is its own cue (moneyHeldIn.ts).
              isMoneyHeldInAt(figureText, f) ||
              (hasContext &&
                (lead?.person !== undefined || isAlone(figureText, f) || text.length <= SHORT_BLOCK))),
        )
      : [];
  const detected = figureList.length
    ? detectFigureClaims(matcher, figureText, figureList, names, {
        ...(context.page ? { page: context.page } : {}),
        ...(lead ? { lead } : {}),
        ...(next !== undefined ? { next } : {}),
        ...(next !== undefined && context.nextNames ? { nextNames: context.nextNames } : {}),
      })
    : [];
  // A key-numbers row's yen cell after its dollar cell: the conversion of the claim before (currencyConversion.ts).
  const converted =
    !detected.length && !figuresRuledOut && lead?.money ? standaloneConversion(text, lead.money) : undefined;
  const figures = converted ? [converted] : detected;
  const money = moneyAfter(text, figures, carried?.money);
  return {
    text,
    names,
    ...(found.namesakes ? { namesakes: found.namesakes } : {}),
    ...(context.role ? { role: context.role } : {}),
    figures,
    statements: [],
    lead: {
      ...leadAfter(
        matcher,
        text,
        names,
        carried,
        figures
          .filter((f) => f.figure.unit === 'count' || f.figure.unit === 'people')
          .map((f) => ({ value: f.figure.value, claimId: f.claimId })),
        cues,
      ),
      ...(money ? { money } : {}),
    },
  };
}

/**
 * The cheap check that phase 2 may find a statement in a block: a first word of
 * a trigger. Phase 2's own, made when it comes to the block: in phase 1 its
 * pattern of every first word cost a page its compiling and every block a search.
 */
export function mayStateClaims(matcher: Matcher, text: string): boolean {
  // A hatnote, a reference entry or an insert states what another page says.
  // "Half the company has posted that exact line": no cue, but it may point back at a line shown above.
  return (
    matcher.statements.cue !== null &&
    (matcher.statements.cue.test(text) || POINTS_AT_LINE.test(text)) &&
    !isStatementFurniture(text)
  );
}

/**
 * Phase 2, later and in idle time: the statement claims of one block, read as
 * who did what. `previous` is the block before it in document order, for
 * "the pair", "he" and the speaker of a quotation; `next`, where the caller
 * has it, the block after (a post signed "— Greg Brockman (@gdb)" below its text).
 */
export function scanStatements(
  matcher: Matcher,
  scan: BlockScan,
  previous?: BlockScan,
  next?: BlockScan,
): StatementHit[] {
  if (!mayStateClaims(matcher, scan.text)) return [];
  return withoutMentions(scan, detectStatements(matcher, scan.text, scan.names, previous, next), next?.text);
}

/**
 * Phase 2 in steps, for a caller that yields between them: the statements of
 * `scanStatements`, a window of a long block at a time (one step for any block
 * under a few thousand characters). Concatenated, the steps are `scanStatements`.
 */
export function* scanStatementsInSteps(
  matcher: Matcher,
  scan: BlockScan,
  previous?: BlockScan,
  next?: BlockScan,
): Generator<StatementHit[], void> {
  if (!mayStateClaims(matcher, scan.text)) return;
  for (const step of statementSteps(matcher, scan.text, scan.names, previous, next))
    yield withoutMentions(scan, step, next?.text);
}

/**
 * A quoted phrase the writer talks about ('"Unfit to oversee" cut both ways') reports nothing
 * (quotedMention.ts), nor does a cited, dated headline of another page (citedHeadline.ts), nor what
 * someone was asked about or would not discuss (askedAboutMention.ts), nor a reader's question (readerQuestion.ts),
 * nor a claim a fact-check rates false (ratedFalseClaim.ts), nor the names of other entries after a
 * block's closing "See also:" (crossReferenceTail.ts).
 */
const withoutMentions = ({ text, role }: BlockScan, hits: StatementHit[], next: string | undefined) => {
  const asker = hits.length ? readerQuestion(text) : undefined;
  return hits.filter(
    (h) =>
      // An option of a quiz, a work in a list of titles, what an item of a list of questions asks (blockRole.ts).
      !roleRulesOutStatement(role, text, h.start) &&
      !isAskersPart(asker, h.start) &&
      !isQuotedMention(text, h.start, h.end) &&
      !isCitedHeadline(text, h.start, h.end) &&
      !isAskedAbout(text, h.start, h.end) &&
      !isRatedFalseClaim(text, h.start, next) &&
      !isInCrossReferenceTail(text, h.start),
  );
};
