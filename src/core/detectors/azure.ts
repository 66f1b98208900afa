import { headerValue } from '../exchange.js';
import { hintsFor } from '../evidence.js';
import type { Finding } from '../finding.js';
import { child, text, xmlText } from '../parse/node.js';
import type { Detector } from './context.js';

/**
 * Azure:
 * - Resource Manager JSON: `{"error": {"code", "message", "target"?, "details"?}}` (some resource providers
 *   send the inner object at the top level);
 * - Storage XML: `<Error><Code/><Message/>…</Error>`, the code repeated in the `x-ms-error-code` header and
 *   the request id inside the message ("RequestId:…") as well as in `x-ms-request-id`.
 * Request ids come from `x-ms-request-id`; `x-ms-correlation-request-id` ties one ARM operation together.
 */
export const detectAzure: Detector = ({ exchange, json, xml, hints }) => {
  const extra = hintsFor(hints, 'azure');
  if (extra.length === 0) return undefined;
  const headers = exchange.responseHeaders;
  const base = {
    requestId: headerValue(headers, 'x-ms-request-id'),
    correlationId: headerValue(headers, 'x-ms-correlation-request-id'),
  };
  if (json) {
    const error = child(json, 'error') ?? (text(json, 'code') !== undefined && text(json, 'message') !== undefined ? json : undefined);
    const code = text(error, 'code');
    if (!error || !code || typeof error['code'] !== 'string') return undefined;
    const target = text(error, 'target');
    return found({
      ...base,
      code,
      message: text(error, 'message'),
      evidence: ['body has error.code (Azure Resource Manager envelope)', ...(target ? [`error.target ${target}`] : []), ...extra],
    });
  }
  const error = child(xml, 'Error');
  const code = xmlText(error, 'Code') ?? headerValue(headers, 'x-ms-error-code');
  if (!error || !code) return undefined;
  const detail = xmlText(error, 'AuthenticationErrorDetail');
  const message = xmlText(error, 'Message');
  return found({
    ...base,
    code,
    // The message's trailing "RequestId:…\nTime:…" lines repeat headers; keep the first line and the auth detail.
    message: [message?.split('\n')[0], detail].filter(Boolean).join(' — ') || undefined,
    requestId: base.requestId ?? /RequestId:([0-9a-f-]{36})/i.exec(message ?? '')?.[1],
    evidence: ['body is an <Error><Code> document (Azure Storage)', ...extra],
  });
};

function found(f: Omit<Finding, 'provider' | 'family'>): ReturnType<Detector> {
  return { kind: 'error', finding: { provider: 'azure', family: 'azure', ...f } };
}

// Docs followed:
// https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/common-deployment-errors
// https://learn.microsoft.com/rest/api/storageservices/status-and-error-codes2
