import { FIGURE_CHART_CSS } from '../../ui/figureChartStyles.ts';

/** The card's stylesheet, scoped by its shadow root: page CSS cannot reach in, and this cannot leak out. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  --bg: #fffdf8; --fg: #1d1d1f; --muted: #5f6368; --line: #e4e0d8; --accent: #b4530a;
  --agree: #2563eb; --differ: #ca8a04; --page: rgba(37, 99, 235, 0.12);
  box-sizing: border-box; width: min(360px, calc(100vw - 16px)); max-height: min(440px, calc(100vh - 16px)); overflow: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 10px 30px rgba(0,0,0,.18), 0 2px 6px rgba(0,0,0,.08);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  padding: 12px 14px; animation: appear .12s ease-out;
}
@media (prefers-color-scheme: dark) {
  .card { --bg: #1f1e1c; --fg: #ecebe8; --muted: #a8a6a1; --line: #3a3835; --accent: #f0a35a;
    --agree: #60a5fa; --differ: #facc15; --page: rgba(96, 165, 250, 0.18); }
}
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
@keyframes appear { from { opacity: 0; transform: translateY(-2px); } to { opacity: 1; transform: none; } }
.label { font-size: 11px; letter-spacing: .06em; text-transform: uppercase; color: var(--accent); margin: 0 0 2px; }
h2 { font-size: 15px; margin: 0 0 4px; line-height: 1.3; }
p { margin: 0 0 8px; }
.muted { color: var(--muted); }
.role { font-weight: 600; }
ul { list-style: none; margin: 0 0 8px; padding: 0; }
li { margin: 0; padding: 3px 0; border-top: 1px solid var(--line); }
time { font-variant-numeric: tabular-nums; color: var(--muted); margin-right: 6px; }
.page { background: var(--page); border-radius: 6px; padding: 6px 8px; margin-bottom: 8px; }
.versions li b { font-weight: 600; }
.why { border-left: 3px solid var(--differ); padding-left: 8px; }
.why[data-verdict="overturned"] { border-left-color: var(--accent); }
.reversal { border-left: 3px solid var(--accent); padding-left: 8px; }
.foot { font-size: 12px; color: var(--muted); margin: 6px 0 0; }
${FIGURE_CHART_CSS}`;
