import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import { figureCharts } from '../../src/core/story/figureChart.ts';
import { searchDataset } from '../../src/core/story/searchDataset.ts';
import type { PageStatus } from '../../src/messages.ts';
import { renderFigures } from '../../src/popup/renderFigures.tsx';
import { renderPageDetails } from '../../src/popup/renderPageDetails.tsx';
import { renderSearch } from '../../src/popup/renderSearch.tsx';
import { renderSettings } from '../../src/popup/renderSettings.tsx';
import { renderShortcuts } from '../../src/popup/renderShortcuts.ts';
import { renderStory } from '../../src/popup/renderStory.tsx';
import { mountSettings } from '../../src/popup/settingsPanel.ts';
import { setupTabs } from '../../src/popup/setupTabs.ts';
import { FIGURE_CHART_CSS } from '../../src/ui/figureChartStyles.ts';
import { expectOnTheTicksAxis, readChart } from './readChart.ts';

const status: PageStatus = {
  url: 'https://news.example/openai',
  enabled: true,
  relevant: true,
  reason: 'The page names OpenAI and Sam Altman.',
  blocksRead: 20,
  entities: [
    { id: 'sam-altman', count: 4 },
    { id: 'openai', count: 3 },
  ],
  claims: [
    {
      id: 'sutskever-regret',
      claimKind: 'statement',
      verdict: 'agrees',
      wording: 'deeply regrets',
      count: 1,
    },
    {
      id: 'openai-headcount',
      claimKind: 'figure',
      verdict: 'agrees',
      wording: 'roughly 770',
      count: 1,
      range: { low: 693, high: 847, unit: 'people' },
    },
    {
      id: 'staff-letter-signatories',
      claimKind: 'figure',
      verdict: 'differs',
      wording: '738',
      count: 2,
      range: { low: 738, high: 738, unit: 'people' },
    },
  ],
};

beforeEach(() => {
  document.body.innerHTML = '<div id="c"></div><ul id="l"></ul><p id="n"></p>';
});
const c = () => document.getElementById('c')!;

/** The charts' stylesheet, so computed styles say what a reader would see. */
function withChartStyles(): void {
  const style = document.createElement('style');
  style.textContent = FIGURE_CHART_CSS;
  document.head.replaceChildren(style);
}

describe('This page', () => {
  it('lists figures first, differing ones on top, then people with counts, then what the page leaves out', () => {
    const onReveal = vi.fn();
    renderPageDetails(c(), status, bundledDataset, onReveal);
    const claims = [...c().querySelectorAll('[aria-label="Claims on this page"] button')].map((b) =>
      b.getAttribute('data-id'),
    );
    expect(claims).toEqual(['staff-letter-signatories', 'openai-headcount', 'sutskever-regret']);
    expect(c().querySelector('[data-id="staff-letter-signatories"] .verdict-differs')).not.toBeNull();
    const people = [
      ...c().querySelectorAll('[aria-label="People and organisations on this page"] button'),
    ].map((b) => b.textContent);
    expect(people).toEqual(['Sam Altman4', 'OpenAI3']);
    expect(c().querySelectorAll('[aria-label="Claims not on this page"] li').length).toBeGreaterThan(0);
    c().querySelector<HTMLButtonElement>('[data-id="sam-altman"]')!.click();
    expect(onReveal).toHaveBeenCalledWith('sam-altman');
  });

  it('charts a page figure against every report: values as text, ticks in the unit, the page as a band, oldest first', () => {
    renderPageDetails(c(), status, bundledDataset, () => undefined);
    const letter = c().querySelector('[data-id="staff-letter-signatories"]')!.closest('li')!;
    const figures = letter.querySelectorAll('figure');
    expect(figures).toHaveLength(1);
    const chart = readChart(figures[0]!);
    expect(chart.caption).toBe('2023: reports of this page’s period');
    expect(chart.legend).toBe('people · dashed band: this page, “738”');
    const values = chart.rows.map((r) => r.value);
    for (const wording of ['490', '505', 'more than 700', 'about 500', 'nearly 500'])
      expect(values).toContain(wording);
    // Axios's two reports of one wording are one row with both dates.
    const axios = chart.rows.filter((r) => r.outlet === 'Axios' && r.value.includes('overwhelming majority'));
    expect(axios).toHaveLength(1);
    expect(axios[0]!.meta).toMatch(/^20 Nov 2023, 22 Nov 2023/);
    // Oldest first: the dated rows' first dates never go back in time.
    const firstDates = chart.rows
      .map((r) => Date.parse(r.meta.split(/,| · /)[0]!))
      .filter((t) => !Number.isNaN(t));
    expect(firstDates.length).toBeGreaterThan(5);
    expect(firstDates).toEqual([...firstDates].sort((x, y) => x - y));
    // Ticks are numbers of people, and every bar and the page's band sit on the ticks' axis.
    expect(chart.ticks.map((t) => t.label)).toEqual(expect.arrayContaining(['0', '400', '800']));
    const cnbc = chart.rows.find((r) => r.value === '505')!;
    expectOnTheTicksAxis(chart, 505, cnbc.bar.left);
    expect(cnbc.overlaps).toBe('false');
    for (const row of chart.rows) expectOnTheTicksAxis(chart, 738, row.ref!.left);
  });

  it('draws a figure only against reports in its own unit', () => {
    const investment: PageStatus = {
      ...status,
      claims: [
        {
          id: 'microsoft-investment',
          claimKind: 'figure',
          verdict: 'agrees',
          wording: '$13 billion',
          count: 1,
          range: { low: 13e9, high: 13e9, unit: 'usd' },
        },
      ],
    };
    renderPageDetails(c(), investment, bundledDataset, () => undefined);
    // $13 billion and "more than US$10 billion"; the 49% stake is not on a dollar axis.
    const charts = [...c().querySelectorAll('[data-id="microsoft-investment"] ~ figure')].map(readChart);
    expect(charts).toHaveLength(1);
    expect(charts[0]!.rows.map((r) => r.value)).toEqual(['$13 billion', 'more than US$10 billion']);
    expect(charts[0]!.ticks.every((t) => /^\$[\d.,]+bn$/.test(t.label))).toBe(true);
  });
});

describe('Figures', () => {
  it('draws every outlet of every figure claim, disputed topics first, each value as visible text', () => {
    withChartStyles();
    renderFigures(c(), figureCharts(bundledDataset));
    const titles = [...c().querySelectorAll('h3')].map((h) => h.textContent);
    expect(titles[0]).toBe('Staff letter: how many signed');
    expect(titles).toContain('Microsoft’s investment in OpenAI'.replace('’', "'"));
    const letter = c().querySelector('section.chart')!;
    const chart = readChart(letter.querySelector('figure')!);
    // 15 report figures, Axios's repeated wording merged into one row.
    expect(chart.rows).toHaveLength(14);
    // No hover needed: each row's wording is text that is displayed.
    for (const value of letter.querySelectorAll<HTMLElement>('.fig-value')) {
      expect(value.textContent).not.toBe('');
      expect(getComputedStyle(value).display).not.toBe('none');
    }
    expect(chart.rows.map((r) => r.value)).toEqual(
      expect.arrayContaining(['490', '505', 'more than 700', 'about 500']),
    );
    expect(chart.ticks.length).toBeGreaterThanOrEqual(3);
    expect(chart.legend).toBe('people');
  });

  it('gives figures of different years an axis each', () => {
    renderFigures(c(), figureCharts(bundledDataset));
    const valuation = c().querySelector('[aria-labelledby="chart-openai-valuation"]')!;
    const charts = [...valuation.querySelectorAll('figure')].map(readChart);
    expect(charts.map((ch) => [ch.caption, ch.legend])).toEqual([
      ['2023', 'US dollars'],
      ['2026', 'US dollars'],
      ['2026', 'euros'],
    ]);
    expect(charts[0]!.rows.map((r) => r.value)).toEqual(['around $28 billion', 'around $86 billion']);
    expect(charts[0]!.ticks.at(-1)!.value).toBeLessThan(200e9);
  });

  it('draws the page’s figure on the chart of its period', () => {
    const page = { low: 86e9, high: 86e9, unit: 'usd' as const, wording: '$86 billion' };
    const pageFigures = new Map([['openai-valuation', page]]);
    renderFigures(c(), figureCharts(bundledDataset, pageFigures), pageFigures);
    const valuation = c().querySelector('[aria-labelledby="chart-openai-valuation"]')!;
    const charts = [...valuation.querySelectorAll('figure')].map(readChart);
    expect(charts.map((ch) => ch.caption)).toEqual([
      '2023: reports of this page’s period',
      '2026: change over time',
      '2026: change over time',
    ]);
    expect(charts[0]!.rows.every((r) => r.ref !== null)).toBe(true);
    expect(charts[1]!.rows.every((r) => r.ref === null)).toBe(true);
  });
});

describe('keyboard shortcuts', () => {
  it('says which keys move between highlights, as the browser has them set', () => {
    const line = document.getElementById('n')!;
    renderShortcuts(line, [
      { name: 'next-highlight', shortcut: 'Alt+Shift+.' },
      { name: 'previous-highlight', shortcut: 'Alt+Shift+,' },
      { name: '_execute_action', shortcut: '' },
    ]);
    expect(line.textContent).toBe(
      'Keyboard: Alt+Shift+. and Alt+Shift+, go to the next and previous highlight and open its card.',
    );
    renderShortcuts(line, [{ name: 'next-highlight', shortcut: 'Ctrl+J' }, { name: 'previous-highlight' }]);
    expect(line.textContent).toBe('Keyboard: Ctrl+J goes to the next highlight and opens its card.');
    renderShortcuts(line, [{ name: 'next-highlight', shortcut: '' }]);
    expect(line.textContent).toMatch(/give Sourcemark’s commands a shortcut/);
  });
});

describe('Story', () => {
  it('shows the timeline, the overturned statements, the people and the sources', () => {
    renderStory(c(), bundledDataset);
    expect([...c().querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Timeline',
      'Overturned by later reporting',
      'People',
      'Sources',
    ]);
    const times = [...c().querySelectorAll('.timeline time')].map((t) => t.getAttribute('datetime')!);
    expect(times).toEqual([...times].sort());
    expect(c().textContent).toContain('Altman joins Microsoft');
    expect(c().textContent).toContain('cites Kara Swisher, Wired');
  });
});

describe('Search', () => {
  it('finds people, claims, events and sources, ignoring case and accents', () => {
    const hits = searchDataset(bundledDataset, 'shear');
    expect(hits.map((h) => h.kind)).toContain('person');
    expect(hits.map((h) => h.kind)).toContain('claim');
    expect(hits.map((h) => h.kind)).toContain('timeline');
    expect(
      searchDataset(bundledDataset, 'VERGE')
        .filter((h) => h.kind === 'source')
        .map((h) => h.id),
    ).toEqual(['r01', 'r02']);
    // Each spelling on its own: one that finds nothing must not hide behind the other.
    const quora = (q: string) => searchDataset(bundledDataset, q).map((h) => h.title);
    expect(quora('dangelo quora')).toContain('Adam D’Angelo'.replace('’', "'"));
    expect(quora("d'angelo quora")).toEqual(quora('dangelo quora'));
    renderSearch(document.getElementById('l')!, document.getElementById('n')!, 'shear', hits);
    expect(document.getElementById('n')!.textContent).toBe(`${hits.length} results`);
    expect(document.querySelectorAll('#l li')).toHaveLength(hits.length);
  });
});

describe('Settings', () => {
  it('turns each setting into one checkbox, and one click passes on only what changed', () => {
    const onChange = vi.fn();
    renderSettings(c(), DEFAULT_SETTINGS, 'news.example', onChange);
    const boxes = [...c().querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((b) => [b.name, b.checked])).toEqual([
      ['enabled', true],
      ['site', false],
      ['people', true],
      ['organisations', true],
      ['products', true],
      ['claims', true],
      ['everywhere', false],
    ]);
    boxes[1]!.click();
    expect(onChange).toHaveBeenLastCalledWith({ disabledSites: ['news.example'] });
    boxes[5]!.click();
    expect(onChange).toHaveBeenLastCalledWith({ claims: false });
  });

  /** storage.sync as the browsers behave: writes land later, and each is echoed to onChanged. */
  function slowStorage(delayMs: number) {
    const stored: Record<string, unknown> = {};
    const listeners: Array<(changes: Record<string, { newValue?: unknown }>, area: string) => void> = [];
    return {
      stored,
      sync: {
        get: () => Promise.resolve({ ...stored }),
        set: (items: Record<string, unknown>) =>
          new Promise<void>((done) =>
            setTimeout(() => {
              const changes: Record<string, { newValue?: unknown }> = {};
              for (const [key, value] of Object.entries(items)) {
                stored[key] = value;
                changes[key] = { newValue: value };
              }
              done();
              for (const listener of listeners) listener(changes, 'sync');
            }, delayMs),
          ),
      },
      onChanged: { addListener: (fn: (typeof listeners)[number]) => void listeners.push(fn) },
    };
  }

  it('keeps two changes made within 50 ms, and the focused checkbox keeps focus as storage echoes them', async () => {
    const storage = slowStorage(30);
    const applied = vi.fn();
    await mountSettings(c(), 'news.example', storage, applied);
    const box = (name: string) => c().querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    const people = box('people');
    const claims = box('claims');
    const site = box('site');
    // What Space does on a focused checkbox: a click on it.
    people.focus();
    people.click();
    await new Promise((r) => setTimeout(r, 10));
    claims.focus();
    claims.click();
    site.click();
    claims.focus();
    await vi.waitFor(() => expect(applied).toHaveBeenCalledTimes(3));
    expect(storage.stored).toEqual({ people: false, claims: false, disabledSites: ['news.example'] });
    expect([people.checked, claims.checked, site.checked]).toEqual([false, false, true]);
    expect(claims.isConnected).toBe(true);
    expect(document.activeElement).toBe(claims);
  });

  it('shows a change made elsewhere without rebuilding the form', async () => {
    const storage = slowStorage(5);
    await mountSettings(c(), 'news.example', storage);
    const everywhere = c().querySelector<HTMLInputElement>('input[name="everywhere"]')!;
    everywhere.focus();
    await storage.sync.set({ enabled: false });
    expect(c().querySelector<HTMLInputElement>('input[name="enabled"]')!.checked).toBe(false);
    expect(document.activeElement).toBe(everywhere);
  });
});

describe('tabs', () => {
  it('switches views by click and by arrow keys', () => {
    document.body.innerHTML = `<nav role="tablist"><button role="tab" id="a" aria-controls="pa" aria-selected="true">A</button><button role="tab" id="b" aria-controls="pb" aria-selected="false" tabindex="-1">B</button></nav>
      <section id="pa"></section><section id="pb" hidden></section>`;
    const shown: string[] = [];
    setupTabs(document.querySelector('nav')!, (p) => shown.push(p));
    document.getElementById('b')!.click();
    expect(document.getElementById('pb')!.hidden).toBe(false);
    expect(document.getElementById('pa')!.hidden).toBe(true);
    document.getElementById('b')!.focus();
    document
      .getElementById('b')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(document.activeElement!.id).toBe('a');
    expect(document.getElementById('a')!.getAttribute('aria-selected')).toBe('true');
    expect(shown).toEqual(['pb', 'pa']);
  });
});
