import * as v from 'valibot';
import { DATASET_FILES, type Dataset, type DatasetFile } from './schema.ts';
import { checkIntegrity } from './checkIntegrity.ts';

export interface DatasetProblem {
  file: DatasetFile;
  /** Path to the field, e.g. `[3] staff-letter-signatories → reports[0].figures[1].low`. */
  path: string;
  message: string;
}

export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    const lines = problems.slice(0, 20).map((p) => `  data/${p.file}.json ${p.path}: ${p.message}`);
    if (problems.length > 20) lines.push(`  … and ${problems.length - 20} more`);
    super(`The dataset is invalid:\n${lines.join('\n')}`);
    this.name = 'DatasetError';
  }
}

function formatPath(items: unknown, path: v.IssuePathItem[] | undefined): string {
  if (!path?.length) return '(file)';
  const [first, ...rest] = path;
  const index = first!.key as number;
  const item: unknown = Array.isArray(items) ? items[index] : undefined;
  const id =
    item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
      ? ` ${(item as { id: string }).id}`
      : '';
  const tail = rest.map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
  return `[${index}]${id}${tail ? ` → ${tail.replace(/^\./, '')}` : ''}`;
}

/** Validates the four dataset files, shape first and then references. Throws a DatasetError naming every problem. */
export function parseDataset(raw: Record<DatasetFile, unknown>): Dataset {
  const problems: DatasetProblem[] = [];
  const parsed: Partial<Dataset> = {};
  for (const file of Object.keys(DATASET_FILES) as DatasetFile[]) {
    const result = v.safeParse(DATASET_FILES[file], raw[file]);
    if (result.success) {
      (parsed as Record<DatasetFile, unknown>)[file] = result.output;
    } else {
      for (const issue of result.issues) {
        problems.push({ file, path: formatPath(raw[file], issue.path), message: issue.message });
      }
    }
  }
  if (problems.length) throw new DatasetError(problems);
  const dataset = parsed as Dataset;
  const integrity = checkIntegrity(dataset);
  if (integrity.length) throw new DatasetError(integrity);
  return dataset;
}
