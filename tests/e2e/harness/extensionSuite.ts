import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { PageStatus } from '../../../src/messages.ts';
import {
  launchWithExtension,
  openExtensionPage,
  pageStatusOf,
  type BrowserName,
  type ExtensionSession,
} from './browsers.ts';
import { startFixtureServer, type FixtureServer } from './fixtureServer.ts';

export interface ExtensionSuite {
  readonly session: ExtensionSession;
  readonly server: FixtureServer;
  /** An extension page (the popup) to send messages from. */
  readonly control: Page;
  /**
   * Opens a fixture page under a URL of its own (so messages reach this tab and
   * no earlier one) and resolves once the content script's first pass is done.
   */
  open(
    path: string,
    viewport?: { width: number; height: number },
  ): Promise<{ page: Page; url: string; status: PageStatus }>;
}

/** Starts the fixture server and the browser with the built extension for a describe block, and stops them after. */
export function useExtension(name: BrowserName): ExtensionSuite {
  let session: ExtensionSession | undefined;
  let server: FixtureServer | undefined;
  let control: Page | undefined;
  let visits = 0;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchWithExtension(name);
    control = await openExtensionPage(session, 'src/popup/index.html');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  return {
    get session() {
      return session!;
    },
    get server() {
      return server!;
    },
    get control() {
      return control!;
    },
    async open(path, viewport) {
      const url = `${server!.url(path)}?visit=${++visits}`;
      const page = await session!.browser.newPage();
      if (viewport) await page.setViewport(viewport);
      await page.goto(url, { waitUntil: 'load' });
      const status = await pageStatusOf(control!, url);
      return { page, url, status };
    },
  };
}
