import { describe, expect, it } from 'vitest';
import { QUERY_KEYS } from './keys.js';
import type { QueryRow } from './match-query.js';
import { parseQuery } from './parse-query.js';
import { suggest } from './suggest.js';

function row(over: Partial<QueryRow>): QueryRow {
  return { provider: 'aliyun', url: 'https://ecs.aliyuncs.com/', host: 'ecs.aliyuncs.com', status: 400, ...over };
}

const ROWS: QueryRow[] = [
  ...Array.from({ length: 12 }, (_, i) =>
    row({ code: i < 8 ? 'Throttling.User' : 'InvalidParameter', category: i < 8 ? 'quota-throttling' : 'parameter', retryable: i < 8 }),
  ),
  ...Array.from({ length: 3 }, () =>
    row({ provider: 'tencent', code: 'AuthFailure.SignatureExpire', host: 'cvm.tencentcloudapi.com', status: 200, message: 'signature expired' }),
  ),
  row({ provider: 'aws', code: 'AuthFailure', host: 'ec2.us-east-1.amazonaws.com', status: 401, message: 'not authorised' }),
];

/** The query with the suggestion applied, as the panel would do it. */
function apply(text: string, s: { insert: string; start: number; end: number }): string {
  return text.slice(0, s.start) + s.insert + text.slice(s.end);
}

describe('suggest: keys', () => {
  it('offers every key on an empty box and after a space', () => {
    expect(suggest('', 0, ROWS).map((s) => s.label)).toEqual(QUERY_KEYS.map((k) => `${k}:`));
    expect(suggest('provider:aws ', 13, ROWS)).toHaveLength(QUERY_KEYS.length);
    expect(suggest('provider:aws ', 13, ROWS)[0]).toMatchObject({ kind: 'key', insert: 'provider:', start: 13, end: 13 });
  });

  it('offers the keys starting with what was typed, replacing the word', () => {
    const s = suggest('pr', 2, ROWS);
    expect(s).toEqual([{ kind: 'key', label: 'provider:', insert: 'provider:', start: 0, end: 2, detail: expect.any(String) }]);
    expect(suggest('re', 2, ROWS).map((x) => x.label)).toEqual(['retryable:', 'requestid:', 'region:']);
    expect(apply('-pr code:X', suggest('-pr code:X', 3, ROWS)[0]!)).toBe('-provider: code:X');
  });

  it('completes a key under the cursor without eating its value', () => {
    const text = 'prov:aws';
    const [s] = suggest(text, 2, ROWS);
    expect(s).toMatchObject({ label: 'provider:', start: 0, end: 5 });
    expect(apply(text, s!)).toBe('provider:aws');
  });

  it('offers nothing for a regex, quoted text or a word no key starts with', () => {
    expect(suggest('/abc', 3, ROWS)).toEqual([]);
    expect(suggest('"pro', 4, ROWS)).toEqual([]);
    expect(suggest('timeout', 7, ROWS)).toEqual([]);
  });
});

describe('suggest: values present in the rows, with counts', () => {
  it('provider: lists providers by count', () => {
    const s = suggest('provider:', 9, ROWS);
    expect(s.map((x) => [x.label, x.count])).toEqual([
      ['aliyun', 12],
      ['tencent', 3],
      ['aws', 1],
    ]);
    expect(s[0]).toMatchObject({ kind: 'value', insert: 'aliyun', start: 9, end: 9, detail: 'Alibaba Cloud' });
  });

  it('narrows by what was typed after the colon and replaces the value', () => {
    const text = 'status:4xx code:Auth';
    const s = suggest(text, text.length, ROWS);
    expect(s.map((x) => [x.label, x.count])).toEqual([
      ['AuthFailure.SignatureExpire', 3],
      ['AuthFailure', 1],
    ]);
    expect(apply(text, s[0]!)).toBe('status:4xx code:AuthFailure.SignatureExpire');
  });

  it('works after a minus and with the cursor inside the value', () => {
    const text = '-code:Thr provider:aliyun';
    const s = suggest(text, 9, ROWS);
    expect(s.map((x) => x.label)).toEqual(['Throttling.User']);
    expect(apply(text, s[0]!)).toBe('-code:Throttling.User provider:aliyun');
  });

  it('completes the value under the cursor in a comma list, keeping the others', () => {
    const text = 'provider:aliyun,te';
    const s = suggest(text, text.length, ROWS);
    expect(s.map((x) => x.label)).toEqual(['tencent']);
    expect(apply(text, s[0]!)).toBe('provider:aliyun,tencent');
    const middle = 'code:Thr,AuthFailure status:4xx';
    const m = suggest(middle, 8, ROWS);
    expect(m.map((x) => x.label)).toEqual(['Throttling.User']);
    expect(apply(middle, m[0]!)).toBe('code:Throttling.User,AuthFailure status:4xx');
  });

  it('suggests status, category, retryable and host values', () => {
    expect(suggest('status:', 7, ROWS).map((x) => [x.label, x.count])).toEqual([
      ['400', 12],
      ['200', 3],
      ['401', 1],
    ]);
    expect(suggest('category:', 9, ROWS).map((x) => [x.label, x.count, x.detail])).toEqual([
      ['quota-throttling', 8, 'quota and throttling'],
      ['parameter', 4, 'parameter'],
    ]);
    expect(suggest('retryable:', 10, ROWS).map((x) => [x.label, x.count])).toEqual([
      ['yes', 8],
      ['no', 4],
    ]);
    expect(suggest('host:amazon', 11, ROWS).map((x) => x.label)).toEqual(['ec2.us-east-1.amazonaws.com']);
  });

  it('quotes values with spaces so that they parse back as one value', () => {
    const text = 'message:sig';
    const [s] = suggest(text, text.length, ROWS);
    expect(s).toMatchObject({ label: 'signature expired', insert: '"signature expired"', count: 3 });
    const applied = apply(text, s!);
    expect(parseQuery(applied).terms).toMatchObject([{ key: 'message', value: 'signature expired' }]);
  });

  it('caps the list and knows nothing about an unknown key', () => {
    const many = Array.from({ length: 100 }, (_, i) => row({ requestId: `req-${i}` }));
    expect(suggest('requestid:req', 13, many)).toHaveLength(20);
    expect(suggest('requestid:req', 13, many, 5)).toHaveLength(5);
    expect(suggest('nope:', 5, ROWS)).toEqual([]);
    expect(suggest('region:', 7, ROWS)).toEqual([]);
  });
});
