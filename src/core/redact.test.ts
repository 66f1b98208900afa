import { describe, expect, it } from 'vitest';
import { redactBody, redactHeaders, redactUrl, REDACTED } from './redact.js';

describe('redactHeaders', () => {
  it('keeps the Authorization scheme and drops the credential and signature', () => {
    const out = redactHeaders([
      { name: 'Authorization', value: 'TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2023-11-14/cvm/tc3_request, SignedHeaders=host, Signature=abc123' },
      { name: 'X-TC-Token', value: 'session-token' },
      { name: 'x-acs-security-token', value: 'sts-token' },
      { name: 'X-Amz-Security-Token', value: 'aws-token' },
      { name: 'Cookie', value: 'sid=1' },
      { name: 'X-TC-Action', value: 'DescribeInstances' },
    ]);
    expect(out).toEqual([
      { name: 'Authorization', value: `TC3-HMAC-SHA256 ${REDACTED}` },
      { name: 'X-TC-Token', value: REDACTED },
      { name: 'x-acs-security-token', value: REDACTED },
      { name: 'X-Amz-Security-Token', value: REDACTED },
      { name: 'Cookie', value: REDACTED },
      { name: 'X-TC-Action', value: 'DescribeInstances' },
    ]);
    expect(out.map((h) => h.value).join('\n')).not.toMatch(/AKIDEXAMPLE|abc123|token|sid=1/);
  });
});

describe('redactUrl', () => {
  it('redacts signatures, key ids and tokens, keeps signing method and the rest', () => {
    const url =
      'https://ecs.aliyuncs.com/?Action=RunInstances&AccessKeyId=LTAI5tEXAMPLE&SignatureMethod=HMAC-SHA1&Signature=OLeaidS1Jv%2BuX5qY%3D&SecurityToken=tok&RegionId=cn-hangzhou#frag';
    const out = redactUrl(url);
    expect(out).toBe(
      'https://ecs.aliyuncs.com/?Action=RunInstances&AccessKeyId=%5Bredacted%5D&SignatureMethod=HMAC-SHA1&Signature=%5Bredacted%5D&SecurityToken=%5Bredacted%5D&RegionId=cn-hangzhou#frag',
    );
  });

  it('redacts presigned S3 / SigV4 query credentials', () => {
    const out = redactUrl('https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F1&X-Amz-Signature=ff&X-Amz-Security-Token=t');
    expect(out).not.toMatch(/AKIA|=ff|=t(&|$)/);
    expect(out).toContain('X-Amz-Algorithm=AWS4-HMAC-SHA256');
  });

  it('leaves URLs without a query alone', () => {
    expect(redactUrl('https://example.com/a')).toBe('https://example.com/a');
    expect(redactUrl('https://example.com/a=1/b')).toBe('https://example.com/a=1/b');
  });

  it('redacts key=value secrets in a mangled URL that lost its "?" (found by fuzzing)', () => {
    const out = redactUrl('https://ecs.aliyuncessKey01&SignatureMethod=HMAC-SHA1&Timestamp=2023&Signature=OLeaidS1Jv%2BuX5qY%3D&AccessKeyId=LTAI5t');
    expect(out).toBe('https://ecs.aliyuncessKey01&SignatureMethod=HMAC-SHA1&Timestamp=2023&Signature=%5Bredacted%5D&AccessKeyId=%5Bredacted%5D');
  });
});

describe('redactBody', () => {
  it('redacts form bodies by parameter name', () => {
    expect(redactBody('Action=X&AWSAccessKeyId=AKIA1&Signature=s%3D', 'application/x-www-form-urlencoded')).toBe(
      'Action=X&AWSAccessKeyId=%5Bredacted%5D&Signature=%5Bredacted%5D',
    );
  });

  it('redacts JSON keys at any depth', () => {
    const out = redactBody('{"SecretId":"AKID1","Filters":[{"Name":"zone","Token":"t"}],"password":"p","n":1}', 'application/json');
    expect(JSON.parse(out)).toEqual({ SecretId: REDACTED, Filters: [{ Name: 'zone', Token: REDACTED }], password: REDACTED, n: 1 });
  });

  it('redacts secret-looking pairs in text it cannot parse', () => {
    const out = redactBody('{"SecretKey":"abc", broken', 'application/json');
    expect(out).not.toContain('abc');
  });
});
