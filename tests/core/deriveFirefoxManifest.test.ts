import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import {
  deriveFirefoxManifest,
  GECKO_ID,
  type ChromeManifest,
} from '../../src/manifest/deriveFirefoxManifest.ts';

describe('deriveFirefoxManifest', () => {
  const chrome = manifest as ChromeManifest;
  const firefox = deriveFirefoxManifest(chrome);

  it('turns the service worker into a background script of the same file', () => {
    expect(firefox.background).toEqual({ scripts: [chrome.background!.service_worker], type: 'module' });
  });

  it('adds the gecko settings Firefox requires', () => {
    expect(firefox.browser_specific_settings.gecko).toMatchObject({
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('keeps everything else as it is, and leaves the source untouched', () => {
    const { background: _a, browser_specific_settings: _b, ...rest } = firefox;
    const { background: _c, ...chromeRest } = chrome;
    expect(rest).toEqual(chromeRest);
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    expect(chrome.background).toHaveProperty('service_worker');
  });

  it('copies deeply, so editing the derived manifest cannot change the source', () => {
    (firefox.host_permissions as string[]).push('file:///*');
    expect(chrome.host_permissions as string[]).not.toContain('file:///*');
  });

  it('works without a background entry', () => {
    expect(
      deriveFirefoxManifest({ manifest_version: 3, name: 'x', version: '1' }).background,
    ).toBeUndefined();
  });
});
