/**
 * Capture runs in the devtools page from the moment DevTools opens: live requests from
 * `onRequestFinished`, plus a one-time backfill from `getHAR()` for requests DevTools logged before our
 * listener existed (a page load racing DevTools start-up). The two overlap; they are matched as a multiset
 * on (start time, method, URL) so that identical calls made in the same millisecond are all kept.
 */
import { candidateVerdict, MAX_SCAN_BYTES } from '../core/candidate.js';
import type { HttpExchange } from '../core/exchange.js';
import { harEntryToExchange, type HarEntry } from '../core/har.js';
import { detectWithheldBody } from '../core/withheld-body.js';
import type { CapturedRequest, DevtoolsApi, ResponseBody, Unsubscribe } from './devtools-api.js';

export type CapturedCall =
  /**
   * A candidate whose body was read (or withheld: `exchange.bodyWithheld`). `key` names a call listed from its
   * headers alone; when the page later reads that body, the call arrives again with `replaces: true` and the
   * same key, so the row shows what the body says instead of the headers' guess.
   */
  | { kind: 'exchange'; exchange: HttpExchange; key?: string; replaces?: boolean }
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
  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  get empty(): boolean {
    return this.counts.size === 0;
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

/** How long to wait for a body before listing the call from its headers: `getContent` may never call back. */
export const BODY_TIMEOUT_MS = 5000;

/** Resolves with the body, or with undefined when the browser has not handed it over within `timeoutMs`. */
export function readBodyWithin(request: CapturedRequest, timeoutMs: number): Promise<ResponseBody | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    request.readBody().then(
      (body) => {
        clearTimeout(timer);
        resolve(body);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

/**
 * Reads one request: skips what cannot be an envelope before `getContent` (mime type, URL, size),
 * returns undefined for those, a skipped call for bodies over the cap. A body the browser withholds
 * (`getContent` never calls back, or gives null or "" for a response that had one) makes an exchange marked
 * `bodyWithheld`, which the core lists from its headers when it failed (src/core/withheld-body.ts).
 */
export async function readCall(request: CapturedRequest, timeoutMs = BODY_TIMEOUT_MS): Promise<CapturedCall | undefined> {
  const { entry } = request;
  const size = bodySize(entry);
  const verdict = candidateVerdict({ url: entry.request.url ?? '', mimeType: entry.response.content?.mimeType ?? '', size, status: entry.response.status });
  if (!verdict.candidate) {
    // The mime/URL checks come first in candidateVerdict, so an oversized non-candidate is an oversized candidate.
    if (size !== undefined && size > MAX_SCAN_BYTES) return { kind: 'skipped', exchange: harEntryToExchange(entry), reason: verdict.reason };
    return undefined;
  }
  const body = await readBodyWithin(request, timeoutMs);
  // An empty or missing body of a response DevTools says had one is a withheld body, not an empty one.
  if (body === undefined || (!body.text && (size ?? 0) > 0)) {
    return { kind: 'exchange', exchange: { ...harEntryToExchange(entry), bodyWithheld: true } };
  }
  const content = { ...entry.response.content, text: body.text, encoding: body.encoding };
  return { kind: 'exchange', exchange: harEntryToExchange({ ...entry, response: { ...entry.response, content } }) };
}

/** Epoch ms the entry's response ended (its start when the duration is unknown), NaN when the start is unknown. */
function endedAt(entry: HarEntry): number {
  const time = typeof entry.time === 'number' && entry.time > 0 ? entry.time : 0;
  return Date.parse(entry.startedDateTime ?? '') + time;
}

export interface CaptureOptions {
  onCall(call: CapturedCall): void;
  /** Called once the getHAR backfill has been read (with how many calls it added). */
  onBackfilled?(added: number): void;
  /** Timings of the getHAR sweep (defaults below); tests shorten them. */
  sweep?: Partial<SweepTimings>;
  /** Wall clock, for the sweep's grace period. */
  now?: () => number;
}

/**
 * Chromium never fires `onRequestFinished` for a `Cache-Control: no-store` response whose body the page has
 * not read (a `fetch` whose caller checks `res.ok` and throws, say), and `getContent` on its getHAR entry
 * never calls back; getHAR does list it, with status and headers. So getHAR is read again once the page
 * goes quiet (and now and then while idle), and failed calls it lists that never arrived live are taken
 * from there (seen in Chromium 156; README, "Bodies DevTools withholds"). One that its headers cannot list
 * is left to live capture, in case the page reads its body later.
 */
export interface SweepTimings {
  /** Sweep this long after the last live call. */
  quietMs: number;
  /** Sweep at least this often while DevTools is open (stretched when getHAR is slow: 100 × its last duration, so it takes at most 1% of the time). */
  idleMs: number;
  /** A failed call is taken from getHAR only once it ended this long ago: until then its live event may still come. */
  graceMs: number;
  /** getContent of such an entry never calls back: wait only this long. */
  bodyTimeoutMs: number;
}

export const SWEEP_TIMINGS: SweepTimings = { quietMs: 1000, idleMs: 10_000, graceMs: 1500, bodyTimeoutMs: 300 };

export function startCapture(api: DevtoolsApi, options: CaptureOptions): Unsubscribe {
  const timings = { ...SWEEP_TIMINGS, ...options.sweep };
  const now = options.now ?? Date.now;
  let stopped = false;
  let backfillDone = false;
  /** Every call delivered or considered, from any source, by key. */
  const handled = new Multiset();
  /** Calls taken from getHAR whose live event may still come: it is then dropped. */
  const claimedByHar = new Multiset();
  /** Of those, the ones listed from their headers alone (body withheld): their live event upgrades the row. */
  const listedWithoutBody = new Multiset();
  /**
   * Calls that arrived live with no status. Firefox can fire onRequestFinished before it has filled in the
   * status (firefox-esr 153, when many calls finish at once: 0 there, the real status in a later getHAR); the
   * engine judges such a call by its body, and the sweep delivers it again once getHAR knows the status.
   */
  const statusUnknown = new Multiset();

  const deliver = async (request: CapturedRequest, timeoutMs = BODY_TIMEOUT_MS, key?: string): Promise<boolean> => {
    const call = await readCall(request, timeoutMs);
    if (stopped || !call) return false;
    options.onCall(key !== undefined && call.kind === 'exchange' ? { ...call, key } : call);
    return true;
  };

  /**
   * A call the first getHAR listed as finished. Its body may not be readable yet: Firefox lists a response
   * with its status while the body is still arriving (seen with firefox-esr 153 when the toolbox starts in the
   * middle of a burst), and Chromium withholds an unread no-store body. Such a call is left to live capture,
   * which delivers it with its body, and to the sweep if that never happens.
   */
  const deliverBackfilled = async (request: CapturedRequest): Promise<boolean> => {
    const call = await readCall(request);
    if (stopped || !call) return false;
    if (call.kind === 'exchange' && call.exchange.bodyWithheld) {
      const key = entryKey(request.entry);
      handled.take(key);
      claimedByHar.take(key);
      return false;
    }
    options.onCall(call);
    return true;
  };

  /**
   * A call delivered again to replace its row: the live event (with the body) of a call listed from its headers,
   * or the getHAR entry (with the status) of a call that arrived live with none.
   */
  const upgrade = async (request: CapturedRequest, key: string): Promise<void> => {
    const call = await readCall(request);
    if (stopped || call?.kind !== 'exchange' || call.exchange.bodyWithheld) return;
    options.onCall({ ...call, key, replaces: true });
  };

  /**
   * A call the sweep took: listed if its headers say enough (src/core/withheld-body.ts). Otherwise it is left
   * to live capture, so that if the page reads the body after all, the call is recognised from it.
   */
  const deliverSwept = async (request: CapturedRequest): Promise<void> => {
    const call = await readCall(request, timings.bodyTimeoutMs);
    if (stopped || !call) return;
    const key = entryKey(request.entry);
    if (call.kind === 'exchange' && call.exchange.bodyWithheld) {
      if (detectWithheldBody(call.exchange).kind === 'none') {
        claimedByHar.take(key);
        return;
      }
      listedWithoutBody.add(key);
      options.onCall({ ...call, key });
      return;
    }
    options.onCall(call);
  };

  /** The getHAR entries not handled yet that `eligible` accepts; they are marked handled. */
  const unhandled = (requests: readonly CapturedRequest[], eligible: (entry: HarEntry) => boolean): CapturedRequest[] => {
    const inHar = new Multiset();
    const fresh: CapturedRequest[] = [];
    for (const request of requests) {
      const key = entryKey(request.entry);
      inHar.add(key);
      if (inHar.count(key) <= handled.count(key) || !eligible(request.entry)) continue;
      handled.add(key);
      claimedByHar.add(key);
      fresh.push(request);
    }
    return fresh;
  };

  let lastLive = 0;
  let sweepTimer: ReturnType<typeof setTimeout> | undefined;
  let sweepAt = 0;
  let sweeping = false;
  const armSweep = (delayMs: number): void => {
    if (stopped) return;
    if (sweepTimer !== undefined) clearTimeout(sweepTimer);
    sweepAt = now() + delayMs;
    sweepTimer = setTimeout(runSweep, delayMs);
  };
  const runSweep = (): void => {
    sweepTimer = undefined;
    if (stopped) return;
    const sinceLive = now() - lastLive;
    if (sinceLive < timings.quietMs) {
      // Still busy: wait for the quiet.
      armSweep(timings.quietMs - sinceLive);
      return;
    }
    if (sweeping || !backfillDone) return armSweep(timings.quietMs);
    sweeping = true;
    const started = now();
    void api.getHar().then(async (requests) => {
      const cutoff = now() - timings.graceMs;
      /** The earliest time a failed call too fresh for this sweep may be taken. */
      let retryAt = Infinity;
      const fresh = stopped
        ? []
        : unhandled(requests, (entry) => {
            if (!finished(entry) || (entry.response.status ?? 0) < 400) return false;
            const ended = endedAt(entry);
            if (ended > cutoff) retryAt = Math.min(retryAt, ended + timings.graceMs);
            return !(ended > cutoff);
          });
      // Usually none: only Firefox delivers calls without a status, so the whole log is not walked for them.
      const known = stopped || statusUnknown.empty ? [] : requests.filter((r) => finished(r.entry) && statusUnknown.take(entryKey(r.entry)));
      const took = now() - started;
      await Promise.all([...fresh.map(deliverSwept), ...known.map((r) => upgrade(r, entryKey(r.entry)))]);
      sweeping = false;
      if (retryAt < Infinity) armSweep(Math.max(0, retryAt - now()));
      // The idle sweep is the only one armed unless a live call re-arms the quiet one.
      if (sweepTimer === undefined) armSweep(Math.max(timings.idleMs, 100 * took));
    });
  };

  const offLive = api.onRequestFinished((request) => {
    const key = entryKey(request.entry);
    lastLive = now();
    // A burst re-arms nothing: the armed sweep waits for the quiet when it fires.
    if (sweepTimer === undefined || sweepAt > lastLive + timings.quietMs) armSweep(timings.quietMs);
    if (claimedByHar.take(key)) {
      // Listed from its headers while Chromium withheld the body; the page has read it now: list what it says.
      if (listedWithoutBody.take(key)) void upgrade(request, key);
      return;
    }
    handled.add(key);
    if (!finished(request.entry)) {
      statusUnknown.add(key);
      void deliver(request, BODY_TIMEOUT_MS, key);
      return;
    }
    void deliver(request);
  });

  void api.getHar().then(async (requests) => {
    if (stopped) return;
    const fresh = unhandled(requests, finished);
    backfillDone = true;
    armSweep(timings.idleMs);
    const delivered = await Promise.all(fresh.map(deliverBackfilled));
    options.onBackfilled?.(delivered.filter(Boolean).length);
  });

  return () => {
    stopped = true;
    if (sweepTimer !== undefined) clearTimeout(sweepTimer);
    offLive();
  };
}
