/**
 * Capture runs in the devtools page from the moment DevTools opens: live requests from
 * `onRequestFinished`, plus a one-time backfill from `getHAR()` for requests DevTools logged before our
 * listener existed (a page load racing DevTools start-up). The two overlap; they are matched as a multiset
 * on (start time, method, URL) so that identical calls made in the same millisecond are all kept.
 */
import { candidateVerdict, MAX_BODY_BYTES } from '../core/candidate.js';
import type { HttpExchange } from '../core/exchange.js';
import { harEntryToExchange, type HarEntry } from '../core/har.js';
import type { CapturedRequest, DevtoolsApi, Unsubscribe } from './devtools-api.js';

export type CapturedCall =
  /** A candidate whose body was read. */
  | { kind: 'exchange'; exchange: HttpExchange }
  /** A candidate that was not parsed (body over the size cap); `reason` is shown to the user. */
  | { kind: 'skipped'; exchange: HttpExchange; reason: string };

export function entryKey(entry: HarEntry): string {
  return [entry.startedDateTime ?? '', entry.request.method ?? '', entry.request.url ?? ''].join(' ');
}

/**
 * getHAR lists requests still in flight too (no status yet). Those finish after our listener was
 * registered, so they arrive live with their body; taking them from the backfill would list them twice.
 */
export function finished(entry: HarEntry): boolean {
  return typeof entry.response.status === 'number' && entry.response.status > 0;
}

function bodySize(entry: HarEntry): number | undefined {
  const size = entry.response.content?.size;
  if (typeof size === 'number' && size >= 0) return size;
  const bodySize = (entry.response as { bodySize?: unknown }).bodySize;
  return typeof bodySize === 'number' && bodySize >= 0 ? bodySize : undefined;
}

class Multiset {
  private readonly counts = new Map<string, number>();
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  /** Removes one occurrence; false when there was none. */
  take(key: string): boolean {
    const n = this.counts.get(key) ?? 0;
    if (n === 0) return false;
    if (n === 1) this.counts.delete(key);
    else this.counts.set(key, n - 1);
    return true;
  }
}

/**
 * Reads one request: skips what cannot be an envelope before `getContent` (mime type, URL, size),
 * returns undefined for those, a skipped call for bodies over the cap.
 */
export async function readCall(request: CapturedRequest): Promise<CapturedCall | undefined> {
  const { entry } = request;
  const size = bodySize(entry);
  const verdict = candidateVerdict({ url: entry.request.url ?? '', mimeType: entry.response.content?.mimeType ?? '', size });
  if (!verdict.candidate) {
    // The mime/URL checks come first in candidateVerdict, so an oversized non-candidate is an oversized candidate.
    if (size !== undefined && size > MAX_BODY_BYTES) return { kind: 'skipped', exchange: harEntryToExchange(entry), reason: verdict.reason };
    return undefined;
  }
  const body = await request.readBody();
  const content = { ...entry.response.content, text: body.text, encoding: body.encoding };
  return { kind: 'exchange', exchange: harEntryToExchange({ ...entry, response: { ...entry.response, content } }) };
}

export interface CaptureOptions {
  onCall(call: CapturedCall): void;
  /** Called once the getHAR backfill has been read (with how many calls it added). */
  onBackfilled?(added: number): void;
}

export function startCapture(api: DevtoolsApi, options: CaptureOptions): Unsubscribe {
  let stopped = false;
  let backfillDone = false;
  const seenLive = new Multiset();
  const seenBackfill = new Multiset();

  const deliver = async (request: CapturedRequest): Promise<boolean> => {
    const call = await readCall(request);
    if (stopped || !call) return false;
    options.onCall(call);
    return true;
  };

  const offLive = api.onRequestFinished((request) => {
    const key = entryKey(request.entry);
    if (seenBackfill.take(key)) return;
    if (!backfillDone) seenLive.add(key);
    void deliver(request);
  });

  void api.getHar().then(async (requests) => {
    if (stopped) return;
    const fresh = requests.filter((request) => {
      if (!finished(request.entry)) return false;
      const key = entryKey(request.entry);
      if (seenLive.take(key)) return false;
      seenBackfill.add(key);
      return true;
    });
    backfillDone = true;
    const delivered = await Promise.all(fresh.map(deliver));
    options.onBackfilled?.(delivered.filter(Boolean).length);
  });

  return () => {
    stopped = true;
    offLive();
  };
}
