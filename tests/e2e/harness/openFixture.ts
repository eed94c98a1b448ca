import type { Page } from 'puppeteer-core';
import type { PageStatus } from '../../../src/messages.ts';
import { sendToTab, type ExtensionSession } from './browsers.ts';
import type { FixtureServer } from './fixtureServer.ts';

let visits = 0;

/**
 * Opens a fixture page under a URL of its own (so messages reach this tab and
 * no earlier one) and resolves once the content script's first pass is done.
 */
export async function openFixture(
  session: ExtensionSession,
  server: FixtureServer,
  control: Page,
  path: string,
  viewport?: { width: number; height: number },
): Promise<{ page: Page; url: string; status: PageStatus }> {
  const url = `${server.url(path)}?visit=${++visits}`;
  const page = await session.browser.newPage();
  if (viewport) await page.setViewport(viewport);
  await page.goto(url, { waitUntil: 'load' });
  const status = await sendToTab<PageStatus>(control, url, { type: 'page/get-status' });
  return { page, url, status };
}
