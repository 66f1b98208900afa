import { headerValue, mayHaveFailed, type HttpExchange } from '../exchange.js';
import { hintsFor, type ProviderHints } from '../evidence.js';
import { MAX_BODY_BYTES } from '../parse/limits.js';
import type { Node } from '../parse/node.js';
import { parseXml } from '../parse/xml.js';
import { detectAliyun } from './aliyun.js';
import { sanitize } from './aws.js';
import { errorClaim, type Claim } from './claim.js';

/**
 * Errors that arrive without a body: a HEAD request cannot carry one, and some gateways send none.
 * AWS restJson names the code in `x-amzn-ErrorType`; Azure Storage in `x-ms-error-code`; S3 answers a
 * HEAD for a missing key with a bare 404, which the AWS SDK reports as "NotFound" (loadRestXmlErrorCode);
 * OSS puts the whole `<Error>` document, base64-encoded, in `x-oss-err` (see fromOssErrHeader).
 */
export function detectFromHeaders(exchange: HttpExchange, hints: ProviderHints, body: 'no body' | 'the body names no error'): Claim | undefined {
  // These headers are only sent with errors, so an unknown status (0) does not stop them; the rest needs a failure.
  if (!mayHaveFailed(exchange.status)) return undefined;
  const headers = exchange.responseHeaders;
  const amzn = headerValue(headers, 'x-amzn-ErrorType');
  if (amzn) {
    return error('aws', sanitize(amzn), headerValue(headers, 'x-amzn-RequestId') ?? headerValue(headers, 'x-amzn-request-id'), [
      `${body}: code from response header x-amzn-ErrorType`,
      ...hintsFor(hints, 'aws'),
    ]);
  }
  const ms = headerValue(headers, 'x-ms-error-code');
  if (ms) {
    return error('azure', ms, headerValue(headers, 'x-ms-request-id'), [`${body}: code from response header x-ms-error-code`, ...hintsFor(hints, 'azure')]);
  }
  const awsHints = hintsFor(hints, 'aws');
  const isHead = exchange.method.toUpperCase() === 'HEAD';
  const isS3Head = exchange.status === 404 && isHead && body === 'no body';
  if (isS3Head && awsHints.length > 0 && headerValue(headers, 'x-amz-request-id')) {
    return errorClaim('aws', 'aws', {
      code: 'NotFound',
      requestId: headerValue(headers, 'x-amz-request-id'),
      hostId: headerValue(headers, 'x-amz-id-2'),
      evidence: ['HEAD answered 404 with no body (S3): the AWS SDK reports it as NotFound', ...awsHints],
    });
  }
  // The OSS SDKs read x-oss-err only when the body is empty; a body that names no error is left as it is.
  if (body === 'no body' && exchange.status >= 400) return fromOssErrHeader(exchange, hints);
  return undefined;
}

/** base64 of a document at the parse cap; a longer x-oss-err could only decode to more than the cap allows. */
const MAX_OSS_ERR_CHARS = Math.ceil(MAX_BODY_BYTES / 3) * 4;

/** An OSS EC (error detail code), e.g. 0026-00000001; anything else in x-oss-ec is not turned into a link. */
const OSS_EC = /^\d{4}-\d{8}$/;

/**
 * OSS answers a failed HEAD (no body allowed) with the `<Error>` document it would have sent, base64-encoded in the
 * `x-oss-err` response header; the SDKs decode it when the body is empty (aliyun/alibabacloud-oss-go-sdk-v2
 * tryConvertServiceError, aliyun/aliyun-oss-go-sdk conn.go, aliyun/aliyun-oss-python-sdk oss2/exceptions.py
 * make_exception). The decoded text is as untrusted as a body: it goes through the XML parser's caps and refusals and
 * the same Alibaba XML detection. When it cannot be used (not base64, not an `<Error>` with a Code), or an OSS HEAD
 * came back without it, the call is still listed from its headers, as the SDKs still raise an error: the Python SDK
 * calls a 404 HEAD without a usable error document NotFound (oss2 api.py object_exists), the Go SDKs keep the status,
 * request id and the `x-oss-ec` header.
 */
function fromOssErrHeader(exchange: HttpExchange, hints: ProviderHints): Claim | undefined {
  const headers = exchange.responseHeaders;
  const aliyunHints = hintsFor(hints, 'aliyun');
  const raw = headerValue(headers, 'x-oss-err');
  const requestId = headerValue(headers, 'x-oss-request-id');
  const fromAlibaba = aliyunHints.length > 0;
  if (!fromAlibaba) return undefined;
  let unusable: string | undefined;
  if (raw !== undefined) {
    const decoded = decodeOssErr(raw);
    if (decoded.ok) {
      const claim = detectAliyun({ exchange, hints, xml: decoded.xml });
      if (claim?.kind === 'error') {
        claim.finding.requestId ??= requestId;
        claim.finding.evidence.unshift('no body: the error document is the base64 response header x-oss-err (OSS answers HEAD errors there)');
        return claim;
      }
      unusable = 'x-oss-err decodes to no <Error> with a <Code>';
    } else {
      unusable = decoded.reason;
    }
  }
  const isOssHead = exchange.method.toUpperCase() === 'HEAD' && requestId !== undefined;
  if (unusable === undefined && !isOssHead) return undefined;
  const ec = headerValue(headers, 'x-oss-ec')?.trim();
  const wellFormedEc = ec !== undefined && OSS_EC.test(ec);
  const evidence = [
    exchange.status === 404 && isOssHead
      ? 'HEAD answered 404 with no usable error document (OSS): the OSS Python SDK reports it as NotFound'
      : 'no body and no usable error document: code is the HTTP status',
  ];
  if (unusable !== undefined) evidence.push(unusable);
  if (wellFormedEc) evidence.push(`response header x-oss-ec ${ec} (OSS error detail code)`);
  evidence.push(...aliyunHints);
  return errorClaim('aliyun', 'aliyun', {
    code: exchange.status === 404 && isOssHead ? 'NotFound' : `HTTP ${exchange.status}`,
    requestId,
    // The troubleshooting link OSS itself puts in RecommendDoc is this page queried with the EC.
    docsUrl: wellFormedEc ? `https://api.aliyun.com/troubleshoot?q=${ec}` : undefined,
    evidence,
  });
}

type Decoded = { ok: true; xml: Node } | { ok: false; reason: string };

/** Base64 (atob's forgiving decoding: whitespace and missing padding are accepted) → UTF-8 → parsed XML. Never throws. */
function decodeOssErr(raw: string): Decoded {
  const b64 = raw.replace(/\s+/g, '');
  if (b64.length > MAX_OSS_ERR_CHARS) return { ok: false, reason: `x-oss-err of ${b64.length} characters exceeds the parse cap` };
  let bin: string;
  try {
    bin = atob(b64);
  } catch {
    return { ok: false, reason: 'x-oss-err is not valid base64' };
  }
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (!text.trimStart().startsWith('<')) return { ok: false, reason: 'x-oss-err does not decode to XML' };
  const parsed = parseXml(text);
  if (!parsed.ok) return { ok: false, reason: `x-oss-err: ${parsed.reason}` };
  return { ok: true, xml: parsed.value };
}

function error(provider: 'aws' | 'azure', code: string, requestId: string | undefined, evidence: string[]): Claim {
  return errorClaim(provider, provider, { code, requestId, evidence });
}
