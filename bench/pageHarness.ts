/**
 * Runs inside the benchmark's pages (bundled by bench/run.js): the same
 * Highlighter the content script runs, a bare pass over the text for the
 * floor, and mark.js the naive way for comparison.
 */
import Mark from 'mark.js';
import { bundledDataset } from '../src/core/dataset/bundledDataset.ts';
import { compileMatcher } from '../src/core/match/compileMatcher.ts';
import { Highlighter } from '../src/content/highlighter.ts';

const longTasks: number[] = [];
const longTaskObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
});
longTaskObserver.observe({ type: 'longtask', buffered: true });

function maxLongTaskSince(index: number): number {
  // Entries may still be queued for the observer's callback: collect them now.
  for (const entry of longTaskObserver.takeRecords()) longTasks.push(entry.duration);
  return Math.max(0, ...longTasks.slice(index));
}

/** The content script's path: compile the matcher, read, decide, mark. Resolves when every mark is in place. */
async function sourcemark(budgetMs?: number): Promise<{ ms: number; longestTaskMs: number; marks: number }> {
  const from = longTasks.length;
  const t0 = performance.now();
  const highlighter = new Highlighter({ matcher: compileMatcher(bundledDataset), root: document.body, ...(budgetMs ? { budgetMs } : {}) });
  await highlighter.enable();
  const ms = performance.now() - t0;
  // Let a task that straddled the end be reported.
  await new Promise((r) => setTimeout(r, 200));
  (window as unknown as { highlighter: Highlighter }).highlighter = highlighter;
  return { ms, longestTaskMs: maxLongTaskSince(from), marks: document.querySelectorAll('mark[data-sm-kind]').length };
}

/** The floor: every text node read once by a TreeWalker and run through the compiled name pattern; nothing changes. */
function floor(): { ms: number; matches: number } {
  const matcher = compileMatcher(bundledDataset);
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let matches = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (const _ of (n as Text).data.matchAll(matcher.names)) matches++;
  }
  return { ms: performance.now() - t0, matches };
}

/** What a typical highlighter does: mark.js mark() with every alias. */
function naive(): Promise<{ ms: number; marks: number }> {
  const aliases = [...new Set(bundledDataset.entities.flatMap((e) => [e.name, ...e.aliases, ...e.contextAliases, ...e.ambiguousAliases]))];
  const t0 = performance.now();
  return new Promise((resolve) => {
    new Mark(document.body).mark(aliases, {
      separateWordSearch: false,
      caseSensitive: true,
      accuracy: 'exactly',
      done: (marks: number) => resolve({ ms: performance.now() - t0, marks }),
    });
  });
}

Object.assign(window, { sourcemarkBench: { sourcemark, floor, naive } });
