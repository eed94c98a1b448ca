/**
 * Runs inside the benchmark's pages (bundled by bench/run.js): the same
 * Highlighter the content script runs, a bare pass over the text for the
 * floor, and mark.js the naive way for comparison.
 */
import Mark from 'mark.js';
import { bundledDataset } from '../src/core/dataset/bundledDataset.ts';
import { projectContentDataset } from '../src/core/dataset/projectContentDataset.ts';
import { compileMatcher } from '../src/core/match/compileMatcher.ts';
import { Highlighter } from '../src/content/highlighter.ts';
import { afterNextFrame } from '../src/content/afterNextFrame.ts';

/**
 * Main-thread tasks over 50 ms. Chromium's `longtask` entries cover script
 * tasks only; the style, layout and paint that our DOM writes cause run in
 * the frame's own rendering task, which `long-animation-frame` entries
 * report (from renderStart to the frame's end).
 */
const longTasks: Array<{ end: number; ms: number }> = [];
const record = (list: PerformanceObserverEntryList | PerformanceEntryList) => {
  for (const entry of list instanceof Array ? list : list.getEntries()) {
    const end = entry.startTime + entry.duration;
    if (entry.entryType === 'longtask') longTasks.push({ end, ms: entry.duration });
    else {
      const frame = entry as PerformanceEntry & { renderStart: number };
      if (frame.renderStart > 0) longTasks.push({ end, ms: end - frame.renderStart });
    }
  }
};
const observers = ['longtask', 'long-animation-frame'].map((type) => {
  const observer = new PerformanceObserver(record);
  observer.observe({ type, buffered: true });
  return observer;
});

/**
 * The longest task that ended after `since`. By time, not by arrival: the
 * page's own loading tasks may reach the observers after a run has started.
 */
function maxLongTaskSince(since: number): number {
  // Entries may still be queued for the observers' callbacks: collect them now.
  for (const observer of observers) record(observer.takeRecords());
  return Math.max(0, ...longTasks.filter((t) => t.end > since).map((t) => t.ms));
}

/** What the content script is built with (scripts/contentDatasetPlugin.ts). */
const contentDataset = projectContentDataset(bundledDataset);

/** The content script's path: compile the matcher, read, decide, mark. Resolves when every mark is in place. */
async function sourcemark(budgetMs?: number): Promise<{ ms: number; longestTaskMs: number; marks: number }> {
  const t0 = performance.now();
  const highlighter = new Highlighter({
    matcher: compileMatcher(contentDataset),
    root: document.body,
    ...(budgetMs ? { budgetMs } : {}),
  });
  await highlighter.enable();
  const ms = performance.now() - t0;
  // Let a task that straddled the end be reported.
  await new Promise((r) => setTimeout(r, 200));
  (window as unknown as { highlighter: Highlighter }).highlighter = highlighter;
  return {
    ms,
    longestTaskMs: maxLongTaskSince(t0),
    marks: document.querySelectorAll('mark[data-sm-kind]').length,
  };
}

/** The page on its own, for as long as Sourcemark would take: its own long tasks (a live blog renders its updates). */
async function baseline(ms: number): Promise<{ longestTaskMs: number }> {
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, ms + 200));
  return { longestTaskMs: maxLongTaskSince(t0) };
}

/**
 * What one small change costs this page to render, without Sourcemark: a word
 * of a paragraph in the middle of the page, changed in a few frames in turn;
 * the median frame. On a page of thousands of siblings, any DOM write costs a
 * long frame. Null when no frame could be measured (one over 100 ms, or none).
 */
async function changeFrame(frames = 4): Promise<{ renderMs: number | null }> {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if ((n as Text).data.trim().length > 20) texts.push(n as Text);
  const target = texts[Math.floor(texts.length / 2)]!;
  const original = target.data;
  const renders: number[] = [];
  for (let i = 0; i < frames; i++) {
    target.data = i % 2 ? original : `${original} word`;
    // As the content script's pacer measures a frame (frames under 50 ms have no performance entry).
    const ms = await afterNextFrame();
    if (ms !== undefined) renders.push(ms);
  }
  target.data = original;
  renders.sort((a, b) => a - b);
  return { renderMs: renders.length ? renders[renders.length >> 1]! : null };
}

/** The floor: every text node read once by a TreeWalker and run through the compiled name pattern; nothing changes. */
function floor(): { ms: number; matches: number } {
  const matcher = compileMatcher(contentDataset);
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
  const aliases = [
    ...new Set(
      bundledDataset.entities.flatMap((e) => [
        e.name,
        ...e.aliases,
        ...e.contextAliases,
        ...e.ambiguousAliases,
      ]),
    ),
  ];
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

Object.assign(window, { sourcemarkBench: { sourcemark, floor, naive, baseline, changeFrame } });
