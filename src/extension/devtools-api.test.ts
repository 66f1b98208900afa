import { describe, expect, it, vi } from 'vitest';
import { callEither, createDevtoolsApi, normaliseContent, plainEntry, toTheme } from './devtools-api.js';

describe('normaliseContent: the three shapes getContent resolves with', () => {
  it.each([
    ['Chrome callback (content, encoding) with text', ['{"a":1}', ''], { text: '{"a":1}' }],
    ['Chrome callback with base64', ['eyJhIjoxfQ==', 'base64'], { text: 'eyJhIjoxfQ==', encoding: 'base64' }],
    ['polyfill promise [content, encoding]', ['<Error/>', undefined], { text: '<Error/>' }],
    ['Firefox [body, mimeType]: the mime type is not an encoding', ['{"a":1}', 'application/json'], { text: '{"a":1}' }],
    ['no body', [null, ''], { text: undefined }],
  ])('%s', (_name, args, expected) => {
    expect(normaliseContent(args)).toEqual(expected);
  });

  it.each([
    [
      'Firefox base64 body of an unknown mime type: the entry says base64',
      ['eyJhIjoxfQ==', 'application/x-amz-json-1.1'],
      'base64',
      { text: 'eyJhIjoxfQ==', encoding: 'base64' },
    ],
    ['polyfill [content] with a base64 entry', ['eyJhIjoxfQ==', undefined], 'base64', { text: 'eyJhIjoxfQ==', encoding: 'base64' }],
    ['Chrome says text (""): the entry does not override it', ['{"a":1}', ''], 'base64', { text: '{"a":1}' }],
    ['Firefox text body, no entry encoding', ['{"a":1}', 'application/json'], undefined, { text: '{"a":1}' }],
  ])('%s', (_name, args, entryEncoding, expected) => {
    expect(normaliseContent(args, entryEncoding)).toEqual(expected);
  });
});

describe('callEither', () => {
  it('resolves a callback-style API with its arguments', async () => {
    expect(await callEither((cb) => cb?.('body', 'base64'))).toEqual(['body', 'base64']);
  });
  it('resolves a promise-style API returning an array', async () => {
    expect(await callEither(() => Promise.resolve(['body', 'text/plain']))).toEqual(['body', 'text/plain']);
  });
  it('retries without the callback when the API throws on an extra argument (the polyfill)', async () => {
    const fn = (...args: unknown[]) => {
      if (args.length > 0) throw new Error('Expected at most 0 arguments');
      return Promise.resolve(['body', '']);
    };
    expect(await callEither(fn)).toEqual(['body', '']);
  });
  it('resolves empty when the promise rejects', async () => {
    expect(await callEither(() => Promise.reject(new Error('gone')))).toEqual([]);
  });
});

function fakeEvent<F>() {
  const listeners = new Set<F>();
  return { listeners, addListener: (l: F) => listeners.add(l), removeListener: (l: F) => listeners.delete(l) };
}

function fakeDevtools(panels: Record<string, unknown>) {
  return {
    network: {
      onRequestFinished: fakeEvent(),
      onNavigated: fakeEvent<(url: string) => void>(),
      getHAR: (cb?: (log: unknown) => void) => cb?.({ entries: [] }),
    },
    panels: { create: vi.fn(), ...panels },
    inspectedWindow: { reload: vi.fn() },
  };
}

describe('theme', () => {
  it('maps Chrome "default" and Firefox "light" to light', () => {
    expect([toTheme('default'), toTheme('light'), toTheme('dark'), toTheme(undefined)]).toEqual(['light', 'light', 'dark', 'light']);
  });
  it('uses Firefox onThemeChanged and unsubscribes', () => {
    const onThemeChanged = fakeEvent<(name: string) => void>();
    const api = createDevtoolsApi(fakeDevtools({ themeName: 'dark', onThemeChanged }));
    const seen: string[] = [];
    const off = api.onThemeChanged((t) => seen.push(t));
    for (const l of onThemeChanged.listeners) l('light');
    off();
    expect(onThemeChanged.listeners.size).toBe(0);
    expect([api.theme(), ...seen]).toEqual(['dark', 'light']);
  });
  it("uses Chrome's setThemeChangeHandler and unsets it", () => {
    let handler: ((name: string) => void) | undefined;
    const api = createDevtoolsApi(fakeDevtools({ themeName: 'default', setThemeChangeHandler: (h?: (name: string) => void) => (handler = h) }));
    const seen: string[] = [];
    const off = api.onThemeChanged((t) => seen.push(t));
    handler?.('dark');
    off();
    expect(handler).toBeUndefined();
    expect(seen).toEqual(['dark']);
  });
});

describe('network', () => {
  it('reads getHAR through its callback (not wrapped by the polyfill) and gives plain entries', async () => {
    const entry = {
      startedDateTime: 't',
      request: { url: 'u', method: 'GET' },
      response: { status: 200 },
      getContent: (cb: (c: string, e: string) => void) => cb('x', ''),
    };
    const devtools = fakeDevtools({});
    devtools.network.getHAR = (cb) => cb?.({ entries: [entry] });
    const [req] = await createDevtoolsApi(devtools).getHar();
    expect(req?.entry).toEqual({ startedDateTime: 't', request: { url: 'u', method: 'GET' }, response: { status: 200 } });
    expect(await req?.readBody()).toEqual({ text: 'x' });
  });
  it("reads a Firefox getHAR entry's body from the entry itself (no getContent), base64 included", async () => {
    const devtools = fakeDevtools({});
    const entry = {
      request: { url: 'u' },
      response: { status: 400, content: { mimeType: 'application/x-amz-json-1.1', text: 'eyJhIjoxfQ==', encoding: 'base64' } },
    };
    devtools.network.getHAR = () => Promise.resolve({ entries: [entry] }) as never;
    const [req] = await createDevtoolsApi(devtools).getHar();
    expect(await req?.readBody()).toEqual({ text: 'eyJhIjoxfQ==', encoding: 'base64' });
  });

  it("reads a Firefox request's base64 body as base64, from the entry's encoding", async () => {
    const devtools = fakeDevtools({});
    const api = createDevtoolsApi(devtools);
    const seen: Promise<unknown>[] = [];
    api.onRequestFinished((req) => seen.push(req.readBody()));
    const raw = {
      request: { url: 'u' },
      response: { status: 400, content: { mimeType: 'application/x-amz-json-1.1', encoding: 'base64' } },
      getContent: () => Promise.resolve(['eyJhIjoxfQ==', 'application/x-amz-json-1.1']),
    };
    for (const listener of devtools.network.onRequestFinished.listeners) (listener as (r: unknown) => void)(raw);
    expect(await seen[0]).toEqual({ text: 'eyJhIjoxfQ==', encoding: 'base64' });
  });

  it('every listener returns its unsubscribe', () => {
    const devtools = fakeDevtools({});
    const api = createDevtoolsApi(devtools);
    const offs = [api.onRequestFinished(() => {}), api.onNavigated(() => {})];
    expect(devtools.network.onRequestFinished.listeners.size + devtools.network.onNavigated.listeners.size).toBe(2);
    offs.forEach((off) => off());
    expect(devtools.network.onRequestFinished.listeners.size + devtools.network.onNavigated.listeners.size).toBe(0);
  });
});

describe('plainEntry', () => {
  it('keeps the HAR fields, drops the methods, and tolerates missing parts', () => {
    const raw = { startedDateTime: 't', time: 5, request: { url: 'u' }, response: { status: 403 }, getContent: () => {} };
    const entry = plainEntry(raw);
    expect(entry).toEqual({ startedDateTime: 't', time: 5, request: { url: 'u' }, response: { status: 403 }, _resourceType: undefined });
    expect('getContent' in entry).toBe(false);
    expect(plainEntry({})).toMatchObject({ request: {}, response: {} });
  });
});
