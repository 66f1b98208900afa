/**
 * Reading an imported HAR file off the panel's thread, in a Worker (./har-worker.ts), which reports its
 * progress and sends back the calls. The file is streamed (File.stream()) through the core's entry splitter
 * (src/core/har-stream.ts), the same reader as `cloud-errors scan`: each entry is analysed as soon as it has
 * been read, so neither the file's text nor all its bodies are ever held, and a HAR of any size imports in
 * bounded memory. Gzip is read too (DecompressionStream). Where no Worker can be started (unit tests in
 * Node, a browser refusing the worker), the same code runs on the main thread.
 */
import { detect } from '../core/detect.js';
import type { HttpExchange } from '../core/exchange.js';
import { harEntryToExchange, readErrorReason } from '../core/har.js';
import { HarEntryReader } from '../core/har-stream.js';
import type { IncomingCall } from './store.js';

export type HarRead = { ok: true; calls: IncomingCall[] } | { ok: false; error: string };
export type ReadResult = HarRead & { thread: 'worker' | 'main' };

/**
 * Where a read is: `reading` counts bytes of the file (characters for a string), read, parsed and analysed
 * together as it streams. (`parsing` and `analysing` were the phases of the whole-file read; the panel still
 * renders them.)
 */
export interface ReadProgress {
  phase: 'reading' | 'parsing' | 'analysing';
  done: number;
  total: number;
}
export type OnProgress = (progress: ReadProgress) => void;

/** What the Worker posts: progress reports and batches of calls, then one result. */
export type WorkerMessage = { type: 'progress'; progress: ReadProgress } | { type: 'calls'; calls: IncomingCall[] } | { type: 'result'; result: HarRead };

/**
 * Calls go to the panel in batches of this many while they are analysed: one message of all 7,500
 * calls of a 100 MB HAR took the panel's thread about 0.2 s to receive; batches spread that out.
 */
const BATCH = 250;

/** At most this often a phase reports its progress (each phase also reports when it starts). */
const REPORT_EVERY_MS = 100;

function reporter(onProgress: OnProgress | undefined): (progress: ReadProgress, force?: boolean) => void {
  let last = -Infinity;
  return (progress, force = false) => {
    const now = Date.now();
    if (!onProgress || (!force && now - last < REPORT_EVERY_MS)) return;
    last = now;
    onProgress(progress);
  };
}

/** Text given as a string is fed to the reader in slices of this many characters. */
const STRING_SLICE = 1 << 20;

/**
 * Reads, parses and analyses a HAR (its text, or the file itself) as a stream, reporting progress as it goes.
 * With `onBatch`, the calls are handed over in batches as they are analysed and the result holds none.
 */
export async function readHar(source: string | Blob, onProgress?: OnProgress, onBatch?: (calls: IncomingCall[]) => void): Promise<HarRead> {
  const report = reporter(onProgress);
  const total = typeof source === 'string' ? source.length : source.size;
  const calls: IncomingCall[] = [];
  const reader = new HarEntryReader((entry) => {
    calls.push(withoutIdleBodies(harEntryToExchange(entry)));
    if (onBatch && calls.length === BATCH) onBatch(calls.splice(0));
  });
  report({ phase: 'reading', done: 0, total }, true);
  let problem: ReturnType<HarEntryReader['push']>;
  try {
    let done = 0;
    for await (const chunk of typeof source === 'string' ? slices(source) : await bytesOf(source, (n) => (done += n))) {
      problem = reader.push(chunk);
      if (problem) break;
      if (typeof chunk === 'string') done += chunk.length;
      report({ phase: 'reading', done, total });
    }
  } catch (error) {
    // An unreadable file (deleted or changed since it was picked) rejects; answer with a reason.
    return { ok: false, error: `cannot read the file (${readErrorReason(error)})` };
  }
  problem ??= reader.end();
  if (problem) return { ok: false, error: `${problem.message} (at byte ${problem.offset})` };
  report({ phase: 'reading', done: total, total }, true);
  if (onBatch && calls.length > 0) onBatch(calls.splice(0));
  return { ok: true, calls };
}

function* slices(text: string): Generator<string> {
  let i = 0;
  while (i < text.length) {
    // Never cut a surrogate pair: each slice is encoded to UTF-8 on its own.
    let end = Math.min(text.length, i + STRING_SLICE);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    yield text.slice(i, end);
    i = end;
  }
}

/** The file's bytes as a stream, counted as they are read (before decompression), gunzipped if they are gzip. */
async function bytesOf(file: Blob, count: (bytes: number) => void): Promise<AsyncIterable<Uint8Array>> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const counted = file.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        count(chunk.byteLength);
        controller.enqueue(chunk);
      },
    }),
  );
  // A gzip stream starts with 1f 8b (RFC 1952), whatever the file is called.
  const gzip = head[0] === 0x1f && head[1] === 0x8b && typeof DecompressionStream === 'function';
  return iterate(gzip ? counted.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>) : counted);
}

/** A ReadableStream as an async iterable (Chromium's streams are not async-iterable everywhere yet). */
async function* iterate(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) return;
      yield chunk.value;
    }
  } finally {
    // Stopped early (a damaged file, an error): the rest of the file is not read.
    await reader.cancel().catch(() => {});
  }
}

/**
 * Most of a 100 MB HAR is bodies that are not envelopes (scripts, images, application JSON) or too big to
 * parse. Dropping them here, where the file is parsed, keeps the hand-over to the panel's thread small:
 * copying every body back from the Worker stalled the panel for about 0.4 s on a 100 MB file. The call
 * still counts as inspected; one over the size cap keeps its reason (the panel lists it as not parsed, as
 * live capture does, without reading its body).
 */
function withoutIdleBodies(exchange: HttpExchange): IncomingCall {
  const detection = detect(exchange);
  if (detection.kind === 'error' || detection.kind === 'success') return { exchange };
  const idle = { ...exchange, responseBody: undefined, requestBody: undefined };
  return detection.kind === 'skipped' ? { exchange: idle, skippedReason: detection.reason } : { exchange: idle };
}

/**
 * The file itself (a Blob) goes to the Worker, which reads its text there: the panel's thread never holds it.
 * Aborting the signal stops the Worker (the user closed the import or started another).
 */
export function readHarOffThread(source: string | Blob, onProgress?: OnProgress, signal?: AbortSignal): Promise<ReadResult> {
  const onMain = async (): Promise<ReadResult> => ({ ...(await readHar(source, onProgress)), thread: 'main' });
  let worker: Worker;
  try {
    worker = new Worker(new URL('./har-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onMain();
  }
  const received: IncomingCall[] = [];
  return new Promise((resolve) => {
    const stop = (result: ReadResult | Promise<ReadResult>): void => {
      worker.terminate();
      signal?.removeEventListener('abort', aborted);
      resolve(result);
    };
    const aborted = (): void => stop({ ok: false, error: 'cancelled', thread: 'worker' });
    signal?.addEventListener('abort', aborted);
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const message = e.data;
      if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'calls') for (const call of message.calls) received.push(call);
      else stop(message.result.ok ? { ok: true, calls: received, thread: 'worker' } : { ...message.result, thread: 'worker' });
    };
    worker.onerror = (e) => {
      e.preventDefault();
      stop(onMain());
    };
    worker.postMessage(source);
  });
}
