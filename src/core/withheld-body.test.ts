import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import type { HttpExchange } from './exchange.js';
import { BODY_WITHHELD_NOTE, detectWithheldBody } from './withheld-body.js';

function withheld(
  status: number,
  responseHeaders: Record<string, string>,
  url = 'http://127.0.0.1:8080/',
  requestHeaders: Record<string, string> = {},
): HttpExchange {
  const list = (h: Record<string, string>) => Object.entries(h).map(([name, value]) => ({ name, value }));
  return {
    url,
    method: 'POST',
    status,
    requestHeaders: list(requestHeaders),
    responseHeaders: list(responseHeaders),
    mimeType: 'text/xml',
    bodyWithheld: true,
  };
}

describe('detectWithheldBody: a failed call whose body DevTools never handed over', () => {
  it('lists an EC2 403 from its x-amzn-RequestId header, with the status as code and the note', () => {
    const d = detectWithheldBody(withheld(403, { 'x-amzn-RequestId': 'req-1', 'Cache-Control': 'no-cache, no-store' }));
    expect(d).toMatchObject({ kind: 'error', finding: { provider: 'aws', code: 'HTTP 403', message: BODY_WITHHELD_NOTE, requestId: 'req-1' } });
    if (d.kind === 'error') expect(d.finding.evidence).toContain('request id from response header x-amzn-RequestId');
  });

  it('takes the provider from the host and the id from a generic x-request-id header', () => {
    const d = detectWithheldBody(withheld(500, { 'x-request-id': 'abc' }, 'https://ecs.myhuaweicloud.com/v1/servers'));
    expect(d).toMatchObject({ kind: 'error', finding: { provider: 'huawei', code: 'HTTP 500', requestId: 'abc' } });
  });

  it('keeps the code a header names (x-amzn-ErrorType) and adds the note', () => {
    const d = detectWithheldBody(withheld(400, { 'x-amzn-ErrorType': 'ValidationException:http://internal', 'x-amzn-RequestId': 'r2' }));
    expect(d).toMatchObject({ kind: 'error', finding: { provider: 'aws', code: 'ValidationException', requestId: 'r2', message: BODY_WITHHELD_NOTE } });
  });

  it.each([
    ['a success', withheld(200, { 'x-amzn-RequestId': 'r' })],
    ['no provider evidence', withheld(403, { 'x-request-id': 'r' })],
    ['no request-id header', withheld(403, {}, 'https://ec2.us-east-1.amazonaws.com/')],
  ])('lists nothing for %s', (_name, exchange) => {
    expect(detectWithheldBody(exchange)).toEqual({ kind: 'none' });
  });

  it('is what analyze() runs for an exchange marked bodyWithheld, and only then', () => {
    const exchange = withheld(403, { 'x-amzn-RequestId': 'req-1' });
    expect(analyze(exchange).detection.kind).toBe('error');
    expect(analyze({ ...exchange, bodyWithheld: false }).detection.kind).toBe('none');
  });
});
