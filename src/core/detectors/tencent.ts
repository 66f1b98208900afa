import { hintsFor } from '../evidence.js';
import { child, text } from '../parse/node.js';
import { errorClaim, successClaim } from './claim.js';
import type { Detector } from './context.js';

/**
 * Tencent Cloud API 3.0. Errors usually arrive with HTTP 200, so the status proves nothing:
 * the envelope is `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}` and success is the same
 * `Response` object without `Error`. The nested `Response` + `RequestId` shape is distinctive enough to
 * claim without a Tencent host (consoles proxy these calls through their own origin).
 */
export const detectTencent: Detector = ({ json, hints }) => {
  const response = child(json, 'Response');
  if (!response) return undefined;
  const requestId = text(response, 'RequestId');
  const error = child(response, 'Error');
  const code = text(error, 'Code');
  const extra = hintsFor(hints, 'tencent');
  if (error && code) {
    return errorClaim('tencent', 'tencent', {
      code,
      message: text(error, 'Message'),
      requestId,
      evidence: ['body has Response.Error.Code (Tencent Cloud API 3.0 envelope)', ...extra],
    });
  }
  if (requestId && !error) return successClaim('tencent', 'tencent', { requestId, evidence: ['body has Response.RequestId and no Error', ...extra] });
  return undefined;
};

// Docs followed:
// https://www.tencentcloud.com/document/api/213/15730 (API 3.0 responses: success and error shapes)
// https://www.tencentcloud.com/document/api/213/33281 (common error codes)
