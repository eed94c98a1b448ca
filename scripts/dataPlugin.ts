import type { Plugin } from 'vite';
import { DATASET_FILES } from '../src/core/dataset/schema.ts';
import { parseDataset } from '../src/core/dataset/parseDataset.ts';
import {
  contentDataOf,
  ENGINE_DATASET_DEFINE,
  engineDatasetDefine,
  STORY_GATE_DEFINE,
} from './contentData.ts';
import { PANEL_DATASET_DEFINE, panelDatasetDefine } from './panelData.ts';
import { readDatasetDir } from './readDatasetDir.ts';

/**
 * Every define drawn from data/: the gate's patterns, the engine's dataset and
 * the popup's, from one read of the dataset per build (a broken dataset fails
 * the build, naming the file and the field).
 */
export function dataDefines(dir: string): Record<string, string> {
  const dataset = parseDataset(readDatasetDir(dir));
  const content = contentDataOf(dataset);
  return {
    [STORY_GATE_DEFINE]: JSON.stringify(content.gate),
    [ENGINE_DATASET_DEFINE]: engineDatasetDefine(content),
    [PANEL_DATASET_DEFINE]: panelDatasetDefine(dataset),
  };
}

/** Refreshed on every rebuild, so watch mode follows edited data. */
export function dataPlugin(dir = 'data'): Plugin {
  let define: Record<string, unknown> | undefined;
  // The first build starts right after config read data/; only rebuilds in watch mode read it again.
  let justRead = false;
  return {
    name: 'sourcemark:data',
    config: () => {
      justRead = true;
      return { define: dataDefines(dir) };
    },
    configResolved(config) {
      define = config.define;
    },
    buildStart() {
      for (const file of Object.keys(DATASET_FILES)) this.addWatchFile(`${dir}/${file}.json`);
      if (justRead) justRead = false;
      else if (define) Object.assign(define, dataDefines(dir));
    },
  };
}
