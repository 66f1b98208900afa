/**
 * Oracle Cloud Infrastructure catalog (provider "oci").
 *
 * Sources:
 * - OCI "API Errors", "Common Errors Returned by All Services" (HTTP status | error code | description | retry):
 *   https://docs.oracle.com/en-us/iaas/Content/API/References/apierrors.htm
 *   Descriptions as published there (and mirrored in the SDK error helpers, e.g. oci-go-sdk based error utilities).
 *   Codes the table lists under two statuses keep the more common one (InvalidParameter 400; the 404 variant is "a
 *   dynamic path component is invalid"). The page's 2024 revision gives SignUpRequired 402; older revisions say 403.
 * - OCI SDK default retry strategy (oracle/oci-python-sdk docs/sdk_behaviors/retries.rst): retries timeouts and
 *   connection errors, HTTP 409 IncorrectState, HTTP 429 and HTTP 5xx except 501. `retryable` follows it; the page's
 *   "Yes, with backoff" for NotAuthorizedOrNotFound and friends concerns eventual consistency right after a create or a
 *   policy change, which the remediations mention instead.
 *
 * - BadErrorResponse is not a service code: it is what the OCI Go SDK reports for an error response whose body names no
 *   code (oracle/oci-go-sdk common/errors.go newServiceFailureFromResponse); the detector uses it for a 5xx that carries
 *   opc-request-id and a message only.
 *
 * Meanings are Oracle's text; remediations are this project's own.
 */
import type { CatalogEntry } from './entry.js';

const SOURCE = 'OCI API errors, common errors returned by all services';
const SDK_RETRY = 'OCI SDK default retry strategy';
const DOC = 'https://docs.oracle.com/en-us/iaas/Content/API/References/apierrors.htm';

const oci = (entry: Omit<CatalogEntry, 'provider'>): CatalogEntry => ({ provider: 'oci', docsUrl: DOC, ...entry });

export const OCI_CATALOG: readonly CatalogEntry[] = [
  oci({
    code: 'CannotParseRequest',
    meaning: 'The request is incorrectly formatted.',
    remediation: "Check the JSON body (valid syntax, field names in camelCase, Content-Type: application/json) against the operation's API reference.",
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  }),
  oci({
    code: 'InvalidParameter',
    meaning: 'A parameter is invalid or incorrectly formatted (404: a dynamic path component is invalid or is syntactically valid but is not allowed).',
    remediation: 'Fix the parameter the message names: OCIDs must be complete and of the right resource type and region, enums exact, dates RFC 3339.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  }),
  oci({
    code: 'LimitExceeded',
    meaning: 'Fulfilling this request exceeds the Oracle-defined limit for this tenancy for this resource type.',
    remediation: 'Check Governance > Limits, Quotas and Usage for the service limit in that region/AD, free resources, or request a service limit increase.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  }),
  oci({
    code: 'MissingParameter',
    meaning: 'A required parameter is missing.',
    remediation: 'Add the required parameter named in the message (compartmentId is the usual one) as documented for the operation.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  }),
  oci({
    code: 'QuotaExceeded',
    meaning: 'Fulfilling this request exceeds the administrator-defined quota for this compartment for this resource.',
    remediation:
      'Ask a tenancy administrator to raise the compartment quota policy (set/unset quota statements) or create the resource in another compartment.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  }),
  oci({
    code: 'RelatedResourceNotAuthorizedOrNotFound',
    meaning: 'A resource specified in the body of the request was not found, or you do not have authorization to access that resource.',
    remediation:
      'Check the OCIDs in the body (subnet, image, vault key …) exist in that region and that a policy lets your group use them (e.g. "allow group X to use virtual-network-family in compartment Y"); right after creating one, retry briefly.',
    category: 'permission',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  }),
  oci({
    code: 'NotAuthenticated',
    meaning: 'The required authentication information was not provided or was incorrect.',
    remediation:
      'Check the API signing key: user/tenancy OCIDs, fingerprint and private key in ~/.oci/config, the keyId format, and that the date header is within 5 minutes of server time (sync the clock).',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
    source: SOURCE,
  }),
  oci({
    code: 'SignUpRequired',
    meaning: 'This operation requires opt-in before it may be called.',
    remediation: "Subscribe the tenancy to the service or region (Governance > Region management, or the service's sign-up) before calling it.",
    category: 'permission',
    retryable: false,
    httpStatus: 402,
    source: SOURCE,
  }),
  oci({
    code: 'NotAllowed',
    meaning: 'This operation must be directed at the home region.',
    remediation: "Send IAM writes (users, groups, policies, compartments) to the tenancy's home region endpoint.",
    category: 'unsupported',
    retryable: false,
    httpStatus: 403,
    source: SOURCE,
  }),
  oci({
    code: 'NotAuthorized',
    meaning: 'You do not have authorization to update one or more of the fields included in this request.',
    remediation: 'Remove the fields you may not change, or add a policy granting your group the needed verb (manage rather than use) on the resource type.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    source: SOURCE,
  }),
  oci({
    code: 'NotAuthorizedOrNotFound',
    meaning:
      'A resource specified via the URI (path or query parameters) of the request was not found, or you do not have authorization to access that resource.',
    remediation:
      'Check the OCID, the region of the endpoint and the compartment; then check an IAM policy lets your group inspect/read/use it ("allow group X to read … in compartment Y"). Retry only briefly after a create or policy change.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    source: SOURCE,
  }),
  oci({
    code: 'NotFound',
    meaning: 'There is no operation supported at the URI path and HTTP method you specified in the request.',
    remediation: 'Check the endpoint host (service and region), the API version in the path (e.g. /20160918/) and the HTTP method.',
    category: 'unsupported',
    retryable: false,
    httpStatus: 404,
    source: SOURCE,
  }),
  oci({
    code: 'NamespaceNotFound',
    meaning: 'You do not have authorization to perform this request, or the requested resource could not be found.',
    remediation: "Use the tenancy's Object Storage namespace (oci os ns get) in the path and check a policy grants access to the bucket.",
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    source: SOURCE,
  }),
  oci({
    code: 'MethodNotAllowed',
    meaning: 'The target resource does not support the HTTP method.',
    remediation: 'Use the HTTP method the API reference gives for the operation (e.g. PUT for updates, POST for actions).',
    category: 'unsupported',
    retryable: false,
    httpStatus: 405,
    source: SOURCE,
  }),
  oci({
    code: 'Conflict',
    meaning: 'The requested state for the resource conflicts with its current state. This state is not transient.',
    remediation: "Change the resource's state first (detach, stop, delete dependants), then send the request again; retrying as-is will not help.",
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    source: SOURCE,
  }),
  oci({
    code: 'ExternalServerIncorrectState',
    meaning: 'The external server is in an incorrect state: it timed out, returned an invalid response, or is unreachable.',
    remediation: 'Retry with exponential backoff; check the dependency the message names (for example a vault key or a target endpoint) if it persists.',
    category: 'server',
    retryable: true,
    httpStatus: 409,
    source: SOURCE,
  }),
  oci({
    code: 'IncorrectState',
    meaning: 'The requested state for the resource conflicts with its current state.',
    remediation:
      'Wait until the resource reaches the state the operation needs (poll its lifecycleState or a work request) and retry with backoff, as the SDK retry strategy does.',
    category: 'conflict',
    retryable: true,
    httpStatus: 409,
    source: `${SOURCE}; ${SDK_RETRY}`,
  }),
  oci({
    code: 'InvalidatedRetryToken',
    meaning: 'The provided retry token was used in an earlier request that resulted in a system update, but a subsequent operation invalidated the token.',
    remediation: 'If the change should be performed again, send it with a new opc-retry-token; do not reuse tokens across different operations.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    source: SOURCE,
  }),
  oci({
    code: 'ResourceLocked',
    meaning: 'The requested resource is locked, usually because it is in active use or modifying it would stop another resource from functioning.',
    remediation: 'Remove the resource lock (or the dependency) first, or wait until the resource is no longer in use.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    source: SOURCE,
  }),
  oci({
    code: 'NotAuthorizedOrResourceAlreadyExists',
    meaning:
      'You do not have authorization to perform this request, or the resource you are attempting to create already exists (returned only from create operations).',
    remediation:
      'Check whether a resource with that name/OCID already exists in the compartment, and that a policy lets your group manage that resource type there.',
    category: 'permission',
    retryable: false,
    httpStatus: 409,
    source: SOURCE,
  }),
  oci({
    code: 'NoEtagMatch',
    meaning: 'The ETag specified in the request does not match the ETag for the resource.',
    remediation: 'GET the resource again, reapply your change and send the new etag in if-match.',
    category: 'conflict',
    retryable: false,
    httpStatus: 412,
    source: SOURCE,
  }),
  oci({
    code: 'PayloadTooLarge',
    meaning: 'The request body is too large.',
    remediation: 'Reduce the body size (split the batch, use multipart upload for Object Storage).',
    category: 'parameter',
    retryable: false,
    httpStatus: 413,
    source: SOURCE,
  }),
  oci({
    code: 'UnprocessableEntity',
    meaning: 'The request is well formed but its content could not be processed.',
    remediation: "Check field combinations and values against the operation's semantics (the message names the problem).",
    category: 'parameter',
    retryable: false,
    httpStatus: 422,
    source: SOURCE,
  }),
  oci({
    code: 'TooManyRequests',
    meaning: 'You have issued too many requests to the Oracle Cloud Infrastructure APIs in too short of an amount of time.',
    remediation: 'Retry with exponential backoff and jitter (the SDK default retry strategy does); reduce concurrency and polling, and spread calls over time.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 429,
    source: `${SOURCE}; ${SDK_RETRY}`,
  }),
  oci({
    code: 'RequestHeaderFieldsTooLarge',
    meaning: 'The request headers are too large.',
    remediation: 'Trim custom headers and metadata (opc-meta-*) below the service limits.',
    category: 'parameter',
    retryable: false,
    httpStatus: 431,
    source: SOURCE,
  }),
  oci({
    code: 'InternalServerError',
    meaning: 'An internal server error occurred.',
    remediation: 'Retry with exponential backoff and an opc-retry-token on create calls; if it persists, file a service request with the opc-request-id.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
    source: `${SOURCE}; ${SDK_RETRY}`,
  }),
  oci({
    code: 'MethodNotImplemented',
    meaning: 'The HTTP request target does not recognize the HTTP method.',
    remediation: 'Use a method the operation supports; the SDK does not retry 501 because the result will not change.',
    category: 'unsupported',
    retryable: false,
    httpStatus: 501,
    source: `${SOURCE}; ${SDK_RETRY}`,
  }),
  oci({
    code: 'ExternalServerUnreachable',
    meaning: 'The service could not reach an external server it depends on.',
    remediation: 'Retry with exponential backoff; if it persists, check the reachability of the external endpoint the request involves.',
    category: 'server',
    retryable: true,
    httpStatus: 503,
    source: `${SOURCE}; ${SDK_RETRY}`,
  }),
  oci({
    code: 'ExternalServerTimeout',
    meaning: 'An external server the service depends on did not respond in time.',
    remediation: 'Retry with exponential backoff; check the latency of the external dependency if it keeps happening.',
    category: 'server',
    retryable: true,
    httpStatus: 503,
    source: `${SOURCE}; ${SDK_RETRY}`,
  }),
  oci({
    code: 'ExternalServerInvalidResponse',
    meaning: 'An external server the service depends on returned an invalid response.',
    remediation: 'Retry with exponential backoff; if it persists, check the external dependency and file a service request with the opc-request-id.',
    category: 'server',
    retryable: true,
    httpStatus: 503,
    source: `${SOURCE}; ${SDK_RETRY}`,
  }),
  oci({
    code: 'ServiceUnavailable',
    meaning: 'The service is currently unavailable.',
    remediation: 'Retry with exponential backoff and jitter; check the OCI status page for the region if it lasts.',
    category: 'server',
    retryable: true,
    httpStatus: 503,
    source: `${SOURCE}; ${SDK_RETRY}`,
  }),
  oci({
    code: 'BadErrorResponse',
    meaning:
      'Not a service code: the server error response had a message but no code, which the OCI Go SDK reports as BadErrorResponse (the TypeScript SDK says "unknown code").',
    remediation:
      'Read the message; treat it as a transient server failure and retry with backoff (the SDKs retry 5xx except 501). If it persists, file a service request with the opc-request-id.',
    category: 'server',
    retryable: true,
    source: `oracle/oci-go-sdk common/errors.go (newServiceFailureFromResponse); ${SDK_RETRY}`,
  }),
];
