import type { Dataset } from '../src/core/dataset/schema.ts';
import { projectPanelDataset } from '../src/core/dataset/projectPanelDataset.ts';

/** The popup's dataset, a define: a JS string literal holding its JSON. */
export const PANEL_DATASET_DEFINE = '__SOURCEMARK_PANEL_DATASET__';

/**
 * The popup's data: the dataset cut to what the panel draws (no frames or
 * cues: most of claims.json, read only by the engine), as JSON text in a
 * string literal (JSON.parse of a string starts faster than an object literal
 * of this size).
 */
export function panelDatasetDefine(dataset: Dataset): string {
  return JSON.stringify(JSON.stringify(projectPanelDataset(dataset)));
}
