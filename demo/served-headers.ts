import { REQUEST_ID_HEADERS } from '../src/core/evidence.js';
import type { DemoFixture } from './fixtures.js';

/** Headers that describe the original transfer, not the body the demo cloud sends. */
const HOP_HEADERS = /^(content-length|transfer-encoding|content-encoding|connection|keep-alive)$/i;

/** The header each provider returns its request id in, added when a fixture names an id but carries no such header. */
const REQUEST_ID_HEADER: Record<string, string> = {
  tencent: 'X-TC-RequestId',
  aliyun: 'x-acs-request-id',
  aws: 'x-amzn-RequestId',
  azure: 'x-ms-request-id',
  huawei: 'X-Request-Id',
  oci: 'opc-request-id',
};

/**
 * The response headers the demo cloud sends for a fixture: the fixture's own, plus what real provider
 * endpoints add on every answer. `Cache-Control: no-cache, no-store` (as AWS EC2 sends it) matters most:
 * Chromium withholds such a body from DevTools until the page reads it (README, "Bodies DevTools withholds"),
 * and the e2e suite must catch a capture that drops those calls. The tests analyse these same headers.
 */
export function servedHeaders({ fixture }: DemoFixture): Record<string, string> {
  const headers: Record<string, string> = {
    'Cache-Control': 'no-cache, no-store',
    Vary: 'Origin, Accept-Encoding',
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'Access-Control-Allow-Origin': '*',
  };
  const own = Object.keys(fixture.response.headers).map((name) => name.toLowerCase());
  const { provider, requestId } = fixture.expect;
  const hasIdHeader = REQUEST_ID_HEADERS.some((name) => own.includes(name.toLowerCase()));
  if (requestId && !hasIdHeader) headers[(provider && REQUEST_ID_HEADER[provider]) || 'x-request-id'] = requestId;
  for (const [name, value] of Object.entries(fixture.response.headers)) {
    if (HOP_HEADERS.test(name)) continue;
    // A fixture's own header wins over the default of the same name, whatever its case.
    for (const key of Object.keys(headers)) if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
    headers[name] = value;
  }
  headers['Access-Control-Expose-Headers'] = Object.keys(headers)
    .filter((name) => REQUEST_ID_HEADERS.some((id) => id.toLowerCase() === name.toLowerCase()))
    .join(', ');
  return headers;
}
