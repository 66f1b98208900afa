import { headerValue } from '../exchange.js';
import { hintsFor } from '../evidence.js';
import { child, text, xmlText } from '../parse/node.js';
import type { Detector } from './context.js';

/**
 * Huawei Cloud: API Gateway and most services send `{"error_code", "error_msg", "request_id"}`; some
 * (IAM, ECS jobs) send `{"error": {"code", "message"}}`; VPC and VPN send a top-level `{"code": "VPC.0003",
 * "message"}`. Request id also in the `X-Request-Id` header. These shapes are used by other vendors' APIs too,
 * so a Huawei host or signing header is required, and the top-level `code` must look like a Huawei code
 * (`SERVICE.nnnn`). Some services document `SERVICE.0000` as their success code (CBC.0000 "Success." with
 * HTTP 200), so that code with a 2xx status is not an error. OBS (object storage) answers S3-style XML
 * `<Error><Code/><Message/><RequestId/><HostId/></Error>` with `x-obs-request-id`
 * (https://support.huaweicloud.com/intl/en-us/api-obs/obs_04_0115.html).
 */
export const detectHuawei: Detector = ({ exchange, json, xml, hints }) => {
  const extra = hintsFor(hints, 'huawei');
  if (extra.length === 0) return undefined;
  if (xml) return fromObsXml(exchange, xml, extra);
  if (!json) return undefined;
  const headerId = headerValue(exchange.responseHeaders, 'X-Request-Id');
  const requestId = text(json, 'request_id') ?? headerId;
  const found = (code: string, message: string | undefined, shape: string): ReturnType<Detector> => {
    const evidence = [`body has ${shape}`, ...extra];
    if (isSuccessCode(code, exchange.status))
      return {
        kind: 'success',
        call: {
          provider: 'huawei',
          family: 'huawei',
          requestId,
          evidence: [`${code} with HTTP ${exchange.status} is the service's success code`, ...evidence],
        },
      };
    return {
      kind: 'error',
      finding: { provider: 'huawei', family: 'huawei', code, message, requestId, evidence },
    };
  };
  const flat = text(json, 'error_code');
  if (flat !== undefined) return found(flat, text(json, 'error_msg'), 'error_code and error_msg');
  const error = child(json, 'error');
  const code = text(error, 'code');
  if (error && code !== undefined) return found(code, text(error, 'message'), 'error.code and error.message');
  const top = typeof json['code'] === 'string' ? json['code'] : undefined;
  if (top !== undefined && HUAWEI_CODE.test(top)) return found(top, text(json, 'message'), 'a SERVICE.nnnn code and message');
  return undefined;
};

function fromObsXml(exchange: Parameters<Detector>[0]['exchange'], xml: NonNullable<Parameters<Detector>[0]['xml']>, extra: string[]): ReturnType<Detector> {
  const error = child(xml, 'Error');
  const code = xmlText(error, 'Code');
  if (!error || !code) return undefined;
  const headers = exchange.responseHeaders;
  return {
    kind: 'error',
    finding: {
      provider: 'huawei',
      family: 'huawei',
      code,
      message: xmlText(error, 'Message'),
      requestId:
        xmlText(error, 'RequestId') ??
        headerValue(headers, 'x-obs-request-id') ??
        headerValue(headers, 'x-amz-request-id') ??
        headerValue(headers, 'X-Request-Id'),
      hostId: xmlText(error, 'HostId') ?? headerValue(headers, 'x-obs-id-2') ?? headerValue(headers, 'x-amz-id-2'),
      evidence: ['body is an <Error> document with <Code> (OBS)', ...extra],
    },
  };
}

/** VPC.0003, Ecs.0114, APIGW.0301, CBC.30050007: a service prefix, a dot, digits. */
const HUAWEI_CODE = /^[A-Za-z][A-Za-z0-9-]*\.\d{4,}$/;

function isSuccessCode(code: string, status: number): boolean {
  return status >= 200 && status < 300 && /\.0+$/.test(code);
}

// Docs followed: https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-errorcode.html (APIGW error codes),
// https://support.huaweicloud.com/intl/en-us/api-vpc/vpc_api_0003.html (VPC's top-level code/message),
// https://support.huaweicloud.com/intl/en-us/api-obs/obs_04_0115.html (OBS error responses)
