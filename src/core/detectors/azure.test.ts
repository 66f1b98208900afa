import { describe, expect, it } from 'vitest';
import { checkFixture } from '../../../fixtures/check.js';
import { loadFixtures } from '../../../fixtures/load.js';
import { detect } from '../detect.js';
import type { HttpExchange } from '../exchange.js';

describe('azure detector', () => {
  it.each(loadFixtures('azure').map((f) => [f.name, f.fixture.description, f.fixture] as const))('%s: %s', (_name, _description, fixture) => {
    checkFixture(fixture);
  });
});

const ARM = 'https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Compute/locations/westus/operations/op-1';

function exchange(status: number, body: string, headers: Record<string, string> = {}, mimeType = 'application/json'): HttpExchange {
  return {
    url: ARM,
    method: 'GET',
    status,
    requestHeaders: [],
    responseHeaders: Object.entries(headers).map(([name, value]) => ({ name, value })),
    responseBody: body,
    mimeType,
  };
}

/** The edges of the rules the fixtures show: what each gate lets through and what it keeps out. */
describe('azure rule edges', () => {
  const cases: Array<[string, HttpExchange, { kind: string; code?: string; message?: string; requestId?: string }]> = [
    [
      'an <Error> with only <Message> takes its code from x-ms-error-code when sent',
      exchange(409, '<Error><Message>The lease ID is missing.</Message></Error>', { 'x-ms-error-code': 'LeaseIdMissing' }, 'application/xml'),
      { kind: 'error', code: 'LeaseIdMissing', message: 'The lease ID is missing.' },
    ],
    [
      'an <Error> with only <Message> on a call that succeeded is no error',
      exchange(200, '<Error><Message>ok</Message></Error>', {}, 'application/xml'),
      { kind: 'none' },
    ],
    [
      'a {lang, value} message inside Resource Manager error reads as its first line, with the RequestId line as request id',
      exchange(
        404,
        JSON.stringify({
          error: {
            code: 'NotFound',
            message: { lang: 'en-US', value: 'Not here.\nRequestId:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\nTime:2024-01-01T00:00:00Z' },
          },
        }),
      ),
      { kind: 'error', code: 'NotFound', message: 'Not here.', requestId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' },
    ],
    [
      'x-ms-request-id wins over the RequestId line',
      exchange(
        409,
        JSON.stringify({
          'odata.error': { code: 'EntityAlreadyExists', message: { lang: 'en-US', value: 'Exists.\nRequestId:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa' } },
        }),
        {
          'x-ms-request-id': 'header-id',
        },
      ),
      { kind: 'error', code: 'EntityAlreadyExists', requestId: 'header-id' },
    ],
    [
      'an operation Succeeded with a null error code is a success',
      exchange(200, JSON.stringify({ status: 'Succeeded', error: { code: null, message: null } })),
      { kind: 'success' },
    ],
    [
      'an operation Succeeded that still names an error code stays an error',
      exchange(200, JSON.stringify({ status: 'Succeeded', error: { code: 'Conflict', message: 'half done' } })),
      { kind: 'error', code: 'Conflict' },
    ],
    [
      'an operation that Failed with a real code is an error',
      exchange(200, JSON.stringify({ status: 'Failed', error: { code: 'AllocationFailed', message: 'no capacity' } })),
      { kind: 'error', code: 'AllocationFailed' },
    ],
    [
      'a failed call is never made a success by a Succeeded status',
      exchange(500, JSON.stringify({ status: 'Succeeded', error: { code: 'None' } })),
      { kind: 'none' },
    ],
  ];

  it.each(cases)('%s', (_name, ex, want) => {
    const d = detect(ex);
    expect(d.kind, JSON.stringify(d)).toBe(want.kind);
    if (d.kind !== 'error') return;
    if (want.code) expect(d.finding.code).toBe(want.code);
    if (want.message) expect(d.finding.message).toBe(want.message);
    if (want.requestId) expect(d.finding.requestId).toBe(want.requestId);
  });
});
