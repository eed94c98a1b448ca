/**
 * The matches of a global pattern in `text`, as `text.matchAll(pattern)` gives
 * them, without its copy of the pattern: `matchAll` constructs a new RegExp on
 * every call, which for the engine's large alternations (every alias, every
 * cue) cost more than the search itself on a short block, and made the live
 * blog's first pass twice as slow. The position is kept here and set before
 * each step, so a caller may use the same pattern while iterating; the
 * pattern's `lastIndex` is left at 0 however the loop ends.
 */
export function* eachMatch(pattern: RegExp, text: string): Generator<RegExpExecArray, void> {
  if (!pattern.global) throw new TypeError(`eachMatch needs a global pattern: /${pattern.source}/`);
  let position = 0;
  try {
    while (position <= text.length) {
      pattern.lastIndex = position;
      const m = pattern.exec(text);
      if (!m) return;
      // A zero-width match (a lookahead) must still move on.
      position = m[0].length ? pattern.lastIndex : m.index + 1;
      yield m;
    }
  } finally {
    pattern.lastIndex = 0;
  }
}
