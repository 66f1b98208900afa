import { hintsFor } from '../evidence.js';
import type { Finding } from '../finding.js';
import { child, text, xmlText, type Node } from '../parse/node.js';
import type { DetectContext, Detector } from './context.js';

/** Codes some Alibaba APIs put in successful bodies (`"Code": "200"`, SMS's `"Code": "OK"`). */
const SUCCESS_CODES = new Set(['200', 'OK', 'Success', 'success', '0']);

/**
 * Alibaba Cloud, every error shape its APIs send:
 * - RPC JSON: flat `{RequestId, HostId, Code, Message, Recommend?}` (seed 003);
 * - RPC XML: `<Error><RequestId/><HostId/><Code/><Message/></Error>` (seed 003);
 * - ROA JSON: lower-case `{code, message, requestId}`;
 * - OSS XML: `<Error>` as RPC plus `<EC>` and `<RecommendDoc>`.
 * Success bodies may carry a Code ("200", "OK") or `"Success": true`; those are not errors.
 */
export const detectAliyun: Detector = (ctx) => (ctx.json ? fromJson(ctx, ctx.json) : ctx.xml ? fromXml(ctx, ctx.xml) : undefined);

function fromJson(ctx: DetectContext, json: Node): ReturnType<Detector> {
  const hints = hintsFor(ctx.hints, 'aliyun');
  const rpcCode = text(json, 'Code');
  const rpcRequestId = text(json, 'RequestId');
  if (rpcCode !== undefined && rpcRequestId !== undefined) {
    const hostId = text(json, 'HostId');
    const recommend = text(json, 'Recommend');
    const evidence = ['body has RequestId and Code (Alibaba Cloud RPC envelope)'];
    if (hostId) evidence.push(`body has HostId ${hostId}`);
    if (recommend) evidence.push('body has Recommend');
    evidence.push(...hints);
    // Capitalised RequestId + Code is Alibaba's RPC shape, but without HostId, Recommend or any
    // Alibaba hint it is a look-alike we do not claim.
    if (!hostId && !recommend && hints.length === 0) return undefined;
    if (json['Success'] === true || SUCCESS_CODES.has(rpcCode)) {
      return { kind: 'success', call: { provider: 'aliyun', family: 'aliyun', requestId: rpcRequestId, evidence } };
    }
    return error({ code: rpcCode, message: text(json, 'Message'), requestId: rpcRequestId, hostId, docsUrl: recommend, evidence });
  }
  const roaCode = text(json, 'code');
  const roaRequestId = text(json, 'requestId') ?? text(json, 'RequestId');
  if (roaCode !== undefined && roaRequestId !== undefined && hints.length > 0) {
    const evidence = ['body has code and requestId (Alibaba Cloud ROA envelope)', ...hints];
    if (json['success'] === true || SUCCESS_CODES.has(roaCode)) {
      return { kind: 'success', call: { provider: 'aliyun', family: 'aliyun', requestId: roaRequestId, evidence } };
    }
    return error({
      code: roaCode,
      message: text(json, 'message'),
      requestId: roaRequestId,
      hostId: text(json, 'hostId'),
      docsUrl: text(json, 'recommend'),
      evidence,
    });
  }
  if (rpcRequestId !== undefined && rpcCode === undefined && hints.length > 0) {
    return { kind: 'success', call: { provider: 'aliyun', family: 'aliyun', requestId: rpcRequestId, evidence: ['body has RequestId and no Code', ...hints] } };
  }
  return undefined;
}

function fromXml(ctx: DetectContext, xml: Node): ReturnType<Detector> {
  const hints = hintsFor(ctx.hints, 'aliyun');
  const root = child(xml, 'Error');
  if (!root) return undefined;
  const code = xmlText(root, 'Code');
  if (!code) return undefined;
  const hostId = xmlText(root, 'HostId');
  const ec = xmlText(root, 'EC');
  const recommend = xmlText(root, 'RecommendDoc') ?? xmlText(root, 'Recommend');
  const evidence = ['body is an <Error> document with <Code>'];
  // S3 and Azure Storage also answer `<Error><Code>`; S3's HostId is an opaque id, Alibaba's is an
  // endpoint name under aliyuncs.com, and OSS adds EC / RecommendDoc.
  const aliyunHost = hostId !== undefined && /(^|\.)aliyuncs\.com$/i.test(hostId);
  if (aliyunHost) evidence.push(`HostId ${hostId} is an Alibaba Cloud endpoint`);
  if (ec) evidence.push('body has EC (OSS error detail code)');
  if (recommend) evidence.push('body has RecommendDoc');
  evidence.push(...hints);
  if (!aliyunHost && !ec && !recommend && hints.length === 0) return undefined;
  return error({ code, message: xmlText(root, 'Message'), requestId: xmlText(root, 'RequestId'), hostId, docsUrl: recommend, evidence });
}

function error(f: Omit<Finding, 'provider' | 'family'>): ReturnType<Detector> {
  return { kind: 'error', finding: { provider: 'aliyun', family: 'aliyun', ...f } };
}

// Docs followed:
// https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-common-response (seed 003)
// https://www.alibabacloud.com/help/en/oss/user-guide/error-responses (OSS <Error> with EC and RecommendDoc)
