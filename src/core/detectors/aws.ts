import { headerValue } from '../exchange.js';
import { hintsFor } from '../evidence.js';
import { child, text, xmlText, type Node } from '../parse/node.js';
import { errorClaim, type FindingFacts } from './claim.js';
import type { DetectContext, Detector } from './context.js';

/**
 * AWS wire protocols other than EC2 query (see ec2.ts), each a small sequential lookup that follows
 * aws-sdk-js-v3 `packages/core/src/submodules/protocols`:
 * - awsQuery XML (IAM, STS, SQS, SNS, CloudFormation…): `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/>`
 *   — loadQueryErrorCode reads `Error.Code`;
 * - restXml (S3, CloudFront, Route 53): `<Error><Code/><Message/><RequestId/><HostId/></Error>`, or the same
 *   wrapped in `<ErrorResponse>` — loadRestXmlErrorCode reads `Error.Code`, then `Code`;
 * - awsJson 1.0/1.1 and restJson: loadRestJsonErrorCode reads the `x-amzn-ErrorType` header, then a `code`
 *   key (any case), then `__type`; the code is cut at "," and ":" and keeps the part after "#".
 * Every shape here also occurs outside AWS, so each needs an AWS hint (host, SigV4, x-amz* headers).
 */
export const detectAws: Detector = (ctx) => {
  const hints = hintsFor(ctx.hints, 'aws');
  if (hints.length === 0) return undefined;
  if (ctx.xml) return fromXml(ctx, ctx.xml, hints);
  if (ctx.json) return fromJson(ctx, ctx.json, hints);
  return undefined;
};

function fromXml(ctx: DetectContext, xml: Node, hints: string[]): ReturnType<Detector> {
  const query = child(xml, 'ErrorResponse');
  const error = child(query, 'Error') ?? child(xml, 'Error');
  const code = xmlText(error, 'Code');
  if (!error || !code) return undefined;
  const ex = ctx.exchange;
  const protocol = query ? 'awsQuery XML <ErrorResponse><Error><Code>' : 'restXml <Error><Code> (S3-style)';
  return found({
    code,
    message: xmlText(error, 'Message'),
    // awsQuery puts RequestId beside <Error>; S3 inside it.
    requestId: xmlText(query, 'RequestId') ?? xmlText(error, 'RequestId') ?? headerValue(ex.responseHeaders, 'x-amz-request-id'),
    hostId: xmlText(error, 'HostId') ?? headerValue(ex.responseHeaders, 'x-amz-id-2'),
    evidence: [`body is ${protocol}`, ...typeEvidence(xmlText(error, 'Type')), ...hints],
  });
}

function fromJson(ctx: DetectContext, json: Node, hints: string[]): ReturnType<Detector> {
  const ex = ctx.exchange;
  // A 2xx JSON body is data, whatever keys it has; AWS JSON protocols always fail with 4xx/5xx.
  if (ex.status > 0 && ex.status < 300) return undefined;
  const lookup = jsonErrorCode(ex.responseHeaders, json);
  if (!lookup) return undefined;
  return found({
    code: lookup.code,
    message: text(json, 'message') ?? text(json, 'Message') ?? text(json, 'errorMessage'),
    requestId: headerValue(ex.responseHeaders, 'x-amzn-RequestId') ?? headerValue(ex.responseHeaders, 'x-amzn-request-id'),
    evidence: [`code from ${lookup.from} (awsJson / restJson)`, ...hints],
  });
}

/** The SDK's lookup order, plus awsQueryCompatible's `x-amzn-query-error: Code;Fault` header first. */
export function jsonErrorCode(headers: DetectContext['exchange']['responseHeaders'], json: Node): { code: string; from: string } | undefined {
  // Divergence: the SDK reads x-amzn-query-error only for query-compatible services (SQS on JSON);
  // when it is present it names the code the query protocol would have sent, which is what docs list.
  const queryError = headerValue(headers, 'x-amzn-query-error');
  if (queryError) {
    const code = queryError.split(';')[0]?.trim();
    if (code) return { code, from: 'header x-amzn-query-error' };
  }
  const header = headerValue(headers, 'x-amzn-ErrorType');
  if (header) return { code: sanitize(header), from: 'header x-amzn-ErrorType' };
  const codeKey = Object.keys(json).find((k) => k.toLowerCase() === 'code');
  const codeValue = codeKey ? text(json, codeKey) : undefined;
  if (codeValue !== undefined) return { code: sanitize(codeValue), from: `body ${codeKey}` };
  const type = text(json, '__type');
  if (type !== undefined) return { code: sanitize(type), from: 'body __type' };
  return undefined;
}

/** "aws.protocoltests.restjson#FooError:http://internal.amazon.com/…" → "FooError". */
export function sanitize(raw: string): string {
  let v = raw;
  if (v.includes(',')) v = v.split(',')[0] as string;
  if (v.includes(':')) v = v.split(':')[0] as string;
  if (v.includes('#')) v = v.split('#')[1] as string;
  return v.trim();
}

function typeEvidence(type: string | undefined): string[] {
  return type ? [`error type ${type} (${type === 'Sender' ? 'the caller must change the request' : 'AWS side'})`] : [];
}

function found(facts: FindingFacts): ReturnType<Detector> {
  return errorClaim('aws', 'aws', facts);
}

// Docs followed:
// aws-sdk-js-v3 packages/core/src/submodules/protocols/json/parseJsonBody.ts (loadRestJsonErrorCode)
// aws-sdk-js-v3 packages/core/src/submodules/protocols/xml/parseXmlBody.ts (loadRestXmlErrorCode)
// aws-sdk-js-v3 packages/core/src/submodules/protocols/query/AwsQueryProtocol.ts (loadQueryErrorCode)
// smithy-aws-protocol-tests model/{awsJson1_0,awsJson1_1,restJson1,restXml,awsQuery}/errors.smithy
// https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
