import { describe, expect, it, vi } from 'vitest';
import type { HarEntry } from '../core/har.js';
import { MAX_BODY_BYTES } from '../core/candidate.js';
import { startCapture, type CapturedCall } from './capture.js';
import type { CapturedRequest, DevtoolsApi } from './devtools-api.js';

const BODY = '{"Response":{"Error":{"Code":"AuthFailure","Message":"m"},"RequestId":"r"}}';

function request(url: string, options: { started?: string; status?: number; mime?: string; size?: number } = {}): CapturedRequest & { reads: number } {
  const entry: HarEntry = {
    startedDateTime: options.started ?? '2026-11-23T08:00:00.000Z',
    request: { method: 'POST', url, headers: [] },
    response: { status: options.status ?? 200, headers: [], content: { mimeType: options.mime ?? 'application/json', size: options.size ?? BODY.length } },
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

  it('never reads bodies that cannot be envelopes, and lists oversized ones as skipped with the reason', async () => {
    const calls: CapturedCall[] = [];
    const fake = fakeApi([]);
    startCapture(fake.api, { onCall: (c) => calls.push(c) });
    const image = request('https://a/logo.png', { mime: 'image/png' });
    const big = request('https://a/big', { size: MAX_BODY_BYTES + 1 });
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
