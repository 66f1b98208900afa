import { describe, expect, it, vi } from 'vitest';
import type { HarEntry } from '../core/har.js';
import { MAX_SCAN_BYTES } from '../core/candidate.js';
import { readCall, startCapture, type CapturedCall } from './capture.js';
import type { CapturedRequest, DevtoolsApi } from './devtools-api.js';

const BODY = '{"Response":{"Error":{"Code":"AuthFailure","Message":"m"},"RequestId":"r"}}';

function request(
  url: string,
  options: { started?: string; status?: number; mime?: string; size?: number; headers?: { name: string; value: string }[] } = {},
): CapturedRequest & { reads: number } {
  const entry: HarEntry = {
    startedDateTime: options.started ?? '2026-11-23T08:00:00.000Z',
    request: { method: 'POST', url, headers: [] },
    response: {
      status: options.status ?? 200,
      headers: options.headers ?? [],
      content: { mimeType: options.mime ?? 'application/json', size: options.size ?? BODY.length },
    },
  };
  const req = {
    entry,
    reads: 0,
    readBody: async () => {
      req.reads++;
      return { text: BODY };
    },
  };
  return req;
}

function fakeApi(har: CapturedRequest[]) {
  let live: ((r: CapturedRequest) => void) | undefined;
  let resolveHar: (list: CapturedRequest[]) => void = () => {};
  const api = {
    onRequestFinished: (l: (r: CapturedRequest) => void) => {
      live = l;
      return () => (live = undefined);
    },
    getHar: () => new Promise<CapturedRequest[]>((r) => (resolveHar = r)),
  } as unknown as DevtoolsApi;
  return { api, finish: (r: CapturedRequest) => live?.(r), answerHar: () => resolveHar(har), listening: () => live !== undefined };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

describe('startCapture', () => {
  it('backfills from getHAR what finished before the listener, without listing a call twice', async () => {
    const early = request('https://a/early');
    const both = request('https://a/both');
    const calls: CapturedCall[] = [];
    const fake = fakeApi([early, both]);
    startCapture(fake.api, { onCall: (c) => calls.push(c) });
    fake.finish(request('https://a/both')); // live before getHAR answered
    fake.answerHar();
    await settle();
    fake.finish(request('https://a/late'));
    await settle();
    expect(calls.map((c) => c.exchange.url).sort()).toEqual(['https://a/both', 'https://a/early', 'https://a/late']);
  });

  it('matches a backfilled call when its live event comes after getHAR answered', async () => {
    const calls: CapturedCall[] = [];
    const fake = fakeApi([request('https://a/x')]);
    startCapture(fake.api, { onCall: (c) => calls.push(c) });
    fake.answerHar();
    await settle();
    fake.finish(request('https://a/x'));
    await settle();
    expect(calls).toHaveLength(1);
  });

  it('keeps identical calls made in the same millisecond', async () => {
    const calls: CapturedCall[] = [];
    const fake = fakeApi([request('https://a/x'), request('https://a/x')]);
    startCapture(fake.api, { onCall: (c) => calls.push(c) });
    fake.finish(request('https://a/x'));
    fake.answerHar();
    await settle();
    expect(calls).toHaveLength(2);
  });

  it('leaves requests still in flight (no status) in getHAR to live capture', async () => {
    const calls: CapturedCall[] = [];
    const fake = fakeApi([request('https://a/slow', { status: 0 })]);
    startCapture(fake.api, { onCall: (c) => calls.push(c) });
    fake.answerHar();
    await settle();
    fake.finish(request('https://a/slow'));
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.exchange.status).toBe(200);
  });

  it('leaves to live capture a backfilled call whose body is not readable yet (Firefox lists it while the body arrives)', async () => {
    const calls: CapturedCall[] = [];
    const arriving = { ...request('https://a/arriving', { status: 403 }), readBody: async () => ({ text: '' }) };
    const fake = fakeApi([arriving]);
    startCapture(fake.api, { onCall: (c) => calls.push(c) });
    fake.answerHar();
    await settle();
    expect(calls).toHaveLength(0);
    fake.finish(request('https://a/arriving', { status: 403 }));
    await settle();
    expect(calls.map((c) => [c.exchange.url, c.exchange.responseBody, c.exchange.bodyWithheld])).toEqual([['https://a/arriving', BODY, undefined]]);
  });

  it('never reads bodies that cannot be envelopes, and lists oversized ones as skipped with the reason', async () => {
    const calls: CapturedCall[] = [];
    const fake = fakeApi([]);
    startCapture(fake.api, { onCall: (c) => calls.push(c) });
    const image = request('https://a/logo.png', { mime: 'image/png' });
    const big = request('https://a/big', { size: MAX_SCAN_BYTES + 1 });
    fake.finish(image);
    fake.finish(big);
    fake.answerHar();
    await settle();
    expect(image.reads + big.reads).toBe(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ kind: 'skipped', reason: expect.stringContaining('exceeds') });
  });

  it('stops delivering and unsubscribes when stopped', async () => {
    const onCall = vi.fn();
    const fake = fakeApi([request('https://a/x')]);
    const stop = startCapture(fake.api, { onCall });
    stop();
    fake.answerHar();
    await settle();
    expect(fake.listening()).toBe(false);
    expect(onCall).not.toHaveBeenCalled();
  });
});

describe('bodies the browser withholds', () => {
  const never = (r: CapturedRequest): CapturedRequest => ({ ...r, readBody: () => new Promise(() => {}) });

  it('lists a call whose getContent never calls back from its headers, marked bodyWithheld', async () => {
    const call = await readCall(never(request('https://a/x', { status: 403 })), 10);
    expect(call).toMatchObject({ kind: 'exchange', exchange: { status: 403, bodyWithheld: true } });
    expect(call?.exchange.responseBody).toBeUndefined();
  });

  it('marks a null or empty body of a response that had one as withheld, but not the empty body of a bodiless response', async () => {
    const nullBody = { ...request('https://a/x', { status: 403 }), readBody: async () => ({ text: undefined }) };
    expect((await readCall(nullBody, 10))?.exchange.bodyWithheld).toBe(true);
    const emptyText = { ...request('https://a/x', { status: 403 }), readBody: async () => ({ text: '' }) };
    expect((await readCall(emptyText, 10))?.exchange.bodyWithheld).toBe(true);
    const empty = { ...request('https://a/head', { status: 404, size: 0 }), readBody: async () => ({ text: '' }) };
    expect((await readCall(empty, 10))?.exchange.bodyWithheld).toBeUndefined();
  });

  it('reads the body when it comes in time', async () => {
    const call = await readCall(request('https://a/x'), 1000);
    expect(call?.exchange.responseBody).toBe(BODY);
    expect(call?.exchange.bodyWithheld).toBeUndefined();
  });
});

describe('the getHAR sweep for calls that never finish live', () => {
  function sweepApi() {
    let live: ((r: CapturedRequest) => void) | undefined;
    const har: CapturedRequest[] = [];
    let harCalls = 0;
    const api = {
      onRequestFinished: (l: (r: CapturedRequest) => void) => {
        live = l;
        return () => (live = undefined);
      },
      getHar: async () => {
        harCalls++;
        return [...har];
      },
    } as unknown as DevtoolsApi;
    return { api, har, finish: (r: CapturedRequest) => live?.(r), harCalls: () => harCalls };
  }
  const timings = { quietMs: 10, idleMs: 40, graceMs: 0, bodyTimeoutMs: 10 };
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('takes a failed call that getHAR lists but that never arrived live, once, without its body', async () => {
    const fake = sweepApi();
    const calls: CapturedCall[] = [];
    startCapture(fake.api, { onCall: (c) => calls.push(c), sweep: timings });
    await settle();
    const read = request('https://a/read', { status: 403, started: '2026-11-23T08:00:01.000Z' });
    const unread = {
      ...request('https://a/unread', { status: 403, started: '2026-11-23T08:00:02.000Z', headers: [{ name: 'x-amzn-RequestId', value: 'r1' }] }),
      readBody: () => new Promise<never>(() => {}),
    };
    const ok = request('https://a/ok', { status: 200, started: '2026-11-23T08:00:03.000Z' });
    fake.har.push(read, unread, ok);
    fake.finish(request('https://a/read', { status: 403, started: '2026-11-23T08:00:01.000Z' }));
    await wait(150);
    expect(calls.map((c) => [c.exchange.url, c.exchange.bodyWithheld ?? false])).toEqual([
      ['https://a/read', false],
      ['https://a/unread', true],
    ]);
    const key = '2026-11-23T08:00:02.000Z POST https://a/unread';
    expect(calls[1]).toMatchObject({ key });
    expect(calls[1]).not.toHaveProperty('replaces');
    // The page reads the body after all: the call comes again with its body, marked to replace the row listed
    // from its headers (never as a second row).
    fake.finish(request('https://a/unread', { status: 403, started: '2026-11-23T08:00:02.000Z' }));
    await wait(100);
    expect(calls).toHaveLength(3);
    expect(calls[2]).toMatchObject({ kind: 'exchange', key, replaces: true, exchange: { responseBody: BODY } });
    expect(calls[2]?.exchange.bodyWithheld).toBeUndefined();
    expect(fake.harCalls()).toBeGreaterThanOrEqual(3);
  });

  it('delivers again, to replace its row, a call that arrived live with no status once getHAR knows it (Firefox)', async () => {
    const fake = sweepApi();
    const calls: CapturedCall[] = [];
    startCapture(fake.api, { onCall: (c) => calls.push(c), sweep: timings });
    await settle();
    const started = '2026-11-23T08:00:06.000Z';
    fake.finish(request('https://a/early-event', { status: 0, started }));
    await settle();
    const key = `${started} POST https://a/early-event`;
    expect(calls).toEqual([expect.objectContaining({ key, exchange: expect.objectContaining({ status: 0 }) })]);
    fake.har.push(request('https://a/early-event', { status: 404, started }));
    await wait(150);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ key, replaces: true, exchange: { status: 404, responseBody: BODY } });
  });

  it('leaves to live capture a withheld failed call its headers cannot list, so a later read still recognises it', async () => {
    const fake = sweepApi();
    const calls: CapturedCall[] = [];
    startCapture(fake.api, { onCall: (c) => calls.push(c), sweep: timings });
    await settle();
    const started = '2026-11-23T08:00:04.000Z';
    fake.har.push({ ...request('https://a/plain', { status: 403, started }), readBody: () => new Promise<never>(() => {}) });
    fake.finish(request('https://a/other', { status: 200, started: '2026-11-23T08:00:05.000Z' }));
    await wait(150);
    expect(calls.map((c) => c.exchange.url)).toEqual(['https://a/other']);
    fake.finish(request('https://a/plain', { status: 403, started }));
    await settle();
    expect(calls.map((c) => [c.exchange.url, c.exchange.responseBody])).toEqual([
      ['https://a/other', BODY],
      ['https://a/plain', BODY],
    ]);
  });

  it('leaves a failed call that ended within the grace period to live capture', async () => {
    const fake = sweepApi();
    const calls: CapturedCall[] = [];
    const started = new Date(Date.now()).toISOString();
    startCapture(fake.api, { onCall: (c) => calls.push(c), sweep: { ...timings, graceMs: 60_000 } });
    await settle();
    fake.har.push(request('https://a/slow', { status: 500, started }));
    await wait(120);
    expect(calls).toHaveLength(0);
    fake.finish(request('https://a/slow', { status: 500, started }));
    await settle();
    expect(calls).toHaveLength(1);
  });

  it('stops sweeping when stopped', async () => {
    const fake = sweepApi();
    const stop = startCapture(fake.api, { onCall: () => {}, sweep: timings });
    await settle();
    stop();
    const before = fake.harCalls();
    await wait(120);
    expect(fake.harCalls()).toBe(before);
  });
});
