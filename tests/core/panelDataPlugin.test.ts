/**
 * The build hands the popup its dataset as a define: the projection of data/
 * the panel draws, refused when broken, followed in watch mode.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PANEL_DATASET_DEFINE, panelDataPlugin } from '../../scripts/panelDataPlugin.ts';
import { readDatasetDir } from '../../scripts/readDatasetDir.ts';
import { parseDataset } from '../../src/core/dataset/parseDataset.ts';
import { projectPanelDataset } from '../../src/core/dataset/projectPanelDataset.ts';

const DATA = resolve(import.meta.dirname, '../../data');

type Hook = (...args: unknown[]) => unknown;
const hook = (plugin: ReturnType<typeof panelDataPlugin>, name: 'config' | 'configResolved' | 'buildStart') =>
  plugin[name] as unknown as Hook;
/** The define's value is a JS string literal holding the dataset's JSON. */
const datasetOf = (define: Record<string, unknown>) =>
  JSON.parse(JSON.parse(define[PANEL_DATASET_DEFINE] as string) as string) as unknown;

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

describe('panelDataPlugin', () => {
  it('defines the projection of data/ the panel draws, without the claims’ frames', () => {
    const { define } = hook(panelDataPlugin(DATA), 'config')() as { define: Record<string, unknown> };
    const projection = projectPanelDataset(parseDataset(readDatasetDir(DATA)));
    expect(datasetOf(define)).toEqual(JSON.parse(JSON.stringify(projection)));
    expect(define[PANEL_DATASET_DEFINE]).not.toContain('"frames"');
  });

  it('fails the build on a broken dataset, naming the file', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'events.json'), '[{"id": "Not An Id"}]');
    expect(() => hook(panelDataPlugin(dir), 'config')()).toThrow(/events\.json/);
  });

  it('refreshes on every build and watches the data files', () => {
    const dir = copyOfData();
    const plugin = panelDataPlugin(dir);
    const define = (hook(plugin, 'config')() as { define: Record<string, unknown> }).define;
    hook(plugin, 'configResolved')({ define });

    const events = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as Array<{ title: string }>;
    events[0]!.title = 'A title edited in watch mode';
    writeFileSync(join(dir, 'events.json'), JSON.stringify(events));
    const addWatchFile = vi.fn();
    hook(plugin, 'buildStart').call({ addWatchFile });

    expect(define[PANEL_DATASET_DEFINE]).toContain('A title edited in watch mode');
    expect(addWatchFile.mock.calls.map(([f]) => f as string).sort()).toEqual(
      ['claims', 'entities', 'events', 'sources'].map((f) => `${dir}/${f}.json`),
    );
  });
});
