/**
 * The build hands each script its data as defines, from one read of data/: the
 * gate its patterns (crxjs builds the gate with the project's defines only),
 * the engine its dataset and the popup the projection it draws. All refuse a
 * broken dataset and follow edits in watch mode.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildContentData, ENGINE_DATASET_DEFINE, STORY_GATE_DEFINE } from '../../scripts/contentData.ts';
import { dataPlugin } from '../../scripts/dataPlugin.ts';
import { PANEL_DATASET_DEFINE } from '../../scripts/panelData.ts';
import { readDatasetDir } from '../../scripts/readDatasetDir.ts';
import { parseDataset } from '../../src/core/dataset/parseDataset.ts';
import { DATASET_FILES } from '../../src/core/dataset/schema.ts';
import { projectPanelDataset } from '../../src/core/dataset/projectPanelDataset.ts';
import { copyOfData, DATA } from './helpers/temporaryDirs.ts';

type Hook = (...args: unknown[]) => unknown;
const hook = (plugin: ReturnType<typeof dataPlugin>, name: 'config' | 'configResolved' | 'buildStart') =>
  plugin[name] as unknown as Hook;
const definesOf = (plugin: ReturnType<typeof dataPlugin>) =>
  (hook(plugin, 'config')() as { define: Record<string, unknown> }).define;
/** A dataset define's value is a JS string literal holding the dataset's JSON. */
const datasetIn = (define: Record<string, unknown>, key: string) =>
  JSON.parse(JSON.parse(define[key] as string) as string) as unknown;

describe('dataPlugin', () => {
  it('defines the gate’s patterns, the engine’s dataset and the panel’s, without the claims’ frames', () => {
    const define = definesOf(dataPlugin(DATA));
    const content = buildContentData(DATA);
    expect(JSON.parse(define[STORY_GATE_DEFINE] as string)).toEqual(content.gate);
    expect(datasetIn(define, ENGINE_DATASET_DEFINE)).toEqual(JSON.parse(JSON.stringify(content.dataset)));
    const panel = projectPanelDataset(parseDataset(readDatasetDir(DATA)));
    expect(datasetIn(define, PANEL_DATASET_DEFINE)).toEqual(JSON.parse(JSON.stringify(panel)));
    expect(define[PANEL_DATASET_DEFINE]).not.toContain('"frames"');
  });

  it('reads data/ once per build for all its defines', () => {
    const parse = vi.spyOn(JSON, 'parse');
    definesOf(dataPlugin(DATA));
    // Each data file's text is parsed once (they are all over 5,000 characters; the defines' own texts are not parsed).
    const fileParses = parse.mock.calls.filter(([text]) => typeof text === 'string' && text.length > 5_000);
    parse.mockRestore();
    expect(fileParses).toHaveLength(Object.keys(DATASET_FILES).length);
  });

  it('fails the build on a broken dataset, naming the file', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'events.json'), '[{"id": "Not An Id"}]');
    expect(() => definesOf(dataPlugin(dir))).toThrow(/events\.json/);
  });

  it('reads data/ once for the first build, whose defines config has just made', () => {
    const plugin = dataPlugin(DATA);
    const define = definesOf(plugin);
    hook(plugin, 'configResolved')({ define });
    const parse = vi.spyOn(JSON, 'parse');
    hook(plugin, 'buildStart').call({ addWatchFile: vi.fn() });
    const fileParses = parse.mock.calls.filter(([text]) => typeof text === 'string' && text.length > 5_000);
    parse.mockRestore();
    expect(fileParses).toHaveLength(0);
  });

  it('refreshes every define on every rebuild and watches the data files', () => {
    const dir = copyOfData();
    const plugin = dataPlugin(dir);
    const define = definesOf(plugin);
    hook(plugin, 'configResolved')({ define });
    hook(plugin, 'buildStart').call({ addWatchFile: vi.fn() });

    const entities = JSON.parse(readFileSync(join(dir, 'entities.json'), 'utf8')) as Array<{
      id: string;
      aliases: string[];
    }>;
    entities.find((e) => e.id === 'sam-altman')!.aliases.push('Samuel Harris Altman');
    writeFileSync(join(dir, 'entities.json'), JSON.stringify(entities));
    const events = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as Array<{ title: string }>;
    events[0]!.title = 'A title edited in watch mode';
    writeFileSync(join(dir, 'events.json'), JSON.stringify(events));
    const addWatchFile = vi.fn();
    hook(plugin, 'buildStart').call({ addWatchFile });

    expect(define[STORY_GATE_DEFINE]).toMatch(/samuel.+harris.+altman/);
    expect(define[ENGINE_DATASET_DEFINE]).toContain('Samuel Harris Altman');
    expect(define[PANEL_DATASET_DEFINE]).toContain('A title edited in watch mode');
    expect(addWatchFile.mock.calls.map(([f]) => f as string).sort()).toEqual(
      ['claims', 'entities', 'events', 'sources'].map((f) => `${dir}/${f}.json`),
    );
  });
});
