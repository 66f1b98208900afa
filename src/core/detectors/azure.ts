import { headerValue, type HttpExchange } from '../exchange.js';
import { hintsFor } from '../evidence.js';
import { child, text, xmlText, type Node } from '../parse/node.js';
import { errorClaim, type Claim, type FindingFacts } from './claim.js';
import type { Detector } from './context.js';

/**
 * Azure:
 * - Resource Manager JSON: `{"error": {"code", "message", "target"?, "details"?}}` (some resource providers
 *   send the inner object at the top level);
 * - Storage XML: `<Error><Code/><Message/>…</Error>`, the code repeated in the `x-ms-error-code` header and
 *   the request id inside the message ("RequestId:…") as well as in `x-ms-request-id`.
 * Request ids come from `x-ms-request-id`; `x-ms-correlation-request-id` ties one ARM operation together.
 * Every shape here is generic (`{"error": {code, message}}` is everywhere), so nothing is claimed without Azure
 * evidence from the host or headers.
 */
export const detectAzure: Detector = ({ exchange, json, xml, hints }) => {
  const azureHints = hintsFor(hints, 'azure');
  const fromAzure = azureHints.length > 0;
  if (!fromAzure) return undefined;
  const ids = headerIds(exchange);
  if (json) return fromJson(json, ids, azureHints);
  if (xml) return fromXml(xml, exchange, ids, azureHints);
  return undefined;
};

type HeaderIds = Pick<FindingFacts, 'requestId' | 'correlationId'>;

function headerIds(exchange: HttpExchange): HeaderIds {
  const headers = exchange.responseHeaders;
  return {
    requestId: headerValue(headers, 'x-ms-request-id'),
    correlationId: headerValue(headers, 'x-ms-correlation-request-id'),
  };
}

/** Resource Manager: the `error` object, or the same members unwrapped at the top level. */
function fromJson(json: Node, ids: HeaderIds, azureHints: string[]): Claim | undefined {
  const wrapped = child(json, 'error');
  const unwrapped = text(json, 'code') !== undefined && text(json, 'message') !== undefined ? json : undefined;
  const error = wrapped ?? unwrapped;
  const code = text(error, 'code');
  // Numeric codes belong to other families (Tencent 2.0, Huawei); ARM codes are strings.
  const hasStringCode = !!error && !!code && typeof error['code'] === 'string';
  if (!hasStringCode) return undefined;
  const target = text(error, 'target');
  return azureError({
    ...ids,
    code,
    message: text(error, 'message'),
    evidence: ['body has error.code (Azure Resource Manager envelope)', ...(target ? [`error.target ${target}`] : []), ...azureHints],
  });
}

/** Storage: `<Error><Code>`, the code also in `x-ms-error-code`. */
function fromXml(xml: Node, exchange: HttpExchange, ids: HeaderIds, azureHints: string[]): Claim | undefined {
  const error = child(xml, 'Error');
  const code = xmlText(error, 'Code') ?? headerValue(exchange.responseHeaders, 'x-ms-error-code');
  if (!error || !code) return undefined;
  const detail = xmlText(error, 'AuthenticationErrorDetail');
  const message = xmlText(error, 'Message');
  return azureError({
    ...ids,
    code,
    // The message's trailing "RequestId:…\nTime:…" lines repeat headers; keep the first line and the auth detail.
    message: [message?.split('\n')[0], detail].filter(Boolean).join(' — ') || undefined,
    requestId: ids.requestId ?? requestIdIn(message),
    evidence: ['body is an <Error><Code> document (Azure Storage)', ...azureHints],
  });
}

/** Storage and OData services end their messages with "RequestId:<guid>\nTime:<iso>". */
function requestIdIn(message: string | undefined): string | undefined {
  return /RequestId:([0-9a-f-]{36})/i.exec(message ?? '')?.[1];
}

function azureError(facts: FindingFacts): Claim {
  return errorClaim('azure', 'azure', facts);
}

// Docs followed:
// https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/common-deployment-errors
// https://learn.microsoft.com/rest/api/storageservices/status-and-error-codes2
