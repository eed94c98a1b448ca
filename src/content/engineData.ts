import type { ContentDataset } from '../core/dataset/schema.ts';
import type { Matcher } from '../core/match/compileMatcher.ts';
import data from 'virtual:sourcemark/engine-data';

/**
 * The dataset cut to what pages need, and its matcher compiled at build time
 * (scripts/contentDataPlugin.ts): written out as code by a generic serialiser
 * of plain data, RegExp, Map and Set, so the engine starts without compiling
 * patterns. Shared objects stay shared (the matcher's entities are the
 * dataset's).
 */
export function engineData(): { dataset: ContentDataset; matcher: Matcher } {
  return data;
}
