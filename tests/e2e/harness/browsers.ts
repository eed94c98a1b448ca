import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { ProtocolError, TargetType, type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../src/manifest/deriveFirefoxManifest.ts';
import type { ExtensionApi, ExtensionPageGlobals } from './pageGlobals.ts';
import { statusFromGate } from '../../../src/content/engineHost.ts';
import type { PageStatus } from '../../../src/messages.ts';

export type BrowserName = 'chromium' | 'firefox';
export const ALL_BROWSERS: BrowserName[] = ['chromium', 'firefox'];

const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};
/** The built extension for each browser. */
export const DIST: Record<BrowserName, string> = {
  chromium: resolve(import.meta.dirname, '../../../dist/chrome'),
  firefox: resolve(import.meta.dirname, '../../../dist/firefox'),
};
/** Pinned so moz-extension:// URLs are predictable in tests. */
const FIREFOX_UUID = '5b0d4f2e-8c1a-4b7e-9f3d-2a6c1e0b7d94';

/**
 * Both browsers run on every test run. A developer may narrow that locally with
 * SOURCEMARK_E2E_BROWSERS=chromium (or firefox); CI refuses the narrowing.
 */
export function selectedBrowsers(): BrowserName[] {
  const raw = process.env.SOURCEMARK_E2E_BROWSERS;
  if (!raw) return ALL_BROWSERS;
  if (process.env.CI)
    throw new Error('SOURCEMARK_E2E_BROWSERS is for local runs only; CI tests every browser');
  const names = raw.split(',').map((s) => s.trim());
  for (const name of names) {
    if (!ALL_BROWSERS.includes(name as BrowserName))
      throw new Error(`SOURCEMARK_E2E_BROWSERS: unknown browser "${name}"`);
  }
  return names as BrowserName[];
}

export interface ExtensionSession {
  name: BrowserName;
  browser: Browser;
  /** Absolute URL of a file inside the installed extension. */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

function requireFile(path: string, hint: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: ${hint}`);
}

export interface LaunchOptions {
  /** Send every request for a host other than 127.0.0.1 through this proxy port (see offHostProxy.ts). */
  proxyPort?: number;
}

export async function launchWithExtension(
  name: BrowserName,
  options: LaunchOptions = {},
): Promise<ExtensionSession> {
  requireFile(
    EXECUTABLES[name],
    `install it with "apt-get install -y ${name === 'chromium' ? 'chromium' : 'firefox-esr'}", ` +
      `or skip it locally with SOURCEMARK_E2E_BROWSERS=${name === 'chromium' ? 'firefox' : 'chromium'}`,
  );
  requireFile(resolve(DIST[name], 'manifest.json'), 'run "npm run build" first');
  const session = await (name === 'chromium' ? launchChromium(options) : launchFirefox(options));
  await registeredGate(session, (held) => held.length > 0);
  return session;
}

type HeldScripts = Awaited<ReturnType<ExtensionApi['scripting']['getRegisteredContentScripts']>>;

/**
 * Waits until the gate's registration (made by the background when it
 * starts and when the settings change) satisfies `ready`, and returns it:
 * a page opened before would get no gate.
 */
export async function registeredGate(
  session: ExtensionSession,
  ready: (held: HeldScripts) => boolean,
  timeoutMs = 15_000,
): Promise<HeldScripts> {
  const page = await openExtensionPage(session, 'src/popup/index.html');
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const held = await page.evaluate(() => {
        const g = globalThis as ExtensionPageGlobals;
        return (g.browser ?? g.chrome)!.scripting.getRegisteredContentScripts();
      });
      if (ready(held)) return held;
      if (Date.now() > deadline)
        throw new Error(`the gate's registration is not as expected: ${JSON.stringify(held)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await page.close();
  }
}

/** A loaded machine took over puppeteer's default 30 s to start Firefox (CI, 2 December 2026); under the hooks' 90 s. */
const LAUNCH_TIMEOUT_MS = 60_000;

/** The browser's own calls home (network time, autofill), fewer of them for the test's proxy to set aside. */
const QUIET_CHROMIUM = [
  '--disable-features=AutofillServerCommunication,NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,SigninInterceptBubble',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--no-pings',
  '--disable-extensions-http-throttling',
];

async function launchChromium({ proxyPort }: LaunchOptions): Promise<ExtensionSession> {
  const browser = await puppeteer.launch({
    executablePath: EXECUTABLES.chromium,
    headless: true,
    timeout: LAUNCH_TIMEOUT_MS,
    pipe: true,
    enableExtensions: [DIST.chromium],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Loopback always bypasses the proxy.
      ...(proxyPort ? [`--proxy-server=http://127.0.0.1:${proxyPort}`, ...QUIET_CHROMIUM] : []),
    ],
  });
  const worker = await browser.waitForTarget(
    (t) => t.type() === TargetType.SERVICE_WORKER && t.url().startsWith('chrome-extension://'),
    { timeout: 30_000 },
  );
  // Node's URL gives "null" as the origin of non-special schemes, so cut it by hand.
  const origin = /^chrome-extension:\/\/[a-p]{32}/.exec(worker.url())?.[0];
  if (!origin) throw new Error(`unexpected service worker URL ${worker.url()}`);
  return {
    name: 'chromium',
    browser,
    extensionUrl: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => browser.close(),
  };
}

async function launchFirefox({ proxyPort }: LaunchOptions): Promise<ExtensionSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: true,
    timeout: LAUNCH_TIMEOUT_MS,
    // Lets the test open moz-extension:// pages (the popup) in a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      ...(proxyPort
        ? {
            // Manual proxy for http and https; localhost and 127.0.0.1 are never proxied.
            'network.proxy.type': 1,
            'network.proxy.http': '127.0.0.1',
            'network.proxy.http_port': proxyPort,
            'network.proxy.ssl': '127.0.0.1',
            'network.proxy.ssl_port': proxyPort,
            'network.proxy.no_proxies_on': '',
          }
        : {}),
    },
  });
  await browser.installExtension(DIST.firefox);
  return {
    name: 'firefox',
    browser,
    extensionUrl: (path) => `moz-extension://${FIREFOX_UUID}/${path.replace(/^\//, '')}`,
    close: () => browser.close(),
  };
}

/**
 * Loads an extension page in `page`. Firefox may never report a
 * moz-extension:// navigation as finished, so there the test waits for the
 * document itself instead of the navigation.
 */
export async function gotoExtensionPage(session: ExtensionSession, page: Page, path: string): Promise<void> {
  const url = session.extensionUrl(path);
  if (session.name === 'chromium') {
    await page.goto(url, { waitUntil: 'load' });
    return;
  }
  page.goto(url, { timeout: 60_000 }).catch(() => undefined);
  await page.waitForFunction(
    (wanted) => location.href === wanted && document.readyState === 'complete',
    { timeout: 20_000, polling: 50 },
    url,
  );
}

export async function openExtensionPage(session: ExtensionSession, path: string): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    const page = await session.browser.newPage();
    try {
      await gotoExtensionPage(session, page, path);
      return page;
    } catch (error) {
      // A few new Firefox tabs in a hundred never leave their first about:blank:
      // every script.evaluate there fails with an "unknown error" (a null
      // completion value in the remote agent) and navigating again does not
      // help. A fresh tab does.
      await page.close().catch(() => undefined);
      if (!(error instanceof ProtocolError) || attempt === 3) throw error;
    }
  }
}

/**
 * The WebExtension tab id of the tab showing `url`, asked from an extension
 * page. Without the "tabs" permission tab URLs are hidden, so ask each tab's
 * content script where it is.
 */
export async function findTabId(extensionPage: Page, url: string, timeoutMs = 30_000): Promise<number> {
  // The content script starts at document_idle, which on a heavy page comes well after "load".
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const id = await askTabsFor(extensionPage, url);
    if (typeof id === 'number') return id;
    if (Date.now() > deadline) throw new Error(`no content script answers from ${url}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Runs in the extension page: asks every tab for its page status, by message
 * where the engine (or the gate waiting for it) listens, else in the page,
 * of the gate (as the panel does: src/content/pageStatusInTab.ts).
 */
async function tabShowing(wanted: string, gateStatus: () => unknown): Promise<number | undefined> {
  const g = globalThis as ExtensionPageGlobals;
  const api = (g.browser ?? g.chrome)!;
  for (const tab of await api.tabs.query({})) {
    if (tab.id === undefined) continue;
    const status = ((await api.tabs
      .sendMessage(tab.id, { type: 'page/get-status' })
      .catch(() => undefined)) ??
      (
        await api.scripting
          .executeScript({ target: { tabId: tab.id, frameIds: [0] }, func: gateStatus })
          .catch(() => [])
      )[0]?.result) as { url?: string } | undefined;
    if (status?.url === wanted) return tab.id;
  }
  return undefined;
}

function askTabsFor(extensionPage: Page, url: string): Promise<number | undefined> {
  // Functions cannot be arguments to evaluate: both go as source, the gate's reader taken from the product.
  return extensionPage.evaluate(
    `(${tabShowing.toString()})(${JSON.stringify(url)}, ${statusFromGate.toString()})`,
  ) as Promise<number | undefined>;
}

/** The page status of the tab showing `url`, asked as the panel asks it. */
export async function pageStatusOf(extensionPage: Page, url: string): Promise<PageStatus> {
  const tabId = await findTabId(extensionPage, url);
  return extensionPage.evaluate(
    `(async () => {
      const g = globalThis;
      const api = g.browser ?? g.chrome;
      const viaMessage = await api.tabs.sendMessage(${tabId}, { type: 'page/get-status' }).catch(() => undefined);
      if (viaMessage) return viaMessage;
      const [injection] = await api.scripting.executeScript({ target: { tabId: ${tabId}, frameIds: [0] }, func: ${statusFromGate.toString()} });
      return injection.result;
    })()`,
  ) as Promise<PageStatus>;
}

/** Sends a Sourcemark message to the content script of the tab showing `url`, from an extension page. */
export async function sendToTab<T>(extensionPage: Page, url: string, message: unknown): Promise<T> {
  const tabId = await findTabId(extensionPage, url);
  return extensionPage.evaluate(
    (id, msg) => {
      const g = globalThis as ExtensionPageGlobals;
      return (g.browser ?? g.chrome)!.tabs.sendMessage(id, msg);
    },
    tabId,
    message as never,
  ) as Promise<T>;
}
