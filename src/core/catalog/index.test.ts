import { describe, expect, it } from 'vitest';
import { similarCodes } from './index.js';

describe('similarCodes: suggestions for a code typed by hand', () => {
  it.each([
    ['another case', 'nosuchkey', undefined, ['NoSuchKey aliyun', 'NoSuchKey aws']],
    ['a typo', 'RequestLimitExceded', undefined, ['RequestLimitExceeded aws', 'RequestLimitExceeded tencent']],
    ['within one provider', 'throttlng', 'aliyun', ['Throttling aliyun']],
    ['a dotted code', 'authfailure.signatureexpire', 'tencent', ['AuthFailure.SignatureExpire tencent']],
    ['nothing close', 'Zzzzzz', undefined, []],
  ] as const)('%s: %s', (_name, code, provider, expected) => {
    expect(
      similarCodes(code, provider)
        .map((e) => `${e.code} ${e.provider}`)
        .slice(0, expected.length),
    ).toEqual(expected);
    if (expected.length === 0) expect(similarCodes(code, provider)).toEqual([]);
  });

  it('lists the nearest first and at most five', () => {
    const found = similarCodes('InvalidParameter');
    expect(found.length).toBeLessThanOrEqual(5);
    expect(found[0]?.code).toBe('InvalidParameter');
  });
});
