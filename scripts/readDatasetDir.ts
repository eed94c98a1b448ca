import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILES, type DatasetFile } from '../src/core/dataset/schema.ts';
import { DatasetError } from '../src/core/dataset/parseDataset.ts';

/**
 * Reads data/<file>.json for each dataset file. A file that is missing or is
 * not JSON is reported the same way as a schema problem: file, place, reason.
 */
export function readDatasetDir(dir: string): Record<DatasetFile, unknown> {
  const raw = {} as Record<DatasetFile, unknown>;
  for (const file of Object.keys(DATASET_FILES) as DatasetFile[]) {
    let text: string;
    try {
      text = readFileSync(join(dir, `${file}.json`), 'utf8');
    } catch {
      throw new DatasetError([{ file, path: '(file)', message: `cannot read ${join(dir, `${file}.json`)}` }]);
    }
    try {
      raw[file] = JSON.parse(text);
    } catch (error) {
      throw new DatasetError([
        { file, path: '(file)', message: `not valid JSON: ${(error as Error).message}` },
      ]);
    }
  }
  return raw;
}
