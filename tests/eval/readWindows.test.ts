/**
 * Phase 2 reads a long block in windows around its cues (src/core/claims/readWindows.ts);
 * they must find what reading the whole block finds. The evaluation pages, each run
 * together into one block, are the text: once as they are (cues everywhere) and once
 * with a long stretch of unrelated prose between their paragraphs (cues far apart).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectStatements } from '../../src/core/claims/detectStatements.ts';
import { findNames } from '../../src/core/match/findNames.ts';
import { matcher } from '../core/helpers/annotate.ts';
import { readGoldPage } from './readGoldPage.ts';
import { EVAL_DIR } from './runEval.ts';

const pages = readdirSync(EVAL_DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => readGoldPage(f, readFileSync(resolve(EVAL_DIR, f), 'utf8')).blocks.map((b) => b.text));
const FILLER = ' The weather was mild for the season, with fog lifting by late morning over the bay.'.repeat(
  40,
);

function statements(text: string, windowFrom: number) {
  return detectStatements(matcher, text, findNames(matcher, text), undefined, undefined, windowFrom).map(
    (h) => `${h.claimId} ${h.start}-${h.end} ${h.verdict}`,
  );
}

// Every evaluation page read twice per test: seconds on a loaded machine, and no timing check.
describe('reading a long block in windows', { timeout: 60_000 }, () => {
  it.each([
    ['cues close together', ' '],
    ['cues far apart', FILLER],
  ])(
    'finds what reading it whole finds (%s)',
    (_, between) => {
      let found = 0;
      for (const blocks of pages) {
        const text = blocks.join(between);
        const whole = statements(text, Infinity);
        expect(statements(text, 0)).toEqual(whole);
        found += whole.length;
      }
      expect(found).toBeGreaterThan(150);
      // Reads every eval page whole, twice: seconds on a loaded machine.
    },
    60_000,
  );

  it('reads a long block after a long one as it reads them whole', () => {
    for (const blocks of pages) {
      const half = Math.ceil(blocks.length / 2);
      const [first, second] = [blocks.slice(0, half).join(FILLER), blocks.slice(half).join(' ')];
      const previous = { text: first, names: findNames(matcher, first) };
      const run = (windowFrom: number) =>
        detectStatements(matcher, second, findNames(matcher, second), previous, undefined, windowFrom).map(
          (h) => `${h.claimId} ${h.start}`,
        );
      expect(run(0)).toEqual(run(Infinity));
    }
  });
});
