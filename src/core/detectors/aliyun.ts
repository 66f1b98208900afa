import { headerValue, mayHaveFailed } from '../exchange.js';
import { hintsFor } from '../evidence.js';
import { child, text, xmlText, type Node } from '../parse/node.js';
import { errorClaim, successClaim, type Claim, type FindingFacts } from './claim.js';
import type { DetectContext, Detector } from './context.js';

/** Codes some Alibaba APIs put in successful bodies (`"Code": "200"`, SMS's `"Code": "OK"`). */
const SUCCESS_CODES = new Set(['200', 'OK', 'Success', 'success', '0']);

/** An endpoint name under aliyuncs.com, as Alibaba's `HostId` carries it (S3's HostId is an opaque id instead). */
const ALIYUN_HOST_ID = /(^|\.)aliyuncs\.com$/i;

type Found = Claim | undefined;

/**
 * Alibaba Cloud, every error shape its APIs send. JSON, in the order they are tried:
 * - RPC: flat `{RequestId, HostId, Code, Message, Recommend?}` (seed 003);
 * - ROA: lower-case `{code, message, requestId}`;
 * - RPC/ROA without `RequestId` in the body: `{Code, Message}` (the request id is in `x-acs-request-id`),
 *   or Cloud Control's `{requestId, Code, Message}`;
 * - ROA `{errorCode, errorMsg}` (the ROA SDK clients read it), and Function Compute 2.0's `{ErrorCode, ErrorMessage}`
 *   with the request id in `x-fc-request-id`;
 * - OSS APIs that answer JSON (vector and table buckets): `{"Error": {Code, Message, RequestId, HostId, EC}}`.
 * XML: RPC `<Error><RequestId/><HostId/><Code/><Message/></Error>` (seed 003), and OSS's `<Error>` with `<EC>` and
 * `<RecommendDoc>` (also what a HEAD's base64 `x-oss-err` header decodes to; see headers-only.ts).
 * Success bodies may carry a Code ("200", "OK") or `"Success": true`; those are not errors.
 */
export const detectAliyun: Detector = (ctx) => (ctx.json ? fromJson(ctx, ctx.json) : ctx.xml ? fromXml(ctx, ctx.xml) : undefined);

function fromJson(ctx: DetectContext, json: Node): Found {
  return (
    rpcJson(ctx, json) ??
    roaJson(ctx, json) ??
    codeWithoutRequestId(ctx, json) ??
    errorCodeJson(ctx, json) ??
    functionComputeJson(ctx, json) ??
    ossJson(ctx, json) ??
    rpcSuccess(ctx, json)
  );
}

/** `{RequestId, HostId, Code, Message, Recommend?}`: Alibaba's RPC envelope, also sent by most ROA APIs. */
function rpcJson(ctx: DetectContext, json: Node): Found {
  const code = text(json, 'Code');
  const requestId = text(json, 'RequestId');
  if (code === undefined || requestId === undefined) return undefined;
  const hints = hintsFor(ctx.hints, 'aliyun');
  const hostId = text(json, 'HostId');
  const recommend = text(json, 'Recommend');
  // Capitalised RequestId + Code is Alibaba's RPC shape, but without HostId, Recommend or any
  // Alibaba hint it is a look-alike we do not claim.
  const fromAlibaba = hostId !== undefined || recommend !== undefined || hints.length > 0;
  if (!fromAlibaba) return undefined;
  const evidence = ['body has RequestId and Code (Alibaba Cloud RPC envelope)'];
  if (hostId) evidence.push(`body has HostId ${hostId}`);
  if (recommend) evidence.push('body has Recommend');
  evidence.push(...hints);
  const succeeded = json['Success'] === true || SUCCESS_CODES.has(code);
  if (succeeded) return successClaim('aliyun', 'aliyun', { requestId, evidence });
  return error({ code, message: text(json, 'Message'), requestId, hostId, docsUrl: recommend, evidence });
}

/** `{code, message, requestId}`: the lower-case ROA envelope (Container Service and others). */
function roaJson(ctx: DetectContext, json: Node): Found {
  const code = text(json, 'code');
  const requestId = text(json, 'requestId') ?? text(json, 'RequestId');
  const hints = hintsFor(ctx.hints, 'aliyun');
  const fromAlibaba = hints.length > 0;
  if (code === undefined || requestId === undefined || !fromAlibaba) return undefined;
  const evidence = ['body has code and requestId (Alibaba Cloud ROA envelope)', ...hints];
  const succeeded = json['success'] === true || SUCCESS_CODES.has(code);
  if (succeeded) return successClaim('aliyun', 'aliyun', { requestId, evidence });
  return error({ code, message: text(json, 'message'), requestId, hostId: text(json, 'hostId'), docsUrl: text(json, 'recommend'), evidence });
}

/**
 * `{Code, Message}` with no `RequestId` beside them: the Alibaba SDKs read Code and Message whether or not the body
 * has a RequestId (alibaba-cloud-sdk-go sdk/errors/server_error.go, whose tests parse `{"Code":"SignatureDoesNotMatch",
 * "Message":…}`), and the Darabonba OpenAPI clients take the request id from `x-acs-request-id` (detect.ts fills it
 * from that header). Cloud Control API spells its id `requestId` beside a capitalised Code
 * (https://www.alibabacloud.com/help/en/cloud-control-api/support/troubleshooting). The shape alone is everywhere,
 * so an Alibaba host or x-acs-* header is required, and a failed status.
 */
function codeWithoutRequestId(ctx: DetectContext, json: Node): Found {
  const code = text(json, 'Code');
  const message = text(json, 'Message');
  const hints = hintsFor(ctx.hints, 'aliyun');
  const fromAlibaba = hints.length > 0;
  const failed = mayHaveFailed(ctx.exchange.status);
  const hasRequestId = text(json, 'RequestId') !== undefined;
  if (code === undefined || message === undefined || hasRequestId || !fromAlibaba || !failed || SUCCESS_CODES.has(code)) return undefined;
  return error({
    code,
    message,
    requestId: text(json, 'requestId'),
    hostId: text(json, 'HostId'),
    docsUrl: text(json, 'Recommend'),
    evidence: ['body has Code and Message without RequestId (Alibaba Cloud RPC/ROA error)', ...hints],
  });
}

/**
 * `{errorCode, errorMsg}`: an older ROA error form, which Alibaba's ROA clients read after Code/Message
 * (aliyun/openapi-core-nodejs-sdk lib/roa.js, tested with `{"errorMsg": "RAM/STS verification error", "errorCode":
 * 10007}` and HTTP 400; aliyun/openapi-sdk-php-client ServerException). Function Compute documents its errors as
 * `{errorCode, errorMessage}` (https://www.alibabacloud.com/help/en/functioncompute/fc-2-0/developer-reference/error-codes).
 * The keys are common outside Alibaba, so an Alibaba hint and a failed status are required.
 */
function errorCodeJson(ctx: DetectContext, json: Node): Found {
  const code = text(json, 'errorCode');
  const message = text(json, 'errorMsg') ?? text(json, 'errorMessage');
  const hints = hintsFor(ctx.hints, 'aliyun');
  const fromAlibaba = hints.length > 0;
  const failed = mayHaveFailed(ctx.exchange.status);
  if (code === undefined || message === undefined || !fromAlibaba || !failed || SUCCESS_CODES.has(code)) return undefined;
  return error({
    code,
    message,
    requestId: text(json, 'requestId'),
    evidence: ['body has errorCode and an error message (Alibaba Cloud ROA or Function Compute error)', ...hints],
  });
}

/**
 * Function Compute 2.0 answers `{"ErrorCode": "FunctionNotFound", "ErrorMessage": "…"}` and puts the request id in
 * `x-fc-request-id` (aliyun/fc-python-sdk fc2/client.py and test_fc_error_code; aliyun/fc-nodejs-sdk lib/client.js).
 * That header is Alibaba evidence and a request-id header in evidence.ts, so detect.ts fills the request id from it.
 */
function functionComputeJson(ctx: DetectContext, json: Node): Found {
  const code = text(json, 'ErrorCode');
  const message = text(json, 'ErrorMessage');
  const hints = hintsFor(ctx.hints, 'aliyun');
  const fromAlibaba = hints.length > 0;
  const failed = mayHaveFailed(ctx.exchange.status);
  if (code === undefined || message === undefined || !fromAlibaba || !failed) return undefined;
  return error({ code, message, evidence: ['body has ErrorCode and ErrorMessage (Alibaba Cloud Function Compute error)', ...hints] });
}

/**
 * OSS APIs that answer JSON put the XML `<Error>` document's members under `"Error"`
 * (aliyun/alibabacloud-oss-go-sdk-v2 tryConvertServiceError, and its oss/vectors and oss/tables tests). `{"Error":
 * {...}}` is a generic shape, so an Alibaba hint or an aliyuncs.com HostId is required, and a failed status.
 */
function ossJson(ctx: DetectContext, json: Node): Found {
  const inner = child(json, 'Error');
  const code = text(inner, 'Code');
  if (!inner || code === undefined) return undefined;
  const hints = hintsFor(ctx.hints, 'aliyun');
  const hostId = text(inner, 'HostId');
  const aliyunHostId = hostId !== undefined && ALIYUN_HOST_ID.test(hostId);
  const fromAlibaba = hints.length > 0 || aliyunHostId;
  const failed = mayHaveFailed(ctx.exchange.status);
  if (!fromAlibaba || !failed) return undefined;
  const ec = text(inner, 'EC');
  const recommend = text(inner, 'RecommendDoc');
  const evidence = ['body has Error.Code (OSS JSON error)'];
  if (aliyunHostId) evidence.push(`HostId ${hostId} is an Alibaba Cloud endpoint`);
  if (ec) evidence.push(`body has EC ${ec} (OSS error detail code)`);
  evidence.push(...hints);
  return error({
    code,
    message: text(inner, 'Message'),
    requestId: text(inner, 'RequestId') ?? headerValue(ctx.exchange.responseHeaders, 'x-oss-request-id'),
    hostId,
    docsUrl: recommend,
    evidence,
  });
}

/** `{RequestId, ...data}` with no Code: a successful RPC call. */
function rpcSuccess(ctx: DetectContext, json: Node): Found {
  const requestId = text(json, 'RequestId');
  const hints = hintsFor(ctx.hints, 'aliyun');
  const fromAlibaba = hints.length > 0;
  if (requestId === undefined || text(json, 'Code') !== undefined || !fromAlibaba) return undefined;
  return successClaim('aliyun', 'aliyun', { requestId, evidence: ['body has RequestId and no Code', ...hints] });
}

function fromXml(ctx: DetectContext, xml: Node): Found {
  const root = child(xml, 'Error');
  const code = xmlText(root, 'Code');
  if (!root || !code) return undefined;
  const hints = hintsFor(ctx.hints, 'aliyun');
  const hostId = xmlText(root, 'HostId');
  const ec = xmlText(root, 'EC');
  const recommend = xmlText(root, 'RecommendDoc') ?? xmlText(root, 'Recommend');
  // S3 and Azure Storage also answer `<Error><Code>`; S3's HostId is an opaque id, Alibaba's is an
  // endpoint name under aliyuncs.com, and OSS adds EC / RecommendDoc.
  const aliyunHostId = hostId !== undefined && ALIYUN_HOST_ID.test(hostId);
  const fromAlibaba = aliyunHostId || ec !== undefined || recommend !== undefined || hints.length > 0;
  if (!fromAlibaba) return undefined;
  const evidence = ['body is an <Error> document with <Code>'];
  if (aliyunHostId) evidence.push(`HostId ${hostId} is an Alibaba Cloud endpoint`);
  if (ec) evidence.push('body has EC (OSS error detail code)');
  if (recommend) evidence.push('body has RecommendDoc');
  evidence.push(...hints);
  return error({ code, message: xmlText(root, 'Message'), requestId: xmlText(root, 'RequestId'), hostId, docsUrl: recommend, evidence });
}

function error(facts: FindingFacts): Claim {
  return errorClaim('aliyun', 'aliyun', facts);
}

// Docs followed:
// https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-common-response (seed 003)
// https://www.alibabacloud.com/help/en/oss/user-guide/error-responses (OSS <Error> with EC and RecommendDoc)
// https://www.alibabacloud.com/help/en/cloud-control-api/support/troubleshooting ({requestId, Code, Message})
// https://www.alibabacloud.com/help/en/functioncompute/fc-2-0/developer-reference/error-codes (FC 2.0 errors)
// aliyun/darabonba-openapi ts/src/client.ts (Code || code, RequestId || requestId, x-acs-request-id)
// aliyun/openapi-core-nodejs-sdk lib/roa.js (Code || errorCode, Message || errorMsg)
// aliyun/alibabacloud-oss-go-sdk-v2 oss/client.go tryConvertServiceError (JSON "Error" object, base64 x-oss-err)
