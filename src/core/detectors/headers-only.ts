import { headerValue, type HttpExchange } from '../exchange.js';
import { hintsFor, type ProviderHints } from '../evidence.js';
import type { Detection } from '../finding.js';
import { sanitize } from './aws.js';

/**
 * Errors that arrive without a body: a HEAD request cannot carry one, and some gateways send none.
 * AWS restJson names the code in `x-amzn-ErrorType`; Azure Storage in `x-ms-error-code`; S3 answers a
 * HEAD for a missing key with a bare 404, which the AWS SDK reports as "NotFound" (loadRestXmlErrorCode).
 */
export function detectFromHeaders(exchange: HttpExchange, hints: ProviderHints): Extract<Detection, { kind: 'error' }> | undefined {
  if (exchange.status < 400) return undefined;
  const headers = exchange.responseHeaders;
  const amzn = headerValue(headers, 'x-amzn-ErrorType');
  if (amzn) {
    return error('aws', sanitize(amzn), headerValue(headers, 'x-amzn-RequestId') ?? headerValue(headers, 'x-amzn-request-id'), [
      'no body: code from response header x-amzn-ErrorType',
      ...hintsFor(hints, 'aws'),
    ]);
  }
  const ms = headerValue(headers, 'x-ms-error-code');
  if (ms) {
    return error('azure', ms, headerValue(headers, 'x-ms-request-id'), ['no body: code from response header x-ms-error-code', ...hintsFor(hints, 'azure')]);
  }
  const awsHints = hintsFor(hints, 'aws');
  if (exchange.status === 404 && exchange.method.toUpperCase() === 'HEAD' && awsHints.length > 0 && headerValue(headers, 'x-amz-request-id')) {
    const found = error('aws', 'NotFound', headerValue(headers, 'x-amz-request-id'), [
      'HEAD answered 404 with no body (S3): the AWS SDK reports it as NotFound',
      ...awsHints,
    ]);
    found.finding.hostId = headerValue(headers, 'x-amz-id-2');
    return found;
  }
  return undefined;
}

function error(provider: 'aws' | 'azure', code: string, requestId: string | undefined, evidence: string[]): Extract<Detection, { kind: 'error' }> {
  return { kind: 'error', finding: { provider, family: provider, code, requestId, evidence } };
}
