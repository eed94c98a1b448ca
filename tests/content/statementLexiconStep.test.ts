import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';
import { compileMatcher, compileStatementsInSteps } from '../../src/core/match/compileMatcher.ts';
import { scanBlock, type BlockScan } from '../../src/core/page/scanBlock.ts';
import { phaseOneWarmUp, phaseTwoWarmUp } from '../../src/content/warmUp.ts';
import type { StatementLexicon } from '../../src/core/claims/statementLexicon.ts';
import { Highlighter } from '../../src/content/highlighter.ts';

/*
 * Where the statement lexicon is compiled (15–25 ms of a fresh page's CPU in round 18, 200 ms in round
 * 24): not with the matcher in the engine's start task, not in phase 1, but in phase 2's first warm-up
 * steps, a wording at a time. Counted by calls and by the triggers each step adds, not timed: the real
 * modules, their functions wrapped to record the step.
 */
const { calls, at, progress, recorded } = vi.hoisted(() => {
  const calls: Array<{ fn: string; step: number }> = [];
  /** The lexicon's compile, step by step: the warm-up step it ran in and the triggers compiled by then. */
  const progress: Array<{ step: number; triggers: number }> = [];
  const at = { step: 0 };
  const recorded = <F extends (...args: never[]) => unknown>(fn: string, f: F) =>
    ((...args: Parameters<F>) => {
      calls.push({ fn, step: at.step });
      return f(...args);
    }) as F;
  return { calls, at, progress, recorded };
});

vi.mock('../../src/core/claims/statementLexicon.ts', async (original) => {
  const real = await original<typeof import('../../src/core/claims/statementLexicon.ts')>();
  return {
    ...real,
    compileStatementLexicon: recorded('compileStatementLexicon', real.compileStatementLexicon),
    statementLexiconSteps: function* (...args: Parameters<typeof real.statementLexiconSteps>) {
      calls.push({ fn: 'statementLexiconSteps', step: at.step });
      const steps = real.statementLexiconSteps(...args);
      for (;;) {
        const next = steps.next();
        if (next.done) return next.value;
        progress.push({ step: at.step, triggers: next.value });
        yield next.value;
      }
    },
  };
});
vi.mock('../../src/core/page/scanBlock.ts', async (original) => {
  const real = await original<typeof import('../../src/core/page/scanBlock.ts')>();
  return {
    ...real,
    scanBlock: recorded('scanBlock', real.scanBlock),
    mayStateClaims: recorded('mayStateClaims', real.mayStateClaims),
  };
});
vi.mock('../../src/core/claims/readWindows.ts', async (original) => {
  const real = await original<typeof import('../../src/core/claims/readWindows.ts')>();
  return { ...real, readingWindows: recorded('readingWindows', real.readingWindows) };
});

/** The lexicon's compiles started (in steps, or whole). */
const compiles = () =>
  calls.filter((c) => c.fn === 'statementLexiconSteps' || c.fn === 'compileStatementLexicon');

/** Invented blocks of a page about the story, in many shapes: a headline, quotes, figures, a report. */
const PAGE = [
  'OPENAI BOARD OUSTS SAM ALTMAN',
  'Sam Altman was fired by the OpenAI board on Friday, the company said in a blog post.',
  '“I deeply regret my participation in the board’s actions,” Ilya Sutskever wrote on X on Monday.',
  'More than 700 of OpenAI’s roughly 770 employees signed a letter threatening to quit.',
  'Microsoft, which has invested $13 billion in the company, said it would hire Altman.',
  'Altman is back as chief executive, OpenAI said late on Tuesday.',
];

afterEach(() => {
  calls.length = 0;
  progress.length = 0;
  at.step = 0;
});

describe('the statement lexicon’s compile', () => {
  it('is not part of compiling the matcher (the engine’s start task)', () => {
    compileMatcher(bundledDataset);
    expect(compiles()).toHaveLength(0);
  });

  it('is not part of phase 1: its warm-up, or reading a page’s names and figures', () => {
    const matcher = compileMatcher(bundledDataset);
    const page = { published: '2023-11-22' };
    for (const _ of phaseOneWarmUp(matcher, page)) at.step++;
    let previous: BlockScan | undefined;
    for (const [i, text] of PAGE.entries())
      previous = scanBlock(matcher, text, {
        page,
        ...(previous ? { previous } : {}),
        ...(i + 1 < PAGE.length ? { next: PAGE[i + 1]! } : {}),
      });
    expect(calls.some((c) => c.fn === 'scanBlock')).toBe(true);
    expect(compiles()).toHaveLength(0);
  });

  it('is phase 2’s first warm-up steps, a wording at a time, and happens once', () => {
    const matcher = compileMatcher(bundledDataset);
    calls.length = 0;
    for (const _ of phaseTwoWarmUp(matcher, { published: '2023-11-22' })) at.step++;
    expect(compiles()).toEqual([{ fn: 'statementLexiconSteps', step: 0 }]);
    // One lexicon step per warm-up step, each adding a small part of the triggers: round 24's some
    // 29,000 compiled in one step made a 200 ms task (the most one step adds today is 400).
    const steps = progress.map((p) => p.step);
    expect(new Set(steps).size).toBe(steps.length);
    expect(steps.length).toBeGreaterThan(1000);
    const total = progress.at(-1)!.triggers;
    const added = progress.map((p, i) => p.triggers - (progress[i - 1]?.triggers ?? 0));
    expect(Math.max(...added)).toBeLessThanOrEqual(total / 20);
    // Nothing is read while it compiles; the rest of the warm-up reads with it, compiled once.
    const lastCompileStep = steps.at(-1)!;
    expect(calls.some((c) => c.fn !== 'statementLexiconSteps' && c.step <= lastCompileStep)).toBe(false);
    expect(calls.some((c) => c.fn === 'scanBlock' && c.step > lastCompileStep)).toBe(true);
    void matcher.statements.cue;
    expect(compiles()).toHaveLength(1);
  });

  it('compiled in steps is the lexicon compiled at once, also when read part-way through the steps', () => {
    // As text: a deep comparison of three lexicons of 29,000 triggers outran the test's time on a busy machine.
    const asText = (lexicon: StatementLexicon) =>
      JSON.stringify([[...lexicon.byFirstWord], lexicon.epithets, lexicon.cue?.source, lexicon.cue?.flags]);
    const whole = asText(compileMatcher(bundledDataset).statements);
    const stepped = compileMatcher(bundledDataset);
    for (const _ of compileStatementsInSteps(stepped));
    expect(asText(stepped.statements)).toBe(whole);
    const partWay = compileMatcher(bundledDataset);
    const steps = compileStatementsInSteps(partWay);
    for (let i = 0; i < 100; i++) steps.next();
    expect(asText(partWay.statements)).toBe(whole);
    // Its steps are done: the reading finished them.
    expect(steps.next().done).toBe(true);
    expect(compiles()).toHaveLength(3);
    // Three whole compiles: generous on a busy machine.
  }, 60_000);

  // The cue (17,000 characters) and the windows' epithets (a case-folded Unicode pattern of 400) paid
  // their first search inside the first block's reading: the article's longest phase-2 task.
  it('searches phase 2’s large patterns first in steps of their own, before any block is read', () => {
    const matcher = compileMatcher(bundledDataset);
    for (const _ of phaseTwoWarmUp(matcher, { published: '2023-11-22' })) at.step++;
    const firstScan = calls.find((c) => c.fn === 'scanBlock')!.step;
    for (const fn of ['mayStateClaims', 'readingWindows']) {
      const own = calls.filter((c) => c.fn === fn);
      // Twice on each of V8's two kinds of string: bytecode, then machine code.
      expect(own, fn).toHaveLength(4);
      for (const { step } of own) {
        expect(step, fn).toBeLessThan(firstScan);
        expect(
          calls.filter((c) => c.step === step).map((c) => c.fn),
          fn,
        ).toEqual([fn]);
      }
    }
  });
});

describe('a page whose statement lexicon compiled late', () => {
  it('gets its names in phase 1 before the compile, and its statements in phase 2 after it', async () => {
    const matcher = compileMatcher(bundledDataset);
    document.body.innerHTML = PAGE.map((text) => `<p>${text}</p>`).join('');
    const atReport: Array<{ compiles: number; kinds: string[] }> = [];
    const h = new Highlighter({
      matcher,
      root: document.body,
      settleMs: 10,
      onChange: () =>
        atReport.push({
          compiles: compiles().length,
          kinds: [...document.querySelectorAll<HTMLElement>('mark[data-sm-kind]')].map(
            (m) => `${m.dataset.smKind}:${m.dataset.smId}`,
          ),
        }),
    });
    try {
      await h.enable();
      await h.flush();
      // Phase 1's report: names marked, no lexicon yet.
      expect(atReport[0]!.compiles).toBe(0);
      expect(atReport[0]!.kinds).toContain('entity:sam-altman');
      expect(atReport[0]!.kinds.some((k) => k.startsWith('claim:') && /regret|back/.test(k))).toBe(false);
      // Phase 2 compiled it once and found the statements.
      expect(compiles()).toHaveLength(1);
      const marks = [...document.querySelectorAll<HTMLElement>('mark[data-sm-kind="claim"]')].map(
        (m) => m.dataset.smId,
      );
      expect(marks).toContain('sutskever-regret');
    } finally {
      await h.disable();
    }
  });
});
