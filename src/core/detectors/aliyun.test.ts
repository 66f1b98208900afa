import { describe, expect, it } from 'vitest';
import { checkFixture } from '../../../fixtures/check.js';
import { loadFixtures } from '../../../fixtures/load.js';
import { providerHints } from '../evidence.js';
import type { HttpExchange } from '../exchange.js';
import { isNode } from '../parse/node.js';
import { detectAliyun } from './aliyun.js';

describe('aliyun detector', () => {
  it.each(loadFixtures('aliyun').map((f) => [f.name, f.fixture.description, f.fixture] as const))('%s: %s', (_name, _description, fixture) => {
    checkFixture(fixture);
  });
});

function exchange(over: Partial<HttpExchange>): HttpExchange {
  return {
    url: 'https://examplebucket.oss-cn-hangzhou.aliyuncs.com/photos/cat.jpg',
    method: 'HEAD',
    status: 404,
    requestHeaders: [],
    responseHeaders: [{ name: 'x-oss-request-id', value: '6556E3AED11E553933CCDEDF' }],
    responseBody: '',
    mimeType: 'application/xml',
    ...over,
  };
}

describe('Function Compute {ErrorCode, ErrorMessage}', () => {
  // aliyun/fc-python-sdk test_fc_error_code: invoking an unknown function fails with FunctionNotFound, id in X-Fc-Request-Id.
  // Not a fixture yet: detect.ts's JSON_KEYS pre-filter has no "ErrorCode"/"ErrorMessage", so such a body is rejected before parsing.
  const fc = exchange({
    url: 'https://1234567890123456.cn-shanghai.fc.aliyuncs.com/2016-08-15/services/demo/functions/undefine_function/invocations',
    method: 'POST',
    responseHeaders: [{ name: 'x-fc-request-id', value: '1b2c3d4e-5f60-4718-9a3b-4c5d6e7f8091' }],
    responseBody: '{"ErrorCode":"FunctionNotFound","ErrorMessage":"function \'undefine_function\' does not exist"}',
    mimeType: 'application/json',
  });
  const json = JSON.parse(fc.responseBody ?? '') as unknown;

  it('is claimed with the request id of x-fc-request-id', () => {
    const found = isNode(json) ? detectAliyun({ exchange: fc, hints: providerHints(fc), json }) : undefined;
    expect(found?.kind === 'error' && found.finding).toMatchObject({ code: 'FunctionNotFound', requestId: '1b2c3d4e-5f60-4718-9a3b-4c5d6e7f8091' });
  });

  it('needs an Alibaba host or the x-fc-request-id header', () => {
    const elsewhere = { ...fc, url: 'https://api.example.com/fn', responseHeaders: [] };
    expect(isNode(json) && detectAliyun({ exchange: elsewhere, hints: providerHints(elsewhere), json })).toBeUndefined();
  });
});
