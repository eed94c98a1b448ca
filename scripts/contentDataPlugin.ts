import { uneval } from 'devalue';
import type { Plugin } from 'vite';
import { DATASET_FILES, type ContentDataset } from '../src/core/dataset/schema.ts';
import { parseDataset } from '../src/core/dataset/parseDataset.ts';
import { projectContentDataset } from '../src/core/dataset/projectContentDataset.ts';
import { compileMatcher, type Matcher } from '../src/core/match/compileMatcher.ts';
import { storyGatePatterns, type StoryGatePatterns } from '../src/core/page/storyGate.ts';
import { readDatasetDir } from './readDatasetDir.ts';

/** The gate's patterns, a define: crxjs builds the gate (a standalone content script) with the project's defines only. */
export const STORY_GATE_DEFINE = '__SOURCEMARK_STORY_GATE__';
/** The engine's dataset and compiled matcher, a module of the engine's own build. */
export const ENGINE_DATA_MODULE = 'virtual:sourcemark/engine-data';
const RESOLVED_ENGINE_DATA = `\0${ENGINE_DATA_MODULE}`;

export interface ContentData {
  dataset: ContentDataset;
  matcher: Matcher;
  gate: StoryGatePatterns;
}

/**
 * Everything pages get from data/, made once per build: the dataset validated
 * (a broken one fails the build, naming the file and the field) and cut to
 * what pages read, its matcher compiled, and the gate's patterns drawn from
 * that matcher so the gate cannot drift from the entities.
 */
export function buildContentData(dir: string): ContentData {
  const dataset = projectContentDataset(parseDataset(readDatasetDir(dir)));
  const matcher = compileMatcher(dataset);
  return { dataset, matcher, gate: storyGatePatterns(matcher) };
}

/**
 * The engine's data as code: the matcher is plain data, RegExp, Map and Set
 * (INTERFACES.md), which devalue writes out generically, shared objects once.
 */
export function engineDataModule(data: ContentData): string {
  return `export default ${uneval({ dataset: data.dataset, matcher: data.matcher })};\n`;
}

/** Refreshed on every build, so watch mode follows edited data. */
export function contentDataPlugin(dir = 'data'): Plugin {
  let data: ContentData | undefined;
  let define: Record<string, unknown> | undefined;
  const refresh = () => {
    data = buildContentData(dir);
    return JSON.stringify(data.gate);
  };
  return {
    name: 'sourcemark:content-data',
    config: () => ({ define: { [STORY_GATE_DEFINE]: refresh() } }),
    configResolved(config) {
      define = config.define;
    },
    buildStart() {
      for (const file of Object.keys(DATASET_FILES)) this.addWatchFile(`${dir}/${file}.json`);
      const gate = refresh();
      if (define) define[STORY_GATE_DEFINE] = gate;
    },
    resolveId: (id) => (id === ENGINE_DATA_MODULE ? RESOLVED_ENGINE_DATA : undefined),
    load: (id) => (id === RESOLVED_ENGINE_DATA ? engineDataModule(data ?? buildContentData(dir)) : undefined),
  };
}
