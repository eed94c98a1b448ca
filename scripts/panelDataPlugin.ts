import type { Plugin } from 'vite';
import { DATASET_FILES } from '../src/core/dataset/schema.ts';
import { parseDataset } from '../src/core/dataset/parseDataset.ts';
import { projectPanelDataset } from '../src/core/dataset/projectPanelDataset.ts';
import { readDatasetDir } from './readDatasetDir.ts';

/** The popup's dataset, a define: a JS string literal holding its JSON. */
export const PANEL_DATASET_DEFINE = '__SOURCEMARK_PANEL_DATASET__';

/**
 * The popup's data: the dataset validated and cut to what the panel draws
 * (no frames or cues: most of claims.json, read only by the engine), as JSON
 * text in a string literal (JSON.parse of a string starts faster than an
 * object literal of this size).
 */
export function panelDatasetDefine(dir: string): string {
  return JSON.stringify(JSON.stringify(projectPanelDataset(parseDataset(readDatasetDir(dir)))));
}

/** Refreshed on every build, so watch mode follows edited data. */
export function panelDataPlugin(dir = 'data'): Plugin {
  let define: Record<string, unknown> | undefined;
  const defines = () => ({ [PANEL_DATASET_DEFINE]: panelDatasetDefine(dir) });
  return {
    name: 'sourcemark:panel-data',
    config: () => ({ define: defines() }),
    configResolved(config) {
      define = config.define;
    },
    buildStart() {
      for (const file of Object.keys(DATASET_FILES)) this.addWatchFile(`${dir}/${file}.json`);
      if (define) Object.assign(define, defines());
    },
  };
}
