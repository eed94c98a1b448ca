#!/usr/bin/env node
// node bench/patterns.js [build.mjs,...]: in node, what the matcher's one-pattern scans cost on the
// bench pages' text: compileMatcher, each pattern's first use (V8 compiles a pattern on its first
// match) and a later pass. Each sample is a fresh process, so every first use is a first use.
// Without arguments, builds bench/patternProbe.ts from the code here; with builds of two versions
// (copies of bench/.build/patterns.mjs), takes them in turn so the machine's load falls on both.
// BENCH_REPS fresh processes (default 9); WARM=1 runs the content script's claim-phrase warm-up first.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articlePage, liveBlogPage } from './pages.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/.build');
const REPS = Number(process.env.BENCH_REPS ?? 9);
/** The text a page's blocks hold, roughly: its markup dropped. */
const textOf = (html) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

if (process.argv[2] === '--child') {
  const [build, datasetFile] = process.argv.slice(3);
  const { compileMatcher } = await import(pathToFileURL(build).href);
  const dataset = JSON.parse(readFileSync(datasetFile, 'utf8'));
  // The article whole, and a long stretch of the live blog (the whole of it, and the huge page,
  // took the flat phrase pattern of round 15 seconds a pass).
  const texts = { article: textOf(articlePage()), live: textOf(liveBlogPage()).slice(0, 100_000) };
  const time = (f) => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };
  const out = {};
  let matcher;
  out.compileMatcher = time(() => (matcher = compileMatcher(dataset)));
  // First use on the first paragraph-sized block, as a page's first block is.
  const block = texts.article.slice(0, 600);
  const scans = {
    claimPhrases: (t) => t.match(matcher.claimPhrases),
    names: (t) => t.match(matcher.names),
    figureCues: (t) => t.match(matcher.figureCues),
  };
  // WARM=1: first the claim phrases' warm-up (src/content/warmUp.ts), a search of 1,000 spaces.
  if (process.env.WARM) out['claimPhrases warm-up'] = time(() => matcher.claimPhrases.test(' '.repeat(1000)));
  for (const [name, scan] of Object.entries(scans)) {
    out[`${name} first`] = time(() => scan(block));
    // V8 reads a pattern's first search with its interpreter and compiles it on a later one.
    out[`${name} second`] = time(() => scan(block));
    for (const [page, text] of Object.entries(texts)) {
      const passes = Array.from({ length: 3 }, () => time(() => scan(text)));
      out[`${name} ${page} (${Math.round(text.length / 1000)}K)`] = passes.sort((a, b) => a - b)[1];
    }
  }
  process.stdout.write(JSON.stringify(out));
} else {
  let builds = process.argv[2]?.split(',');
  if (!builds) {
    const { build } = await import('vite');
    await build({
      root: ROOT,
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir: OUT,
        emptyOutDir: false,
        ssr: join(ROOT, 'bench/patternProbe.ts'),
        rollupOptions: { output: { entryFileNames: 'patterns.mjs' } },
      },
    });
    builds = [join(OUT, 'patterns.mjs')];
  }
  const datasetFile = join(OUT, 'patterns-dataset.json');
  const { contentDataset } = await import(pathToFileURL(resolve(builds[0])).href);
  writeFileSync(datasetFile, JSON.stringify(contentDataset(join(ROOT, 'data'))));
  const samples = builds.map(() => ({}));
  for (let rep = 0; rep < REPS; rep++)
    builds.forEach((b, i) => {
      const out = JSON.parse(
        execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', resolve(b), datasetFile]),
      );
      for (const [k, v] of Object.entries(out)) (samples[i][k] ??= []).push(v);
    });
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const keys = Object.keys(samples[0]);
  console.log(`median of ${REPS} fresh processes, ms`);
  console.log(['', ...builds.map((b) => b.split('/').pop())].join('\t'));
  for (const k of keys) console.log([k, ...samples.map((s) => median(s[k]).toFixed(2))].join('\t'));
}
