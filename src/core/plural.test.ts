import { describe, expect, it } from 'vitest';
import { countOf } from './plural.js';

describe('countOf', () => {
  it('uses the singular only for exactly one', () => {
    expect(countOf(1, 'call')).toBe('1 call');
    expect(countOf(0, 'call')).toBe('0 calls');
    expect(countOf(2, 'failed call')).toBe('2 failed calls');
  });
  it('takes an irregular plural', () => {
    expect(countOf(1, 'entry', 'entries')).toBe('1 entry');
    expect(countOf(3, 'entry', 'entries')).toBe('3 entries');
  });
});
