import { headerValue } from '../exchange.js';
import { hintsFor } from '../evidence.js';
import { child, text } from '../parse/node.js';
import type { Detector } from './context.js';

/**
 * Huawei Cloud: API Gateway and most services send `{"error_code", "error_msg", "request_id"}`; some
 * (IAM, ECS jobs) send `{"error": {"code", "message"}}`. Request id also in the `X-Request-Id` header.
 * `error_code`/`error_msg` is used by other vendors' APIs too, so a Huawei host or signing header is required.
 */
export const detectHuawei: Detector = ({ exchange, json, hints }) => {
  const extra = hintsFor(hints, 'huawei');
  if (!json || extra.length === 0) return undefined;
  const headerId = headerValue(exchange.responseHeaders, 'X-Request-Id');
  const flat = text(json, 'error_code');
  if (flat !== undefined) {
    return {
      kind: 'error',
      finding: { provider: 'huawei', family: 'huawei', code: flat, message: text(json, 'error_msg'), requestId: text(json, 'request_id') ?? headerId, evidence: ['body has error_code and error_msg', ...extra] },
    };
  }
  const error = child(json, 'error');
  const code = text(error, 'code');
  if (!error || code === undefined) return undefined;
  return {
    kind: 'error',
    finding: { provider: 'huawei', family: 'huawei', code, message: text(error, 'message'), requestId: text(json, 'request_id') ?? headerId, evidence: ['body has error.code and error.message', ...extra] },
  };
};

// Docs followed: https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-errorcode.html (APIGW error codes)
