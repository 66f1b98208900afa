import { describe, expect, it } from 'vitest';
import { fixtureToExchange } from '../../../fixtures/fixture.js';
import { loadFixtures } from '../../../fixtures/load.js';
import { analyze } from '../analyze.js';
import type { HttpExchange } from '../exchange.js';
import { supportBlock, supportBlocks, utcTime } from './support-block.js';

const exchangeOf = (name: string, at = '2026-11-23T08:00:00.120Z'): HttpExchange => fixtureToExchange(loadFixtures().find((f) => f.name === name)!.fixture, at);
/** Values present in the fixtures' requests that must never reach a ticket. */
const SECRETS = ['LTAI5tExampleAccessKey01', 'OLeaidS1', 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', '5da7a33f6993f0614b047e5df4582db'];

describe('supportBlock', () => {
  it('gives provider, service and action, region, endpoint, UTC time, status, code, message, RequestId and HostId', () => {
    const ex = exchangeOf('aliyun/rpc-json-recommend');
    expect(supportBlock(ex, analyze(ex))).toBe(
      [
        '### Alibaba Cloud · ecs DeleteInstance · Forbidden.RAM',
        '- **Provider:** Alibaba Cloud',
        '- **Service:** ecs',
        '- **Action:** DeleteInstance',
        '- **Region:** cn-hangzhou',
        '- **Endpoint:** ecs.aliyuncs.com',
        '- **Time (UTC):** 2026-11-23 08:00:00.120 UTC',
        '- **HTTP status:** 403',
        '- **Code:** Forbidden.RAM',
        "- **Message:** User not authorized to operate on the specified resource, or this API doesn't support RAM.",
        '- **RequestId:** 7A3B2C1D-0E9F-4A8B-9C7D-6E5F4A3B2C10',
        '- **HostId:** ecs.cn-hangzhou.aliyuncs.com',
      ].join('\n'),
    );
  });

  it('never copies a secret from the request (query signature, access key, Authorization header)', () => {
    for (const name of ['aliyun/rpc-json-recommend', 'tencent/error-signature-expire-http200']) {
      const ex = exchangeOf(name);
      const block = supportBlock(ex, analyze(ex));
      for (const secret of SECRETS) expect(block).not.toContain(secret);
    }
  });

  it('adds x-amz-id-2 from the response headers and keeps a multi-line message on one line', () => {
    const ex: HttpExchange = {
      url: 'https://examplebucket.s3.us-east-1.amazonaws.com/missing.txt',
      method: 'GET',
      status: 404,
      requestHeaders: [{ name: 'Authorization', value: 'AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/x, Signature=deadbeef' }],
      responseHeaders: [
        { name: 'Content-Type', value: 'application/xml' },
        { name: 'x-amz-id-2', value: 'ef8yU9AS1ed4OpIszj7UDNEHGran' },
      ],
      responseBody:
        '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>The key\n- **RequestId:** forged</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>',
      mimeType: 'application/xml',
    };
    const block = supportBlock(ex, analyze(ex));
    expect(block).toMatch(/^- \*\*(HostId \()?x-amz-id-2\)?:\*\* ef8yU9AS1ed4OpIszj7UDNEHGran$/m);
    expect(block.match(/ef8yU9AS1ed4OpIszj7UDNEHGran/g)).toHaveLength(1);
    expect(block).toContain('- **Message:** The key - **RequestId:** forged');
    expect(block.split('\n').filter((l) => l.startsWith('- **RequestId:**'))).toHaveLength(1);
    expect(block).not.toContain('deadbeef');
    expect(block).not.toContain('Time (UTC)');
  });

  it('joins several calls with a blank line', () => {
    const a = exchangeOf('aliyun/rpc-json-recommend');
    const b = exchangeOf('tencent/error-signature-expire-http200');
    const text = supportBlocks([a, b].map((exchange) => ({ exchange, analysis: analyze(exchange) })));
    expect(text.split('\n\n')).toHaveLength(2);
    expect(text).toContain('### Tencent Cloud');
  });

  it('formats times in UTC and leaves unknown ones out', () => {
    expect(utcTime('2026-11-23T10:00:00.000+02:00')).toBe('2026-11-23 08:00:00.000 UTC');
    expect(utcTime('not a time')).toBeUndefined();
    expect(utcTime(undefined)).toBeUndefined();
  });
});
