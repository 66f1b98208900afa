import { describe, expect, it } from 'vitest';
import { densestWindow, detectBursts, type BurstCall } from './bursts.js';

const T0 = Date.UTC(2026, 10, 23, 8);
const throttle = (ms: number): BurstCall => ({ startedAt: T0 + ms, category: 'quota-throttling', code: 'RequestLimitExceeded', action: 'DescribeInstances' });

describe('detectBursts', () => {
  it('says "you are being throttled" for five throttling codes within ten seconds', () => {
    const calls = [0, 1000, 2000, 3000, 9000].map(throttle);
    expect(detectBursts(calls)).toEqual([
      expect.objectContaining({ kind: 'throttling', count: 5, text: expect.stringContaining('Back off and retry with exponential backoff and jitter') }),
    ]);
  });

  it('stays quiet when the same throttling codes are spread out, or are a hard quota', () => {
    expect(detectBursts([0, 11_000, 22_000, 33_000, 44_000].map(throttle))).toEqual([]);
    const quota = [0, 1, 2, 3, 4].map((i) => ({ ...throttle(i), code: 'QuotaExceeded.Instances' }));
    expect(detectBursts(quota)).toEqual([]);
  });

  it('says "your clock is off" for two signature-expired codes', () => {
    const expired: BurstCall = { startedAt: T0, category: 'signature-clock', code: 'AuthFailure.SignatureExpire' };
    expect(detectBursts([expired])).toEqual([]);
    expect(detectBursts([expired, { ...expired, code: 'RequestTimeTooSkewed' }]).map((b) => [b.kind, b.count])).toEqual([['clock', 2]]);
  });

  it("points at the identity's policy when denials span three actions, not one", () => {
    const denied = (action: string): BurstCall => ({ startedAt: T0, category: 'permission', code: 'AccessDenied', action });
    expect(detectBursts([denied('A'), denied('A'), denied('B')])).toEqual([]);
    expect(detectBursts([denied('A'), denied('B'), denied('C'), denied('C')])).toEqual([
      expect.objectContaining({ kind: 'permission', count: 4, text: expect.stringContaining('policy attached to the calling identity') }),
    ]);
  });
});

describe('densestWindow', () => {
  it('counts the most times in one window and ignores unknown times', () => {
    expect(densestWindow([0, 0, 0], 10)).toBe(0);
    expect(densestWindow([5, 1, 30, 12, 40, 41], 10)).toBe(2);
    expect(densestWindow([1, 2, 3, 11], 10)).toBe(4);
  });
});
