import { describe, expect, it } from 'vitest';
import { checkFixture } from '../../../fixtures/check.js';
import { loadFixtures } from '../../../fixtures/load.js';
import { detect } from '../detect.js';
import type { HttpExchange } from '../exchange.js';
import { MAX_BODY_BYTES } from '../parse/limits.js';

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

const b64 = (text: string): string => btoa(text);

describe('Function Compute {ErrorCode, ErrorMessage}', () => {
  // aliyun/fc-python-sdk test_fc_error_code: invoking an unknown function fails with FunctionNotFound, id in X-Fc-Request-Id.
  const fc = exchange({
    url: 'https://1234567890123456.cn-shanghai.fc.aliyuncs.com/2016-08-15/services/demo/functions/undefine_function/invocations',
    method: 'POST',
    responseHeaders: [{ name: 'x-fc-request-id', value: '1b2c3d4e-5f60-4718-9a3b-4c5d6e7f8091' }],
    responseBody: '{"ErrorCode":"FunctionNotFound","ErrorMessage":"function \'undefine_function\' does not exist"}',
    mimeType: 'application/json',
  });

  it('is claimed with the request id of x-fc-request-id', () => {
    const found = detect(fc);
    expect(found.kind === 'error' && found.finding).toMatchObject({ code: 'FunctionNotFound', requestId: '1b2c3d4e-5f60-4718-9a3b-4c5d6e7f8091' });
  });

  it('needs an Alibaba host or the x-fc-request-id header', () => {
    const proxied = { ...fc, url: 'https://api.example.com/fn' };
    expect(detect(proxied)).toMatchObject({ kind: 'error', finding: { provider: 'aliyun', code: 'FunctionNotFound' } });
    expect(detect({ ...proxied, responseHeaders: [] }).kind).toBe('none');
  });
});

describe('OSS HEAD errors in x-oss-err', () => {
  const noSuchKey = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>';

  it('takes the request id from x-oss-request-id when the decoded document has none', () => {
    const found = detect(exchange({ responseHeaders: [...exchange({}).responseHeaders, { name: 'x-oss-err', value: b64(noSuchKey) }] }));
    expect(found.kind === 'error' && found.finding).toMatchObject({ code: 'NoSuchKey', requestId: '6556E3AED11E553933CCDEDF' });
  });

  it.each([
    ['a DOCTYPE, refused like in a body', b64('<?xml version="1.0"?><!DOCTYPE e [<!ENTITY x "y">]><Error><Code>&x;</Code></Error>'), 'DOCTYPE or ENTITY'],
    ['no XML', b64('{"Code":"NoSuchKey"}'), 'does not decode to XML'],
    ['XML that is not an <Error>', b64('<Response><Code>NoSuchKey</Code></Response>'), 'no <Error> with a <Code>'],
    ['more than the parse cap', 'A'.repeat(Math.ceil(MAX_BODY_BYTES / 3) * 4 + 4), 'exceeds the parse cap'],
  ])('falls back to the headers when it decodes to %s', (_what, value, reason) => {
    const found = detect(exchange({ responseHeaders: [...exchange({}).responseHeaders, { name: 'x-oss-err', value }] }));
    expect(found.kind === 'error' && found.finding.code).toBe('NotFound');
    expect(found.kind === 'error' && found.finding.evidence.join('\n')).toContain(reason);
  });

  it('names a HEAD that failed otherwise by its status', () => {
    const found = detect(exchange({ status: 403 }));
    expect(found.kind === 'error' && found.finding).toMatchObject({ code: 'HTTP 403', requestId: '6556E3AED11E553933CCDEDF' });
  });

  it('is not read when the response has a body, as the SDKs read it only for an empty one', () => {
    const withBody = exchange({ method: 'GET', responseBody: '{}', mimeType: 'application/json' });
    withBody.responseHeaders.push({ name: 'x-oss-err', value: b64(noSuchKey) });
    expect(detect(withBody).kind).toBe('none');
  });

  it('leaves a GET without body or x-oss-err as before', () => {
    expect(detect(exchange({ method: 'GET', responseHeaders: [...exchange({}).responseHeaders, { name: 'x-oss-ec', value: '0026-00000001' }] })).kind).toBe(
      'none',
    );
  });

  it('is not claimed when the host names another provider', () => {
    const aws = exchange({ url: 'https://bucket.s3.amazonaws.com/key', responseHeaders: [{ name: 'x-oss-err', value: b64(noSuchKey) }] });
    expect(detect(aws).kind).toBe('none');
  });

  it('does not turn a malformed x-oss-ec into a link', () => {
    const found = detect(exchange({ responseHeaders: [...exchange({}).responseHeaders, { name: 'x-oss-ec', value: 'javascript:alert(1)' }] }));
    expect(found.kind === 'error' && found.finding.docsUrl).toBeUndefined();
  });
});
