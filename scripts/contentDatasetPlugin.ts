import type { Plugin } from 'vite';
import { DATASET_FILES } from '../src/core/dataset/schema.ts';
import { parseDataset } from '../src/core/dataset/parseDataset.ts';
import { projectContentDataset } from '../src/core/dataset/projectContentDataset.ts';
import { readDatasetDir } from './readDatasetDir.ts';

export const CONTENT_DATASET_DEFINE = '__SOURCEMARK_CONTENT_DATASET__';

/** The content script's dataset as a define value: a JS string literal holding the JSON. */
function contentDatasetDefine(dir: string): string {
  return JSON.stringify(JSON.stringify(projectContentDataset(parseDataset(readDatasetDir(dir)))));
}

/**
 * Validates the dataset (a broken one fails the build, naming the file and the
 * field) and hands the content script its projection. A define, because
 * crxjs builds a standalone content script without the project's plugins but
 * with its defines; refreshed on every build so watch mode sees edited data.
 */
export function contentDatasetPlugin(dir = 'data'): Plugin {
  let define: Record<string, unknown> | undefined;
  return {
    name: 'sourcemark:content-dataset',
    config: () => ({ define: { [CONTENT_DATASET_DEFINE]: contentDatasetDefine(dir) } }),
    configResolved(config) {
      define = config.define;
    },
    buildStart() {
      for (const file of Object.keys(DATASET_FILES)) this.addWatchFile(`${dir}/${file}.json`);
      if (define) define[CONTENT_DATASET_DEFINE] = contentDatasetDefine(dir);
    },
  };
}
