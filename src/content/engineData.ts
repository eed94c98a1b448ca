import type { ContentDataset } from '../core/dataset/schema.ts';
import { compileMatcher, type Matcher } from '../core/match/compileMatcher.ts';

/** Set by the build (scripts/dataPlugin.ts): the dataset cut to what pages read, as JSON text. */
declare const __SOURCEMARK_ENGINE_DATASET__: string;

/**
 * The dataset and its matcher, compiled when the engine starts: the bench
 * measured that faster than reviving one compiled at build time
 * (`npm run bench`, the start-up line).
 */
export function engineData(): { dataset: ContentDataset; matcher: Matcher } {
  const dataset = JSON.parse(__SOURCEMARK_ENGINE_DATASET__) as ContentDataset;
  return { dataset, matcher: compileMatcher(dataset) };
}
