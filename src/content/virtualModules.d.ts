declare module 'virtual:sourcemark/engine-data' {
  import type { ContentDataset } from '../core/dataset/schema.ts';
  import type { Matcher } from '../core/match/compileMatcher.ts';
  const data: { dataset: ContentDataset; matcher: Matcher };
  export default data;
}
