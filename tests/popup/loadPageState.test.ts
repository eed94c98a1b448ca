/**
 * The panel's first view waits for the page's state. A tab no content script
 * may run in (the browser's own pages, an extension's) cannot answer, so it is
 * never asked: each ask there is a message and an injected script that both
 * fail, round trips the reader waits through to read "not available here".
 */
import { describe, expect, it, vi } from 'vitest';
import { loadPageState, tabMayHostContent } from '../../src/popup/loadPageState.ts';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const status = {
  url: 'https://news.example/openai',
  enabled: true,
  relevant: true,
  reason: 'The page names OpenAI.',
  blocksRead: 5,
  entities: [],
  claims: [],
};

describe('tabMayHostContent', () => {
  it('lets web pages be asked', () => {
    for (const url of ['https://news.example/a', 'http://localhost:8080/x', 'HTTPS://Example.org'])
      expect(tabMayHostContent(url), url).toBe(true);
  });
  // review19b #4: a hidden URL, or a loading tab's empty one, may be a news page.
  it('asks a tab whose URL the extension may not see, or that is still loading', () => {
    expect(tabMayHostContent(undefined)).toBe(true);
    expect(tabMayHostContent('')).toBe(true);
  });
  it('never asks browser, store or extension pages', () => {
    for (const url of [
      'chrome://newtab/',
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop/src/popup/index.html',
      'moz-extension://0b1c/src/popup/index.html',
      'about:addons',
      'edge://settings',
      'view-source:https://news.example/a',
      'data:text/html,<p>hi</p>',
      // No host permission or gate match covers local files: the content script never runs there.
      'file:///tmp/a.html',
    ])
      expect(tabMayHostContent(url), url).toBe(false);
  });
});

describe('loadPageState', () => {
  it('reads the state of a web page from its tab, asking once', async () => {
    const ask = vi.fn(() => Promise.resolve(status));
    const state = await loadPageState({ id: 4, url: 'https://news.example/openai' }, ask);
    expect(state).toEqual({ kind: 'ready', status });
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith(4);
  });
  it('asks a tab given by id alone (a panel popped out for it)', async () => {
    const ask = vi.fn(() => Promise.resolve(status));
    expect((await loadPageState({ id: 9 }, ask)).kind).toBe('ready');
    expect(ask).toHaveBeenCalledTimes(1);
  });
  it('says unavailable for an extension page without asking it', async () => {
    const ask = vi.fn(() => Promise.reject(new Error('Cannot access a chrome-extension:// URL')));
    const state = await loadPageState({ id: 4, url: 'chrome-extension://abcdefghijklmnop/popup.html' }, ask);
    expect(state).toEqual({ kind: 'unavailable' });
    expect(ask).toHaveBeenCalledTimes(0);
  });
  it('asks a loading tab (empty URL) and a tab whose URL is hidden, once each', async () => {
    const ask = vi.fn(() => Promise.resolve(status));
    expect((await loadPageState({ id: 5, url: '' }, ask)).kind).toBe('ready');
    expect(ask).toHaveBeenCalledTimes(1);
    expect((await loadPageState({ id: 6, url: undefined }, ask)).kind).toBe('ready');
    expect(ask).toHaveBeenCalledTimes(2);
  });
  it('says unavailable for a local file or a browser page without asking it', async () => {
    const ask = vi.fn(() => Promise.resolve(status));
    expect(await loadPageState({ id: 7, url: 'file:///tmp/a.html' }, ask)).toEqual({ kind: 'unavailable' });
    expect(await loadPageState({ id: 8, url: 'chrome://newtab/' }, ask)).toEqual({ kind: 'unavailable' });
    expect(ask).toHaveBeenCalledTimes(0);
  });
  it('says unavailable where the ask fails, and without a tab', async () => {
    const ask = vi.fn(() => Promise.reject(new Error('No content script in this tab')));
    expect(await loadPageState({ id: 4, url: 'https://news.example/a' }, ask)).toEqual({
      kind: 'unavailable',
    });
    expect(await loadPageState(undefined, ask)).toEqual({ kind: 'unavailable' });
    expect(ask).toHaveBeenCalledTimes(1);
  });
  it('reports an answer of the wrong shape as an error', async () => {
    const state = await loadPageState({ id: 4 }, () => Promise.resolve({ nonsense: true }));
    expect(state.kind).toBe('error');
  });
});
