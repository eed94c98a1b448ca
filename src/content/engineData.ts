import type { ContentDataset } from '../core/dataset/schema.ts';
import { compileMatcher, type Matcher } from '../core/match/compileMatcher.ts';
import dataset from 'virtual:sourcemark/engine-data';

/**
 * The dataset cut to what pages need (scripts/contentDataPlugin.ts), and its
 * matcher, compiled when the engine starts: the bench measured that faster
 * than reviving one compiled at build time (`npm run bench`, start-up line).
 */
export function engineData(): { dataset: ContentDataset; matcher: Matcher } {
  return { dataset, matcher: compileMatcher(dataset) };
}
