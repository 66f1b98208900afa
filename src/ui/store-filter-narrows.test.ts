import { describe, expect, it } from 'vitest';
import { parseQuery } from '../core/query/parse-query.js';
import { narrows } from './store-filter-narrows.js';

const n = (next: string, previous: string): boolean => narrows(parseQuery(next), parseQuery(previous));

describe('narrows', () => {
  it('holds while free text is typed on, or terms are added', () => {
    expect(n('Th', 'T')).toBe(true);
    expect(n('throttling', 'THROT')).toBe(true);
    expect(n('Throttling provider:aws', 'Throttling')).toBe(true);
    expect(n('anything', '')).toBe(true);
  });

  it('holds for a prefix typed on, and ignores terms the filter ignores', () => {
    expect(n('code:Auth*', 'code:Au*')).toBe(true);
    expect(n('code:AuthFailure', 'code:Auth*')).toBe(true);
    expect(n('provider:aws', 'provider:aw')).toBe(true); // "aw" is no provider: the previous query ignored it
    expect(n('message:"not found"', 'message:not')).toBe(true);
  });

  it('fails when the query widens or changes meaning', () => {
    expect(n('T', 'Th')).toBe(false);
    expect(n('', 'T')).toBe(false);
    expect(n('code:Au', 'code:A')).toBe(false); // exact codes: Au does not imply A
    expect(n('-Th', '-T')).toBe(false); // not containing "th" lets through rows containing "t"
    expect(n('status:4xx', 'status:4')).toBe(false);
    expect(n('provider:aliyun', 'provider:aws')).toBe(false);
    expect(n('code:Auth*', 'Auth')).toBe(false); // text also searches messages and URLs
  });
});
