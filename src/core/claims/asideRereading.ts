import type { Matcher } from '../match/compileMatcher.ts';
import type { NameHit } from '../match/findNames.ts';
import { originalOffset, viewOffset, withoutAsides, type AsideView } from '../text/skipAsides.ts';
import type { ReadingRange } from './readReferences.ts';
import { readingWindows } from './readWindows.ts';

/*
 * A statement with an aside between its parts ("Microsoft has, in a surprise move, hired Altman") is
 * read a second time without its asides. Only the sentences where a cut lies near a trigger word are
 * read again (each with the sentences before it that say who "he" is), never the whole block: the
 * second reading costs what those sentences cost, in a short paragraph or a whole article pasted as
 * one block alike.
 */

/** How far before a new hit a cut may lie for the hit to be the cut's doing (characters). */
const ASIDE_REACH = 80;
/** How far after a cut the trigger of a hit it made may lie (characters). */
const CUE_AFTER_CUT = 160;

/** A statement hit as the re-reading needs it: where, which claim, and the page's words. */
interface Hit {
  start: number;
  end: number;
  claimId: string;
  phrase: string;
}

export type WindowReader<H extends Hit> = (
  text: string,
  names: NameHit[],
  window: ReadingRange & { core: number },
) => H[];

/** What the re-reading reads: the block without its asides, its names there, and the windows around the cuts near a trigger. */
export function asideRereading(matcher: Matcher, text: string, names: NameHit[]) {
  const cue = matcher.statements.cue;
  if (!cue) return undefined;
  const view = withoutAsides(text);
  if (!view) return undefined;
  // Read again only where a trigger word lies near a cut: most asides sit far from any act.
  const near = view.cuts
    .map((c) => c.at)
    .filter((at) => cue.test(view.text.slice(Math.max(0, at - ASIDE_REACH), at + CUE_AFTER_CUT)));
  if (!near.length) return undefined;
  const kept = names.flatMap((n) => {
    const start = viewOffset(view, n.start);
    const end = viewOffset(view, n.end - 1);
    return start === undefined || end === undefined ? [] : [{ ...n, start, end: end + 1 }];
  });
  return { view, names: kept, windows: readingWindows(matcher, view.text, kept, near) };
}

/**
 * The statements only the reading without asides finds, mapped back onto the page's words. A hit a
 * claim already has there (`found`), or one no cut comes near, is the first reading's to give.
 */
export function hitsAcrossAsides<H extends Hit>(
  matcher: Matcher,
  text: string,
  names: NameHit[],
  found: H[],
  read: WindowReader<H>,
): H[] {
  const again = asideRereading(matcher, text, names);
  if (!again) return [];
  const { view } = again;
  return again.windows.flatMap((window) =>
    read(view.text, again.names, window).flatMap((hit) => mapped(view, text, hit, found)),
  );
}

function mapped<H extends Hit>(view: AsideView, text: string, hit: H, found: H[]): H[] {
  if (!view.cuts.some((c) => c.at > hit.start - ASIDE_REACH && c.at < hit.end)) return [];
  const start = originalOffset(view, hit.start, 'start');
  const end = originalOffset(view, hit.end, 'end');
  if (found.some((h) => h.claimId === hit.claimId && h.start < end && start < h.end)) return [];
  return [{ ...hit, start, end, phrase: text.slice(start, end) }];
}
