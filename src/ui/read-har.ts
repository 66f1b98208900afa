/**
 * Reading an imported HAR file off the panel's thread: JSON.parse of a 100 MB file blocks for seconds, so
 * it runs in a Worker (./har-worker.ts), which reports its progress and sends back the calls. Where no
 * Worker can be started (unit tests in Node, a browser refusing the worker), the same code runs on the main
 * thread.
 */
import { detect } from '../core/detect.js';
import type { HttpExchange } from '../core/exchange.js';
import { harEntryToExchange, parseHar, readErrorReason } from '../core/har.js';
import type { IncomingCall } from './store.js';

export type HarRead = { ok: true; calls: IncomingCall[] } | { ok: false; error: string };
export type ReadResult = HarRead & { thread: 'worker' | 'main' };

/**
 * Where a read is: `reading` counts bytes of the file, `analysing` counts HAR entries; `parsing` (one
 * JSON.parse) has no measurable progress and reports 0 / 0.
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

/**
 * Reads, parses and analyses a HAR (its text, or the file itself), reporting progress as it goes. With
 * `onBatch`, the calls are handed over in batches as they are analysed and the result holds none.
 */
export async function readHar(source: string | Blob, onProgress?: OnProgress, onBatch?: (calls: IncomingCall[]) => void): Promise<HarRead> {
  const report = reporter(onProgress);
  let text: string;
  try {
    text = typeof source === 'string' ? source : await readText(source, report);
  } catch (error) {
    // An unreadable file (deleted or changed since it was picked) rejects; answer with a reason.
    return { ok: false, error: `cannot read the file (${readErrorReason(error)})` };
  }
  report({ phase: 'parsing', done: 0, total: 0 }, true);
  const parsed = parseHar(text);
  if (!parsed.ok) return parsed;
  const entries = parsed.har.log.entries;
  const calls: IncomingCall[] = [];
  report({ phase: 'analysing', done: 0, total: entries.length }, true);
  for (let i = 0; i < entries.length; i++) {
    calls.push(withoutIdleBodies(harEntryToExchange(entries[i]!)));
    report({ phase: 'analysing', done: i + 1, total: entries.length });
    if (onBatch && calls.length === BATCH) onBatch(calls.splice(0));
  }
  if (onBatch && calls.length > 0) onBatch(calls.splice(0));
  return { ok: true, calls };
}

/** Blob.text() gives no progress on a 100 MB file; reading its stream chunk by chunk does, at the same cost. */
async function readText(file: Blob, report: ReturnType<typeof reporter>): Promise<string> {
  report({ phase: 'reading', done: 0, total: file.size }, true);
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let done = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    done += chunk.value.byteLength;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    report({ phase: 'reading', done, total: file.size });
  }
  parts.push(decoder.decode());
  return parts.join('');
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
