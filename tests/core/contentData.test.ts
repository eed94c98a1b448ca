/**
 * What pages get from data/: the gate its patterns and the engine its dataset
 * and matcher, compiled at build time and written out as code. Both must come
 * from data/ and refuse a broken dataset (the defines: dataPlugin.test.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildContentData, precompiledMatcherCode } from '../../scripts/contentData.ts';
import { readDatasetDir } from '../../scripts/readDatasetDir.ts';
import { DatasetError, parseDataset } from '../../src/core/dataset/parseDataset.ts';
import { projectContentDataset } from '../../src/core/dataset/projectContentDataset.ts';
import type { ContentDataset } from '../../src/core/dataset/schema.ts';
import { compileMatcher, type Matcher } from '../../src/core/match/compileMatcher.ts';
import { findNames } from '../../src/core/match/findNames.ts';
import { storyGatePatterns } from '../../src/core/page/storyGatePatterns.ts';
import { copyOfData, DATA, temporaryDir } from './helpers/temporaryDirs.ts';

/** Runs the engine's data module as the engine's bundle would: imported as code. */
async function runModule<T>(code: string): Promise<T> {
  const file = join(temporaryDir('sourcemark-module-'), 'engine-data.mjs');
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: T }).default;
}

describe('the content data built from data/', () => {
  const projection = projectContentDataset(parseDataset(readDatasetDir(DATA)));

  it('is the projection of data/, its compiled matcher and the gate drawn from that matcher', () => {
    const data = buildContentData(DATA);
    expect(data.dataset).toEqual(projection);
    expect(data.matcher).toEqual(compileMatcher(projection));
    expect(data.gate).toEqual(storyGatePatterns(compileMatcher(projection)));
  });

  it('compiled at build time, revives as the same matcher, shared objects shared, its patterns working', async () => {
    const revived = await runModule<{ dataset: ContentDataset; matcher: Matcher }>(
      `export default ${precompiledMatcherCode(buildContentData(DATA))};`,
    );
    const compiled = compileMatcher(projection);
    expect(revived.dataset).toEqual(projection);
    expect(revived.matcher).toEqual(compiled);
    expect(revived.matcher.names.flags).toBe(compiled.names.flags);
    expect(revived.matcher.entities.get('openai')).toBe(
      revived.dataset.entities.find((e) => e.id === 'openai'),
    );
    const text = 'OpenAI removed Sam Altman; Emmett Shear became interim CEO.';
    expect(findNames(revived.matcher, text)).toEqual(findNames(compiled, text));
    // The whole dataset built, written out as code and run as a module: the time limit is for a loaded machine, not a speed claim.
  }, 30_000);

  it('fails the build on a broken dataset, naming the file', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'events.json'), '[{"id": "Not An Id"}]');
    expect(() => buildContentData(dir)).toThrow(DatasetError);
  });
});
