declare module 'virtual:sourcemark/engine-data' {
  import type { ContentDataset } from '../core/dataset/schema.ts';
  const dataset: ContentDataset;
  export default dataset;
}
