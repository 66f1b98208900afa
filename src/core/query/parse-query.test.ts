import { describe, expect, it } from 'vitest';
import { invalidTerms, MAX_REGEX_SOURCE, parseQuery, type QueryTerm } from './parse-query.js';

/** A term without the bookkeeping, for readable tables. */
function shape(t: QueryTerm): Record<string, unknown> {
  switch (t.kind) {
    case 'text':
      return { kind: t.kind, negated: t.negated, value: t.value };
    case 'field':
      return { kind: t.kind, negated: t.negated, key: t.key, test: t.test };
    case 'regex':
      return { kind: t.kind, negated: t.negated, source: t.source, flags: t.flags };
  }
}

const valid: Array<[string, string, Record<string, unknown>]> = [
  ['free text', 'timeout', { kind: 'text', negated: false, value: 'timeout' }],
  ['quoted free text keeps its space', '"two words"', { kind: 'text', negated: false, value: 'two words' }],
  ['a pasted URL is text, not a key', 'https://ecs.aliyuncs.com/?Action=X', { kind: 'text', value: 'https://ecs.aliyuncs.com/?Action=X' }],
  ['a time is text', '08:00', { kind: 'text', value: '08:00' }],
  ['provider', 'provider:aliyun', { kind: 'field', key: 'provider', test: { op: 'equals', value: 'aliyun' } }],
  ['provider is case-insensitive', 'Provider:AWS', { kind: 'field', key: 'provider', test: { op: 'equals', value: 'aws' } }],
  ['provider by another name', 'provider:alibaba', { kind: 'field', key: 'provider', test: { op: 'equals', value: 'aliyun' } }],
  ['provider by its label', 'provider:"Tencent Cloud"', { kind: 'field', key: 'provider', test: { op: 'equals', value: 'tencent' } }],
  ['code exact, lower-cased', 'code:Throttling', { kind: 'field', key: 'code', test: { op: 'equals', value: 'throttling' } }],
  ['code prefix', 'code:AuthFailure*', { kind: 'field', key: 'code', test: { op: 'prefix', value: 'authfailure' } }],
  ['status exact', 'status:500', { kind: 'field', key: 'status', test: { op: 'range', min: 500, max: 500 } }],
  ['status >=', 'status:>=500', { kind: 'field', key: 'status', test: { op: 'range', min: 500, max: 999 } }],
  ['status >', 'status:>399', { kind: 'field', key: 'status', test: { op: 'range', min: 400, max: 999 } }],
  ['status <', 'status:<400', { kind: 'field', key: 'status', test: { op: 'range', min: 0, max: 399 } }],
  ['status <=', 'status:<=499', { kind: 'field', key: 'status', test: { op: 'range', min: 0, max: 499 } }],
  ['status class 4xx', 'status:4xx', { kind: 'field', key: 'status', test: { op: 'range', min: 400, max: 499 } }],
  ['status class 5XX', 'status:5XX', { kind: 'field', key: 'status', test: { op: 'range', min: 500, max: 599 } }],
  ['status range', 'status:400-499', { kind: 'field', key: 'status', test: { op: 'range', min: 400, max: 499 } }],
  ['status 0 (no response)', 'status:0', { kind: 'field', key: 'status', test: { op: 'range', min: 0, max: 0 } }],
  ['category by name', 'category:quota-throttling', { kind: 'field', key: 'category', test: { op: 'equals', value: 'quota-throttling' } }],
  ['category throttling', 'category:throttling', { kind: 'field', key: 'category', test: { op: 'equals', value: 'quota-throttling' } }],
  ['category auth', 'category:auth', { kind: 'field', key: 'category', test: { op: 'equals', value: 'authentication' } }],
  ['category clock', 'category:clock', { kind: 'field', key: 'category', test: { op: 'equals', value: 'signature-clock' } }],
  ['category signature', 'category:signature', { kind: 'field', key: 'category', test: { op: 'equals', value: 'signature-clock' } }],
  ['category notfound', 'category:notfound', { kind: 'field', key: 'category', test: { op: 'equals', value: 'not-found' } }],
  ['category not-found', 'category:not-found', { kind: 'field', key: 'category', test: { op: 'equals', value: 'not-found' } }],
  ['category by its label', 'category:"signature and clock"', { kind: 'field', key: 'category', test: { op: 'equals', value: 'signature-clock' } }],
  ['retryable yes', 'retryable:yes', { kind: 'field', key: 'retryable', test: { op: 'is', value: true } }],
  ['retryable true', 'retryable:true', { kind: 'field', key: 'retryable', test: { op: 'is', value: true } }],
  ['retryable no', 'retryable:no', { kind: 'field', key: 'retryable', test: { op: 'is', value: false } }],
  ['retryable false', 'retryable:FALSE', { kind: 'field', key: 'retryable', test: { op: 'is', value: false } }],
  ['action exact', 'action:DescribeInstances', { kind: 'field', key: 'action', test: { op: 'equals', value: 'describeinstances' } }],
  ['action prefix', 'action:Describe*', { kind: 'field', key: 'action', test: { op: 'prefix', value: 'describe' } }],
  ['host suffix', 'host:aliyuncs.com', { kind: 'field', key: 'host', test: { op: 'host', value: 'aliyuncs.com' } }],
  ['host with a leading *.', 'host:*.aliyuncs.com', { kind: 'field', key: 'host', test: { op: 'host', value: 'aliyuncs.com' } }],
  ['requestid substring', 'requestid:6F3E', { kind: 'field', key: 'requestid', test: { op: 'contains', value: '6f3e' } }],
  ['request-id alias', 'request-id:6f3e', { kind: 'field', key: 'requestid', test: { op: 'contains', value: '6f3e' } }],
  ['region', 'region:cn-hangzhou', { kind: 'field', key: 'region', test: { op: 'equals', value: 'cn-hangzhou' } }],
  ['quoted message', 'message:"not found"', { kind: 'field', key: 'message', test: { op: 'contains', value: 'not found' } }],
  ['escaped quote inside quotes', 'message:"say \\"hi\\""', { kind: 'field', key: 'message', test: { op: 'contains', value: 'say "hi"' } }],
  ['an unclosed quote runs to the end', 'message:"not fou', { kind: 'field', key: 'message', test: { op: 'contains', value: 'not fou' } }],
  ['negated field', '-code:Throttling*', { kind: 'field', negated: true, key: 'code', test: { op: 'prefix', value: 'throttling' } }],
  ['negated text', '-timeout', { kind: 'text', negated: true, value: 'timeout' }],
  [
    'provider list',
    'provider:aws,gcp',
    {
      kind: 'field',
      key: 'provider',
      test: {
        op: 'any',
        tests: [
          { op: 'equals', value: 'aws' },
          { op: 'equals', value: 'gcp' },
        ],
      },
    },
  ],
  [
    'status list mixes forms',
    'status:429,5xx',
    {
      kind: 'field',
      key: 'status',
      test: {
        op: 'any',
        tests: [
          { op: 'range', min: 429, max: 429 },
          { op: 'range', min: 500, max: 599 },
        ],
      },
    },
  ],
  ['a list being typed', 'code:Throttling*,', { kind: 'field', key: 'code', test: { op: 'prefix', value: 'throttling' } }],
  ['a message keeps its comma', 'message:"a, b"', { kind: 'field', key: 'message', test: { op: 'contains', value: 'a, b' } }],
  ['negated quoted text', '-"two words"', { kind: 'text', negated: true, value: 'two words' }],
  ['regex', '/^Auth/', { kind: 'regex', negated: false, source: '^Auth', flags: '' }],
  ['regex with the i flag', '/not ?found/i', { kind: 'regex', source: 'not ?found', flags: 'i' }],
  ['regex may hold spaces and a slash in a class', '/a b[/]c/', { kind: 'regex', source: 'a b[/]c', flags: '' }],
  ['regex with an escaped slash', '/a\\/b/', { kind: 'regex', source: 'a\\/b', flags: '' }],
  ['negated regex', '-/^Invalid/i', { kind: 'regex', negated: true, source: '^Invalid', flags: 'i' }],
  ['a fixed repeat inside a repeated group is fine', '/(\\d{2}-)+/', { kind: 'regex', source: '(\\d{2}-)+' }],
];

const invalid: Array<[string, string, RegExp]> = [
  ['unknown key with a suggestion', 'provder:aws', /unknown key "provder" — did you mean "provider"\?/],
  ['unknown key, nothing close', 'zzzzzz:1', /unknown key "zzzzzz" \(keys: provider, code/],
  ['empty value', 'code:', /empty value/],
  ['empty quoted value', 'message:""', /empty value/],
  ['empty quoted text', '""', /empty value/],
  ['a lone minus', '-', /nothing after "-"/],
  ['unknown provider with a suggestion', 'provider:aliyn', /unknown provider "aliyn" — did you mean "aliyun"\?/],
  ['unknown provider, nothing close', 'provider:qqqqqq', /unknown provider "qqqqqq" \(one of tencent, aliyun/],
  ['unknown category with a suggestion', 'category:throtling', /unknown category "throtling" — did you mean "quota-throttling"\?/],
  ['unknown category, nothing close', 'category:zzzzzz', /unknown category "zzzzzz" \(one of authentication/],
  ['bad status word', 'status:abc', /bad status "abc"/],
  ['bad status range', 'status:500-400', /bad status "500-400"/],
  ['bad status operator', 'status:=>500', /bad status/],
  ['status too long', 'status:5000', /bad status/],
  ['status below zero', 'status:<0', /bad status/],
  ['a bad value in a list names it', 'provider:aws,aliyn', /unknown provider "aliyn" — did you mean "aliyun"\?/],
  ['a list of nothing', 'status:,', /empty value/],
  ['bad retryable', 'retryable:maybe', /retryable takes yes or no/],
  ['unbalanced regex', '/(abc/', /bad regex: Unterminated group/],
  ['unterminated regex', '/abc', /unterminated regex/],
  ['empty regex', '//', /empty regex/],
  ['unsupported regex flag', '/abc/g', /unsupported regex flag "g"/],
  ['repeated regex flag', '/abc/ii', /regex flag "i" given twice/],
  ['catastrophic regex', '/(a+)+$/', /nested quantifier/],
  ['catastrophic regex with braces', '/(x{2,})*/', /nested quantifier/],
  ['catastrophic regex, nested groups', '/((ab)*c)+/', /nested quantifier/],
  ['regex too long', `/${'a'.repeat(MAX_REGEX_SOURCE + 1)}/`, /regex too long/],
];

describe('parseQuery: valid terms', () => {
  it.each(valid)('%s: %s', (_name, text, expected) => {
    const q = parseQuery(text);
    expect(q.terms).toHaveLength(1);
    const [term] = q.terms as [QueryTerm];
    expect(term.reason).toBeUndefined();
    expect(shape(term)).toMatchObject(expected);
    expect(term).toMatchObject({ start: 0, end: text.length, raw: text });
  });
});

describe('parseQuery: invalid terms carry a reason', () => {
  it.each(invalid)('%s: %s', (_name, text, reason) => {
    const q = parseQuery(text);
    expect(q.terms).toHaveLength(1);
    expect(q.terms[0]?.reason).toMatch(reason);
    expect(invalidTerms(q)).toHaveLength(1);
  });
});

describe('parseQuery: several terms', () => {
  it('splits on whitespace and records each span', () => {
    const text = '  provider:aws   -code:Throttling*\tmessage:"rate exceeded" /x/i ';
    const q = parseQuery(text);
    expect(q.terms.map((t) => [t.start, t.end, text.slice(t.start, t.end)])).toEqual([
      [2, 14, 'provider:aws'],
      [17, 34, '-code:Throttling*'],
      [35, 58, 'message:"rate exceeded"'],
      [59, 63, '/x/i'],
    ]);
    expect(invalidTerms(q)).toEqual([]);
  });

  it('keeps the good terms beside a bad one', () => {
    const q = parseQuery('provider:aws status:abc code:X');
    expect(q.terms.map((t) => t.reason === undefined)).toEqual([true, false, true]);
    expect(q.terms[1]).toMatchObject({ start: 13, end: 23, raw: 'status:abc' });
  });

  it('an empty or blank query has no terms', () => {
    expect(parseQuery('').terms).toEqual([]);
    expect(parseQuery(' \t\n ').terms).toEqual([]);
  });

  it('never throws, whatever it is given', () => {
    const nasty = ['"', '-"', '/', '-/', ':', 'a:', '::', '/[/', '/\\', '"\\', 'key:"a\\', '/(?<n>x)\\k<m>/', '\u0000:\u0000', '-'.repeat(50), '/'.repeat(51)];
    for (const text of nasty) expect(() => parseQuery(text), text).not.toThrow();
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 12 }, () => '-/:"\\ ab*()[]{}+x5<>='[Math.floor(Math.random() * 22)]).join('');
      const q = parseQuery(text);
      for (const t of q.terms) expect(t.end, text).toBeGreaterThan(t.start);
    }
  });
});
