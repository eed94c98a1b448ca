/**
 * The benchmark's in-page harness, built by bench/run.js with this config:
 * one IIFE that the generated pages load. It gets the content data the
 * extension is built with, so start-up can be measured three ways: the matcher
 * compiled in the page from the dataset's JSON (what the engine does), and
 * revived from a build-time compile, written as code or as devalue's JSON.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { stringify } from 'devalue';
import { buildContentData, precompiledMatcherCode } from '../scripts/contentData.ts';

const ROOT = resolve(import.meta.dirname, '..');
const data = buildContentData(resolve(ROOT, 'data'));

export default defineConfig({
  root: ROOT,
  logLevel: 'warn',
  define: {
    __BENCH_CONTENT_JSON__: JSON.stringify(JSON.stringify(data.dataset)),
    __BENCH_ENGINE_DATA__: JSON.stringify(precompiledMatcherCode(data)),
    __BENCH_STORY_GATE__: JSON.stringify(data.gate),
    __BENCH_ENGINE_DEVALUE__: JSON.stringify(stringify({ dataset: data.dataset, matcher: data.matcher })),
  },
  build: {
    outDir: resolve(ROOT, 'bench/.build'),
    emptyOutDir: true,
    lib: {
      entry: resolve(ROOT, 'bench/pageHarness.ts'),
      formats: ['iife'],
      name: 'SourcemarkBench',
      fileName: () => 'harness.js',
    },
  },
});
