import { describe, expect, it } from 'vitest';
import type { HttpExchange } from '../exchange.js';
import { shellQuote, toCurl } from './curl.js';

const post: HttpExchange = {
  url: 'https://cvm.tencentcloudapi.com/?X-Amz-Security-Token=tok123&Region=ap-guangzhou',
  method: 'POST',
  status: 200,
  requestHeaders: [
    { name: ':authority', value: 'cvm.tencentcloudapi.com' },
    { name: 'Authorization', value: 'TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2023, Signature=5da7a33f' },
    { name: 'Content-Type', value: 'application/json' },
    { name: 'Content-Length', value: '42' },
    { name: 'Cookie', value: 'session=abc123' },
    { name: 'X-TC-Token', value: 'tmp-token-1' },
    { name: 'X-TC-Action', value: 'DescribeInstances' },
  ],
  requestBody: '{"Limit":1,"SecretKey":"shh-its-secret","Note":"it\'s"}',
  responseHeaders: [],
  mimeType: 'application/json',
};

describe('toCurl', () => {
  it('redacts credentials, signatures, tokens and cookies, and keeps the rest of the call', () => {
    const cmd = toCurl(post);
    for (const secret of ['tok123', 'AKIDEXAMPLE', '5da7a33f', 'abc123', 'tmp-token-1', 'shh-its-secret']) expect(cmd).not.toContain(secret);
    expect(cmd).toBe(
      [
        "curl 'https://cvm.tencentcloudapi.com/?X-Amz-Security-Token=%5Bredacted%5D&Region=ap-guangzhou'",
        "-X 'POST'",
        "-H 'Authorization: TC3-HMAC-SHA256 [redacted]'",
        "-H 'Content-Type: application/json'",
        "-H 'Cookie: [redacted]'",
        "-H 'X-TC-Token: [redacted]'",
        "-H 'X-TC-Action: DescribeInstances'",
        `--data-raw '{"Limit":1,"SecretKey":"[redacted]","Note":"it'\\''s"}'`,
      ].join(' \\\n  '),
    );
  });

  it('leaves out -X for a GET without a body', () => {
    expect(toCurl({ ...post, method: 'GET', requestBody: undefined, requestHeaders: [] })).toBe(
      "curl 'https://cvm.tencentcloudapi.com/?X-Amz-Security-Token=%5Bredacted%5D&Region=ap-guangzhou'",
    );
  });

  it('quotes for a POSIX shell: nothing inside is expanded', () => {
    expect(shellQuote("$(rm -rf ~) `x` it's")).toBe("'$(rm -rf ~) `x` it'\\''s'");
  });
});
