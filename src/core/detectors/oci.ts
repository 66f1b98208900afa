import { headerValue } from '../exchange.js';
import { hintsFor } from '../evidence.js';
import { text } from '../parse/node.js';
import type { Detector } from './context.js';

/**
 * Oracle Cloud Infrastructure: `{"code": "NotAuthorizedOrNotFound", "message": "..."}` with the request id in
 * the `opc-request-id` header. The shape is the most generic there is, so an OCI host, opc-* header or OCI
 * signature is required, and the HTTP status must be an error.
 */
export const detectOci: Detector = ({ exchange, json, hints }) => {
  const extra = hintsFor(hints, 'oci');
  if (!json || extra.length === 0 || (exchange.status > 0 && exchange.status < 400)) return undefined;
  const code = text(json, 'code');
  if (code === undefined || typeof json['code'] !== 'string') return undefined;
  return {
    kind: 'error',
    finding: {
      provider: 'oci',
      family: 'oci',
      code,
      message: text(json, 'message'),
      requestId: headerValue(exchange.responseHeaders, 'opc-request-id'),
      evidence: ['body has code and message', ...extra],
    },
  };
};

// Docs followed: https://docs.oracle.com/en-us/iaas/Content/API/References/apierrors.htm
