import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFixtures } from '../../fixtures/load.js';
import { fixturesToHar } from '../../fixtures/to-har.js';
import { readHar, readHarOffThread, type ReadProgress } from './read-har.js';

const FIXTURES = loadFixtures().map((f) => f.fixture);
const HAR_TEXT = JSON.stringify(fixturesToHar(FIXTURES));

/** A file whose stream yields `size`-byte chunks, as a browser's does (Node yields each part as one chunk). */
function chunkedBlob(text: string, size: number): Blob {
  const bytes = new TextEncoder().encode(text);
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.slice(i, i + size));
  return new Blob(parts);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('readHar', () => {
  it('streams a file, reporting its bytes as it reads, parses and analyses them, and the end', async () => {
    vi.useFakeTimers({ toFake: ['Date'] }); // a frozen clock: only the reports that open and close the read get through
    const file = new Blob([HAR_TEXT]);
    const seen: ReadProgress[] = [];
    const read = await readHar(file, (p) => seen.push(p));
    expect(read.ok && read.calls).toHaveLength(FIXTURES.length);
    expect(seen).toEqual([
      { phase: 'reading', done: 0, total: file.size },
      { phase: 'reading', done: file.size, total: file.size },
    ]);
  });

  it('reports progress at most every 100 ms, with byte counts that only grow', async () => {
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 60)); // each report is 60 ms after the one before
    const entries = Array.from({ length: 40 }, () => fixturesToHar(FIXTURES).log.entries).flat();
    const big = chunkedBlob(JSON.stringify({ log: { version: '1.2', entries } }), 64 * 1024);
    const seen: ReadProgress[] = [];
    const read = await readHar(big, (p) => seen.push(p));
    expect(read.ok && read.calls).toHaveLength(entries.length);
    expect(seen.every((p) => p.phase === 'reading' && p.total === big.size)).toBe(true);
    const bytes = seen.map((p) => p.done);
    const chunks = Math.ceil(big.size / (64 * 1024));
    expect(bytes.length).toBeGreaterThan(2); // the file arrives in several chunks
    expect(bytes.length).toBeLessThan(chunks); // ...and not every chunk is reported
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(bytes.at(-1)).toBe(big.size);
  });

  it('reads a gzipped HAR (detected by its first bytes) as the plain one', async () => {
    const gz = await new Response(new Blob([HAR_TEXT]).stream().pipeThrough(new CompressionStream('gzip'))).blob();
    const plain = await readHar(new Blob([HAR_TEXT]));
    const read = await readHar(gz);
    expect(read.ok && read.calls).toHaveLength(FIXTURES.length);
    expect(read).toEqual(plain);
  });

  it('a truncated file is refused with the problem and its byte offset', async () => {
    const cut = new Blob([HAR_TEXT.slice(0, 5000)]);
    expect(await readHar(cut)).toEqual({ ok: false, error: expect.stringMatching(/^truncated: the file ends after \d+ entr(y|ies) \(at byte 5000\)$/) });
  });

  it('decodes UTF-8 characters split across chunks', async () => {
    // 3-byte characters in 1,001-byte chunks: a naive per-chunk decode would garble the boundaries.
    const message = '请求频率超过限制'.repeat(2_000);
    const fixture = FIXTURES.find((f) => f.response.body.includes('"Response"') && f.expect.kind === 'error')!;
    const body = JSON.stringify({ Response: { Error: { Code: 'RequestLimitExceeded', Message: message }, RequestId: 'r-1' } });
    const har = fixturesToHar([{ ...fixture, response: { ...fixture.response, body } }]);
    const read = await readHar(chunkedBlob(JSON.stringify(har), 1_001));
    expect(read.ok && read.calls[0]!.exchange.responseBody).toBe(body);
  });

  it('says why a file is not a HAR, and why an unreadable file could not be read', async () => {
    expect(await readHar('{"log": 1}')).toEqual({ ok: false, error: expect.stringMatching(/^not a HAR file/) });
    const broken = {
      size: 10,
      slice: () => new Blob([]),
      stream: () => new ReadableStream({ pull: (c) => c.error(new Error('file was moved')) }),
    } as unknown as Blob;
    expect(await readHar(broken)).toEqual({ ok: false, error: 'cannot read the file (file was moved)' });
  });

  it('drops the bodies of calls that are not envelopes, and keeps the envelopes', async () => {
    const read = await readHar(HAR_TEXT);
    if (!read.ok) throw new Error(read.error);
    const negatives = FIXTURES.map((f, i) => [f, read.calls[i]!] as const).filter(([f]) => f.expect.kind === 'none');
    expect(negatives.length).toBeGreaterThan(0);
    for (const [, call] of negatives) expect(call).toEqual({ exchange: expect.objectContaining({ responseBody: undefined }) });
    const errors = FIXTURES.map((f, i) => [f, read.calls[i]!] as const).filter(([f]) => f.expect.kind === 'error');
    for (const [f, call] of errors) expect(call.exchange.responseBody).toBe(f.response.body);
  });

  it('drops a body over the parse cap but keeps the reason, so the panel lists the call as not parsed', async () => {
    const fixture = FIXTURES.find((f) => f.expect.kind === 'error' && f.response.body.startsWith('{'))!;
    const body = JSON.stringify({ code: 'x', data: 'x'.repeat(2 * 2 ** 20) });
    const read = await readHar(JSON.stringify(fixturesToHar([{ ...fixture, response: { ...fixture.response, body } }])));
    if (!read.ok) throw new Error(read.error);
    expect(read.calls[0]!.exchange.responseBody).toBeUndefined();
    expect(read.calls[0]!.skippedReason).toMatch(/^body of 2.0 MB exceeds the 1.0 MB parse cap/);
  });

  it('hands the calls over in batches as they are analysed, in order, when asked to', async () => {
    const entries = Array.from({ length: 9 }, () => fixturesToHar(FIXTURES).log.entries).flat();
    const text = JSON.stringify({ log: { version: '1.2', entries } });
    const whole = await readHar(text);
    const batches: number[] = [];
    const streamed: unknown[] = [];
    const read = await readHar(text, undefined, (batch) => {
      batches.push(batch.length);
      streamed.push(...batch);
    });
    expect(read).toEqual({ ok: true, calls: [] });
    expect(batches.length).toBeGreaterThan(1);
    expect(Math.max(...batches)).toBeLessThanOrEqual(250);
    expect(streamed).toEqual(whole.ok && whole.calls);
  });

  it('runs on the main thread where no Worker can start', async () => {
    const read = await readHarOffThread(HAR_TEXT);
    expect(read).toMatchObject({ ok: true, thread: 'main' });
  });
});
