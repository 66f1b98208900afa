import { headerValue } from '../exchange.js';
import { hintsFor } from '../evidence.js';
import { child, xmlText } from '../parse/node.js';
import { errorClaim } from './claim.js';
import type { Detector } from './context.js';

/**
 * Tencent Cloud Object Storage (COS) answers S3-style XML:
 * `<Error><Code/><Message/><Resource/><RequestId/><TraceId/></Error>` with `x-cos-request-id`
 * (https://www.tencentcloud.com/document/product/436/7730). Like S3, a copy (PUT Object - Copy, Upload Part -
 * Copy) or Complete Multipart Upload that fails after it started answers HTTP 200 with this error body, so the
 * status proves nothing (https://www.tencentcloud.com/document/product/436/10881). `<Error><Code>` is also S3's,
 * OSS's, OBS's and Azure Storage's shape: a Tencent hint (a *.myqcloud.com host, x-cos-* headers, COS's
 * q-sign-algorithm signature) is required.
 */
export const detectTencentCos: Detector = ({ exchange, xml, hints }) => {
  const tencent = hintsFor(hints, 'tencent');
  const error = child(xml, 'Error');
  const code = xmlText(error, 'Code');
  const fromTencent = tencent.length > 0;
  if (!error || !code || !fromTencent) return undefined;
  const headers = exchange.responseHeaders;
  const traceId = xmlText(error, 'TraceId') ?? headerValue(headers, 'x-cos-trace-id');
  const evidence = ['body is an <Error><Code> document (COS)', ...tencent];
  if (exchange.status >= 200 && exchange.status < 300)
    evidence.push(`HTTP ${exchange.status} with an error body: the operation failed after it started (COS copy / multipart)`);
  return errorClaim('tencent', 'tencent-cos', {
    code,
    message: xmlText(error, 'Message'),
    requestId: xmlText(error, 'RequestId') ?? headerValue(headers, 'x-cos-request-id'),
    // COS support asks for the TraceId beside the RequestId; it plays the part of S3's HostId (x-amz-id-2).
    hostId: traceId,
    evidence,
  });
};
