/**
 * The figure charts' stylesheet, shared by the popup and the hover card (in
 * its shadow root). Colours come from each one's custom properties.
 */
export const FIGURE_CHART_CSS = `
.fig { margin: 6px 0 12px; }
.fig-caption { font-size: 12px; font-weight: 600; color: var(--muted); margin: 0 0 2px; }
.fig-rows { list-style: none; margin: 0; padding: 0; }
.fig-row { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 0 8px; align-items: baseline;
  padding: 3px 0 2px; border-top: 1px solid var(--line); }
.fig-outlet { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.fig-value { text-align: right; font-variant-numeric: tabular-nums; }
.fig-row[data-overlaps="false"] .fig-value { color: var(--differ); font-weight: 700; }
.fig-track { grid-column: 1 / -1; position: relative; height: 10px; margin: 2px 0 1px;
  background: linear-gradient(var(--line), var(--line)) 0 50% / 100% 2px no-repeat; }
.fig-bar { position: absolute; top: 1px; bottom: 1px; min-width: 6px; margin-left: -3px; border-radius: 4px;
  background: var(--agree); }
.fig-row[data-overlaps="false"] .fig-bar { background: var(--differ); }
.fig-ref { position: absolute; top: -2px; bottom: -2px; min-width: 2px; margin-left: -1px; background: var(--page);
  border-left: 1px dashed var(--fg); border-right: 1px dashed var(--fg); }
.fig-ref[data-exact] { min-width: 0; border-right: 0; background: none; }
.fig-meta { grid-column: 1 / -1; font-size: 11px; color: var(--muted); }
.fig-legend { font-size: 11px; color: var(--muted); margin: 0 0 2px; }
.fig-axis { position: relative; height: 18px; margin-bottom: 2px; border-bottom: 1px solid var(--muted); font-size: 10.5px;
  color: var(--muted); font-variant-numeric: tabular-nums; }
.fig-tickmark { position: absolute; bottom: 0; width: 1px; height: 4px; background: var(--muted); }
.fig-tick { position: absolute; bottom: 4px; white-space: nowrap; line-height: 1.2; }
`;
