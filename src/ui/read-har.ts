/**
 * Reading an imported HAR file off the panel's thread: JSON.parse of a 100 MB file blocks for seconds, so
 * it runs in a Worker (./har-worker.ts), which sends back the exchanges. Where no Worker can be started
 * (unit tests in Node, a browser refusing the worker), the same function runs on the main thread.
 */
import { detect } from '../core/detect.js';
import type { HttpExchange } from '../core/exchange.js';
import { harEntryToExchange, parseHar } from '../core/har.js';

export type HarRead = { ok: true; exchanges: HttpExchange[] } | { ok: false; error: string };
export type ReadResult = HarRead & { thread: 'worker' | 'main' };

export function readHar(text: string): HarRead {
  const parsed = parseHar(text);
  return parsed.ok ? { ok: true, exchanges: parsed.har.log.entries.map((entry) => withoutIdleBodies(harEntryToExchange(entry))) } : parsed;
}

/**
 * Most of a 100 MB HAR is bodies that are not envelopes (scripts, images, application JSON). Dropping them
 * here, where the file is parsed, keeps the hand-over to the panel's thread small: copying every body back
 * from the Worker stalled the panel for about 0.4 s on a 100 MB file. The call still counts as inspected.
 */
function withoutIdleBodies(exchange: HttpExchange): HttpExchange {
  if (detect(exchange).kind !== 'none') return exchange;
  return { ...exchange, responseBody: undefined, requestBody: undefined };
}

/** The file itself (a Blob) goes to the Worker, which reads its text there: the panel's thread never holds it. */
export function readHarOffThread(source: string | Blob): Promise<ReadResult> {
  const onMain = async (): Promise<ReadResult> => ({ ...readHar(typeof source === 'string' ? source : await source.text()), thread: 'main' });
  let worker: Worker;
  try {
    worker = new Worker(new URL('./har-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onMain();
  }
  return new Promise((resolve) => {
    worker.onmessage = (e: MessageEvent<HarRead>) => {
      worker.terminate();
      resolve({ ...e.data, thread: 'worker' });
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      resolve(onMain());
    };
    worker.postMessage(source);
  });
}
