import { headerValue, mayHaveFailed, type HttpExchange } from '../exchange.js';
import { hintsFor } from '../evidence.js';
import { child, text, xmlText, type Node } from '../parse/node.js';
import { errorClaim, successClaim, type Claim } from './claim.js';
import type { Detector } from './context.js';

/** VPC.0003, Ecs.0114, APIGW.0301, CBC.30050007: a service prefix, a dot, digits. */
const HUAWEI_CODE = /^[A-Za-z][A-Za-z0-9-]*\.\d{4,}$/;

/**
 * Huawei Cloud: API Gateway and most services send `{"error_code", "error_msg", "request_id"}`; some
 * (IAM, ECS jobs) send `{"error": {"code", "message"}}`; VPC and VPN send a top-level `{"code": "VPC.0003",
 * "message"}`. Request id also in the `X-Request-Id` header. These shapes are used by other vendors' APIs too,
 * so a Huawei host or signing header is required. A top-level `code` counts when it looks like a Huawei code
 * (`SERVICE.nnnn`), or, on a failed call, when a `message` comes with it: the Huawei Cloud SDK reads
 * `error_code`/`error_msg`, else `code`/`message` from every failed response (huaweicloud-sdk-go-v3
 * core/sdkerr/errors.go processServiceResponseError), and OBS's JSON APIs answer `{"code": "NoSuchBucket",
 * "message"}` (huaweicloud-sdk-go-obs obs/error.go). On a 2xx the same body is data (`{"code": "ok", "message"}`).
 * Some services document `SERVICE.0000` as their success code (CBC.0000 "Success." with HTTP 200), so that code
 * with a 2xx status is not an error. OBS (object storage) answers S3-style XML
 * `<Error><Code/><Message/><RequestId/><HostId/></Error>` with `x-obs-request-id`
 * (https://support.huaweicloud.com/intl/en-us/api-obs/obs_04_0115.html).
 */
export const detectHuawei: Detector = ({ exchange, json, xml, hints }) => {
  const huaweiHints = hintsFor(hints, 'huawei');
  const fromHuawei = huaweiHints.length > 0;
  if (!fromHuawei) return undefined;
  if (xml) return fromObsXml(exchange, xml, huaweiHints);
  if (!json) return undefined;
  const requestId = text(json, 'request_id') ?? headerValue(exchange.responseHeaders, 'X-Request-Id');
  const found = (code: string, message: string | undefined, shape: string): Claim => {
    const evidence = [`body has ${shape}`, ...huaweiHints];
    if (isSuccessCode(code, exchange.status)) {
      return successClaim('huawei', 'huawei', { requestId, evidence: [`${code} with HTTP ${exchange.status} is the service's success code`, ...evidence] });
    }
    return errorClaim('huawei', 'huawei', { code, message, requestId, evidence });
  };
  const flat = text(json, 'error_code');
  if (flat !== undefined) return found(flat, text(json, 'error_msg'), 'error_code and error_msg');
  const error = child(json, 'error');
  const nestedCode = text(error, 'code');
  if (error && nestedCode !== undefined) return found(nestedCode, text(error, 'message'), 'error.code and error.message');
  const top = typeof json['code'] === 'string' ? json['code'] : undefined;
  if (top === undefined) return undefined;
  if (HUAWEI_CODE.test(top)) return found(top, text(json, 'message'), 'a SERVICE.nnnn code and message');
  const message = text(json, 'message');
  const failed = mayHaveFailed(exchange.status);
  if (failed && message !== undefined)
    return found(top, message, `code and message on HTTP ${exchange.status} (read as the Huawei Cloud SDK reads a failed call)`);
  return undefined;
};

function fromObsXml(exchange: HttpExchange, xml: Node, huaweiHints: string[]): Claim | undefined {
  const error = child(xml, 'Error');
  const code = xmlText(error, 'Code');
  if (!error || !code) return undefined;
  const headers = exchange.responseHeaders;
  return errorClaim('huawei', 'huawei', {
    code,
    message: xmlText(error, 'Message'),
    requestId:
      xmlText(error, 'RequestId') ??
      headerValue(headers, 'x-obs-request-id') ??
      headerValue(headers, 'x-amz-request-id') ??
      headerValue(headers, 'X-Request-Id'),
    hostId: xmlText(error, 'HostId') ?? headerValue(headers, 'x-obs-id-2') ?? headerValue(headers, 'x-amz-id-2'),
    evidence: ['body is an <Error> document with <Code> (OBS)', ...huaweiHints],
  });
}

function isSuccessCode(code: string, status: number): boolean {
  // An unknown status (0: Firefox may not have it yet) does not turn a documented success code into an error.
  return (status === 0 || (status >= 200 && status < 300)) && /\.0+$/.test(code);
}

// Docs followed: https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-errorcode.html (APIGW error codes),
// https://support.huaweicloud.com/intl/en-us/api-vpc/vpc_api_0003.html (VPC's top-level code/message),
// https://support.huaweicloud.com/intl/en-us/api-obs/obs_04_0115.html (OBS error responses),
// huaweicloud/huaweicloud-sdk-go-v3 core/sdkerr/errors.go (which keys the SDK reads from a failed response),
// huaweicloud/huaweicloud-sdk-go-obs obs/convert.go ParseResponseToObsError (JSON error bodies of OBS's JSON APIs)
