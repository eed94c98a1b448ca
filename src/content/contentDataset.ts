import type { ContentDataset } from '../core/dataset/schema.ts';

/**
 * Set by the build (scripts/contentDatasetPlugin.ts): the dataset cut to what
 * the content script reads, as JSON text. JSON.parse of a string starts faster
 * than an object literal of this size.
 */
declare const __SOURCEMARK_CONTENT_DATASET__: string;

export const contentDataset: ContentDataset = JSON.parse(__SOURCEMARK_CONTENT_DATASET__) as ContentDataset;
