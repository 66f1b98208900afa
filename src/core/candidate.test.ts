import { describe, expect, it } from 'vitest';
import { candidateVerdict, MAX_SCAN_BYTES } from './candidate.js';

describe('candidateVerdict', () => {
  it.each([
    ['an image', { url: 'https://a/x', mimeType: 'image/png' }],
    ['a script', { url: 'https://a/app', mimeType: 'application/javascript' }],
    ['a font', { url: 'https://a/f', mimeType: 'font/woff2' }],
    ['a stylesheet whose mime is generic', { url: 'https://a/site.css?v=3', mimeType: 'text/plain', status: 200 }],
    [
      'a successful image download labelled octet-stream',
      { url: 'https://b.cos.ap-beijing.myqcloud.com/logo.png', mimeType: 'application/octet-stream', status: 200 },
    ],
    ['a body past the scan limit', { url: 'https://a/x', mimeType: 'application/json', size: MAX_SCAN_BYTES + 1 }],
  ])('rejects %s without reading it', (_name, meta) => {
    expect(candidateVerdict(meta).candidate).toBe(false);
  });

  it.each([
    ['JSON', { url: 'https://a/x', mimeType: 'application/json' }],
    ['text/html (legacy APIs and gateways send envelopes so; the body decides)', { url: 'https://a/v2/index.php', mimeType: 'text/html' }],
    ['text/plain', { url: 'https://a/x', mimeType: 'text/plain' }],
    ['octet-stream', { url: 'https://a/x', mimeType: 'application/octet-stream' }],
    [
      'a failed call on an object URL (the XML error of OSS, COS, S3)',
      { url: 'https://b.oss-cn-hangzhou.aliyuncs.com/photo.jpg', mimeType: 'application/octet-stream', status: 403 },
    ],
    ['a body over the parse cap but under the scan limit', { url: 'https://a/x', mimeType: 'application/json', size: 4 * 1024 * 1024 }],
  ])('reads %s', (_name, meta) => {
    expect(candidateVerdict(meta)).toEqual({ candidate: true });
  });
});
