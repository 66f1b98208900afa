import { hostOf } from '../src/core/exchange.js';
import { demoPath, type DemoFixture } from './fixtures.js';

/** What the console page needs to replay one fixture against the demo cloud. */
interface DemoCall {
  id: string;
  description: string;
  method: string;
  path: string;
  /** The provider host the fixture was sent to (cvm.tencentcloudapi.com, …). */
  host: string;
  headers: Record<string, string>;
  body?: string;
}

export function demoCalls(fixtures: readonly DemoFixture[]): DemoCall[] {
  return fixtures.map((f) => ({
    id: f.id,
    description: f.fixture.description,
    method: f.fixture.request.method || 'GET',
    path: demoPath(f),
    host: hostOf(f.fixture.request.url),
    headers: f.fixture.request.headers,
    body: /^(GET|HEAD)$/i.test(f.fixture.request.method) ? undefined : f.fixture.request.body,
  }));
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The demo console: a page that calls the demo cloud the way a cloud console's front end would.
 * It fires every fixture once on load (unless `?burst=0`); `window.fireBurst()` and `window.fire(id)`
 * let the launcher and the tests make more calls, `{ read: false }` leaving the bodies unread (as a console
 * that checks `res.ok` and throws does) until `window.readUnread()`. Results are shown as text.
 */
export function consolePageHtml(calls: readonly DemoCall[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Demo cloud console</title>
<style>
  body { font: 14px/1.5 system-ui, sans-serif; margin: 16px 24px; color: #202124; }
  h1 { font-size: 20px; margin: 0 0 4px; }
  p { margin: 0 0 12px; color: #5f6368; }
  ol { padding-left: 20px; margin: 0; columns: 2; font-size: 12px; }
  li { break-inside: avoid; }
  .status { font-family: ui-monospace, monospace; }
  .ok { color: #188038; } .bad { color: #c5221f; }
</style>
</head>
<body>
<h1>Demo cloud console</h1>
<p>Every call below goes to the embedded demo cloud on this machine and is answered with one of the project's fixtures. Open DevTools &rarr; <b>Cloud Errors</b>. <button id="again" type="button">Fire the burst again</button></p>
<ol id="log"></ol>
<script>
const CALLS = ${scriptJson(calls)};
const log = document.getElementById('log');
/** Responses whose bodies the page left unread (fire(id, { read: false })): a console that checks res.ok and throws does this. */
const unread = [];
async function fire(id, options = {}) {
  const call = CALLS.find((c) => c.id === id);
  if (!call) throw new Error('no demo call ' + id);
  const li = document.createElement('li');
  let text;
  try {
    // options.tlsPort: call the fixture's own provider host (mapped to 127.0.0.1 by the browser) over HTTPS.
    const url = options.tlsPort ? 'https://' + call.host + ':' + options.tlsPort + call.path : call.path;
    const res = await fetch(url, { method: call.method, headers: call.headers, body: call.body });
    if (options.read === false) unread.push(res);
    else await res.text();
    text = res.status;
    li.className = res.ok ? 'ok' : 'bad';
  } catch (e) {
    text = 'failed: ' + e.message;
    li.className = 'bad';
  }
  li.textContent = call.id + ' \\u2192 ' + text + ' \\u2014 ' + call.description;
  log.append(li);
  return text;
}
/** Reads the bodies left unread so far. */
function readUnread() {
  return Promise.all(unread.splice(0).map((res) => res.text()));
}
async function fireBig() {
  // A 2 MB JSON page of results: over the panel's parse cap, listed as not parsed (with "Show successful calls").
  const res = await fetch('/big.json');
  await res.arrayBuffer();
}
/** Every call at once, or (options.batch) a few at a time, each batch after the last has answered. */
async function fireBurst(options = {}) {
  if (!options.batch) return Promise.all([...CALLS.map((c) => fire(c.id, options)), fireBig()]);
  const done = [];
  for (let i = 0; i < CALLS.length; i += options.batch) {
    done.push(...(await Promise.all(CALLS.slice(i, i + options.batch).map((c) => fire(c.id, options)))));
  }
  done.push(await fireBig());
  return done;
}
window.fire = fire;
window.fireBurst = fireBurst;
window.readUnread = readUnread;
window.demoCalls = CALLS.map((c) => c.id);
document.getElementById('again').addEventListener('click', () => { log.textContent = ''; fireBurst(); });
window.burstDone = new URLSearchParams(location.search).get('burst') === '0' ? Promise.resolve([]) : fireBurst();
</script>
</body>
</html>
`;
}
