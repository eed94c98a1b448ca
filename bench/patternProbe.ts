/**
 * What bench/patterns.js measures in node, built by it into one module: the matcher's compiler, and
 * the data the extension ships cut as the build cuts it (read once by the parent, not per run).
 */
import { compileMatcher } from '../src/core/match/compileMatcher.ts';
import { buildContentData } from '../scripts/contentData.ts';

export const contentDataset = (dir: string) => buildContentData(dir).dataset;
export { compileMatcher };
