/*
 * Types only: code handed to page.evaluate runs in the page, so it can use
 * these to read globals but cannot import anything at run time.
 */

/** The part of the WebExtension API tests call from an extension page. */
export interface ExtensionApi {
  tabs: {
    query(query: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown, options?: object): Promise<unknown>;
    reload(tabId: number): Promise<void>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  scripting: {
    executeScript(injection: {
      target: { tabId: number; frameIds?: number[] };
      func: () => unknown;
    }): Promise<Array<{ result?: unknown }>>;
    getRegisteredContentScripts(filter?: {
      ids?: string[];
    }): Promise<Array<{ id: string; js?: string[]; excludeMatches?: string[] }>>;
  };
  permissions: { remove(permissions: { origins: string[] }): Promise<boolean> };
  runtime: { reload(): void; getBackgroundPage(): Promise<unknown> };
  storage: { sync: { set(items: object): Promise<void>; clear(): Promise<void> } };
}

/** `browser` in Firefox, `chrome` in Chromium. */
export interface ExtensionPageGlobals {
  browser?: ExtensionApi;
  chrome?: ExtensionApi;
}

/** What the fixture pages' own scripts leave on `window` for tests to read. */
export interface FixtureGlobals {
  updateArrived?: boolean;
  clicks?: number;
  initialFeed?: string;
  nodeCount?: number;
  pinged?: boolean;
  pageScriptRan?: boolean;
  navigated?: boolean;
}
