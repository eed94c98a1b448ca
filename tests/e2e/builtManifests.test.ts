import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DATASET_DEFINE } from '../../scripts/contentDatasetPlugin.ts';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';

const DIST = resolve(import.meta.dirname, '../../dist');
/** The fields of a built manifest these tests read. */
interface BuiltManifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts: Array<{ matches: string[]; js: string[] }>;
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  background: { scripts?: string[]; service_worker?: string };
  browser_specific_settings: { gecko: { data_collection_permissions: unknown } };
}
const contentScriptFile = (manifest: BuiltManifest) => manifest.content_scripts[0]?.js[0] ?? '(none)';
const readManifest = (target: string) =>
  JSON.parse(readFileSync(join(DIST, target, 'manifest.json'), 'utf8')) as BuiltManifest;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe.each(['chrome', 'firefox'])('the built %s manifest', (target) => {
  const manifest = readManifest(target);

  it('asks only for storage (settings) and no host beyond the pages it reads', () => {
    expect(manifest.permissions ?? []).toEqual(['storage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    const matches = manifest.content_scripts.flatMap((c) => c.matches);
    expect(new Set(matches)).toEqual(new Set(['http://*/*', 'https://*/*']));
  });

  it('exposes no resource to web pages, so pages cannot probe for it', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('runs one self-contained content script', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0]!.js).toHaveLength(1);
    const code = readFileSync(join(DIST, target, contentScriptFile(manifest)), 'utf8');
    // A loader would import() other chunks through web-accessible URLs.
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s/m);
  });

  it('carries the dataset cut to what pages need, and the popup the whole of it', () => {
    const content = readFileSync(join(DIST, target, contentScriptFile(manifest)), 'utf8');
    const popup = filesUnder(join(DIST, target, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(content).not.toContain(CONTENT_DATASET_DEFINE);
    // Texts without quotes or backslashes, which each bundle escapes its own way.
    const plain = (texts: string[]) => texts.filter((t) => !/["'`\\]/.test(t));
    // Names and figures reach the page; sources' URLs and events' summaries stay in the popup.
    const names = plain(bundledDataset.entities.map((e) => e.name));
    const wordings = plain(
      bundledDataset.claims.flatMap((c) => c.reports.flatMap((r) => r.figures ?? []).map((f) => f.wording)),
    );
    const urls = plain(bundledDataset.sources.flatMap((s) => s.url ?? []));
    const summaries = plain(bundledDataset.events.map((e) => e.summary));
    for (const list of [names, wordings, urls, summaries]) expect(list.length).toBeGreaterThan(10);
    for (const t of [...names, ...wordings]) expect(content).toContain(t);
    for (const t of [...urls, ...summaries]) {
      expect(content).not.toContain(t);
      expect(popup).toContain(t);
    }
  });

  it('ships no code that could reach the network', () => {
    const code = filesUnder(join(DIST, target))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const api of [
      'fetch(',
      'XMLHttpRequest',
      'WebSocket',
      'EventSource',
      'sendBeacon',
      'importScripts',
    ]) {
      expect(code, api).not.toContain(api);
    }
  });
});

describe('the Firefox build', () => {
  it('uses an event page and declares no data collection', () => {
    const manifest = readManifest('firefox');
    expect(manifest.background.scripts).toHaveLength(1);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });
});
