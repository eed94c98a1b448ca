/**
 * The repository keeps one manifest, in Chrome's shape. Firefox needs a few
 * differences (event page instead of service worker, a gecko id, the data
 * collection declaration), so its manifest is derived here at build time
 * rather than kept as a second copy that could drift.
 */

export const GECKO_ID = 'sourcemark@sourcemark.invalid';
/** 140 is a maintained ESR line and the first with data_collection_permissions. */
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android learned data_collection_permissions in 142. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

export interface ChromeManifest {
  manifest_version: 3;
  name: string;
  version: string;
  background?: { service_worker: string; type?: 'module' };
  [key: string]: unknown;
}

export interface FirefoxManifest {
  manifest_version: 3;
  name: string;
  version: string;
  background?: { scripts: string[]; type?: 'module' };
  browser_specific_settings: {
    gecko: {
      id: string;
      strict_min_version: string;
      data_collection_permissions: { required: string[] };
    };
    gecko_android: { strict_min_version: string };
  };
  [key: string]: unknown;
}

export function deriveFirefoxManifest(chrome: ChromeManifest): FirefoxManifest {
  const { background, ...rest } = chrome;
  const firefox: FirefoxManifest = {
    ...structuredClone(rest),
    manifest_version: 3,
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Sourcemark collects nothing: the dataset ships inside the add-on.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
  if (background) {
    firefox.background = { scripts: [background.service_worker] };
    if (background.type) firefox.background.type = background.type;
  }
  return firefox;
}
