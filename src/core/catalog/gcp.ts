/**
 * Google Cloud catalog (provider "gcp").
 *
 * Three kinds of code share this table; the detector looks up the `status` first and the ErrorInfo `reason` after it:
 * - Canonical statuses: `google.rpc.Code` (googleapis/googleapis google/rpc/code.proto), every value except OK, with
 *   the HTTP mapping the proto gives (CANCELLED → 499 … DATA_LOSS → 500). Guidance on which status to retry follows the
 *   proto's comments (UNAVAILABLE: retry the call; ABORTED: retry at a higher level). See also
 *   https://cloud.google.com/apis/design/errors
 * - ErrorInfo reasons of the `googleapis.com` domain: google.api.ErrorReason (googleapis/googleapis
 *   google/api/error_reason.proto; the newer values ACCESS_TOKEN_SCOPE_INSUFFICIENT … OVERLOADED_CREDENTIALS as published
 *   in the generated googleapis client enums), plus IAM_PERMISSION_DENIED (domain iam.googleapis.com or the service's
 *   own domain), as returned in real `google.rpc.ErrorInfo` details. Reasons carry no httpStatus: the proto gives none,
 *   the status travels with the accompanying google.rpc.Code (IAM_PERMISSION_DENIED keeps the 403 it is always sent with).
 * - Legacy `errors[].reason` values (camelCase): Google APIs "Global domain errors"
 *   (https://developers.google.com/youtube/v3/docs/core_errors), Cloud Storage JSON API "HTTP status and error codes"
 *   (https://cloud.google.com/storage/docs/json_api/v1/status-codes) and BigQuery "Error messages"
 *   (https://cloud.google.com/bigquery/docs/error-messages). Where those pages give different statuses for a reason
 *   (rateLimitExceeded 403 or 429, backendError 500 or 503), httpStatus is left out.
 *
 * - OAuth 2.0 token-endpoint errors from Google's authorization server (oauth2.googleapis.com, accounts.google.com),
 *   `{"error": "invalid_grant", "error_description"}`: the error codes of RFC 6749 §5.2
 *   (https://datatracker.ietf.org/doc/html/rfc6749#section-5.2; 400, or 401 for invalid_client), with Google's causes of
 *   an invalid refresh token from https://developers.google.com/identity/protocols/oauth2#expiration.
 *
 * docsUrl is set to the page that documents the code, or to the page the proto itself links for a reason. Meanings are
 * Google's text, shortened; remediations are this project's own.
 */
import type { CatalogEntry } from './entry.js';

const CODE_PROTO = 'googleapis google/rpc/code.proto (google.rpc.Code)';
const REASON_PROTO = 'googleapis google/api/error_reason.proto (ErrorInfo reasons, domain googleapis.com)';
const LEGACY = 'Google APIs global domain errors (errors[].reason)';
const GCS = 'Cloud Storage JSON API status and error codes';
const BQ = 'BigQuery error messages';

const DESIGN_DOC = 'https://cloud.google.com/apis/design/errors';
const CORE_ERRORS_DOC = 'https://developers.google.com/youtube/v3/docs/core_errors';
const GCS_DOC = 'https://cloud.google.com/storage/docs/json_api/v1/status-codes';
const BQ_DOC = 'https://cloud.google.com/bigquery/docs/error-messages';
const API_KEYS_DOC = 'https://cloud.google.com/docs/authentication/api-keys';
const AUTH_DOC = 'https://cloud.google.com/docs/authentication';
const OAUTH = "RFC 6749 §5.2 (OAuth 2.0 error response), as returned by Google's OAuth 2.0 token endpoint";
const OAUTH_DOC = 'https://datatracker.ietf.org/doc/html/rfc6749#section-5.2';
const GOOGLE_OAUTH_EXPIRATION_DOC = 'https://developers.google.com/identity/protocols/oauth2#expiration';

const gcp = (entry: Omit<CatalogEntry, 'provider'>): CatalogEntry => ({ provider: 'gcp', ...entry });

export const GCP_CATALOG: readonly CatalogEntry[] = [
  // --- google.rpc.Code (OK excluded) ---
  gcp({
    code: 'CANCELLED',
    meaning: 'The operation was cancelled, typically by the caller.',
    remediation:
      'The client (or a proxy) gave up: check the client-side deadline/timeout and whether the request context was cancelled on purpose; re-issue the call if the work is still needed.',
    category: 'server',
    retryable: false,
    httpStatus: 499,
    docsUrl: DESIGN_DOC,
    source: CODE_PROTO,
  }),
  gcp({
    code: 'UNKNOWN',
    meaning: 'Unknown error, for example a status from another address space or an API that does not return enough error information.',
    remediation:
      'Read the message and details for the underlying cause; if it looks transient, retry once with backoff, otherwise report it with the request details (x-goog-request-id / trace) to support.',
    category: 'server',
    retryable: false,
    httpStatus: 500,
    docsUrl: DESIGN_DOC,
    source: CODE_PROTO,
  }),
  gcp({
    code: 'INVALID_ARGUMENT',
    meaning: 'The client specified an invalid argument, problematic regardless of the state of the system (e.g. a malformed file name).',
    remediation:
      'Look at the BadRequest fieldViolations in details (field and description) and fix those fields; check resource names follow the projects/…/locations/… format the API expects.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: DESIGN_DOC,
    source: CODE_PROTO,
  }),
  gcp({
    code: 'DEADLINE_EXCEEDED',
    meaning: 'The deadline expired before the operation could complete; for state-changing operations it may have completed anyway.',
    remediation:
      'Raise the client deadline or shrink the request (page size, batch size); before retrying a write, check whether it already took effect (or use a request ID / idempotent method).',
    category: 'server',
    retryable: true,
    httpStatus: 504,
    docsUrl: DESIGN_DOC,
    source: CODE_PROTO,
  }),
  gcp({
    code: 'NOT_FOUND',
    meaning: 'Some requested entity (e.g. file or directory) was not found; for privacy reasons it might be returned when the caller lacks access.',
    remediation:
      'Check the full resource name: project ID vs number, location/region, and the resource ID; if it exists, check the caller can see it (NOT_FOUND may hide a permission problem).',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    docsUrl: DESIGN_DOC,
    source: CODE_PROTO,
  }),
  gcp({
    code: 'ALREADY_EXISTS',
    meaning: 'The entity that a client attempted to create (e.g. file or directory) already exists.',
    remediation:
      'Use the existing resource (get it) or pick another ID; make create steps idempotent by treating ALREADY_EXISTS as success when the spec matches.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    docsUrl: DESIGN_DOC,
    source: CODE_PROTO,
  }),
  gcp({
    code: 'PERMISSION_DENIED',
    meaning: 'The caller does not have permission to execute the specified operation.',
    remediation:
      'Find the missing permission in the message or ErrorInfo metadata and grant a role that contains it to the calling principal (gcloud projects add-iam-policy-binding); also check the API is enabled and no org policy or VPC-SC perimeter blocks it.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    docsUrl: DESIGN_DOC,
    source: CODE_PROTO,
  }),
  gcp({
    code: 'UNAUTHENTICATED',
    meaning: 'The request does not have valid authentication credentials for the operation.',
    remediation:
      'Send a valid OAuth access token (Authorization: Bearer …) or API key: refresh Application Default Credentials (gcloud auth application-default login) or the service account key, and check the token is not expired.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
    docsUrl: DESIGN_DOC,
    source: CODE_PROTO,
  }),
  gcp({
    code: 'RESOURCE_EXHAUSTED',
    meaning: 'Some resource has been exhausted, perhaps a per-user quota, or perhaps the entire file system is out of space.',
    remediation:
      'Retry with exponential backoff and jitter (honour RetryInfo in details); QuotaFailure details name the quota metric, which you can raise in IAM & Admin > Quotas if the load is expected.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 429,
    docsUrl: DESIGN_DOC,
    source: CODE_PROTO,
  }),
  gcp({
    code: 'FAILED_PRECONDITION',
    meaning: "The operation was rejected because the system is not in a state required for the operation's execution (e.g. deleting a non-empty directory).",
    remediation:
      'Do not retry as-is: fix the state first (PreconditionFailure details name the violation, e.g. API not enabled, resource not empty, etag mismatch), then send the request again.',
    category: 'conflict',
    retryable: false,
    httpStatus: 400,
    docsUrl: DESIGN_DOC,
    source: CODE_PROTO,
  }),
  gcp({
    code: 'ABORTED',
    meaning: 'The operation was aborted, typically due to a concurrency issue such as a sequencer check failure or transaction abort.',
    remediation: 'Retry at a higher level: restart the whole read-modify-write sequence or transaction (re-read the etag/version) with jittered backoff.',
    category: 'conflict',
    retryable: true,
    httpStatus: 409,
    docsUrl: DESIGN_DOC,
    source: CODE_PROTO,
  }),
  gcp({
    code: 'OUT_OF_RANGE',
    meaning: 'The operation was attempted past the valid range, e.g. seeking or reading past end-of-file.',
    remediation: 'Check offsets, page tokens and sizes against the current size of the resource; when iterating, treat OUT_OF_RANGE as the end of the data.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: DESIGN_DOC,
    source: CODE_PROTO,
  }),
  gcp({
    code: 'UNIMPLEMENTED',
    meaning: 'The operation is not implemented or is not supported/enabled in this service.',
    remediation: 'Check the method and API version (v1 vs v1beta), the HTTP verb and URL path, and whether the feature is available in this location.',
    category: 'unsupported',
    retryable: false,
    httpStatus: 501,
    docsUrl: DESIGN_DOC,
    source: CODE_PROTO,
  }),
  gcp({
    code: 'INTERNAL',
    meaning: 'Internal errors: some invariants expected by the underlying system have been broken.',
    remediation:
      'Retry with exponential backoff and jitter a few times; if it persists, check the Google Cloud status dashboard and file a support case with the request details.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
    docsUrl: DESIGN_DOC,
    source: CODE_PROTO,
  }),
  gcp({
    code: 'UNAVAILABLE',
    meaning: 'The service is currently unavailable. This is most likely a transient condition, which can be corrected by retrying with a backoff.',
    remediation:
      'Retry the same call with exponential backoff and jitter (client libraries do this for idempotent methods); check the status dashboard if it lasts.',
    category: 'server',
    retryable: true,
    httpStatus: 503,
    docsUrl: DESIGN_DOC,
    source: CODE_PROTO,
  }),
  gcp({
    code: 'DATA_LOSS',
    meaning: 'Unrecoverable data loss or corruption.',
    remediation: 'Stop retrying and escalate: open a support case with the resource name and request details, and restore from backups if needed.',
    category: 'server',
    retryable: false,
    httpStatus: 500,
    docsUrl: DESIGN_DOC,
    source: CODE_PROTO,
  }),

  // --- ErrorInfo reasons, domain googleapis.com ---
  gcp({
    code: 'SERVICE_DISABLED',
    meaning: 'The request is calling a disabled service for a consumer.',
    remediation:
      'Enable the API named in metadata.service for the project in metadata.consumer (gcloud services enable SERVICE --project=…); wait a few minutes for it to propagate. Check the quota project the client bills to.',
    category: 'permission',
    retryable: false,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'BILLING_DISABLED',
    meaning: 'The request whose associated billing account is disabled.',
    remediation: 'Link the project to an active billing account (Billing > Account management) or reactivate the billing account, then retry.',
    category: 'billing',
    retryable: false,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'API_KEY_INVALID',
    meaning: 'The request is denied because the provided API key is invalid: it may be in a bad format, cannot be found, or has been expired.',
    remediation:
      'Copy a current key from APIs & Services > Credentials (no whitespace), check it was not deleted or rotated, and that the key= parameter or x-goog-api-key header carries it.',
    category: 'authentication',
    retryable: false,
    docsUrl: API_KEYS_DOC,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'API_KEY_SERVICE_BLOCKED',
    meaning: 'The request is denied because it violates API key API restrictions.',
    remediation: "Add the called API to the key's API restrictions, or use a key meant for this API.",
    category: 'permission',
    retryable: false,
    docsUrl: API_KEYS_DOC,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'API_KEY_HTTP_REFERRER_BLOCKED',
    meaning: 'The request is denied because the HTTP referrer violates API key HTTP restrictions.',
    remediation:
      "Add the page's origin to the key's allowed HTTP referrers (watch scheme, subdomain and trailing /*), or make sure the browser sends a Referer header.",
    category: 'permission',
    retryable: false,
    docsUrl: API_KEYS_DOC,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'API_KEY_IP_ADDRESS_BLOCKED',
    meaning: 'The request is denied because the caller IP violates API key IP address restrictions.',
    remediation: "Add the caller's egress IP (NAT / proxy address, IPv4 and IPv6) to the key's allowed IP addresses.",
    category: 'permission',
    retryable: false,
    docsUrl: API_KEYS_DOC,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'API_KEY_ANDROID_APP_BLOCKED',
    meaning: 'The request is denied because it violates API key Android application restrictions.',
    remediation: "Register the app's package name and signing-certificate SHA-1 (debug and release) in the key's Android restrictions.",
    category: 'permission',
    retryable: false,
    docsUrl: API_KEYS_DOC,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'API_KEY_IOS_APP_BLOCKED',
    meaning: 'The request is denied because it violates API key iOS application restrictions.',
    remediation: "Add the app's bundle ID to the key's iOS restrictions, and make sure the client sends it (X-Ios-Bundle-Identifier).",
    category: 'permission',
    retryable: false,
    docsUrl: API_KEYS_DOC,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'RATE_LIMIT_EXCEEDED',
    meaning: 'The request is denied because there is not enough rate quota for the consumer.',
    remediation:
      'Retry with exponential backoff and jitter; metadata names quota_metric and quota_limit, which you can raise for the consumer project in IAM & Admin > Quotas.',
    category: 'quota-throttling',
    retryable: true,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'RESOURCE_QUOTA_EXCEEDED',
    meaning: 'The request is denied because there is not enough resource quota for the consumer.',
    remediation:
      'Free resources (delete unused VMs, IPs, jobs) or request more of the quota named in metadata.quota_limit; retrying does not help until usage drops.',
    category: 'quota-throttling',
    retryable: false,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'LOCATION_TAX_POLICY_VIOLATED',
    meaning:
      'The billing account address is in a tax restricted location, which violates local tax restrictions when creating resources in the restricted region.',
    remediation: 'Create the resource in another location, or use a billing account whose address allows that region.',
    category: 'billing',
    retryable: false,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'USER_PROJECT_DENIED',
    meaning: 'The request is denied because the caller does not have required permission on the user project or the user project is invalid.',
    remediation:
      'Grant the caller serviceusage.services.use on the project given in userProject / x-goog-user-project (roles/serviceusage.serviceUsageConsumer), or set a quota project the caller may use.',
    category: 'permission',
    retryable: false,
    docsUrl: 'https://cloud.google.com/apis/docs/system-parameters',
    source: REASON_PROTO,
  }),
  gcp({
    code: 'CONSUMER_SUSPENDED',
    meaning: 'The request is denied because the consumer is suspended due to Terms of Service violations.',
    remediation: "Check the project's notices and follow the appeal process; nothing on the request side helps while the project is suspended.",
    category: 'permission',
    retryable: false,
    docsUrl: 'https://cloud.google.com/resource-manager/docs/project-suspension-guidelines',
    source: REASON_PROTO,
  }),
  gcp({
    code: 'CONSUMER_INVALID',
    meaning: 'The request is denied because the associated consumer is invalid: bad format, not found, or deleted.',
    remediation:
      'Check the project ID/number in the request, the quota project (x-goog-user-project, ADC quota_project_id) and that the project is not deleted.',
    category: 'not-found',
    retryable: false,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'SECURITY_POLICY_VIOLATED',
    meaning: 'The request is denied because it violates VPC Service Controls.',
    remediation:
      'Search the audit logs for metadata.uid, then add an ingress/egress rule or access level to the service perimeter, or call from inside the perimeter.',
    category: 'permission',
    retryable: false,
    docsUrl: 'https://cloud.google.com/vpc-service-controls/docs/troubleshooting',
    source: REASON_PROTO,
  }),
  gcp({
    code: 'ACCESS_TOKEN_EXPIRED',
    meaning: 'The request is denied because the provided access token has expired.',
    remediation:
      'Refresh the OAuth access token (about 1 hour lifetime) with the refresh token or the credentials library instead of caching it; check the client clock too.',
    category: 'authentication',
    retryable: false,
    docsUrl: AUTH_DOC,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
    meaning: "The request is denied because the access token doesn't have at least one of the acceptable scopes required for the API.",
    remediation:
      'Request the scope the API needs (often https://www.googleapis.com/auth/cloud-platform) when minting the token; on GCE/GKE widen the VM or node pool access scopes, or re-run gcloud auth login with --scopes.',
    category: 'permission',
    retryable: false,
    docsUrl: 'https://developers.google.com/identity/protocols/oauth2/scopes',
    source: REASON_PROTO,
  }),
  gcp({
    code: 'ACCOUNT_STATE_INVALID',
    meaning: 'The request is denied because the account associated with the access token is in an invalid state, such as disabled or deleted.',
    remediation: 'Re-enable or undelete the service account (gcloud iam service-accounts enable/undelete) or switch to an active account.',
    category: 'authentication',
    retryable: false,
    docsUrl: AUTH_DOC,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'ACCESS_TOKEN_TYPE_UNSUPPORTED',
    meaning: 'The request is denied because the type of the provided access token is not supported by the API being called.',
    remediation: "Send an OAuth 2.0 access token (not an ID token or API key) for this API, or follow the API's documented authentication method.",
    category: 'authentication',
    retryable: false,
    docsUrl: AUTH_DOC,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'CREDENTIALS_MISSING',
    meaning: "The request is denied because the request doesn't have any authentication credentials.",
    remediation:
      'Attach credentials: Authorization: Bearer <token> from Application Default Credentials, or an API key where the API accepts one; check a proxy does not strip the header.',
    category: 'authentication',
    retryable: false,
    docsUrl: AUTH_DOC,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'RESOURCE_PROJECT_INVALID',
    meaning: 'The request is denied because the project owning the resource (the API consumer) is invalid: bad format or empty.',
    remediation: 'Put a valid project ID in the resource name (projects/PROJECT_ID/…) and check the client does not send an empty project variable.',
    category: 'parameter',
    retryable: false,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'SESSION_COOKIE_INVALID',
    meaning: 'The request is denied because the provided session cookie is missing, invalid or failed to decode.',
    remediation: 'Sign in again in the browser session, or call the API with an OAuth token instead of cookies.',
    category: 'authentication',
    retryable: false,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'USER_BLOCKED_BY_ADMIN',
    meaning: 'The request is denied because the user is from a Google Workspace customer that blocks their users from accessing a particular service.',
    remediation: "Ask the Workspace administrator to allow the service for the user's organisational unit, or use an account that is allowed.",
    category: 'permission',
    retryable: false,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'RESOURCE_USAGE_RESTRICTION_VIOLATED',
    meaning: 'The request is denied because the resource service usage is restricted by administrators according to the organization policy constraint.',
    remediation: 'Ask an organisation policy admin to allow the service in constraints/gcp.restrictServiceUsage for this project, folder or org.',
    category: 'permission',
    retryable: false,
    docsUrl: 'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-services',
    source: REASON_PROTO,
  }),
  gcp({
    code: 'ORG_RESTRICTION_VIOLATION',
    meaning:
      'The request is denied because the requested resource does not belong to the allowed organizations specified in the X-Goog-Allowed-Resources header.',
    remediation: 'Use a resource inside an allowed organisation, or have the proxy admin add the organisation to the X-Goog-Allowed-Resources policy.',
    category: 'permission',
    retryable: false,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'ORG_RESTRICTION_HEADER_INVALID',
    meaning: 'The request is denied because the X-Goog-Allowed-Resources header is in a bad format.',
    remediation: 'Fix the X-Goog-Allowed-Resources header the egress proxy injects (base64-encoded JSON with the allowed organisation IDs).',
    category: 'parameter',
    retryable: false,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'GCP_SUSPENDED',
    meaning: 'The request is related to a project for which GCP access is suspended.',
    remediation: "Check the billing account and the project's notifications in the console and resolve the suspension with Google Cloud support.",
    category: 'billing',
    retryable: false,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'LOCATION_POLICY_VIOLATED',
    meaning: 'The request violates the location policies when creating resources in the restricted region.',
    remediation: 'Create the resource in a location allowed by constraints/gcp.resourceLocations, or ask an org policy admin to allow this one.',
    category: 'permission',
    retryable: false,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'MISSING_ORIGIN',
    meaning: 'The request is denied because the Origin request header is missing.',
    remediation: 'Send the Origin header (browsers do; server-side callers of browser-restricted endpoints must set it) or use server credentials instead.',
    category: 'parameter',
    retryable: false,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'OVERLOADED_CREDENTIALS',
    meaning: 'The request contains more than one credential type that are individually acceptable, but not together.',
    remediation: 'Send one credential only: drop the API key when you send an OAuth token, or vice versa.',
    category: 'authentication',
    retryable: false,
    source: REASON_PROTO,
  }),
  gcp({
    code: 'IAM_PERMISSION_DENIED',
    meaning: "Permission 'PERMISSION' denied on resource (or it may not exist); metadata.permission names the missing permission.",
    remediation:
      'Grant the calling principal a role containing metadata.permission on that resource (check with the IAM Policy Troubleshooter); for impersonation grant roles/iam.serviceAccountTokenCreator on the target service account.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    source: 'ErrorInfo reason IAM_PERMISSION_DENIED (domain iam.googleapis.com) in Google Cloud API error responses',
  }),

  // --- legacy errors[].reason ---
  gcp({
    code: 'authError',
    meaning: 'The authorization credentials provided for the request are invalid (Invalid Credentials). Check the Authorization header.',
    remediation:
      'Refresh the access token with the refresh token or credentials library; if refresh fails, re-authorise the user (OAuth consent) or fix the service account key.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
    docsUrl: CORE_ERRORS_DOC,
    source: LEGACY,
  }),
  gcp({
    code: 'required',
    meaning: 'The API request is missing required information, for example Login Required when no Authorization header is sent.',
    remediation: 'Check the location/locationType of the error: add the missing parameter, or send an Authorization header if it points to authentication.',
    category: 'parameter',
    retryable: false,
    docsUrl: GCS_DOC,
    source: `${LEGACY}; ${GCS}`,
  }),
  gcp({
    code: 'forbidden',
    meaning: 'The requested operation is forbidden and cannot be completed.',
    remediation: 'Grant the caller the role needed on the project or resource (and check the project exists); the message usually names the permission.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    docsUrl: GCS_DOC,
    source: `${LEGACY}; ${GCS}`,
  }),
  gcp({
    code: 'insufficientPermissions',
    meaning: 'The user does not have sufficient permissions for the entity specified in the query.',
    remediation: 'Grant the user access on that entity (or request broader OAuth scopes) and retry with a refreshed token.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    docsUrl: CORE_ERRORS_DOC,
    source: LEGACY,
  }),
  gcp({
    code: 'accessDenied',
    meaning: "You tried to access a resource such as a dataset, table, view or job that you don't have access to, or to modify a read-only object.",
    remediation: 'Ask the resource owner to grant access to the principalEmail from the audit log (e.g. roles/bigquery.dataViewer on the dataset).',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    docsUrl: BQ_DOC,
    source: BQ,
  }),
  gcp({
    code: 'notFound',
    meaning: 'The requested operation failed because a resource associated with the request could not be found.',
    remediation: 'Check the project, dataset/bucket and object names and the location; confirm the resource was not deleted.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    docsUrl: GCS_DOC,
    source: `${LEGACY}; ${GCS}; ${BQ}`,
  }),
  gcp({
    code: 'conflict',
    meaning: 'The API request cannot be completed because the requested operation would conflict with an existing item (e.g. a bucket name you already own).',
    remediation: 'Use the existing item or choose another name; for concurrent updates re-read and retry.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    docsUrl: GCS_DOC,
    source: `${LEGACY}; ${GCS}`,
  }),
  gcp({
    code: 'duplicate',
    meaning: 'You tried to create a resource that already exists.',
    remediation: 'Use the existing resource or choose another ID; make job IDs unique per attempt when you want a new job.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    docsUrl: BQ_DOC,
    source: BQ,
  }),
  gcp({
    code: 'rateLimitExceeded',
    meaning: 'Too many requests have been sent within a given time span (global or project rate limit).',
    remediation: "Retry with exponential backoff and jitter and slow down; spread requests over time and check the API's per-minute quotas in the console.",
    category: 'quota-throttling',
    retryable: true,
    docsUrl: CORE_ERRORS_DOC,
    source: `${LEGACY}; ${BQ}`,
  }),
  gcp({
    code: 'userRateLimitExceeded',
    meaning: 'The request failed because a per-user rate limit has been reached.',
    remediation: 'Retry with exponential backoff and jitter; spread load over users (quotaUser parameter) or raise the per-user quota in the console.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 403,
    docsUrl: CORE_ERRORS_DOC,
    source: LEGACY,
  }),
  gcp({
    code: 'quotaExceeded',
    meaning: 'The requested operation requires more resources than the quota allows (long-term, often daily, quota).',
    remediation: 'Wait for the quota window to reset or request a quota increase; retrying right away does not help.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 403,
    docsUrl: BQ_DOC,
    source: `${LEGACY}; ${BQ}`,
  }),
  gcp({
    code: 'dailyLimitExceeded',
    meaning: 'A daily quota limit for the API has been reached.',
    remediation: 'Wait for the daily reset (Pacific time midnight) or request more quota; make sure the project has billing enabled if the API needs it.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 403,
    docsUrl: CORE_ERRORS_DOC,
    source: LEGACY,
  }),
  gcp({
    code: 'billingNotEnabled',
    meaning: "Billing isn't enabled for the project.",
    remediation: 'Enable billing for the project (link an active billing account) in the Google Cloud console.',
    category: 'billing',
    retryable: false,
    httpStatus: 403,
    docsUrl: BQ_DOC,
    source: BQ,
  }),
  gcp({
    code: 'backendError',
    meaning: 'A backend error occurred: a temporary server failure such as a network connection problem or a server overload.',
    remediation: 'Wait a few seconds and retry with exponential backoff; for BigQuery jobs.insert, retry with the same job ID so a job is not run twice.',
    category: 'server',
    retryable: true,
    docsUrl: BQ_DOC,
    source: `${LEGACY}; ${BQ}`,
  }),
  gcp({
    code: 'internalError',
    meaning: 'The request failed due to an internal error.',
    remediation: 'Retry with exponential backoff; if it persists, report it to Google Cloud support with the job or request ID.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
    docsUrl: BQ_DOC,
    source: `${LEGACY}; ${BQ}`,
  }),
  gcp({
    code: 'invalid',
    meaning: 'The request failed because it contained an invalid value (parameter, header, or body field).',
    remediation: "The error's location names the offending field; fix its value against the API reference.",
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: CORE_ERRORS_DOC,
    source: `${LEGACY}; ${BQ}`,
  }),
  gcp({
    code: 'invalidParameter',
    meaning: 'A request parameter has an invalid value.',
    remediation: 'Check the parameter named in location against the allowed values in the API reference.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: CORE_ERRORS_DOC,
    source: LEGACY,
  }),
  gcp({
    code: 'badRequest',
    meaning: 'The API request is invalid or improperly formed.',
    remediation: 'Read the message for the rejected combination of fields or values and correct the request body or query.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: CORE_ERRORS_DOC,
    source: LEGACY,
  }),

  // --- OAuth 2.0 token endpoint (RFC 6749 §5.2) ---
  gcp({
    code: 'invalid_request',
    meaning:
      'The request is missing a required parameter, includes an unsupported parameter value (other than grant type), repeats a parameter, includes multiple credentials, or is otherwise malformed.',
    remediation:
      'Send the token request as application/x-www-form-urlencoded with exactly one grant_type and its parameters (code + redirect_uri, or refresh_token), and the client credentials in only one place.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: OAUTH_DOC,
    source: OAUTH,
  }),
  gcp({
    code: 'invalid_client',
    meaning: 'Client authentication failed (unknown client, no client authentication included, or unsupported authentication method).',
    remediation:
      'Check client_id and client_secret against the OAuth client in the Google Cloud console (APIs & Services > Credentials), that the client was not deleted, and that the credentials file belongs to this project.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
    docsUrl: OAUTH_DOC,
    source: OAUTH,
  }),
  gcp({
    code: 'invalid_grant',
    meaning:
      'The authorization grant or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
    remediation:
      'Re-run the consent flow to get a new refresh token. Google invalidates one when the user revokes access, after 6 months unused, after 7 days for apps in Testing status, past 100 tokens per client, or on a password change for Gmail scopes; an authorization code works once.',
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
    docsUrl: GOOGLE_OAUTH_EXPIRATION_DOC,
    source: `${OAUTH}; Google Identity "Refresh token expiration"`,
  }),
  gcp({
    code: 'unauthorized_client',
    meaning: 'The authenticated client is not authorized to use this authorization grant type.',
    remediation:
      'Use a grant the OAuth client type allows (web vs installed vs service account); for domain-wide delegation, authorise the client ID and its scopes in the Workspace admin console.',
    category: 'permission',
    retryable: false,
    httpStatus: 400,
    docsUrl: OAUTH_DOC,
    source: OAUTH,
  }),
  gcp({
    code: 'unsupported_grant_type',
    meaning: 'The authorization grant type is not supported by the authorization server.',
    remediation:
      'Check the grant_type value for typos (authorization_code, refresh_token, urn:ietf:params:oauth:grant-type:jwt-bearer) and that it is sent form-encoded in the body, not in the query.',
    category: 'unsupported',
    retryable: false,
    httpStatus: 400,
    docsUrl: OAUTH_DOC,
    source: OAUTH,
  }),
  gcp({
    code: 'invalid_scope',
    meaning: 'The requested scope is invalid, unknown, malformed, or exceeds the scope granted by the resource owner.',
    remediation:
      'Request only full scope URLs (https://www.googleapis.com/auth/...) separated by spaces, and on refresh no scope beyond what the user consented to.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: OAUTH_DOC,
    source: OAUTH,
  }),
];
