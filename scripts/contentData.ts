import { uneval } from 'devalue';
import type { ContentDataset, Dataset } from '../src/core/dataset/schema.ts';
import { parseDataset } from '../src/core/dataset/parseDataset.ts';
import { projectContentDataset } from '../src/core/dataset/projectContentDataset.ts';
import { compileMatcher, type Matcher } from '../src/core/match/compileMatcher.ts';
import type { StoryGatePatterns } from '../src/core/page/storyGate.ts';
import { storyGatePatterns } from '../src/core/page/storyGatePatterns.ts';
import { readDatasetDir } from './readDatasetDir.ts';

/** The gate's patterns, a define: crxjs builds the gate (a standalone content script) with the project's defines only. */
export const STORY_GATE_DEFINE = '__SOURCEMARK_STORY_GATE__';
/** The engine's dataset, a define too: a JS string literal holding its JSON. */
export const ENGINE_DATASET_DEFINE = '__SOURCEMARK_ENGINE_DATASET__';

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
  return contentDataOf(parseDataset(readDatasetDir(dir)));
}

/** The same, from a dataset already read and validated (the build's one read: scripts/dataPlugin.ts). */
export function contentDataOf(full: Dataset): ContentData {
  const dataset = projectContentDataset(full);
  const matcher = compileMatcher(dataset);
  return { dataset, matcher, gate: storyGatePatterns(matcher) };
}

/**
 * The engine's data: the dataset cut to what pages read, as JSON text in a
 * string literal (JSON.parse of a string starts faster than an object literal
 * of this size). The engine compiles its matcher from it when it starts.
 */
export function engineDatasetDefine(data: ContentData): string {
  return JSON.stringify(JSON.stringify(data.dataset));
}

/**
 * The matcher compiled at build time, as code: it is plain data, RegExp, Map
 * and Set (INTERFACES.md), which devalue writes out generically, shared
 * objects once. Measured by the bench against compiling at start, which is
 * faster today (the revived matcher is a larger script to parse than the
 * work it saves); kept so the bench can tell when that changes.
 */
export function precompiledMatcherCode(data: ContentData): string {
  return uneval({ dataset: data.dataset, matcher: data.matcher });
}
