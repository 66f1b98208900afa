import { headerValue, type HttpExchange } from '../exchange.js';
import { hintsFor, type ProviderHints } from '../evidence.js';
import { errorClaim, type Claim } from './claim.js';
import { sanitize } from './aws.js';

/**
 * Errors that arrive without a body: a HEAD request cannot carry one, and some gateways send none.
 * AWS restJson names the code in `x-amzn-ErrorType`; Azure Storage in `x-ms-error-code`; S3 answers a
 * HEAD for a missing key with a bare 404, which the AWS SDK reports as "NotFound" (loadRestXmlErrorCode).
 */
export function detectFromHeaders(exchange: HttpExchange, hints: ProviderHints, body: 'no body' | 'the body names no error'): Claim | undefined {
  if (exchange.status < 400) return undefined;
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
  const isS3Head = exchange.status === 404 && exchange.method.toUpperCase() === 'HEAD' && body === 'no body';
  if (isS3Head && awsHints.length > 0 && headerValue(headers, 'x-amz-request-id')) {
    return errorClaim('aws', 'aws', {
      code: 'NotFound',
      requestId: headerValue(headers, 'x-amz-request-id'),
      hostId: headerValue(headers, 'x-amz-id-2'),
      evidence: ['HEAD answered 404 with no body (S3): the AWS SDK reports it as NotFound', ...awsHints],
    });
  }
  return undefined;
}

function error(provider: 'aws' | 'azure', code: string, requestId: string | undefined, evidence: string[]): Claim {
  return errorClaim(provider, provider, { code, requestId, evidence });
}
