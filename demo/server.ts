/**
 * The embedded demo cloud: an HTTP server on 127.0.0.1 that answers with the project's fixtures.
 *   GET  /                      the demo console (fires every fixture once; `?burst=0` fires nothing)
 *   ANY  /cloud/<provider>/<variant>[?query]   the fixture's response: status, headers and body, byte for byte,
 *                               plus the headers real endpoints add (no-store, CORS, HSTS, request id: served-headers.ts)
 *   GET  /big.json              a 2 MB Tencent-style success body of many small items (over the parse cap, nothing
 *                               long to cut: listed as not parsed)
 *   GET  /big-error.json        a 3 MB Tencent 3.0 error whose Message echoes a huge parameter (listed with its
 *                               code and RequestId, the message cut: src/core/parse/shrink.ts)
 * Detection on 127.0.0.1 relies on body shape and request/response headers, not on the host.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { consolePageHtml, demoCalls } from './console-page.js';
import { demoFixtures, type DemoFixture } from './fixtures.js';
import { servedHeaders } from './served-headers.js';

export interface DemoServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** With `tls`: the port of the same demo cloud over HTTPS, for calls to provider host names mapped to 127.0.0.1. */
  tlsPort?: number;
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
  // A call to a provider host name from the console page is cross-origin: answer its CORS preflight.
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    res.writeHead(204, {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, PATCH, DELETE',
      'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '',
      'Access-Control-Max-Age': '600',
    });
    res.end();
    return;
  }
  if (url.pathname === '/' || url.pathname === '/index.html') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(page);
    return;
  }
  if (url.pathname === '/big.json') {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(bigBody());
    return;
  }
  if (url.pathname === '/big-error.json') {
    res.writeHead(400, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, no-store', 'X-TC-RequestId': BIG_ERROR_REQUEST_ID });
    res.end(bigErrorBody());
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

export async function startDemoServer(options: { port?: number; tls?: { key: string; cert: string } } = {}): Promise<DemoServer> {
  const fixtures = demoFixtures();
  const byId = new Map(fixtures.map((f) => [f.id, f]));
  const page = consolePageHtml(demoCalls(fixtures));
  const server = createServer((req, res) => handle(req, res, byId, page));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const secure = options.tls ? createTlsServer(options.tls, (req, res) => handle(req, res, byId, page)) : undefined;
  if (secure) {
    await new Promise<void>((resolve, reject) => {
      secure.once('error', reject);
      secure.listen(0, '127.0.0.1', resolve);
    });
  }
  const stop = (s: typeof server | NonNullable<typeof secure>): Promise<void> =>
    new Promise<void>((resolve) => {
      s.closeAllConnections();
      s.close(() => resolve());
    });
  return {
    origin: `http://127.0.0.1:${port}`,
    tlsPort: secure ? (secure.address() as AddressInfo).port : undefined,
    fixtures,
    close: async () => {
      await Promise.all([stop(server), ...(secure ? [stop(secure)] : [])]);
    },
  };
}

/** A huge page of results: an envelope shape, but data: too large to parse even with long strings cut. */
function bigBody(): string {
  const items = Array.from({ length: 30_000 }, (_, i) => ({
    InstanceId: `ins-${i.toString(36).padStart(8, '0')}`,
    InstanceState: 'RUNNING',
    Zone: 'ap-guangzhou-3',
  }));
  return JSON.stringify({ Response: { TotalCount: items.length, InstanceSet: items, RequestId: 'big-page-0001' } });
}

export const BIG_ERROR_REQUEST_ID = '3f2e1d0c-big0-4e1a-9b8c-000000000003';

/** The error a console meets when it sends a huge parameter: Tencent echoes the value in the message. */
function bigErrorBody(): string {
  const echoed = 'A'.repeat(3 * 1024 * 1024);
  return JSON.stringify({
    Response: { Error: { Code: 'InvalidParameterValue', Message: `The value of UserData is invalid: ${echoed}` }, RequestId: BIG_ERROR_REQUEST_ID },
  });
}
