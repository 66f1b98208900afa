/**
 * The embedded demo cloud: an HTTP server on 127.0.0.1 that answers with the project's fixtures.
 *   GET  /                      the demo console (fires every fixture once; `?burst=0` fires nothing)
 *   ANY  /cloud/<provider>/<variant>[?query]   the fixture's response: status, headers and body, byte for byte,
 *                               plus the headers real endpoints add (no-store, CORS, HSTS, request id: served-headers.ts)
 *   GET  /big.json              a 2 MB JSON body (over the panel's parse cap: listed as not parsed)
 * Detection on 127.0.0.1 relies on body shape and request/response headers, not on the host.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { consolePageHtml, demoCalls } from './console-page.js';
import { demoFixtures, type DemoFixture } from './fixtures.js';
import { servedHeaders } from './served-headers.js';

export interface DemoServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  fixtures: readonly DemoFixture[];
  close(): Promise<void>;
}

function sendFixture(res: ServerResponse, demoFixture: DemoFixture): void {
  res.writeHead(demoFixture.fixture.response.status, servedHeaders(demoFixture));
  res.end(demoFixture.fixture.response.body);
}

function handle(req: IncomingMessage, res: ServerResponse, byId: ReadonlyMap<string, DemoFixture>, page: string): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  // Drain any request body before answering.
  req.resume();
  if (url.pathname === '/' || url.pathname === '/index.html') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(page);
    return;
  }
  if (url.pathname === '/big.json') {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ rows: 'x'.repeat(2 * 1024 * 1024) }));
    return;
  }
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204);
    res.end();
    return;
  }
  const fixture = url.pathname.startsWith('/cloud/') ? byId.get(url.pathname.slice('/cloud/'.length)) : undefined;
  if (fixture) {
    sendFixture(res, fixture);
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('not found\n');
}

export async function startDemoServer(options: { port?: number } = {}): Promise<DemoServer> {
  const fixtures = demoFixtures();
  const byId = new Map(fixtures.map((f) => [f.id, f]));
  const page = consolePageHtml(demoCalls(fixtures));
  const server = createServer((req, res) => handle(req, res, byId, page));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    fixtures,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
