/**
 * What each browser asks the reader at install. The registered gate and the
 * injected engine need the `scripting` permission and host permissions for
 * the pages they run on; neither may add a line to the prompt. Each
 * browser is asked for its own wording, for the built manifest and for the
 * manifest without them (what the prompt said before).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIST,
  launchWithExtension,
  openExtensionPage,
  selectedBrowsers,
  type ExtensionSession,
} from './harness/browsers.ts';
import { GECKO_ID } from '../../src/manifest/deriveFirefoxManifest.ts';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js: string[] }>;
}
const built = (name: 'chromium' | 'firefox') =>
  JSON.parse(readFileSync(join(DIST[name], 'manifest.json'), 'utf8')) as Manifest;
/**
 * The built manifest as it was before the gate: no scripting, no host
 * permissions of its own, and the content script declared for every page
 * (now the background registers it).
 */
function withoutGate(manifest: Manifest): Manifest {
  const { host_permissions: hosts, ...rest } = manifest;
  return {
    ...rest,
    permissions: (manifest.permissions ?? []).filter((p) => p !== 'scripting'),
    content_scripts: [{ matches: hosts ?? [], js: ['content.js'] }],
  };
}

interface ChromeManagement {
  management: { getPermissionWarningsByManifest(manifest: string): Promise<string[]> };
}

/**
 * Runs `expression` (an async function's body returning JSON text) in
 * Firefox's privileged scope, where its add-on manager lives (WebDriver
 * BiDi allows it with --remote-allow-system-access, which the harness sets).
 */
async function inFirefoxChrome<T>(session: ExtensionSession, body: string): Promise<T> {
  const { connection } = session.browser as unknown as {
    connection: { send(method: string, params: object): Promise<{ result: unknown }> };
  };
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    result: { contexts: Array<{ context: string }> };
  };
  const answer = (await connection.send('script.evaluate', {
    expression: `(async () => { ${body} })()`,
    target: { context: tree.result.contexts[0]!.context },
    awaitPromise: true,
  })) as { result: { result: { value: string } } };
  return JSON.parse(answer.result.result.value) as T;
}

interface Permissions {
  permissions: string[];
  origins: string[];
}

/** Firefox's own prompt strings for these permissions, as its install dialog words them. */
const firefoxPrompt = (session: ExtensionSession, permissions: Permissions, optional: Permissions) =>
  inFirefoxChrome<{ required: string[]; optional: string[] }>(
    session,
    `const { ExtensionData } = ChromeUtils.importESModule('resource://gre/modules/Extension.sys.mjs');
    const strings = ExtensionData.formatPermissionStrings({
      permissions: ${JSON.stringify(permissions)},
      optionalPermissions: ${JSON.stringify(optional)},
    });
    return JSON.stringify({ required: strings.msgs, optional: Object.values(strings.optionalOrigins) });`,
  );

/** The add-on's permissions as Firefox recorded them at install (host permissions are optional in MV3). */
const firefoxInstalledPermissions = (session: ExtensionSession) =>
  inFirefoxChrome<{ user: Permissions; optional: Permissions }>(
    session,
    `const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
    const addon = await AddonManager.getAddonByID(${JSON.stringify(GECKO_ID)});
    return JSON.stringify({ user: addon.userPermissions, optional: addon.optionalPermissions });`,
  );

describe.each(selectedBrowsers())('the install prompt in %s', (name) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  it.runIf(name === 'chromium')('warns once, as before: read and change data on all websites', async () => {
    const page = await openExtensionPage(session, 'src/popup/index.html');
    const warnings = (manifest: Manifest) =>
      page.evaluate(
        (m) =>
          (
            globalThis as unknown as { chrome: ChromeManagement }
          ).chrome.management.getPermissionWarningsByManifest(m),
        JSON.stringify(manifest),
      );
    const now = await warnings(built(name));
    expect(now).toEqual(['Read and change all your data on all websites']);
    expect(await warnings(withoutGate(built(name)))).toEqual(now);
    await page.close();
  });

  it.runIf(name === 'firefox')(
    'asks for nothing required and offers all websites as an optional setting, as before',
    async () => {
      const installed = await firefoxInstalledPermissions(session);
      expect(installed.user.permissions.sort()).toEqual(['scripting', 'storage']);
      expect(installed.user.origins).toEqual([]);
      expect(installed.optional.origins.sort()).toEqual(['http://*/*', 'https://*/*']);
      const now = await firefoxPrompt(session, installed.user, installed.optional);
      expect(now).toEqual({ required: [], optional: ['Access your data for all websites'] });
      const before = await firefoxPrompt(
        session,
        { ...installed.user, permissions: installed.user.permissions.filter((p) => p !== 'scripting') },
        installed.optional,
      );
      expect(before).toEqual(now);
    },
  );
});
