import type { PanelDataset } from '../core/dataset/schema.ts';

/** Set by the build (scripts/panelData.ts): the dataset cut to what the panel draws, as JSON text. */
declare const __SOURCEMARK_PANEL_DATASET__: string;

/** The popup loads this module on its own (main.ts), so the first view never waits for the data. */
export const panelDataset = JSON.parse(__SOURCEMARK_PANEL_DATASET__) as PanelDataset;
