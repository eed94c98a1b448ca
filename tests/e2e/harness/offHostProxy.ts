import { createServer, type Server } from 'node:http';

export interface OffHostProxy {
  port: number;
  /** Every request the browser sent through the proxy: any host but 127.0.0.1 (which bypasses it). */
  readonly requests: string[];
  /** The same, less the browser's own services (updates, sign-in, remote settings), which are not ours to judge. */
  foreign(): string[];
  close(): Promise<void>;
}

/**
 * Where the browsers themselves call home even in a test profile. A request
 * there from the extension would be missed, but the shipped code is also
 * checked for network APIs (builtManifests.test.ts).
 */
const BROWSER_SERVICES = [
  'update.googleapis.com',
  'accounts.google.com',
  'clients2.google.com',
  'content-autofill.googleapis.com',
  'firefox.settings.services.mozilla.com',
];
const hostOf = (url: string) => /^[a-z]+:\/\/([^/:]+)/.exec(url)?.[1] ?? url;

/**
 * A proxy on 127.0.0.1 that forwards nothing: the browser sends it every
 * request for another host (loopback bypasses proxies in both browsers), from
 * any of its contexts — pages, the panel, the service worker or background
 * page — and it writes each down and refuses it. Nothing leaves the machine.
 */
export async function startOffHostProxy(): Promise<OffHostProxy> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '(unknown)');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    requests.push(`https://${req.url ?? '(unknown)'}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    requests,
    foreign: () => requests.filter((url) => !BROWSER_SERVICES.includes(hostOf(url))),
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
