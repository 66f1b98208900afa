import { headerValue } from '../exchange.js';
import { hintsFor } from '../evidence.js';
import { text } from '../parse/node.js';
import { errorClaim } from './claim.js';
import type { Detector } from './context.js';

/**
 * What the OCI Go SDK calls an error response that names no code: newServiceFailureFromResponse (oci-go-sdk
 * common/errors.go) starts from Code "BadErrorResponse" and keeps it when the JSON body has no `code`, while the
 * message still comes from the body. The other SDKs have no better name (oci-typescript-sdk handleErrorResponse says
 * "unknown code", oci-python-sdk leaves the code None), so the Go SDK's is the one reported.
 */
const NO_CODE = 'BadErrorResponse';

/**
 * Oracle Cloud Infrastructure: `{"code": "NotAuthorizedOrNotFound", "message": "..."}` with the request id in
 * the `opc-request-id` header. The shape is the most generic there is, so an OCI host, opc-* header or OCI
 * signature is required, and the HTTP status must be an error. A server error whose body has a `message` but no
 * `code` (a service or its load balancer failing before the error mapper) is reported as NO_CODE when the response
 * carries `opc-request-id`, i.e. it came through OCI's front end.
 */
export const detectOci: Detector = ({ exchange, json, hints }) => {
  const ociHints = hintsFor(hints, 'oci');
  const fromOci = ociHints.length > 0;
  // Status 0 (no response recorded, e.g. an imported HAR without one) is not proof of success.
  const succeeded = exchange.status > 0 && exchange.status < 400;
  if (!json || !fromOci || succeeded) return undefined;
  const requestId = headerValue(exchange.responseHeaders, 'opc-request-id');
  const message = text(json, 'message');
  const code = typeof json['code'] === 'string' ? text(json, 'code') : undefined;
  if (code !== undefined) return errorClaim('oci', 'oci', { code, message, requestId, evidence: ['body has code and message', ...ociHints] });
  const serverError = exchange.status >= 500;
  const codeAbsent = json['code'] === undefined;
  if (serverError && codeAbsent && message !== undefined && requestId !== undefined) {
    return errorClaim('oci', 'oci', {
      code: NO_CODE,
      message,
      requestId,
      evidence: [`HTTP ${exchange.status} body has a message but no code: reported as ${NO_CODE}, as the OCI Go SDK does`, ...ociHints],
    });
  }
  return undefined;
};

// Docs followed: https://docs.oracle.com/en-us/iaas/Content/API/References/apierrors.htm,
// oracle/oci-go-sdk common/errors.go (newServiceFailureFromResponse), oracle/oci-typescript-sdk lib/common/lib/helper.ts
// (handleErrorResponse), oracle/oci-python-sdk src/oci/base_client.py (get_deserialized_service_code_and_message)
