/**
 * Reading an imported HAR file off the panel's thread: JSON.parse of a 100 MB file blocks for seconds, so
 * it runs in a Worker (./har-worker.ts), which sends back the exchanges. Where no Worker can be started
 * (unit tests in Node, a browser refusing the worker), the same function runs on the main thread.
 */
import type { HttpExchange } from '../core/exchange.js';
import { harEntryToExchange, parseHar } from '../core/har.js';

export type HarRead = { ok: true; exchanges: HttpExchange[] } | { ok: false; error: string };
export type ReadResult = HarRead & { thread: 'worker' | 'main' };

export function readHar(text: string): HarRead {
  const parsed = parseHar(text);
  return parsed.ok ? { ok: true, exchanges: parsed.har.log.entries.map(harEntryToExchange) } : parsed;
}

export function readHarOffThread(text: string): Promise<ReadResult> {
  const onMain = (): ReadResult => ({ ...readHar(text), thread: 'main' });
  let worker: Worker;
  try {
    worker = new Worker(new URL('./har-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(onMain());
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
    worker.postMessage(text);
  });
}
