import type { HarEntry } from './har.js';
import { countOf } from './plural.js';

/**
 * A HAR read as a stream, entry by entry, in bounded memory: the file's bytes go in as they arrive (in chunks
 * of any size, cut anywhere, even inside a UTF-8 character), and each element of `log.entries` comes out as
 * soon as its closing brace has arrived, parsed with JSON.parse. Only the entry being read is held.
 *
 * Why a splitter and not a streaming JSON library: the structure around the entries is tiny, and each entry
 * is small enough to hand to the engine's JSON.parse, which is far faster than a tokenizer written in
 * JavaScript (figures in the README's benchmark section). The splitter only has to find where an entry ends:
 * it tracks strings (quotes and backslash escapes) and bracket depth. In UTF-8 every byte of a multi-byte
 * character is >= 0x80, so scanning bytes for ASCII structure is safe without decoding.
 *
 * Pure: works on Uint8Array or string chunks, in Node (the CLI) and in a browser Worker (the panel's import).
 */

/** Why a stream is not a readable HAR, and the byte offset (0-based, in the uncompressed data) where that showed. */
export interface HarStreamProblem {
  message: string;
  offset: number;
}

type OnHarEntry = (entry: HarEntry, index: number) => void;

interface HarEntryReaderOptions {
  /**
   * An entry larger than this is passed over, not held (default 256 MB, under V8's 512 MB string limit and
   * far above any real entry): `onOversized` hears of it, and reading goes on with the next entry.
   */
  maxEntryBytes?: number;
  onOversized?: (index: number, bytes: number) => void;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
/** A UTF-8 byte-order mark, which some tools write before the JSON. */
const BOM = [0xef, 0xbb, 0xbf];

/** Values other than entries (creator, pages, browser…) are checked with JSON.parse only up to this size, then only for balance. */
const MAX_CHECKED_VALUE = 1 << 20;

const enum State {
  /** Before the top-level `{` (a UTF-8 byte-order mark and whitespace may come first). */
  Start,
  /** After `{`: a key or `}`. */
  FirstKey,
  /** After `,` in an object: a key. */
  Key,
  /** Inside a key string. */
  KeyString,
  /** After a key: `:`. */
  Colon,
  /** After `:`: a value. */
  Value,
  /** After a value in an object: `,` or `}`. */
  AfterValue,
  /** Inside a value that is passed over or captured (see `capturing`). */
  Nested,
  /** Inside a number, true, false or null that is passed over. */
  Literal,
  /** After `[` of log.entries: an entry or `]`. */
  FirstEntry,
  /** After `,` in log.entries: an entry. */
  NextEntry,
  /** After an entry: `,` or `]`. */
  AfterEntry,
  /** After the top-level object: only whitespace. */
  Done,
  /** A problem was found; nothing more is read. */
  Failed,
}

const enum Frame {
  Top,
  Log,
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function describe(c: number): string {
  if (c >= 0x21 && c <= 0x7e) return `"${String.fromCharCode(c)}"`;
  return `byte 0x${c.toString(16).padStart(2, '0')}`;
}

export class HarEntryReader {
  private state = State.Start;
  private readonly frames: Frame[] = [];
  private key = '';
  private keyBytes: number[] = [];
  private sawLog = false;
  private sawEntries = false;
  private entryIndex = 0;
  /** Bytes consumed before the current chunk. */
  private base = 0;
  // Nested values: depth of brackets, whether inside a string and whether the next byte is escaped.
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Whether the nested value is kept (an entry, or a small other value to check). */
  private capturing = false;
  private isEntry = false;
  private pieces: Uint8Array[] = [];
  private pieceBytes = 0;
  private valueStart = 0;
  private literal = '';
  private problem: HarStreamProblem | undefined;
  private readonly decoder = new TextDecoder('utf-8');
  private readonly encoder = new TextEncoder();
  private keyTooLong = false;

  private readonly maxEntryBytes: number;

  constructor(
    private readonly onEntry: OnHarEntry,
    private readonly options: HarEntryReaderOptions = {},
  ) {
    this.maxEntryBytes = options.maxEntryBytes ?? 256 * 1024 * 1024;
  }

  /** Entries read so far. */
  get entries(): number {
    return this.entryIndex;
  }

  /** Bytes read so far. */
  get bytes(): number {
    return this.base;
  }

  /** Reads the next chunk; returns the problem when the stream stops being a HAR (entries before it were delivered). */
  push(chunk: Uint8Array | string): HarStreamProblem | undefined {
    if (this.problem) return this.problem;
    const bytes = typeof chunk === 'string' ? this.encoder.encode(chunk) : chunk;
    try {
      this.scan(bytes, 0);
    } catch (e) {
      // An exception from onEntry is the caller's, not the file's.
      if (!(e instanceof Problem)) throw e;
      this.fail(e.message, e.offset);
    }
    this.base += bytes.length;
    return this.problem;
  }

  /** The stream has ended: returns the problem if the HAR is incomplete. */
  end(): HarStreamProblem | undefined {
    if (this.problem) return this.problem;
    if (this.state === State.Done) return undefined;
    if (this.state === State.Start) return this.fail('empty: no JSON in the file', this.base);
    if (this.state === State.Literal && this.frames.length === 0) return this.fail('not a HAR file: the top level is not an object', 0);
    const where = this.sawEntries ? `after ${countOf(this.entryIndex, 'entry', 'entries')}` : 'before "log.entries"';
    return this.fail(`truncated: the file ends ${where}`, this.base);
  }

  private fail(message: string, offset: number): HarStreamProblem {
    this.state = State.Failed;
    this.pieces = [];
    this.problem = { message, offset };
    return this.problem;
  }

  private scan(bytes: Uint8Array, from: number): void {
    const n = bytes.length;
    let i = from;
    while (i < n) {
      const state = this.state;
      if (state === State.Nested) {
        i = this.nested(bytes, i);
        continue;
      }
      const c = bytes[i]!;
      switch (state) {
        case State.Start:
          if (isSpace(c) || (this.base + i < 3 && c === BOM[this.base + i])) break;
          if (c === OPEN_OBJECT) {
            this.frames.push(Frame.Top);
            this.state = State.FirstKey;
          } else if (c === QUOTE || c === OPEN_ARRAY || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x74 || c === 0x66 || c === 0x6e) {
            throw new Problem('not a HAR file: the top level is not an object', this.base + i);
          } else {
            throw new Problem(`not valid JSON: unexpected ${describe(c)}`, this.base + i);
          }
          break;
        case State.FirstKey:
        case State.Key:
          if (isSpace(c)) break;
          if (c === QUOTE) {
            this.keyBytes = [];
            this.keyTooLong = false;
            this.escaped = false;
            this.state = State.KeyString;
          } else if (c === CLOSE_OBJECT && state === State.FirstKey) {
            this.closeObject(i);
          } else {
            throw new Problem(`not valid JSON: expected a key, found ${describe(c)}`, this.base + i);
          }
          break;
        case State.KeyString:
          if (this.escaped) this.escaped = false;
          else if (c === BACKSLASH) this.escaped = true;
          else if (c === QUOTE) {
            // Only "log" and "entries" matter here: a long key is neither, and need not be kept.
            this.key = this.keyTooLong ? '' : this.decodeKey(i);
            this.state = State.Colon;
            break;
          }
          if (this.keyBytes.length < 256) this.keyBytes.push(c);
          else this.keyTooLong = true;
          break;
        case State.Colon:
          if (isSpace(c)) break;
          if (c !== COLON) throw new Problem(`not valid JSON: expected ":", found ${describe(c)}`, this.base + i);
          this.state = State.Value;
          break;
        case State.Value:
          if (isSpace(c)) break;
          this.value(c, i);
          break;
        case State.AfterValue:
          if (isSpace(c)) break;
          if (c === COMMA) this.state = State.Key;
          else if (c === CLOSE_OBJECT) this.closeObject(i);
          else throw new Problem(`not valid JSON: expected "," or "}", found ${describe(c)}`, this.base + i);
          break;
        case State.Literal:
          if (isSpace(c) || c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
            this.endLiteral();
            continue; // the delimiter belongs to the enclosing object
          }
          if (this.literal.length > 64) throw new Problem('not valid JSON: a value is not a string, object, array, number, true, false or null', this.base + i);
          this.literal += String.fromCharCode(c);
          break;
        case State.FirstEntry:
        case State.NextEntry:
          if (isSpace(c)) break;
          if (c === CLOSE_ARRAY && state === State.FirstEntry) {
            this.state = State.AfterValue;
          } else if (c === OPEN_OBJECT) {
            this.startEntry(i);
          } else if (c === CLOSE_ARRAY || c === COMMA) {
            throw new Problem(`not valid JSON: unexpected ${describe(c)} in "log.entries"`, this.base + i);
          } else {
            throw new Problem(`not a HAR file: entry ${this.entryIndex} has no request/response object`, this.base + i);
          }
          break;
        case State.AfterEntry:
          if (isSpace(c)) break;
          if (c === COMMA) this.state = State.NextEntry;
          else if (c === CLOSE_ARRAY) this.state = State.AfterValue;
          else throw new Problem(`not valid JSON: expected "," or "]" after entry ${this.entryIndex - 1}, found ${describe(c)}`, this.base + i);
          break;
        case State.Done:
          if (!isSpace(c)) throw new Problem(`not valid JSON: unexpected ${describe(c)} after the end of the HAR`, this.base + i);
          break;
        case State.Failed:
          return;
      }
      i++;
    }
    if (this.state === State.Nested && this.capturing && i > 0) this.keep(bytes, this.pieceStart, n);
    this.pieceStart = 0;
  }

  /** Where the captured part of the current chunk starts. */
  private pieceStart = 0;

  private value(c: number, i: number): void {
    const frame = this.frames[this.frames.length - 1];
    if (frame === Frame.Top && this.key === 'log') {
      this.sawLog = true;
      if (c !== OPEN_OBJECT) throw new Problem('not a HAR file: no "log" object', this.base + i);
      this.frames.push(Frame.Log);
      this.state = State.FirstKey;
      return;
    }
    if (frame === Frame.Log && this.key === 'entries') {
      this.sawEntries = true;
      if (c !== OPEN_ARRAY) throw new Problem('not a HAR file: "log.entries" is not an array', this.base + i);
      this.state = State.FirstEntry;
      return;
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY || c === QUOTE) {
      this.startNestedAt(i, c);
      return;
    }
    this.literal = String.fromCharCode(c);
    this.valueStart = this.base + i;
    this.state = State.Literal;
  }

  private startNestedAt(i: number, c: number): void {
    // The opening byte is kept apart: the capture of the chunk starts after it.
    this.depth = c === QUOTE ? 0 : 1;
    this.inString = c === QUOTE;
    this.escaped = false;
    this.capturing = true;
    this.isEntry = false;
    this.pieces = [new Uint8Array([c])];
    this.pieceBytes = 1;
    this.pieceStart = i + 1;
    this.valueStart = this.base + i;
    this.state = State.Nested;
  }

  private startEntry(i: number): void {
    this.depth = 1;
    this.inString = false;
    this.escaped = false;
    this.capturing = true;
    this.isEntry = true;
    this.pieces = [];
    this.pieceBytes = 0;
    this.pieceStart = i;
    this.valueStart = this.base + i;
    this.state = State.Nested;
  }

  /**
   * Passes over a nested value from `i`; returns where scanning goes on. Inside strings it jumps from quote
   * to backslash with indexOf (native, and memchr-fast on Node's Buffers), so long bodies cost little.
   */
  private nested(bytes: Uint8Array, from: number): number {
    const n = bytes.length;
    let i = from;
    let nextQuote = -1;
    let nextBackslash = -1;
    while (i < n) {
      if (this.escaped) {
        this.escaped = false;
        i++;
        continue;
      }
      if (this.inString) {
        if (nextQuote < i) {
          nextQuote = bytes.indexOf(QUOTE, i);
          if (nextQuote < 0) nextQuote = n;
        }
        if (nextBackslash < i) {
          nextBackslash = bytes.indexOf(BACKSLASH, i);
          if (nextBackslash < 0) nextBackslash = n;
        }
        if (nextBackslash < nextQuote) {
          this.escaped = true;
          i = nextBackslash + 1;
          continue;
        }
        if (nextQuote === n) return n;
        i = nextQuote + 1;
        this.inString = false;
        if (this.depth === 0) return this.endNested(bytes, i);
        continue;
      }
      const c = bytes[i]!;
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN_OBJECT || c === OPEN_ARRAY) this.depth++;
      else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (--this.depth === 0) return this.endNested(bytes, i + 1);
      }
      i++;
    }
    return n;
  }

  private keep(bytes: Uint8Array, from: number, to: number): void {
    if (to <= from) return;
    if (this.pieceBytes + (to - from) > (this.isEntry ? this.maxEntryBytes : MAX_CHECKED_VALUE)) {
      // Too big to be worth checking (and not needed), or an entry too big to hold: pass over the rest.
      this.capturing = false;
      this.pieces = [];
      return;
    }
    // The chunk may be reused by its producer once push() returns: keep a copy unless it is the whole value.
    this.pieces.push(bytes.slice(from, to));
    this.pieceBytes += to - from;
  }

  /** The nested value ended just before `end`: parse an entry and hand it over, or check another value. */
  private endNested(bytes: Uint8Array, end: number): number {
    const start = this.valueStart;
    const size = this.base + end - start;
    if (this.isEntry && size > this.maxEntryBytes) this.capturing = false;
    let text: string | undefined;
    if (this.capturing) {
      let whole: Uint8Array;
      if (this.pieces.length === 0) whole = bytes.subarray(this.pieceStart, end);
      else {
        this.keep(bytes, this.pieceStart, end);
        whole = this.pieces.length === 1 ? this.pieces[0]! : concat(this.pieces, this.pieceBytes);
      }
      if (this.capturing) text = this.decoder.decode(whole);
    }
    this.pieces = [];
    this.pieceBytes = 0;
    const isEntry = this.isEntry;
    this.state = isEntry ? State.AfterEntry : State.AfterValue;
    this.pieceStart = end;
    if (isEntry && text === undefined) {
      this.options.onOversized?.(this.entryIndex++, size);
      return end;
    }
    if (text === undefined) return end;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      const what = isEntry ? `entry ${this.entryIndex}` : `"${this.key}"`;
      throw new Problem(`not valid JSON in ${what} (${jsonErrorReason(e)})`, start + this.byteOffsetOf(text, jsonErrorPosition(e)));
    }
    if (!isEntry) return end;
    const entry = parsed as HarEntry;
    if (typeof entry.request !== 'object' || entry.request === null || typeof entry.response !== 'object' || entry.response === null) {
      throw new Problem(`not a HAR file: entry ${this.entryIndex} has no request/response object`, start);
    }
    const index = this.entryIndex++;
    this.onEntry(entry, index);
    return end;
  }

  /** Byte length of the first `chars` characters of `text` (JSON.parse reports positions in characters). */
  private byteOffsetOf(text: string, chars: number | undefined): number {
    if (chars === undefined) return 0;
    return this.encoder.encode(text.slice(0, chars)).length;
  }

  private endLiteral(): void {
    if (!/^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)$/.test(this.literal)) {
      throw new Problem(`not valid JSON: unexpected "${this.literal.slice(0, 20)}"`, this.valueStart);
    }
    if (this.frames.length === 0) throw new Problem('not a HAR file: the top level is not an object', 0);
    this.state = State.AfterValue;
  }

  private closeObject(i: number): void {
    const frame = this.frames.pop();
    if (frame === Frame.Log && !this.sawEntries) throw new Problem('not a HAR file: "log.entries" is not an array', this.base + i);
    if (frame === Frame.Top && !this.sawLog) throw new Problem('not a HAR file: no "log" object', this.base + i);
    this.state = this.frames.length === 0 ? State.Done : State.AfterValue;
  }

  private decodeKey(i: number): string {
    try {
      return JSON.parse(`"${this.decoder.decode(new Uint8Array(this.keyBytes))}"`) as string;
    } catch {
      throw new Problem('not valid JSON: a bad key', this.base + i);
    }
  }
}

class Problem extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function concat(pieces: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function jsonErrorReason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  // V8 quotes the text around the error; that is untrusted and long, so keep only the reason.
  return message
    .replace(/,? ?"[^]*$/, '')
    .replace(/ in JSON at position \d+.*$/, '')
    .slice(0, 80);
}

function jsonErrorPosition(e: unknown): number | undefined {
  const m = /at position (\d+)/.exec(e instanceof Error ? e.message : '');
  return m ? Number(m[1]) : undefined;
}

/** Reads a whole stream of chunks; entries are handed to `onEntry` as they are read. */
export async function readHarStream(
  chunks: AsyncIterable<Uint8Array | string>,
  onEntry: OnHarEntry,
): Promise<{ ok: true; entries: number; bytes: number } | { ok: false; problem: HarStreamProblem; entries: number; bytes: number }> {
  const reader = new HarEntryReader(onEntry);
  for await (const chunk of chunks) {
    const problem = reader.push(chunk);
    if (problem) return { ok: false, problem, entries: reader.entries, bytes: reader.bytes };
  }
  const problem = reader.end();
  return problem ? { ok: false, problem, entries: reader.entries, bytes: reader.bytes } : { ok: true, entries: reader.entries, bytes: reader.bytes };
}
