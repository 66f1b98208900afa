import { hintsFor } from '../evidence.js';
import { mayHaveFailed } from '../exchange.js';
import { child, children, isNode, text, type Node } from '../parse/node.js';
import { errorClaim, type Claim } from './claim.js';
import type { DetectContext, Detector } from './context.js';

const ERROR_INFO = 'type.googleapis.com/google.rpc.ErrorInfo';
const RPC_DETAIL = 'type.googleapis.com/google.rpc.';

/**
 * RFC 6749 §5.2 error codes and Google's own additions (invalid_rapt, admin_policy_enforced) are lower-case words
 * joined by underscores. A sentence in `error` is some other API's message, not an OAuth code.
 */
const OAUTH_ERROR_CODE = /^[a-z]+(?:_[a-z]+)*$/;

/**
 * google.rpc.Code for an HTTP status, as the Google client libraries map it when the body gives no `status`:
 * gax-nodejs src/status.ts rpcCodeFromHttpStatusCode (called from GoogleError.parseHttpError; python-api-core
 * exceptions.from_http_response picks its exception class by the HTTP status the same way).
 */
const RPC_CODE_FOR_HTTP: ReadonlyMap<number, string> = new Map([
  [400, 'INVALID_ARGUMENT'],
  [401, 'UNAUTHENTICATED'],
  [403, 'PERMISSION_DENIED'],
  [404, 'NOT_FOUND'],
  [409, 'ABORTED'],
  [416, 'OUT_OF_RANGE'],
  [429, 'RESOURCE_EXHAUSTED'],
  [499, 'CANCELLED'],
  [501, 'UNIMPLEMENTED'],
  [503, 'UNAVAILABLE'],
  [504, 'DEADLINE_EXCEEDED'],
]);

/**
 * Google Cloud: `google.rpc.Status` as JSON, `{"error": {"code": 403, "message", "status": "PERMISSION_DENIED",
 * "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason", "domain"}]}}`. The code is the
 * canonical `status`; the first ErrorInfo's reason and domain are kept as the specific cause. Older APIs
 * send `errors: [{domain, reason, message}]` and sometimes no status: then the reason is the code. With neither, the
 * code is the google.rpc.Code the client libraries derive from the HTTP status (RPC_CODE_FOR_HTTP). REST streaming
 * methods wrap the error in a JSON array; detect.ts unwraps it before this runs.
 * Google's OAuth server answers RFC 6749 token errors instead: `{"error": "invalid_grant", "error_description"}`.
 * `{"error": ...}` is everywhere, so a Google host, an x-goog-* request header or a google.rpc detail is required.
 */
export const detectGcp: Detector = (ctx) => {
  const { json } = ctx;
  if (typeof json?.['error'] === 'string') return fromOAuthError(ctx, json['error'], json);
  const error = child(json, 'error');
  if (!error) return undefined;
  const googleHints = hintsFor(ctx.hints, 'gcp');
  const details = children(error, 'details');
  const hasRpcDetails = details.some((d) => (text(d, '@type') ?? '').startsWith(RPC_DETAIL));
  const fromGoogle = hasRpcDetails || googleHints.length > 0;
  if (!fromGoogle) return undefined;

  const numeric = typeof error['code'] === 'number' ? error['code'] : undefined;
  const status = text(error, 'status');
  const info = details.find((d) => text(d, '@type') === ERROR_INFO);
  const legacy = Array.isArray(error['errors']) ? (error['errors'] as unknown[]).find(isNode) : undefined;
  const reason = text(info, 'reason') ?? text(legacy, 'reason');
  const message = text(error, 'message') ?? text(legacy, 'message');

  const evidence: string[] = [];
  if (numeric !== undefined) {
    evidence.push(`body has error.code ${numeric}${status ? ` and error.status ${status}` : ''} (google.rpc.Status)`);
  } else {
    // Without a numeric code the object is still google.rpc.Status as JSON (every field is optional), but only a
    // failed call from Google makes it an error: gax-nodejs GoogleError.parseHttpError reads status, else code.
    const failed = mayHaveFailed(ctx.exchange.status);
    const saysSomething = status !== undefined || reason !== undefined || message !== undefined;
    if (!failed || !saysSomething) return undefined;
    evidence.push(
      `body has ${status ? `error.status ${status}` : reason ? `reason ${reason}` : 'error.message'} but no numeric error.code, on HTTP ${ctx.exchange.status}`,
    );
  }
  if (hasRpcDetails) evidence.push('body has google.rpc error details');
  evidence.push(...googleHints);

  // The JSON mapping's `code` is the HTTP status (https://cloud.google.com/apis/design/errors#http_mapping).
  const httpStatus = numeric ?? ctx.exchange.status;
  const derived = (status ?? reason) === undefined ? (RPC_CODE_FOR_HTTP.get(httpStatus) ?? fallbackRpcCode(httpStatus)) : undefined;
  const code = status ?? reason ?? derived;
  if (!code) return undefined;
  if (derived)
    evidence.push(`no status or reason in the body: ${derived} is HTTP ${httpStatus} as the Google client libraries map it (gax rpcCodeFromHttpStatusCode)`);
  return errorClaim('gcp', 'gcp', {
    code,
    message,
    reason: status ? reason : undefined,
    domain: text(info, 'domain') ?? text(legacy, 'domain'),
    evidence,
  });
};

/** gax's rule for statuses its table does not name: other 4xx FAILED_PRECONDITION, other 5xx INTERNAL; no code for the rest. */
function fallbackRpcCode(httpStatus: number): string | undefined {
  if (httpStatus >= 400 && httpStatus < 500) return 'FAILED_PRECONDITION';
  if (httpStatus >= 500 && httpStatus < 600) return 'INTERNAL';
  return undefined;
}

/**
 * An OAuth 2.0 token-endpoint error (RFC 6749 §5.2) from Google: the `error` string is the code and
 * `error_description` the message, as google-auth-library reports them ("invalid_grant: Token has been expired or
 * revoked."). The same shape comes from every OAuth server, so only a Google host or x-goog-* header makes it Google's.
 */
function fromOAuthError(ctx: DetectContext, code: string, json: Node): Claim | undefined {
  // oauth2.googleapis.com and accounts.google.com (the older token endpoint) are Google hosts in evidence.ts.
  const googleHints = hintsFor(ctx.hints, 'gcp');
  const fromGoogle = googleHints.length > 0;
  const failed = mayHaveFailed(ctx.exchange.status);
  if (!fromGoogle || !failed || !OAUTH_ERROR_CODE.test(code)) return undefined;
  const description = text(json, 'error_description');
  const evidence = [`body has error "${code}"${description ? ' and error_description' : ''} (OAuth 2.0 error response, RFC 6749 §5.2)`];
  evidence.push(...googleHints);
  return errorClaim('gcp', 'gcp', { code, message: description, evidence });
}

// Docs followed:
// https://cloud.google.com/apis/design/errors (google.rpc.Status, ErrorInfo, HTTP mapping)
// googleapis/googleapis google/rpc/code.proto, google/rpc/error_details.proto
// googleapis/gax-nodejs gax/src/googleError.ts (parseHttpError: array form, status before code) and gax/src/status.ts
// https://datatracker.ietf.org/doc/html/rfc6749#section-5.2 (OAuth 2.0 error response)
// https://developers.google.com/identity/protocols/oauth2 (Google's token endpoints, refresh token expiration)
