import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../fixtures/load.js';
import { fixturesToHar } from '../../fixtures/to-har.js';
import { parseHar, type HarEntry } from './har.js';
import { HarEntryReader, readHarStream, type HarStreamProblem } from './har-stream.js';

const FIXTURES = loadFixtures().map((f) => f.fixture);
const encoder = new TextEncoder();

/** Reads `bytes` cut at the given offsets; returns the entries read and the problem, if any. */
function readCut(bytes: Uint8Array, cuts: readonly number[]): { entries: HarEntry[]; problem?: HarStreamProblem } {
  const entries: HarEntry[] = [];
  const reader = new HarEntryReader((e, i) => {
    expect(i).toBe(entries.length);
    entries.push(e);
  });
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    const problem = reader.push(bytes.subarray(from, cut));
    if (problem) return { entries, problem };
    from = cut;
  }
  const problem = reader.end();
  return problem ? { entries, problem } : { entries };
}

function entriesOf(text: string): HarEntry[] {
  const parsed = parseHar(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.har.log.entries;
}

/** A small HAR with what trips a naive splitter: escapes, quotes and brackets in strings, multi-byte characters, keys around entries. */
const TRICKY = JSON.stringify({
  log: {
    version: '1.2',
    creator: { name: 'a "quoted" {name}', version: '1' },
    pages: [{ id: 'p[1]', title: 'ü\\' }],
    entries: [
      {
        request: { method: 'GET', url: 'https://example.com/a?b={"c":[1]}', headers: [{ name: 'x', value: '\\"}]' }] },
        response: { status: 400, content: { mimeType: 'application/json', text: '{"error":"请求频率超过限制 😀 \\u0000"}' } },
      },
      { request: {}, response: { status: 200, content: { text: '\\\\' } }, _x: [true, false, null, -1.5e3] },
    ],
    comment: 'after the entries',
  },
});

describe('HarEntryReader', () => {
  it('reads a small HAR cut at every byte boundary into the same entries as JSON.parse', () => {
    const bytes = encoder.encode(TRICKY);
    const want = entriesOf(TRICKY);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const read = readCut(bytes, [cut]);
      expect(read.problem, `cut at ${cut}`).toBeUndefined();
      expect(read.entries, `cut at ${cut}`).toEqual(want);
    }
  });

  it('reads it one byte at a time, with a byte-order mark and whitespace around', () => {
    const bytes = encoder.encode('\ufeff \n' + TRICKY.replace(/,"/g, ' ,\n\t"') + '\r\n');
    const read = readCut(
      bytes,
      Array.from({ length: bytes.length - 1 }, (_, i) => i + 1),
    );
    expect(read.problem).toBeUndefined();
    expect(read.entries).toEqual(entriesOf(TRICKY));
  });

  it('reads the HAR of every fixture cut in two at 400 places, and from string chunks', () => {
    const text = JSON.stringify(fixturesToHar(FIXTURES));
    const want = entriesOf(text);
    const bytes = encoder.encode(text);
    const step = Math.ceil(bytes.length / 400);
    for (let cut = 0; cut <= bytes.length; cut += step) expect(readCut(bytes, [cut]).entries).toEqual(want);
    const entries: HarEntry[] = [];
    const reader = new HarEntryReader((e) => entries.push(e));
    for (let i = 0; i < text.length; i += 1000) expect(reader.push(text.slice(i, i + 1000))).toBeUndefined();
    expect(reader.end()).toBeUndefined();
    expect(entries).toEqual(want);
  });

  it('a truncated file: the entries before the cut are delivered, then one problem at the end offset', () => {
    const bytes = encoder.encode(TRICKY);
    const byteAt = (chars: number): number => encoder.encode(TRICKY.slice(0, chars)).length;
    const secondEntry = byteAt(TRICKY.indexOf('{"request":{}'));
    const cuts: Array<[number, number]> = [
      [1, 0],
      [10, 0],
      [secondEntry - 2, 0], // the first entry's closing brace is missing
      [secondEntry - 1, 1],
      [secondEntry + 5, 1],
      [bytes.length - 3, 2],
    ];
    for (const [cut, entries] of cuts) {
      const read = readCut(bytes.subarray(0, cut), []);
      expect(read.problem?.message, `cut at ${cut}`).toMatch(/^truncated: the file ends /);
      expect(read.problem?.offset).toBe(cut);
      expect(read.entries.length, `cut at ${cut}`).toBe(entries);
    }
    expect(readCut(encoder.encode(''), []).problem).toEqual({ message: 'empty: no JSON in the file', offset: 0 });
  });

  it.each([
    ['binary data', '\u0089PNG\r\n', /^not valid JSON: unexpected byte 0xc2/, 0],
    ['a top-level array', '[1,2]', /^not a HAR file: the top level is not an object/, 0],
    ['no log', '{"foo": 1}', /^not a HAR file: no "log" object/, 9],
    ['log not an object', '{"log": 3}', /^not a HAR file: no "log" object/, 8],
    ['entries not an array', '{"log": {"entries": {}}}', /^not a HAR file: "log.entries" is not an array/, 20],
    ['no entries', '{"log": {"version": "1.2"}}', /^not a HAR file: "log.entries" is not an array/, 25],
    [
      'an entry that is not an object',
      '{"log": {"entries": [{"request":{},"response":{}}, 4]}}',
      /^not a HAR file: entry 1 has no request\/response object/,
      51,
    ],
    ['an entry without a response', '{"log": {"entries": [{"request":{}}]}}', /^not a HAR file: entry 0 has no request\/response object/, 21],
    ['bad JSON inside an entry', '{"log": {"entries": [{"request":{},"response":{"status": 4x}}]}}', /^not valid JSON in entry 0/, 58],
    ['garbage after the end', '{"log": {"entries": []}} x', /^not valid JSON: unexpected "x" after the end/, 25],
    ['a bad literal', '{"log": {"version": tru, "entries": []}}', /^not valid JSON: unexpected "tru"/, 20],
  ])('%s: one problem with its byte offset', (_name, text, message, offset) => {
    const read = readCut(encoder.encode(text), []);
    expect(read.problem?.message).toMatch(message);
    expect(read.problem?.offset).toBe(offset);
  });

  it('names the offset in bytes, not characters, after multi-byte text (bad JSON in an entry: where that entry starts)', () => {
    const text = '{"log": {"comment": "ééé", "entries": [{"request":{},"response":{"status": ]}}]}}';
    const read = readCut(encoder.encode(text), []);
    expect(read.problem?.message).toMatch(/^not valid JSON in entry 0/);
    expect(read.problem?.offset).toBe(encoder.encode(text.slice(0, text.indexOf('[{') + 1)).length);
  });

  it('stops at the first problem and reports it again on later pushes', () => {
    const reader = new HarEntryReader(() => {});
    const problem = reader.push('{"log": 1}');
    expect(problem).toBeDefined();
    expect(reader.push('more')).toBe(problem);
    expect(reader.end()).toBe(problem);
  });

  it('an error thrown by the entry callback is the caller’s, not reported as a bad file', () => {
    const reader = new HarEntryReader(() => {
      throw new TypeError('boom');
    });
    expect(() => reader.push(TRICKY)).toThrow('boom');
  });
});

describe('an entry over the size the reader holds', () => {
  it('is passed over and reported with its index and size; the entries around it are read', () => {
    const big = { request: { url: 'https://example.com/big' }, response: { content: { text: 'x'.repeat(5000) } } };
    const small = { request: {}, response: { status: 500 } };
    const text = JSON.stringify({ log: { entries: [small, big, small] } });
    const bigBytes = JSON.stringify(big).length;
    for (const size of [text.length, 1000, 13]) {
      const seen: number[] = [];
      const oversized: Array<[number, number]> = [];
      const reader = new HarEntryReader((_e, i) => seen.push(i), { maxEntryBytes: 4096, onOversized: (i, bytes) => oversized.push([i, bytes]) });
      for (let i = 0; i < text.length; i += size) expect(reader.push(text.slice(i, i + size))).toBeUndefined();
      expect(reader.end()).toBeUndefined();
      expect(seen, `chunks of ${size}`).toEqual([0, 2]);
      expect(oversized, `chunks of ${size}`).toEqual([[1, bigBytes]]);
    }
  });
});

describe('readHarStream', () => {
  it('reads an async stream and says how many entries and bytes it read', async () => {
    async function* chunks() {
      for (let i = 0; i < TRICKY.length; i += 5) yield encoder.encode(TRICKY.slice(i, i + 5));
    }
    const seen: number[] = [];
    const result = await readHarStream(chunks(), (_e, i) => seen.push(i));
    expect(result).toEqual({ ok: true, entries: 2, bytes: encoder.encode(TRICKY).length });
    expect(seen).toEqual([0, 1]);
  });
});
