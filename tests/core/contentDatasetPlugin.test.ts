/**
 * The build hands the content script its dataset through a define (crxjs
 * builds it without the project's plugins). The define must hold the
 * projection, refuse a broken dataset, and follow edits in watch mode.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_DATASET_DEFINE, contentDatasetPlugin } from '../../scripts/contentDatasetPlugin.ts';
import { readDatasetDir } from '../../scripts/readDatasetDir.ts';
import { DatasetError, parseDataset } from '../../src/core/dataset/parseDataset.ts';
import { projectContentDataset } from '../../src/core/dataset/projectContentDataset.ts';
import type { ContentDataset } from '../../src/core/dataset/schema.ts';

const DATA = resolve(import.meta.dirname, '../../data');

type Hook = (...args: unknown[]) => unknown;
const hook = (
  plugin: ReturnType<typeof contentDatasetPlugin>,
  name: 'config' | 'configResolved' | 'buildStart',
) => plugin[name] as unknown as Hook;
/** What the content script gets: the define's value is a JS string literal holding JSON. */
const parseDefine = (value: unknown) => JSON.parse(JSON.parse(value as string) as string) as ContentDataset;

let dirs: string[] = [];
const copyOfData = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcemark-data-'));
  cpSync(DATA, dir, { recursive: true });
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

describe('contentDatasetPlugin', () => {
  it('defines the content script dataset as the projection of data/', () => {
    const config = hook(contentDatasetPlugin(DATA), 'config')() as { define: Record<string, unknown> };
    expect(parseDefine(config.define[CONTENT_DATASET_DEFINE])).toEqual(
      JSON.parse(JSON.stringify(projectContentDataset(parseDataset(readDatasetDir(DATA))))),
    );
  });

  it('fails the build on a broken dataset, naming the file', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'events.json'), '[{"id": "Not An Id"}]');
    expect(() => hook(contentDatasetPlugin(dir), 'config')()).toThrow(DatasetError);
    expect(() => hook(contentDatasetPlugin(dir), 'config')()).toThrow(/data\/events\.json/);
  });

  it('refreshes the define on every build and watches the data files', () => {
    const dir = copyOfData();
    const plugin = contentDatasetPlugin(dir);
    const define = (hook(plugin, 'config')() as { define: Record<string, unknown> }).define;
    hook(plugin, 'configResolved')({ define });

    const events = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as Array<{ title: string }>;
    events[0]!.title = 'An edited title';
    writeFileSync(join(dir, 'events.json'), JSON.stringify(events));
    const addWatchFile = vi.fn();
    hook(plugin, 'buildStart').call({ addWatchFile });

    expect(parseDefine(define[CONTENT_DATASET_DEFINE]).events[0]!.title).toBe('An edited title');
    expect(addWatchFile.mock.calls.map(([f]) => f as string).sort()).toEqual(
      ['claims', 'entities', 'events', 'sources'].map((f) => `${dir}/${f}.json`),
    );
  });
});
