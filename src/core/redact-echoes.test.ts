import { describe, expect, it } from 'vitest';
import type { HttpExchange } from './exchange.js';
import { redactEchoes, requestSecrets } from './redact-echoes.js';

function exchange(over: Partial<HttpExchange>): HttpExchange {
  return { url: 'https://ecs.aliyuncs.com/', method: 'GET', status: 400, requestHeaders: [], responseHeaders: [], mimeType: 'application/json', ...over };
}

describe('secrets a provider echoes back', () => {
  it("Alibaba's SignatureDoesNotMatch quotes the string-to-sign with the AccessKeyId from the query", () => {
    const ex = exchange({
      url: 'https://ecs.aliyuncs.com/?AccessKeyId=LTAI5tExampleAccessKey01&Action=DescribeRegions&Signature=Z3Vlc3M%3D&SignatureMethod=HMAC-SHA1&SignatureNonce=4d1f0c3a-8e7b',
    });
    const message =
      'Specified signature is not matched with our calculation. server string to sign is:GET&%2F&AccessKeyId%3DLTAI5tExampleAccessKey01%26Action%3DDescribeRegions';
    const secrets = requestSecrets(ex);
    expect(secrets).toContain('LTAI5tExampleAccessKey01');
    expect(redactEchoes(message, secrets)).toBe(
      'Specified signature is not matched with our calculation. server string to sign is:GET&%2F&AccessKeyId%3D[redacted]%26Action%3DDescribeRegions',
    );
  });

  it('takes key ids and signatures out of Authorization (SigV4 scope, ACS3, OSS v1), not the scheme or the signed header names', () => {
    const secrets = requestSecrets(
      exchange({
        requestHeaders: [
          {
            name: 'Authorization',
            value:
              'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20231114/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024',
          },
          { name: 'x-amz-security-token', value: 'FwoGZXIvYXdzEXAMPLETOKEN' },
          { name: 'Content-Type', value: 'application/x-www-form-urlencoded; charset=utf-8' },
        ],
      }),
    );
    expect(secrets).toEqual(
      expect.arrayContaining(['AKIAIOSFODNN7EXAMPLE', 'fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024', 'FwoGZXIvYXdzEXAMPLETOKEN']),
    );
    expect(secrets.join(' ')).not.toMatch(/AWS4-HMAC-SHA256|SignedHeaders|application/);
    expect(
      requestSecrets(exchange({ requestHeaders: [{ name: 'Authorization', value: 'OSS LTAI5tExampleAccessKey01:kZoYNv66bsmc10+dcGKw5x2PRrk=' }] })),
    ).toEqual(expect.arrayContaining(['LTAI5tExampleAccessKey01', 'kZoYNv66bsmc10+dcGKw5x2PRrk=']));
  });

  it('leaves text alone when the request carries no secret, and ignores short values', () => {
    expect(requestSecrets(exchange({ url: 'https://a/?Signature=abc&Action=X' }))).toEqual([]);
    expect(redactEchoes('nothing to hide', [])).toBe('nothing to hide');
  });
});
