#!/usr/bin/env node
// node bench/tasks.js [article,live,huge]: every main-thread task of Sourcemark's run on a fresh
// bench page (bench/run.js's `sourcemark`), from a trace: the longest ones, and for the longest,
// where its time went (a CPU profile sampled every 100 µs, self time by function). A diagnosis of
// run.js's "median longest task", not a second measure of it. BENCH_REPS repetitions (default 3).
// Without PROFILE=1, each long task's timeline events by name instead (a script callback, style,
// layout, prepaint, paint, GC): whether it is our script or the rendering our writes cause.
// ALL_TASKS=10: also every task over 10 ms in time order with its events, the run as a timeline
// (which frames are long, and what else ran between them).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { articlePage, hugePage, liveBlogPage } from './pages.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPS = Number(process.env.BENCH_REPS ?? 3);
const PAGES = { article: articlePage(), live: liveBlogPage(), huge: hugePage() };
const PROFILE = !!process.env.PROFILE;
const INTERVAL_US = 200;
/** The engine's steps a sample is filed under: the outermost on its stack. */
const STEPS = new Set([
  'compileMatcher',
  'walkBlocks',
  'readPublishedDate',
  'scanBlock',
  'findNames',
  'findFigures',
  'detectFigureClaims',
  'leadAfter',
  'findCues',
  'pageRelevance',
  'selectHighlights',
  'add',
  'afterNextFrame',
  'scanStatementsInSteps',
  'mayStateClaims',
  'statementSteps',
]);
const only = (process.argv[2] ?? 'article,live,huge').split(',');

// HARNESSES=a.js,b.js: harness builds to compare (two versions of the code), taken in turn in
// every repetition so the machine's load falls on both alike. Otherwise the harness built from
// the code here, unminified, so the profile names functions.
const builds = process.env.HARNESSES?.split(',');
if (!builds) await build({ configFile: join(ROOT, 'bench/harness.config.ts'), build: { minify: false } });
const harnesses = (builds ?? [join(ROOT, 'bench/.build/harness.js')]).map((f) => readFileSync(f));
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname.slice(1);
  const [version, name] = path.split('/');
  if (name === 'harness.js')
    return res.writeHead(200, { 'content-type': 'text/javascript' }).end(harnesses[Number(version)]);
  if (PAGES[name])
    return res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(PAGES[name].replace('src="/harness.js"', `src="/${version}/harness.js"`));
  res.writeHead(404).end();
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

async function run(name, version) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    // As run.js: the huge page's whole pass is one CDP call, over puppeteer's 180 s on a loaded machine.
    protocolTimeout: 600_000,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/${version}/${name}`, { waitUntil: 'load' });
    if (process.env.DEBUG)
      page.on('console', (m) => m.text().startsWith('DBG') && console.log('   ', m.text()));
    const cdp = await page.createCDPSession();
    await page.tracing.start({
      categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
      await cdp.send('Profiler.start');
    }
    if (name === 'live') await page.evaluate(() => window.startUpdates());
    const result = await page.evaluate(() => window.sourcemarkBench.sourcemark());
    const profile = PROFILE ? (await cdp.send('Profiler.stop')).profile : undefined;
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
    // The page's main thread: the renderer main thread that ran the most.
    const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const runTasks = (m) =>
      events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask' && e.dur);
    const busiest = (m) => runTasks(m).reduce((a, e) => a + e.dur, 0);
    const main = mains.sort((a, b) => busiest(b) - busiest(a))[0];
    const tasks = runTasks(main).sort((a, b) => b.dur - a.dur);
    // Without a profile, what the trace says ran inside each long task: the timeline's own events
    // (a script's callback, style, layout, paint, GC), by name, nested ones counted in their own
    // right too (a forced layout inside a callback shows under both).
    const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
    const inside = (long) =>
      long
        .filter((x) => x.dur > 40_000)
        .slice(0, 3)
        .flatMap((task) => {
          const by = new Map();
          for (const e of onMain) {
            if (e === task || e.ts < task.ts || e.ts >= task.ts + task.dur || !e.dur) continue;
            const what = e.args?.data?.type ?? e.args?.data?.functionName ?? '';
            const key = `${e.name}${what ? ` (${what})` : ''}`;
            by.set(key, (by.get(key) ?? 0) + e.dur / 1000);
          }
          return [
            [`task of ${(task.dur / 1000).toFixed(1)} ms`, 0],
            ...[...by].sort((a, b) => b[1] - a[1]).slice(0, 8),
          ];
        });
    if (process.env.ALL_TASKS) {
      // Every task over ALL_TASKS ms, in time order, with its events by name: the run as a timeline.
      const byTime = runTasks(main).filter((x) => x.dur > Number(process.env.ALL_TASKS) * 1000);
      byTime.sort((a, b) => a.ts - b.ts);
      for (const task of byTime) {
        const by = new Map();
        for (const e of onMain) {
          if (e === task || e.ts < task.ts || e.ts >= task.ts + task.dur || !e.dur) continue;
          if (e.name === 'ThreadControllerImpl::RunTask') continue;
          by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
        }
        const parts = [...by].sort((a, b) => b[1] - a[1]).slice(0, 6);
        console.log(
          `  +${((task.ts - byTime[0].ts) / 1000).toFixed(0)} ${(task.dur / 1000).toFixed(1)} ms: ${parts.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`,
        );
      }
    }
    // The thread CPU time (the trace's tdur) of every top-level event of the renderer main thread that
    // ran the most CPU: a task, or a microtask checkpoint run outside one. On a machine other sessions
    // load, a task's wall time is mostly waiting for a core; only its CPU time compares two runs or two
    // codes. The longest usually holds the harness's own compile of the matcher (the engine gives that
    // a task of its own): the second is the engine's longest.
    const topLevel = (m) => {
      const on = events
        .filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X' && e.dur)
        .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
      const out = [];
      for (const e of on) if (!out.length || e.ts >= out.at(-1).ts + out.at(-1).dur) out.push(e);
      return out;
    };
    const cpuOf = (m) => topLevel(m).reduce((a, e) => a + (e.tdur ?? 0), 0);
    const cpuMain = [...mains].sort((a, b) => cpuOf(b) - cpuOf(a))[0];
    const cpu = topLevel(cpuMain)
      .map((x) => (x.tdur ?? 0) / 1000)
      .sort((a, b) => b - a)
      .slice(0, 6)
      .map((ms) => Math.round(ms * 10) / 10);
    result.secondTaskCpuMs = cpu[1];
    if (!profile)
      return {
        result,
        tasks: tasks.slice(0, 6).map((x) => Math.round(x.dur / 100) / 10),
        cpu,
        top: inside(tasks),
      };
    // Each long task's samples, by the outermost engine step on their stack (compiling, reading a
    // block, selecting, marking, statements…) and, inside it, the function that ran.
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
    const step = (node) => {
      let found = '(outside the engine)';
      for (let n = node; n; n = parent.get(n.id))
        if (STEPS.has(n.callFrame.functionName)) found = n.callFrame.functionName;
      return found;
    };
    const top = [];
    let t = profile.startTime;
    const sampleTimes = profile.samples.map((_, i) => (t += profile.timeDeltas[i]));
    for (const task of tasks.filter((x) => x.dur > 40_000).slice(0, 3)) {
      const by = new Map();
      for (let i = 0; i < profile.samples.length; i++) {
        if (sampleTimes[i] < task.ts || sampleTimes[i] > task.ts + task.dur) continue;
        const node = nodes.get(profile.samples[i]);
        const f = node.callFrame;
        const key = `${step(node)} > ${f.functionName || '(anon)'}:${f.lineNumber}`;
        by.set(key, (by.get(key) ?? 0) + INTERVAL_US / 1000);
      }
      top.push([
        `task of ${(task.dur / 1000).toFixed(1)} ms at +${((task.ts - profile.startTime) / 1000).toFixed(0)} ms`,
        0,
      ]);
      top.push(...[...by].sort((a, b) => b[1] - a[1]).slice(0, 10));
    }
    return { result, tasks: tasks.slice(0, 6).map((x) => Math.round(x.dur / 100) / 10), cpu, top };
  } finally {
    await browser.close().catch(() => undefined);
  }
}

const summary = {};
for (const name of only) {
  for (let rep = 0; rep < REPS; rep++) {
    for (let v = 0; v < harnesses.length; v++) {
      const version = (v + rep) % harnesses.length;
      const { result, tasks, cpu, top } = await run(name, version);
      const label = builds ? ` ${builds[version].split('/').pop()}` : '';
      (summary[`${name}${label}`] ??= []).push(result);
      console.log(
        `${name}${label} #${rep + 1}: harness longest ${Math.round(result.longestTaskMs)} ms, phase 1 ${Math.round(result.phaseOneMs)} ms, all ${Math.round(result.ms)} ms; traced tasks ${tasks.join(', ')}; their CPU, longest first ${cpu.join(', ')}`,
      );
      for (const [k, ms] of top) console.log(`    ${ms.toFixed(1)} ms  ${k}`);
    }
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const [key, rs] of Object.entries(summary))
  console.log(
    `${key}: medians of ${rs.length}: longest task ${Math.round(median(rs.map((r) => r.longestTaskMs)))} ms (the second longest by CPU, the engine's longest: ${Math.round(median(rs.map((r) => r.secondTaskCpuMs)))} ms), phase 1 ${Math.round(median(rs.map((r) => r.phaseOneMs)))} ms, all ${Math.round(median(rs.map((r) => r.ms)))} ms`,
  );
server.close();
