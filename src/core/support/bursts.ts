import type { Category } from '../category.js';

/** What a banner looks at in one failed call. */
export interface BurstCall {
  /** Epoch milliseconds; 0 when unknown. */
  startedAt: number;
  category?: Category;
  code?: string;
  action?: string;
}

export type BurstKind = 'throttling' | 'clock' | 'permission';

export interface Burst {
  kind: BurstKind;
  /** How many calls point at the cause. */
  count: number;
  /** One sentence: what happened and what to do. */
  text: string;
}

/** Throttling: this many throttling codes within THROTTLE_WINDOW_MS of each other. */
const THROTTLE_MIN = 5;
const THROTTLE_WINDOW_MS = 10_000;
/** Signature expired / clock skew: one can be a slow request, two mean the clock. */
const CLOCK_MIN = 2;
/** Permission denials across this many different actions point at the identity's policy, not one resource. */
const PERMISSION_MIN_ACTIONS = 3;

/**
 * Bursts that point at one cause, most urgent first. Pure: the panel recomputes it from the listed calls.
 * Codes count as throttling by their catalog category, and quota codes that are not throttling (a quota
 * exceeded for good) are told apart by name, since waiting does not help them.
 */
export function detectBursts(calls: readonly BurstCall[]): Burst[] {
  const bursts: Burst[] = [];
  const throttled = calls.filter((c) => c.category === 'quota-throttling' && isThrottlingCode(c.code));
  const peak = densestWindow(
    throttled.map((c) => c.startedAt),
    THROTTLE_WINDOW_MS,
  );
  if (peak >= THROTTLE_MIN) {
    bursts.push({
      kind: 'throttling',
      count: peak,
      text: `You are being throttled: ${peak} throttling errors within ${THROTTLE_WINDOW_MS / 1000} s. Back off and retry with exponential backoff and jitter.`,
    });
  }
  const clock = calls.filter((c) => c.category === 'signature-clock' && isClockCode(c.code)).length;
  if (clock >= CLOCK_MIN) {
    bursts.push({
      kind: 'clock',
      count: clock,
      text: `Your clock is off: ${clock} calls failed with an expired signature or a time skew. Sync the clock of the machine that signs the requests (NTP).`,
    });
  }
  const denied = calls.filter((c) => c.category === 'permission');
  const actions = new Set(denied.map((c) => c.action).filter(Boolean));
  if (actions.size >= PERMISSION_MIN_ACTIONS) {
    bursts.push({
      kind: 'permission',
      count: denied.length,
      text: `Permission denied for ${actions.size} different actions: check the policy attached to the calling identity (user, role or access key).`,
    });
  }
  return bursts;
}

function isThrottlingCode(code: string | undefined): boolean {
  return !code || /throttl|rate|toomany|too_many|limitexceeded|slowdown|flowlimit|busy|resource_exhausted/i.test(code);
}

function isClockCode(code: string | undefined): boolean {
  return !code || /expire|skew|time|clock|timestamp|date/i.test(code);
}

/** The largest number of times that fit in one window of `width` ms (times of 0 are unknown and ignored). */
export function densestWindow(times: readonly number[], width: number): number {
  const sorted = times.filter((t) => t > 0).sort((a, b) => a - b);
  let best = 0;
  let from = 0;
  for (let to = 0; to < sorted.length; to++) {
    while ((sorted[to] as number) - (sorted[from] as number) > width) from++;
    best = Math.max(best, to - from + 1);
  }
  return best;
}
