/**
 * The panel's dataset is a chunk of its own (src/popup/main.ts). If that chunk
 * fails to load, the reader still gets the page's status, the on/off toggles
 * and the permission prompt, and each view that needs the data says plainly
 * that it could not be loaded instead of staying empty.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PageStatus } from '../../src/messages.ts';

const status: PageStatus = {
  url: 'https://news.example/openai',
  enabled: true,
  relevant: true,
  reason: 'The page names OpenAI.',
  blocksRead: 5,
  entities: [{ id: 'openai', count: 2 }],
  claims: [],
};

const sync = { get: vi.fn(() => Promise.resolve({})), set: vi.fn(() => Promise.resolve(undefined)) };

vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      query: () => Promise.resolve([{ id: 7 }]),
      sendMessage: () => Promise.resolve(undefined),
      reload: () => Promise.resolve(undefined),
    },
    runtime: { sendMessage: () => Promise.resolve({ version: '1.2.3' }) },
    commands: { getAll: () => Promise.resolve([]) },
    storage: { sync, onChanged: { addListener: () => undefined } },
    permissions: { contains: () => Promise.resolve(false), request: () => Promise.resolve(false) },
  },
}));
vi.mock('../../src/content/pageStatusInTab.ts', () => ({ pageStatusInTab: () => Promise.resolve(status) }));
vi.mock('../../src/popup/panelDataset.ts', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const FAILURE = "Sourcemark's data could not be loaded";
const byId = (id: string) => document.getElementById(id)!;
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeAll(async () => {
  const html = readFileSync('src/popup/index.html', 'utf8');
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/
    .exec(html)![1]!
    .replace(/<script[\s\S]*?<\/script>/, '');
  await import('../../src/popup/main.ts');
  await vi.waitFor(() => expect(byId('settings').querySelector('input[type="checkbox"]')).not.toBeNull());
});

describe('the panel when its dataset fails to load', () => {
  it("still tells the page's status, and says the details could not be loaded", () => {
    expect(byId('page-state').textContent).toBe('2 names and 0 claims highlighted.');
    expect(byId('page-details').textContent).toContain(FAILURE);
  });

  it('still shows the on/off toggles, and they still work', () => {
    byId('tab-settings').click();
    expect(byId('view-settings').hidden).toBe(false);
    const toggle = byId('settings').querySelector<HTMLInputElement>('input[name="people"]')!;
    expect(toggle.checked).toBe(true);
    toggle.click();
    expect(sync.set).toHaveBeenCalledWith({ people: false });
  });

  it('still offers the permission prompt', () => {
    expect(byId('permission').hidden).toBe(false);
  });

  it.each(['figures', 'story'])('the %s view says its data could not be loaded', async (view) => {
    byId(`tab-${view}`).click();
    await settled();
    expect(byId(`view-${view}`).hidden).toBe(false);
    expect(byId(`view-${view}`).textContent).toContain(FAILURE);
  });

  it('a search says its data could not be loaded, and the query is kept', async () => {
    byId('tab-search').click();
    const search = byId('search') as HTMLInputElement;
    search.value = 'Altman';
    search.dispatchEvent(new Event('input'));
    await settled();
    expect(byId('search-results').textContent).toContain(FAILURE);
    expect(search.value).toBe('Altman');
  });
});
