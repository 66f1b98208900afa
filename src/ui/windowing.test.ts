import { describe, expect, it } from 'vitest';
import { OVERSCAN, pageRows, ROW_HEIGHT, scrollToReveal, windowRange } from './windowing.js';

describe('windowRange', () => {
  it('renders the rows in view plus the overscan on each side', () => {
    // 440 px show rows 100..119 when scrolled to row 100.
    expect(windowRange(100 * ROW_HEIGHT, 440, 10_000)).toEqual({ first: 100 - OVERSCAN, last: 120 + OVERSCAN });
  });

  it('counts a partly shown row as shown', () => {
    expect(windowRange(10, 30, 100, 22, 0)).toEqual({ first: 0, last: 2 });
  });

  it('clamps to the list at both ends', () => {
    expect(windowRange(0, 440, 10_000)).toEqual({ first: 0, last: 20 + OVERSCAN });
    expect(windowRange(0, 440, 5)).toEqual({ first: 0, last: 5 });
    expect(windowRange(0, 440, 0)).toEqual({ first: 0, last: 0 });
  });

  it('renders nothing past the end when the list shrank under a deep scroll offset', () => {
    const { first, last } = windowRange(5_000 * ROW_HEIGHT, 440, 12);
    expect(first).toBeLessThanOrEqual(last);
    expect(last).toBe(12);
  });
});

describe('scrollToReveal', () => {
  it('leaves a row in view where it is', () => {
    expect(scrollToReveal(5, 0, 440)).toBeUndefined();
  });

  it('scrolls up to a row above the view, to its top', () => {
    expect(scrollToReveal(3, 10 * ROW_HEIGHT, 440)).toBe(3 * ROW_HEIGHT);
  });

  it('scrolls down just enough to show a row below the view, under the sticky header', () => {
    // 440 px: the header takes one row, 19 rows show; row 19 is the first hidden one.
    expect(scrollToReveal(18, 0, 440)).toBeUndefined();
    expect(scrollToReveal(19, 0, 440)).toBe(20 * ROW_HEIGHT - (440 - ROW_HEIGHT));
  });
});

describe('pageRows', () => {
  it('is the rows in view less two, and at least one', () => {
    expect(pageRows(440)).toBe(18);
    expect(pageRows(0)).toBe(1);
  });
});
