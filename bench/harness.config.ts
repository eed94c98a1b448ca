/**
 * The benchmark's in-page harness, built by bench/run.js with this config:
 * one IIFE that the generated pages load. It gets the content data the
 * extension is built with, so start-up can be measured both ways: the matcher
 * compiled in the page from the dataset's JSON, and revived from the code the
 * build writes for the engine.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { buildContentData, engineDataModule } from '../scripts/contentDataPlugin.ts';

const ROOT = resolve(import.meta.dirname, '..');
const data = buildContentData(resolve(ROOT, 'data'));

export default defineConfig({
  root: ROOT,
  logLevel: 'warn',
  define: {
    __BENCH_CONTENT_JSON__: JSON.stringify(JSON.stringify(data.dataset)),
    __BENCH_ENGINE_DATA__: JSON.stringify(engineDataModule(data).replace(/^export default /, '')),
    __BENCH_STORY_GATE__: JSON.stringify(data.gate),
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
