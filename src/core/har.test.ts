import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../fixtures/load.js';
import { fixturesToHar } from '../../fixtures/to-har.js';
import { harEntryToExchange, parseHar, type HarEntry } from './har.js';
import { scanEntries } from './report.js';

const base: HarEntry = {
  startedDateTime: '2026-11-23T08:00:00.000Z',
  request: { method: 'POST', url: 'https://ecs.aliyuncs.com/?Action=X', headers: [{ name: 'Content-Type', value: 'application/json' }] },
  response: { status: 400, headers: [{ name: 'x-acs-request-id', value: 'R1' }], content: { size: 10, mimeType: 'application/json', text: '{"a":1}' } },
};

describe('harEntryToExchange', () => {
  it('copies the fields a detector reads', () => {
    const ex = harEntryToExchange(base);
    expect(ex).toMatchObject({
      url: base.request.url,
      method: 'POST',
      status: 400,
      mimeType: 'application/json',
      responseBody: '{"a":1}',
      startedDateTime: base.startedDateTime,
    });
    expect(ex.responseHeaders).toEqual([{ name: 'x-acs-request-id', value: 'R1' }]);
  });

  it('decodes base64 content as UTF-8', () => {
    const text = '{"Message":"参数错误"}';
    const b64 = btoa(String.fromCharCode(...new TextEncoder().encode(text)));
    const ex = harEntryToExchange({ ...base, response: { ...base.response, content: { mimeType: 'application/json', text: b64, encoding: 'base64' } } });
    expect(ex.responseBody).toBe(text);
  });

  it('turns invalid UTF-8 into replacement characters instead of failing', () => {
    const ex = harEntryToExchange({
      ...base,
      response: { ...base.response, content: { mimeType: 'application/json', text: btoa('\xff\xfe{"a"'), encoding: 'base64' } },
    });
    expect(ex.responseBody).toContain('\uFFFD');
  });

  it('leaves the body undefined when text is missing or base64 is invalid', () => {
    expect(harEntryToExchange({ ...base, response: { status: 204, content: { mimeType: '' } } }).responseBody).toBeUndefined();
    expect(harEntryToExchange({ ...base, response: { ...base.response, content: { text: '***', encoding: 'base64' } } }).responseBody).toBeUndefined();
  });

  it('reads postData text, or rebuilds a form body from params', () => {
    expect(harEntryToExchange({ ...base, request: { ...base.request, postData: { mimeType: 'application/json', text: '{"x":1}' } } }).requestBody).toBe(
      '{"x":1}',
    );
    const form = harEntryToExchange({
      ...base,
      request: {
        ...base.request,
        postData: {
          mimeType: 'application/x-www-form-urlencoded',
          params: [
            { name: 'Action', value: 'Run Instances' },
            { name: 'A&B', value: '1' },
          ],
        },
      },
    });
    expect(form.requestBody).toBe('Action=Run%20Instances&A%26B=1');
  });

  it('tolerates malformed headers and missing fields', () => {
    const ex = harEntryToExchange({ request: { headers: [null, { name: 'a', value: 3 }] as never }, response: {} });
    expect(ex).toMatchObject({ url: '', method: 'GET', status: 0, mimeType: '' });
    expect(ex.requestHeaders).toEqual([{ name: 'a', value: '3' }]);
  });
});

describe('parseHar', () => {
  it.each([
    ['{', /not valid JSON/],
    ['[]', /top level is not an object/],
    ['{"log":1}', /no "log" object/],
    ['{"log":{"entries":{}}}', /"log.entries" is not an array/],
    ['{"log":{"entries":[{"request":{}}]}}', /entry 0 has no request\/response/],
  ])('rejects %s with a one-line reason', (text, reason) => {
    const r = parseHar(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(reason);
      expect(r.error).not.toContain('\n');
    }
  });

  it('accepts a HAR with a byte-order mark', () => {
    expect(parseHar('\uFEFF{"log":{"entries":[]}}').ok).toBe(true);
  });
});

describe('a HAR with entries of every wrong shape (seeded)', () => {
  // Each field of an entry replaced by a value of another type: the scan reads what it can and never throws.
  const ODD: unknown[] = [null, 0, 'x', [], {}, [null], { text: 1 }, true, -1, '\u0000'];
  const PATHS = [
    'request',
    'response',
    'request.headers',
    'response.headers',
    'response.content',
    'response.content.text',
    'response.content.encoding',
    'response.status',
    'request.url',
    'request.method',
    'request.postData',
    'request.postData.params',
    'startedDateTime',
    'request.headers.0',
    'response.headers.0.value',
  ];
  const base = fixturesToHar(loadFixtures().map((f) => f.fixture)).log.entries;

  it('scans every variant without throwing, keeping the index of each entry', () => {
    const entries: unknown[] = [];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (const entry of base) {
      for (let k = 0; k < 6; k++) {
        const copy = JSON.parse(JSON.stringify(entry)) as Record<string, unknown>;
        const path = PATHS[next(PATHS.length)]!.split('.');
        let at: Record<string, unknown> | undefined = copy;
        for (const key of path.slice(0, -1)) at = at && typeof at[key] === 'object' && at[key] !== null ? (at[key] as Record<string, unknown>) : undefined;
        // request and response must stay objects (null and arrays are, to JSON), or the file is not a HAR: see below.
        const odd = path.length === 1 && (path[0] === 'request' || path[0] === 'response') ? ODD.filter((v) => typeof v === 'object') : ODD;
        if (at) at[path.at(-1)!] = odd[next(odd.length)];
        entries.push(copy);
      }
    }
    const parsed = parseHar(JSON.stringify({ log: { version: '1.2', entries } }));
    if (!parsed.ok) throw new Error(parsed.error);
    const report = scanEntries(parsed.har.log.entries);
    expect(report.scanned).toBe(entries.length);
    for (const f of report.findings) expect(f.index).toBeLessThan(report.scanned);
    expect(report.findings.length).toBeGreaterThan(base.length / 2);
  });

  it('names the entry whose request or response is not an object', () => {
    const entries: unknown[] = JSON.parse(JSON.stringify(base)) as unknown[];
    (entries[3] as Record<string, unknown>)['response'] = 'x';
    expect(parseHar(JSON.stringify({ log: { entries } }))).toEqual({ ok: false, error: 'not a HAR file: entry 3 has no request/response object' });
  });
});
