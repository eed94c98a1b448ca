import { describe, expect, it } from 'vitest';
import { readingWindows } from '../../src/core/claims/readWindows.ts';
import { findNames } from '../../src/core/match/findNames.ts';
import { matcher } from './helpers/annotate.ts';

/** Prose with no cue and no name, to put the epithet far before the window read. */
const FILLER = ' The weather was mild for the season, with fog lifting by late morning over the bay.'.repeat(
  40,
);

/** Who a window at the end of `text` knows was named before it. */
function before(text: string) {
  const [window] = readingWindows(matcher, text, findNames(matcher, text), [text.length - 2]);
  return { lastPerson: window!.lastPerson, peopleBefore: window!.peopleBefore };
}

// The epithets pattern reads the gaps between an epithet's words as spaces in a copy of the text with
// every whitespace character made a space (cheaper to compile than a Unicode `\s+` per gap): a line
// break, a no-break space or a run of spaces between its words is the same epithet, at the same place.
describe('an epithet whose words a page sets apart by any whitespace', () => {
  const epithet = matcher.statements.epithets.find((e) => e.words.length >= 3)!;
  const written = (gap: string) => `${epithet.words.join(gap)} spoke first.${FILLER} Then he left.`;

  it('is a mention of its person before a window, whatever the gaps', () => {
    const plain = before(written(' '));
    expect(plain.lastPerson).toBe(epithet.entityId);
    for (const gap of ['\n', '\u00a0', '  ', ' \t ', '\u2009'])
      expect(before(written(gap)), JSON.stringify(gap)).toEqual(plain);
  });

  it('is no mention where its words are run together or split by a word', () => {
    for (const text of [written(''), written(' and ')])
      expect(before(text).peopleBefore).not.toContain(epithet.entityId);
  });
});
