/**
 * Runs inside the benchmark's pages (bundled by bench/run.js): the same
 * Highlighter the content script runs, a bare pass over the text for the
 * floor, and mark.js the naive way for comparison.
 */
import Mark from 'mark.js';
import { parse } from 'devalue';
import { bundledDataset } from '../src/core/dataset/bundledDataset.ts';
import type { ContentDataset } from '../src/core/dataset/schema.ts';
import { compileMatcher, type Matcher } from '../src/core/match/compileMatcher.ts';
import {
  compileStoryGate,
  emptyReading,
  mayBeAboutStory,
  readForStory,
  type StoryGatePatterns,
} from '../src/core/page/storyGate.ts';
import { Highlighter } from '../src/content/highlighter.ts';
import { afterNextFrame } from '../src/content/afterNextFrame.ts';
import { pageText } from '../src/content/storyWatch.ts';
import { walkBlocks } from '../src/content/collectBlocks.ts';
import { MarkedBlock } from '../src/content/markedBlock.ts';
import { readPublishedDate } from '../src/content/readPublishedDate.ts';
import { scanBlock, type BlockScan } from '../src/core/page/scanBlock.ts';
import { addEvidence, emptyEvidence, pageRelevance } from '../src/core/page/pageRelevance.ts';
import { selectHighlights } from '../src/core/page/selectHighlights.ts';

/** Set by bench/harness.config.ts from the data the extension is built with. */
declare const __BENCH_CONTENT_JSON__: string;
declare const __BENCH_ENGINE_DATA__: string;
declare const __BENCH_STORY_GATE__: StoryGatePatterns;
declare const __BENCH_ENGINE_DEVALUE__: string;

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

/** What the engine is built with (scripts/contentData.ts). */
const contentDataset = JSON.parse(__BENCH_CONTENT_JSON__) as ContentDataset;

/** The matcher compiled at build time, revived from code (warm after the first call). */
function revivedMatcher(): Matcher {
  const holder = window as unknown as { __engineData?: { matcher: Matcher } };
  if (!holder.__engineData) {
    const script = document.createElement('script');
    script.textContent = `window.__engineData = ${__BENCH_ENGINE_DATA__};`;
    document.head.append(script);
    script.remove();
  }
  return holder.__engineData!.matcher;
}

/**
 * The engine's path once injected: compile the matcher, read, decide, mark
 * names and figures (phase 1), then statements in idle time (phase 2).
 * Resolves when every mark is in place.
 */
async function sourcemark(budgetMs?: number): Promise<{
  ms: number;
  phaseOneMs: number;
  longestTaskMs: number;
  marks: number;
}> {
  const t0 = performance.now();
  let phaseOneMs: number | undefined;
  const highlighter = new Highlighter({
    matcher: compileMatcher(JSON.parse(__BENCH_CONTENT_JSON__) as ContentDataset),
    root: document.body,
    // Names and figures are in place when the first pass reports.
    onChange: () => (phaseOneMs ??= performance.now() - t0),
    ...(budgetMs ? { budgetMs } : {}),
  });
  await highlighter.enable();
  const ms = performance.now() - t0;
  // Let a task that straddled the end be reported.
  await new Promise((r) => setTimeout(r, 200));
  (window as unknown as { highlighter: Highlighter }).highlighter = highlighter;
  return {
    ms,
    phaseOneMs: phaseOneMs ?? ms,
    longestTaskMs: maxLongTaskSince(t0),
    marks: document.querySelectorAll('mark[data-sm-kind]').length,
  };
}

/**
 * Where phase 1's time goes, part by part, on a fresh page: the same steps
 * as the Highlighter's first pass (compile the matcher, walk the blocks, read
 * each with its neighbours and the page's date, judge the page, select, write
 * the marks, the frame that renders them), timed one by one without its
 * chunking, and the compiling, reading and writing once more, warm. A
 * diagnosis of the ratio above, not a second measure of it.
 */
async function phaseOneParts(): Promise<Record<string, number>> {
  const parts: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    parts[name] = now - t;
    t = now;
  };
  const matcher = compileMatcher(JSON.parse(__BENCH_CONTENT_JSON__) as ContentDataset);
  lap('compile');
  const blocks = [...walkBlocks(document.body)];
  lap('walk');
  const published = readPublishedDate(document);
  const evidence = emptyEvidence();
  const readAll = () => {
    let previous: BlockScan | undefined;
    return blocks.map((block, i) => {
      const scan = scanBlock(matcher, block.text, {
        page: published ? { published } : {},
        ...(previous ? { previous } : {}),
        ...(i + 1 < blocks.length ? { next: blocks[i + 1]!.text } : {}),
      });
      return (previous = scan);
    });
  };
  const scans = readAll();
  for (const scan of scans) addEvidence(evidence, scan);
  lap('scan');
  // The same reading again: what is left once the engine's code and patterns are compiled.
  readAll();
  lap('scanAgain');
  const { relevant } = pageRelevance(matcher, evidence);
  const selected = scans.map((scan) => selectHighlights(matcher, scan, evidence, relevant));
  lap('select');
  const writeAll = () =>
    blocks.flatMap((block, i) => {
      if (!selected[i]!.length) return [];
      const marked = new MarkedBlock(block);
      marked.add(selected[i]!);
      return [marked];
    });
  const written = writeAll();
  lap('write');
  parts.render = (await afterNextFrame()) ?? 0;
  // What is left of each step once its code has run once: the matcher compiled again, the marks
  // taken off and written again (and rendered), so the first-use share of each part shows.
  t = performance.now();
  compileMatcher(JSON.parse(__BENCH_CONTENT_JSON__) as ContentDataset);
  lap('compileAgain');
  for (const marked of written) marked.restore();
  await afterNextFrame();
  t = performance.now();
  writeAll();
  lap('writeAgain');
  parts.renderAgain = (await afterNextFrame()) ?? 0;
  return parts;
}

/** The gate's look at the page, as every page runs it: its text, the organisation or a central person, then the story's names. */
function gate(): { ms: number; mayBeAboutStory: boolean } {
  const t0 = performance.now();
  const storyGate = compileStoryGate(__BENCH_STORY_GATE__);
  const reading = readForStory(storyGate, pageText(document), emptyReading(), () => pageText(document));
  return { ms: performance.now() - t0, mayBeAboutStory: mayBeAboutStory(reading) };
}

/** Start-up, first time in a fresh page: the matcher compiled from the dataset's JSON, or a build-time one revived. */
function startUp(how: 'compile' | 'revive' | 'devalue'): { ms: number } {
  const t0 = performance.now();
  if (how === 'compile') compileMatcher(JSON.parse(__BENCH_CONTENT_JSON__) as ContentDataset);
  else if (how === 'devalue') parse(__BENCH_ENGINE_DEVALUE__);
  else revivedMatcher();
  return { ms: performance.now() - t0 };
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

Object.assign(window, {
  sourcemarkBench: { sourcemark, floor, naive, baseline, changeFrame, gate, startUp, phaseOneParts },
});
