import { describe, expect, it } from 'vitest';
import { fixtureToExchange } from '../../fixtures/fixture.js';
import { loadFixtures } from '../../fixtures/load.js';
import { detect, DETECTORS } from './detect.js';
import type { HttpExchange } from './exchange.js';
import { FAMILIES } from './provider.js';

function exchange(body: string | undefined, mimeType = 'application/json', url = 'https://cvm.tencentcloudapi.com/'): HttpExchange {
  return { url, method: 'POST', status: 200, requestHeaders: [], responseHeaders: [], responseBody: body, mimeType };
}

const tencentError = JSON.stringify({ Response: { Error: { Code: 'InternalError', Message: 'm' }, RequestId: 'r-1' } });

describe('hostile bodies never throw and never lose the reason', () => {
  const cases: Array<[string, HttpExchange, 'none' | 'skipped' | 'error', RegExp?]> = [
    ['truncated JSON envelope', exchange(tencentError.slice(0, 40)), 'skipped', /invalid JSON/],
    [
      'entity-expansion XML bomb',
      exchange(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><Error><Code>&lol2;</Code><RequestId>1</RequestId></Error>',
        'application/xml',
      ),
      'skipped',
      /DOCTYPE or ENTITY/,
    ],
    ['10,000-deep JSON nesting under an envelope key', exchange('{"Response":' + '{"a":'.repeat(10000) + '1' + '}'.repeat(10000) + '}'), 'none'],
    ['10,000-deep JSON array nesting', exchange('['.repeat(10000) + ']'.repeat(10000)), 'none'],
    ['10,000-deep XML nesting', exchange('<Response>' + '<a>'.repeat(10000) + '</a>'.repeat(10000) + '</Response>', 'text/xml'), 'skipped', /nested/i],
    ['5 MB envelope-looking body', exchange('{"Response":{"Data":"' + 'x'.repeat(5 * 1024 * 1024) + '"}}'), 'skipped', /exceeds the 1\.0 MB parse cap/],
    ['invalid UTF-8 decoded to U+FFFD', exchange('{"Response":{"Error":{"Code":"\uFFFD\uFFFD","Message":"\uFFFD"},"RequestId":"r"}}'), 'error'],
    ['binary junk with an XML-ish start', exchange('<\u0000\u0001\u0002Error>\u00ff', 'application/octet-stream'), 'none'],
    [
      'XML with __proto__ element',
      exchange('<Error><__proto__><Code>x</Code></__proto__><Code>X</Code><HostId>ecs.aliyuncs.com</HostId><RequestId>1</RequestId></Error>', 'text/xml'),
      'skipped',
      /invalid XML/,
    ],
    ['empty body', exchange(''), 'none'],
    ['missing body', exchange(undefined), 'none'],
    ['JSON null', exchange('null'), 'none'],
  ];
  it.each(cases)('%s', (_name, ex, kind, reason) => {
    const d = detect(ex);
    expect(d.kind).toBe(kind);
    if (reason && d.kind === 'skipped') expect(d.reason).toMatch(reason);
  });

  it('__proto__ keys in JSON neither pollute nor confuse the detector', () => {
    const body = '{"__proto__":{"polluted":true,"Code":"Evil"},"Response":{"__proto__":{"Error":{"Code":"Evil"}},"RequestId":"r-2"}}';
    const d = detect(exchange(body));
    expect(d.kind).toBe('success');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('cheap sniffing rejects non-envelopes before parsing', () => {
  it.each([
    ['image', exchange('{"Response":{}}', 'image/png')],
    ['script', exchange('{"Response":{}}', 'application/javascript')],
    ['HTML', exchange('<html><body>Error</body></html>', 'text/html')],
    ['JSON with none of the envelope keys', exchange('{"items":[1,2,3],"next":null}')],
    ['plain text', exchange('Internal Server Error', 'text/plain')],
  ])('%s', (_name, ex) => {
    expect(detect(ex)).toEqual({ kind: 'none' });
  });
});

describe('request id from response headers when the body has none', () => {
  it('Tencent API 2.0 error takes X-TC-RequestId', () => {
    const ex = exchange(JSON.stringify({ code: 4100, message: 'x', codeDesc: 'AuthFailure' }), 'application/json', 'https://cvm.api.qcloud.com/v2/index.php');
    ex.responseHeaders = [{ name: 'x-tc-requestid', value: 'hdr-42' }];
    const d = detect(ex);
    expect(d.kind === 'error' && d.finding.requestId).toBe('hdr-42');
    expect(d.kind === 'error' && d.finding.evidence.join()).toMatch(/X-TC-RequestId/);
  });
});

describe('registry', () => {
  it('every family has a detector and fixtures', () => {
    expect(DETECTORS.map((d) => d.family).sort()).toEqual([...FAMILIES].sort());
    const groups = new Set(loadFixtures().map((f) => f.group));
    for (const family of FAMILIES) expect(groups.has(family), family).toBe(true);
  });

  it('every fixture has a one-line description and a valid expectation', () => {
    for (const { name, fixture } of loadFixtures()) {
      expect(fixture.description, name).toMatch(/^[^\n]{10,200}$/);
      expect(['error', 'success', 'none', 'skipped'], name).toContain(fixture.expect.kind);
      expect(() => fixtureToExchange(fixture), name).not.toThrow();
    }
  });
});

describe('envelopes over the 1 MB parse cap are still reported', () => {
  it('a Tencent 3.0 error echoing a 3 MB parameter keeps code, provider and RequestId, with the message cut and its full length', () => {
    const echoed = 'A'.repeat(3 * 1024 * 1024);
    const body = JSON.stringify({ Response: { Error: { Code: 'InvalidParameterValue', Message: `bad value: ${echoed}` }, RequestId: 'big-1' } });
    const d = detect(exchange(body));
    if (d.kind !== 'error') throw new Error(JSON.stringify(d).slice(0, 200));
    expect(d.finding).toMatchObject({ provider: 'tencent', code: 'InvalidParameterValue', requestId: 'big-1' });
    expect(d.finding.message).toMatch(/^bad value: A+… \[cut: 3,145,739 characters in all\]$/);
    expect(d.finding.message!.length).toBeLessThan(5000);
    expect(d.finding.evidence.join('\n')).toMatch(/body of 3\.0 MB is over the 1\.0 MB parse cap: 1 string over 4,096 characters cut/);
  });

  it('an XML error with a huge message keeps its code and request id', () => {
    const body = `<?xml version="1.0"?><Error><Code>InvalidParameter</Code><Message>${'x'.repeat(2 * 1024 * 1024)}</Message><RequestId>r-x</RequestId><HostId>ecs.aliyuncs.com</HostId></Error>`;
    const d = detect(exchange(body, 'text/xml', 'https://ecs.aliyuncs.com/'));
    expect(d.kind === 'error' && [d.finding.provider, d.finding.code, d.finding.requestId]).toEqual(['aliyun', 'InvalidParameter', 'r-x']);
  });

  it('a big body of many small values is still skipped with the cap as its reason (nothing long to cut)', () => {
    const body = JSON.stringify({ Response: { RequestId: 'r', Items: Array.from({ length: 200_000 }, (_, i) => ({ Code: `c${i}` })) } });
    const d = detect(exchange(body));
    expect(d.kind === 'skipped' && d.reason).toMatch(/exceeds the 1\.0 MB parse cap/);
  });
});

describe('the body decides, not its content type', () => {
  const MIMES = ['application/json', 'text/html', 'text/plain', 'application/octet-stream', 'text/xml', ''];
  const corpus = loadFixtures().filter((f) => f.fixture.response.body.trim() !== '');

  it.each(MIMES)('no success or negative fixture becomes an error when served as %j', (mime) => {
    for (const { name, fixture } of corpus.filter((f) => f.fixture.expect.kind !== 'error')) {
      const d = detect({ ...fixtureToExchange(fixture), mimeType: mime });
      expect(d.kind, name).not.toBe('error');
    }
  });

  it.each(MIMES)('every error fixture with a body is still found when served as %j', (mime) => {
    for (const { name, fixture } of corpus.filter((f) => f.fixture.expect.kind === 'error')) {
      const d = detect({ ...fixtureToExchange(fixture), mimeType: mime });
      expect(d.kind, name).toBe('error');
    }
  });

  it('an HTML page is rejected by its root element, even when its text quotes an envelope', () => {
    const page = '<!DOCTYPE html><html><body><Error><Code>X</Code><HostId>ecs.aliyuncs.com</HostId></Error>{"Response":{"Error":{"Code":"X"}}}</body></html>';
    expect(detect(exchange(page, 'text/html', 'https://ecs.aliyuncs.com/')).kind).toBe('none');
  });
});

describe('a call whose status is unknown (0)', () => {
  // Firefox can hand over a finished request with its body but status 0 (firefox-esr 153, many calls at once), and
  // HAR files may lack the status. The body decides then, except where the code itself is made from the status.
  const NEEDS_STATUS = new Set([
    'azure/arm-webapi-json-method-not-allowed', // code "HTTP <status>"
    'azure/arm-webapi-xml-method-not-allowed',
    'gcp/message-only-code-from-http-status', // code mapped from the HTTP status
    'oci/server-error-message-without-code', // only a 5xx makes a code-less message an error
  ]);
  const errors = loadFixtures().filter((f) => f.fixture.expect.kind === 'error' && f.fixture.response.body.trim() !== '');

  it('is still an error for every error fixture with a body whose code does not come from the status', () => {
    const lost = errors.filter((f) => !NEEDS_STATUS.has(f.name) && detect({ ...fixtureToExchange(f.fixture), status: 0 }).kind !== 'error').map((f) => f.name);
    expect(lost).toEqual([]);
    for (const name of NEEDS_STATUS)
      expect(
        errors.some((f) => f.name === name),
        name,
      ).toBe(true);
  });
});
