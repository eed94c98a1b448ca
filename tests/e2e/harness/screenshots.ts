import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, ScreenshotOptions } from 'puppeteer-core';
import type { BrowserName } from './browsers.ts';

export const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts');
const DOCS = resolve(import.meta.dirname, '../../../docs/screenshots');

export type ColorScheme = 'light' | 'dark';

/**
 * Emulates the system's light or dark theme for `page`. Resolves false where
 * the browser's driver cannot (then the test takes the light picture only).
 */
export async function emulateColorScheme(page: Page, scheme: ColorScheme): Promise<boolean> {
  try {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    return await page.evaluate((wanted) => matchMedia(`(prefers-color-scheme: ${wanted})`).matches, scheme);
  } catch {
    return false;
  }
}

/**
 * Takes a screenshot into tests/artifacts/NAME-BROWSER[-dark].png. With
 * SOURCEMARK_UPDATE_SCREENSHOTS=1, Chromium's pictures are also copied to
 * docs/screenshots/NAME[-dark].png, the ones the README shows: look at each
 * before committing it.
 */
export async function takeScreenshot(
  page: Page,
  browser: BrowserName,
  name: string,
  scheme: ColorScheme,
  options: Omit<ScreenshotOptions, 'path'> = {},
  { forDocs = true } = {},
): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const suffix = scheme === 'dark' ? '-dark' : '';
  const path = resolve(ARTIFACTS, `${name}-${browser}${suffix}.png`);
  // Capturing beyond the viewport resizes it, and the card would move to follow its mark.
  await page.screenshot({ captureBeyondViewport: false, ...options, path });
  if (forDocs && process.env.SOURCEMARK_UPDATE_SCREENSHOTS && browser === 'chromium') {
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(path, resolve(DOCS, `${name}${suffix}.png`));
  }
  return path;
}
