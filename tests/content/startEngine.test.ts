import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeExtensionApi } from './helpers/fakeExtensionApi.ts';
import { textNodes } from './helpers/textNodes.ts';

const fake = vi.hoisted(() => ({ current: undefined as ReturnType<typeof fakeExtensionApi> | undefined }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_, key: string) => (fake.current!.api as Record<string, unknown>)[key] }),
}));

const { startEngine } = await import('../../src/content/startEngine.ts');
const { bundledDataset } = await import('../../src/core/dataset/bundledDataset.ts');
const { projectContentDataset } = await import('../../src/core/dataset/projectContentDataset.ts');
const { compileMatcher } = await import('../../src/core/match/compileMatcher.ts');

const dataset = projectContentDataset(bundledDataset);
const matcher = compileMatcher(dataset);
const PAGE = `<article><h1>Altman is back</h1><p>OpenAI said Sam Altman was out; Ilya Sutskever later said he regretted it.</p>
  <p>Greg <b>Brockman</b> quit.  Microsoft   hired him.</p></article>`;

const marks = () => document.querySelectorAll('mark[data-sm-kind]').length;
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('the engine', () => {
  // The figure and statement code's first use (warmUp.ts) is paid once per matcher, in small tasks:
  // under load (four runs of this file on two cores) 4–5 s, which timed out whichever test came
  // first. A throwaway engine pays it here, where no test's steps are timed.
  beforeAll(async () => {
    document.body.innerHTML = PAGE;
    fake.current = fakeExtensionApi();
    const warm = new AbortController();
    await startEngine({ signal: warm.signal, dataset, matcher, highlightCss: '' }).status();
    warm.abort();
  });

  let lifecycle: AbortController;
  beforeEach(() => {
    document.body.innerHTML = PAGE;
    lifecycle = new AbortController();
    fake.current = fakeExtensionApi();
  });
  afterEach(() => {
    lifecycle.abort();
    document.querySelectorAll('[data-sourcemark-ui]').forEach((e) => e.remove());
  });

  const start = () => startEngine({ signal: lifecycle.signal, dataset, matcher, highlightCss: '' });

  it('recovers from a step that failed: a settings read that throws once', async () => {
    const engine = start();
    expect(await engine.status()).toMatchObject({ enabled: true, relevant: true });
    expect(marks()).toBeGreaterThan(3);
    // The next read of the store fails…
    fake.current!.api.storage.sync.get.mockImplementationOnce(() =>
      Promise.reject(new Error('storage is gone')),
    );
    fake.current!.setSettings({ claims: false });
    // …the status still answers, and the next change still applies.
    expect(await engine.status()).toMatchObject({ enabled: true });
    fake.current!.setSettings({ enabled: false });
    expect(await engine.status()).toMatchObject({ enabled: false });
    expect(marks()).toBe(0);
    fake.current!.setSettings({ enabled: true });
    expect(await engine.status()).toMatchObject({ enabled: true });
    expect(marks()).toBeGreaterThan(3);
  });

  it('undoes everything when the lifecycle ends: marks, card, listeners; the page as it was', async () => {
    const before = document.body.innerHTML;
    const nodes = textNodes();
    const engine = start();
    await engine.status();
    expect(engine.step('next')).toEqual({ moved: true });
    expect(document.querySelector('[data-sourcemark-ui]')).not.toBeNull();
    expect(fake.current!.api.storage.onChanged.listeners.size).toBe(1);
    lifecycle.abort();
    await tick(50);
    expect(marks()).toBe(0);
    expect(document.querySelector('[data-sourcemark-ui]')).toBeNull();
    expect(fake.current!.api.storage.onChanged.listeners.size).toBe(0);
    expect(document.body.innerHTML).toBe(before);
    expect(textNodes()).toEqual(nodes);
    // Nothing runs any more: new content stays unmarked.
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: 'Sam Altman is back at OpenAI.' }),
    );
    await tick(300);
    expect(marks()).toBe(0);
  });

  it('clears what a gone instance left before it marks: the page is marked once', async () => {
    const first = new AbortController();
    const old = startEngine({ signal: first.signal, dataset, matcher, highlightCss: '' });
    await old.status();
    old.step('next');
    const once = marks();
    // Firefox ends an old script without a chance to clean up: its marks and card stay, and
    // nothing of it runs any more. Ended here, it would clean up; left running, its observer
    // would mark the page again as the new instance clears it (whenever the new one's start
    // outlasts its 150 ms settle time, as under load: 18–20 marks). So it ends, and what it
    // left is put back.
    const leftCard = document.querySelector('[data-sourcemark-ui]');
    expect(leftCard).not.toBeNull();
    const leftPage = document.body.innerHTML;
    first.abort();
    document.body.innerHTML = leftPage;
    document.documentElement.append(leftCard!);
    expect(marks()).toBe(once);
    const engine = start();
    await engine.status();
    expect(marks()).toBe(once);
    expect(document.querySelectorAll('mark mark')).toHaveLength(0);
    expect(leftCard!.isConnected).toBe(false);
  });

  it('reveals a highlight by its id, through the highlighter', async () => {
    const engine = start();
    await engine.status();
    expect(engine.reveal('greg-brockman')).toEqual({ moved: true });
    expect(document.querySelector('mark[data-sm-id="greg-brockman"][data-sm-flash]')).not.toBeNull();
    expect(engine.reveal('not-on-this-page')).toEqual({ moved: false });
  });

  it('turns off for this tab from the panel, and on again', async () => {
    const engine = start();
    await engine.status();
    expect(await engine.setEnabled(false)).toMatchObject({ enabled: false });
    expect(marks()).toBe(0);
    expect(await engine.setEnabled(true)).toMatchObject({ enabled: true });
    expect(marks()).toBeGreaterThan(3);
  });
});
