import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query.js';
import { quoteValue } from './quote-value.js';

describe('quoteValue', () => {
  it('leaves a plain value bare', () => {
    expect(quoteValue('AuthFailure')).toBe('AuthFailure');
  });
  it('quotes and escapes spaces, quotes and backslashes', () => {
    expect(quoteValue('a b')).toBe('"a b"');
    expect(quoteValue('say "hi"\\')).toBe('"say \\"hi\\"\\\\"');
  });
  it('round-trips through the parser as one term', () => {
    for (const v of ['a b', 'x"y', 'back\\slash', 'tab\there']) {
      const q = parseQuery(`code:${quoteValue(v)}`);
      expect(q.terms).toHaveLength(1);
      expect(q.terms[0]).toMatchObject({ kind: 'field', key: 'code', value: v });
      expect(q.terms[0]?.reason).toBeUndefined();
    }
  });
});
