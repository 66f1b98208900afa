/**
 * Alibaba Cloud catalog (provider "aliyun").
 *
 * Source: seed 003 (docs/seeds/003_73bbbe79fc512374.txt), Alibaba Cloud RPC API "Responses" page, table "Common
 * error codes" (error code | HTTP status code | error message).
 *
 * The table lists some codes several times with different messages (MissingParameter ×6 with 400 and 403,
 * InvalidParameter ×2, InvalidParamater ×2): each has ONE entry here whose meaning merges the variants and whose
 * httpStatus is the status the table gives most often. `InvalidParamater` is misspelt by the provider itself and is
 * kept as is. Entries keep the order of each code's first row.
 *
 * docsUrl is set only where a stable public page covers the code (checked against Alibaba Cloud's documentation):
 * - https://www.alibabacloud.com/help/doc-detail/25693.html  ECS "How to ensure idempotence" (ClientToken)
 * - https://help.aliyun.com/en/openapi/throttling-and-quota-management  OpenAPI "Throttling and quota management"
 * - https://alibabacloud.com/help/doc-detail/25488.htm  "Request syntax and signature method V2 for RPC APIs"
 * Every other code falls back to Alibaba's diagnosis page (see fallbackDocsUrl in explain.ts).
 *
 * Beyond the seed (appended at the end, each with its own source): the flow-control codes the Alibaba Cloud SDK treats
 * as throttling. The Darabonba OpenAPI client (alibabacloud-go/darabonba-openapi client.go, and its C++/other ports)
 * raises a ThrottlingError, which the retry policy retries with backoff, when Code is Throttling, Throttling.User or
 * Throttling.Api; the meanings are the messages of the STS "Throttling" documentation table (Throttling.Api "Request
 * was denied due to api flow control.", Throttling.User "Request was denied due to user flow control."). Product error
 * tables (e.g. ALB) list them with HTTP 400.
 *
 * OSS section (appended after the RPC codes): Object Storage Service answers `<Error><Code>…</Code><Message>…</Message>
 * <RequestId/><HostId/><EC/><RecommendDoc/></Error>` and the detector reports it as provider "aliyun" with the OSS Code.
 * Sources, each named in the entry's `source`:
 * - OSS common error code table (code | description | HTTP status), as published with the OSS SDK error-handling docs:
 *   https://www.alibabacloud.com/help/doc-detail/32141.html (C SDK, English), https://help.aliyun.com/document_detail/35028.htm
 *   (PHP SDK, Chinese) and aliyun/aliyun-oss-go-sdk doc/错误.md. Descriptions are the English edition's; the rows of it
 *   that could not be read (MissingContentLength, NoSuchBucket/Key/Upload, NotImplemented, PreconditionFailed,
 *   RequestTimeTooSkewed, RequestTimeout, SignatureDoesNotMatch, TooManyBuckets) use the service's own Message where one
 *   is documented, otherwise a translation of the Chinese table.
 * - OSS troubleshooting pages by HTTP status (causes, limits, and the codes not in the table):
 *   https://www.alibabacloud.com/help/en/oss/support/http-400-status-code
 *   https://www.alibabacloud.com/help/en/oss/how-to-troubleshoot-403-status-code-when-you-access-oss (UserDisable and the
 *   RequestTimeTooSkewed text are confirmed from the Japanese edition of this page)
 *   https://www.alibabacloud.com/help/doc-detail/185809.htm (409)
 *   https://alibabacloud.com/help/en/oss/support/http-status-code-503 (the 503 throttling codes)
 * - OSS EC pages for single codes: 0026-00000001 (NoSuchKey), 0017-00000244 (NoSuchUpload), 0002-00000006 and
 *   0002-00000007 (STS token invalid / expired; the SecurityTokenExpired code itself is as OSS returns it with EC
 *   0002-00000007, HTTP 403, "The security token you provided has expired."), 0026-00000002 (FileAlreadyExists),
 *   https://www.alibabacloud.com/help/en/oss/user-guide/error-responses (its sample response is MissingArgument with HTTP
 *   400; the older SDK tables say 411 — the current page is followed).
 * - SDK code: aliyun/aliyun-oss-java-sdk OSSErrorCode.java (RequestTimeTooSkewed "more than 15 min", parts of at least
 *   100 KB, ObjectNotAppendable / PositionNotEqualToLength), aliyun/aliyun-oss-python-sdk oss2/exceptions.py (HTTP 409 for
 *   those two), aliyun/alibabacloud-oss-go-sdk-v2 oss/retry (retries every 5xx, 408 and 429; the project marks retryable
 *   only throttling, 5xx server faults and RequestTimeout — the v2 SDK also retries RequestTimeTooSkewed and any
 *   400/401, which this catalog does not, because resending the same signed request cannot succeed).
 * Collisions: OSS also returns InternalError (500) and ServiceUnavailable (503); both codes already exist above from the
 * RPC table with the same status, category and retryable flag, so they are not duplicated (a key is (provider, code)).
 * Left out: codes whose status or meaning could not be confirmed (QpsLimitExceeded does not appear in OSS docs — OSS
 * throttles with the *LimitExceeded codes of its 503 page; NoSuchVersion, InvalidRange, CallbackFailed (HTTP 203, not an
 * error status), FileGroupTooLarge, FilePart* (legacy object-group codes)).
 *
 * Meanings are the provider's text; remediations are this project's own.
 */
import type { CatalogEntry } from './entry.js';

const SOURCE = 'seed 003: Alibaba Cloud RPC API common error codes';
const IDEMPOTENCE_DOC = 'https://www.alibabacloud.com/help/doc-detail/25693.html';
const THROTTLING_DOC = 'https://help.aliyun.com/en/openapi/throttling-and-quota-management';
const RPC_SIGNATURE_DOC = 'https://alibabacloud.com/help/doc-detail/25488.htm';
const SDK_THROTTLING =
  'Alibaba Cloud SDK retry policy: Darabonba OpenAPI client raises ThrottlingError for Throttling, Throttling.User, Throttling.Api (alibabacloud-go/darabonba-openapi client.go); messages from the STS throttling error table';

// ---------- OSS (Object Storage Service) sources and pages ----------
const OSS_TABLE =
  'Alibaba Cloud OSS common error codes table (OSS SDK error-handling docs: alibabacloud.com/help/doc-detail/32141.html, help.aliyun.com/document_detail/35028.htm)';
const OSS_400 = 'Alibaba Cloud OSS troubleshooting page "HTTP status code 400"';
const OSS_403 = 'Alibaba Cloud OSS troubleshooting page "HTTP 403 errors"';
const OSS_409 = 'Alibaba Cloud OSS troubleshooting page "HTTP status code 409"';
const OSS_503 = 'Alibaba Cloud OSS troubleshooting page "HTTP status code 503"';
const OSS_400_DOC = 'https://www.alibabacloud.com/help/en/oss/support/http-400-status-code';
const OSS_403_DOC = 'https://www.alibabacloud.com/help/en/oss/how-to-troubleshoot-403-status-code-when-you-access-oss';
const OSS_409_DOC = 'https://www.alibabacloud.com/help/doc-detail/185809.htm';
const OSS_503_DOC = 'https://alibabacloud.com/help/en/oss/support/http-status-code-503';

export const ALIYUN_CATALOG: readonly CatalogEntry[] = [
  {
    provider: 'aliyun',
    code: 'IdempotentParameterMismatch',
    meaning: 'The request is retried with updated parameters.',
    remediation:
      'The ClientToken was already used by a request with different parameters. Generate a new ClientToken for a changed request, and reuse a token only to resend the identical request (SignatureNonce, Timestamp and Signature still change on every retry).',
    category: 'conflict',
    retryable: false,
    httpStatus: 400,
    docsUrl: IDEMPOTENCE_DOC,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'IllegalTimestamp',
    meaning: 'The input parameter “Timestamp” that is mandatory for processing this request is not supplied.',
    remediation:
      'The Timestamp common parameter is missing or malformed. Send it in ISO 8601 UTC, yyyy-MM-ddTHH:mm:ssZ (e.g. 2024-01-01T12:00:00Z; not local time or epoch seconds), close to server time, and keep the client clock synced (NTP).',
    category: 'signature-clock',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'IncompleteSignature',
    meaning: 'The request signature does not conform to Aliyun standards.',
    remediation:
      'Check the signing steps: parameters sorted and percent-encoded per RFC 3986 (%20, not +), string to sign = HTTPMethod&%2F&encoded query, HMAC key = AccessKeySecret + "&", and Signature itself URL-encoded once. Prefer an official SDK signer.',
    category: 'signature-clock',
    retryable: false,
    httpStatus: 400,
    docsUrl: RPC_SIGNATURE_DOC,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InsufficientBalance',
    meaning: 'Your account does not have enough balance.',
    remediation:
      'The account balance is too low for this purchase or pay-as-you-go operation. Top up the account or settle overdue bills in the Billing console (Expenses and Costs), then resend.',
    category: 'billing',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidAccessKeyId.NotFound',
    meaning: 'The specified Access Key ID does not exist.',
    remediation:
      "Check the AccessKey ID value (no surrounding whitespace), that it was not deleted in the RAM console (the user's AccessKey list), that it belongs to the same site as the endpoint (China site and international site accounts differ), and which credential source the SDK actually used.",
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidOwner',
    meaning: 'OwnerId and OwnerAccount can’t be used at one API access.',
    remediation:
      'Both OwnerId and OwnerAccount were sent. Send at most one of them (usually neither: the owner is derived from the AccessKey) and remove the other from the request.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidOwnerAccount',
    meaning: 'The specified OwnerAccount is not valid.',
    remediation:
      'Remove OwnerAccount unless you act on behalf of another account (the owner is derived from the AccessKey), or correct it to the exact name of the account that owns the resource.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidOwnerId',
    meaning: 'The specified OwnerId is not valid.',
    remediation: "Remove OwnerId (it defaults to the caller's account) or correct it to the numeric UID of the Alibaba Cloud account that owns the resource.",
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidParamater',
    meaning: 'The specified parameter “SignatureMethod” or “SignatureVersion” is not valid.',
    remediation:
      'For the RPC V2 signature, SignatureMethod must be HMAC-SHA1 and SignatureVersion 1.0 (exact spelling and case). Fix those common parameters or use an SDK signer. The code really is spelt "InvalidParamater" by the provider; match it as is.',
    category: 'signature-clock',
    retryable: false,
    httpStatus: 400,
    docsUrl: RPC_SIGNATURE_DOC,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidParameter',
    meaning: 'The specified parameter is not valid, for example “Action or Version”.',
    remediation:
      'A parameter value is invalid; when the message names "Action or Version", that Action does not exist in that API Version. Check the Action name and case, the product\'s Version date (e.g. 2014-05-26 for ECS) and that the endpoint is the product\'s own.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidParameter.IsNull',
    meaning: 'The required parameter must be not null.',
    remediation:
      'A required parameter was sent empty or null. Give it a value (look for unset variables, empty strings or empty lists in the request), and leave optional parameters out instead of sending them empty.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'MissingParameter',
    meaning: 'A mandatory input parameter is missing: Action, AccessKeyId, Signature, TimeStamp, Version, or OwnerId/OwnerAccount.',
    remediation:
      'Action, AccessKeyId, Signature, Timestamp and Version are common parameters every RPC request needs: check that your SDK or signer adds them (400). The 403 variant names OwnerId/OwnerAccount: check that the AccessKey resolves to the owning account, or pass OwnerId when acting for another account.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'SignatureNonceUsed',
    meaning: 'The request signature nonce has been used.',
    remediation:
      'Replay protection saw this SignatureNonce before. Generate a fresh random nonce (a UUID) for every request, including each retry, and sign again; never resend a captured signed URL. Retrying the same signed request cannot succeed.',
    category: 'signature-clock',
    retryable: false,
    httpStatus: 400,
    docsUrl: RPC_SIGNATURE_DOC,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'Throttling',
    meaning: 'You have made too many requests within a short time; your request is denied due to request throttling.',
    remediation:
      "Flow control rejected the call. Retry with jittered exponential backoff, reduce concurrency and batch queries, check the API's rate limit in Quota Center > API Rate Limits, and request a higher quota there if the rate is needed.",
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 400,
    docsUrl: THROTTLING_DOC,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'UnsupportedParameter',
    meaning: 'The parameters is unsupported.',
    remediation:
      'The request contains a parameter this API (or API Version) does not support. Remove it or fix its name and case, and make sure the docs you follow match the Version you send.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'UnknownError',
    meaning: 'The request processing has failed due to some unknown error.',
    remediation:
      'The server failed for an unknown reason despite the 400 status. Retry a few times with jittered backoff; if it persists, open a ticket with the RequestId and HostId (the endpoint) from the response.',
    category: 'server',
    retryable: true,
    httpStatus: 400,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'ChargeTypeViolation',
    meaning: 'The operation is not permitted due to charge type of the instance.',
    remediation:
      "The instance's billing method (subscription or pay-as-you-go) does not allow this operation. Check its charge type, use the operation meant for that billing method, or convert the billing method first where the product allows it.",
    category: 'billing',
    retryable: false,
    httpStatus: 403,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'Forbidden.AccessKeyDisabled',
    meaning: 'The Access Key is disabled.',
    remediation:
      "Enable the AccessKey again in the RAM console (the user's AccessKey list) or switch to an active AccessKey pair, and update the stored credentials everywhere they are used.",
    category: 'authentication',
    retryable: false,
    httpStatus: 403,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'Forbidden.NotSupportRAM',
    meaning: 'This action does not support accessed by RAM mode.',
    remediation:
      'This action cannot be called by RAM users or roles, so granting RAM policies will not help. Call it with the Alibaba Cloud account (root) credentials or from the console, or look for an alternative API that supports RAM.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'Forbidden.RAM',
    meaning: 'User not authorized to operate on the specified resource, or this API doesn’t support RAM.',
    remediation:
      'The RAM user or role lacks a policy for this action or resource. Attach a RAM policy allowing the action (e.g. ecs:DescribeInstances) on the resource, check policy conditions and explicit Deny statements; the Recommend link in the response, when present, diagnoses the missing permission.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'Forbidden.RiskControl',
    meaning: 'This operation is forbidden by Aliyun RiskControl system.',
    remediation:
      'Alibaba Cloud risk control blocked the operation (e.g. unusual activity or an unverified account). Check console notifications, complete any requested verification and contact Alibaba Cloud support; retrying will not help.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'Forbidden.SubUser',
    meaning: 'The specified action is not available for you.',
    remediation:
      'The action is not available to this RAM user (sub-user). Ask the account administrator to grant it through a RAM policy, or perform it with an identity allowed to; some actions are reserved for the Alibaba Cloud account itself.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'Forbidden.Unauthorized',
    meaning: 'User not authorized to operate on the specified resource.',
    remediation:
      'Check the RAM policy for this action and the resource (ARN, resource group), and any explicit Deny; confirm the resource belongs to the account of the AccessKey and the region you call.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidAccount.NotFound',
    meaning: 'The specified Account does not exist.',
    remediation:
      'The account behind the AccessKey or named in the request does not exist (closed account, or the other site). Check the credentials and the account status, and use keys of an active Alibaba Cloud account.',
    category: 'authentication',
    retryable: false,
    httpStatus: 403,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidAction',
    meaning: 'Specified action is not valid.',
    remediation:
      "The Action is not valid for this product or endpoint. Check the action name's spelling and case, the product's API Version, and that the request reaches the right product endpoint (HostId in the response shows which one answered).",
    category: 'unsupported',
    retryable: false,
    httpStatus: 403,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidIdempotenceParameter.Mismatch',
    meaning: 'The specified parameters are different from before.',
    remediation:
      'The idempotence token (ClientToken) matches an earlier request with different parameters. Use a new ClientToken for a changed request, or resend exactly the original parameters to get the original result.',
    category: 'conflict',
    retryable: false,
    httpStatus: 403,
    docsUrl: IDEMPOTENCE_DOC,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidParameter.OwnerAccount',
    meaning: 'OwnerAccount is Invalid.',
    remediation:
      "Remove OwnerAccount (the owner is derived from the AccessKey) unless you act on behalf of another account, or correct it to that account's exact name.",
    category: 'parameter',
    retryable: false,
    httpStatus: 403,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidParameter.ResourceOwnerAccount',
    meaning: 'ResourceOwnerAccount is Invalid.',
    remediation:
      'Remove ResourceOwnerAccount unless you manage resources on behalf of another account, or correct it to the exact name of the account that owns the resources.',
    category: 'parameter',
    retryable: false,
    httpStatus: 403,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'LastTokenProcessing',
    meaning: 'The last token request is processing.',
    remediation:
      'An earlier request with the same token is still being processed. Wait briefly and retry the same request (same ClientToken) with backoff; once the first one finishes you get its result. Do not switch to a new token, or the operation may run twice.',
    category: 'conflict',
    retryable: true,
    httpStatus: 403,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'RealNameAuthenticationError',
    meaning: 'Your account has not passed the real-name authentication yet.',
    remediation:
      'The operation requires real-name verification of the account (common for resources in mainland China regions). Complete real-name verification in the Alibaba Cloud account center, then resend.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'UnsupportedHTTPMethod',
    meaning: 'This http method is not supported.',
    remediation:
      'Use the HTTP method the API reference specifies (RPC APIs take GET or POST), and check that a proxy or HTTP client wrapper does not change the method.',
    category: 'unsupported',
    retryable: false,
    httpStatus: 403,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidDiskId.NotFound',
    meaning: 'The specified DiskId does not exist.',
    remediation:
      "Check the disk ID (d-…), the RegionId and the endpoint's region, and whether the disk was released; list the disks of that region with DescribeDisks.",
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidImageId.NotFound',
    meaning: 'The specified ImageId does not exist.',
    remediation:
      'Check the image ID, the RegionId (custom images are regional: copy them to other regions), and that a shared image is still shared with you; list the images of that region with DescribeImages.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidInstanceId.NotFound',
    meaning: 'The specified InstanceId does not exist.',
    remediation:
      "Check the instance ID (i-…), the RegionId and the endpoint's region, and whether the instance was released; list the instances of that region with DescribeInstances.",
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidRegionId.NotFound',
    meaning: 'The specified RegionId does not exist.',
    remediation:
      'Use a region ID such as cn-hangzhou as returned by DescribeRegions (not a zone ID like cn-hangzhou-h or a display name), and make sure it matches the endpoint you call.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidSecurityGroupId.NotFound',
    meaning: 'The specified SecurityGroupId does not exist.',
    remediation:
      'Check the security group ID (sg-…), the RegionId, and that the group belongs to the expected VPC and account; list the groups of that region with DescribeSecurityGroups.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidSnapshotId.NotFound',
    meaning: 'The specified SnapshotId does not exist.',
    remediation:
      'Check the snapshot ID (s-…), the RegionId, and whether the snapshot was deleted or expired; list the snapshots of that region with DescribeSnapshots.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'OperationConflict',
    meaning: 'Request was denied due to conflict with a previous request.',
    remediation:
      'Another request on the same resource is still in progress. Wait for it to finish (poll the resource state) and retry with jittered backoff; serialise concurrent writes to one resource in your code.',
    category: 'conflict',
    retryable: true,
    httpStatus: 409,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'InternalError',
    meaning: 'The request processing has failed due to some unknown error, exception or failure.',
    remediation:
      'A server-side failure. Retry with jittered exponential backoff, passing a ClientToken on create calls so retries stay idempotent; if it persists, submit a ticket with the RequestId and HostId.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'ServiceUnavailable',
    meaning: 'The request has failed due to a temporary failure of the server.',
    remediation:
      'The service is temporarily unavailable. Retry with jittered exponential backoff (with a ClientToken for write operations); if it lasts, check the Alibaba Cloud status page and contact support with the RequestId and HostId.',
    category: 'server',
    retryable: true,
    httpStatus: 503,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'ServiceUnavailable.RegionMaintaining',
    meaning: 'System maintenance is in progress on the selected region, please wait a few minutes before trying again.',
    remediation:
      'The region is under system maintenance. Wait a few minutes and retry with backoff, check Alibaba Cloud maintenance announcements, and fail over to another region if the operation cannot wait.',
    category: 'server',
    retryable: true,
    httpStatus: 503,
    source: SOURCE,
  },
  {
    provider: 'aliyun',
    code: 'Throttling.User',
    meaning: 'Request was denied due to user flow control.',
    remediation:
      'Your account (or RAM user) exceeded the per-user rate limit of this API. Retry with jittered exponential backoff (the SDK treats this as throttling and honours the retry-after time), cut concurrency and polling, and request a higher API rate limit in Quota Center if the load is expected.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 400,
    docsUrl: THROTTLING_DOC,
    source: SDK_THROTTLING,
  },
  {
    provider: 'aliyun',
    code: 'Throttling.Api',
    meaning: 'Request was denied due to api flow control.',
    remediation:
      'The API as a whole hit its flow-control limit. Retry with jittered exponential backoff and a longer initial delay than for Throttling.User, spread calls over time, and check the API rate limit in Quota Center > API Rate Limits.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 400,
    docsUrl: THROTTLING_DOC,
    source: SDK_THROTTLING,
  },

  // ======================================================================================================================
  // OSS (Object Storage Service): XML <Error> bodies from *.oss-<region>.aliyuncs.com. See the file comment for sources.
  // InternalError (500) and ServiceUnavailable (503) are OSS codes too; they are the RPC entries above, not repeated.
  // ======================================================================================================================

  // ---- authentication, signature and clock ----
  {
    provider: 'aliyun',
    code: 'AccessDenied',
    meaning: 'Access is denied.',
    remediation:
      'Read the Message and the EC (x-oss-ec) to learn which check denied the request: a RAM policy of the caller (grant the oss:<Action> on acs:oss:*:*:<bucket>/<key>), a bucket policy or ACL, a Referer (hotlink) whitelist, a VPC endpoint policy, KMS permissions for encrypted objects, an STS token whose policy parameter narrows the role, or the wrong regional endpoint for the bucket. Follow the RecommendDoc link when the body has one.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    docsUrl: OSS_403_DOC,
    source: OSS_TABLE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidAccessKeyId',
    meaning: 'The AccessKey ID does not exist.',
    remediation:
      'OSS does not know the AccessKey ID, or it is disabled (also when the key is restricted to source IP ranges the request is not from). Check the key in the RAM console, strip stray whitespace or control characters, and for STS credentials send the temporary AccessKey ID together with its x-oss-security-token; never mix a RAM user key with a security token.',
    category: 'authentication',
    retryable: false,
    httpStatus: 403,
    docsUrl: OSS_403_DOC,
    source: OSS_TABLE,
  },
  {
    provider: 'aliyun',
    code: 'SignatureDoesNotMatch',
    meaning: 'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    remediation:
      'The AccessKey secret or the string to sign is wrong. Compare the StringToSign OSS returns in the error body with yours: verb, Content-MD5, Content-Type and Date/x-oss-date exactly as sent, sorted lower-case x-oss-* headers, and the canonicalized resource /<bucket>/<key> with sub-resources. Check the secret has no surrounding spaces and the endpoint matches the bucket region (V4 signs the region). Prefer an OSS SDK signer; for an RPC API (Action=… query) follow the RPC signature method instead.',
    category: 'signature-clock',
    retryable: false,
    httpStatus: 403,
    source: OSS_TABLE,
  },
  {
    provider: 'aliyun',
    code: 'RequestTimeTooSkewed',
    meaning: 'The difference between the request time and the current time is too large.',
    remediation:
      'The client clock is more than 15 minutes off the OSS server time: OSS rejects a signed request whose Date, x-oss-date or x-amz-date is more than 15 minutes from its own clock. Sync the host clock with NTP, send the Date in GMT (RFC 1123, not local time), and re-sign instead of replaying a signed request that sat in a queue for 15 minutes or more.',
    category: 'signature-clock',
    retryable: false,
    httpStatus: 403,
    docsUrl: OSS_403_DOC,
    source: `${OSS_TABLE}; ${OSS_403}`,
  },
  {
    provider: 'aliyun',
    code: 'SecurityTokenExpired',
    meaning: 'The security token you provided has expired.',
    remediation:
      'The STS temporary credentials are past their validity period. Call AssumeRole again (or let the SDK credential provider refresh) before the DurationSeconds runs out, and sign with the new AccessKey ID, secret and security token together; a plain retry keeps failing.',
    category: 'authentication',
    retryable: false,
    httpStatus: 403,
    docsUrl: 'https://alibabacloud.com/help/en/oss/support/0002-00000007',
    source: 'Alibaba Cloud OSS EC 0002-00000007 page (STS temporary credentials expired); code and message as OSS returns them',
  },
  {
    provider: 'aliyun',
    code: 'InvalidSecurityToken',
    meaning: 'The security token you provided is invalid.',
    remediation:
      'The x-oss-security-token (or security-token URL parameter) does not belong to the temporary AccessKey ID that signed the request, or is truncated. Use the AccessKeyId, AccessKeySecret and SecurityToken from the same AssumeRole response, unmodified, and do not send a token with a long-term RAM user key.',
    category: 'authentication',
    retryable: false,
    httpStatus: 403,
    docsUrl: 'https://www.alibabacloud.com/help/en/oss/support/0002-00000006',
    source: OSS_403,
  },

  // ---- account state and billing ----
  {
    provider: 'aliyun',
    code: 'UserDisable',
    meaning: 'The user is disabled: OSS denies access because the account has an overdue payment or was restricted for security reasons.',
    remediation:
      'Check the account in the Billing console for an overdue payment and settle it (OSS stops serving some time after the account goes into arrears); if there is none, look for a security violation notice in the Message Center. Retrying does not help until the account is restored.',
    category: 'billing',
    retryable: false,
    httpStatus: 403,
    docsUrl: OSS_403_DOC,
    source: OSS_403,
  },
  {
    provider: 'aliyun',
    code: 'InDebt',
    meaning: 'Current user is indebted.',
    remediation:
      'OSS access is blocked because the account has an overdue payment. Settle the outstanding bill in the Billing console (Expenses and Costs), then resend; retrying before that keeps failing.',
    category: 'billing',
    retryable: false,
    httpStatus: 403,
    docsUrl: OSS_403_DOC,
    source: OSS_403,
  },

  // ---- not found ----
  {
    provider: 'aliyun',
    code: 'NoSuchBucket',
    meaning: 'The specified bucket does not exist.',
    remediation:
      'Check the bucket name (lower case, exact spelling) and that the request goes to the endpoint of the region the bucket lives in; the bucket may also have been deleted. List the buckets the credentials can see (ListBuckets) to confirm.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    source: OSS_TABLE,
  },
  {
    provider: 'aliyun',
    code: 'NoSuchKey',
    meaning: 'The specified key does not exist.',
    remediation:
      'The object key is not in the bucket. Check the exact key (case, leading slash, URL encoding of spaces and non-ASCII characters, folder prefix), whether the upload actually completed, and whether a lifecycle rule, another user or cross-region replication deleted it; use HeadObject or ListObjects with the prefix to confirm. For an expected miss, treat 404 as "absent".',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    docsUrl: 'https://help.aliyun.com/en/oss/user-guide/0026-00000001',
    source: OSS_TABLE,
  },
  {
    provider: 'aliyun',
    code: 'NoSuchUpload',
    meaning: 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
    remediation:
      'The UploadId is wrong or its multipart upload was already completed or aborted (also by a lifecycle rule for incomplete uploads). Start a new InitiateMultipartUpload and use its UploadId for every UploadPart and the CompleteMultipartUpload; for resumable uploads, delete the stale checkpoint file first.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    docsUrl: 'https://www.alibabacloud.com/help/en/oss/support/0017-00000244',
    source: OSS_TABLE,
  },

  // ---- conflicts and object state ----
  {
    provider: 'aliyun',
    code: 'BucketAlreadyExists',
    meaning: 'The bucket already exists.',
    remediation:
      'Bucket names are global across all Alibaba Cloud users: this name is taken (possibly by another account), or you tried to re-create your own bucket with a different region, storage class or redundancy type, which cannot be changed. Pick another name, or create a new bucket with the settings you need.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    docsUrl: OSS_409_DOC,
    source: `${OSS_TABLE}; ${OSS_409}`,
  },
  {
    provider: 'aliyun',
    code: 'BucketNotEmpty',
    meaning: 'The bucket is not empty.',
    remediation:
      'A bucket can be deleted only when it holds no objects (all versions, if versioning was on), no parts of unfinished multipart uploads and no LiveChannels. Delete them first (a lifecycle rule works for many objects; AbortMultipartUpload or ListMultipartUploads for parts), then delete the bucket.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    docsUrl: OSS_409_DOC,
    source: `${OSS_TABLE}; ${OSS_409}`,
  },
  {
    provider: 'aliyun',
    code: 'FileAlreadyExists',
    meaning: 'The object already exists.',
    remediation:
      'PutObject or CopyObject was sent with x-oss-forbid-overwrite: true and an object with that name exists. Check existence first (HeadObject), drop the header (or set it to false) to allow overwriting, or enable versioning to keep both.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    docsUrl: 'https://help.aliyun.com/en/oss/user-guide/0026-00000002',
    source: 'Alibaba Cloud OSS EC 0026-00000002 page (object already exists, x-oss-forbid-overwrite)',
  },
  {
    provider: 'aliyun',
    code: 'ObjectNotAppendable',
    meaning: 'The specified object does not support append operation.',
    remediation:
      'AppendObject works only on an object created as appendable (by AppendObject). The key holds a normal object: append to a new key, or download, concatenate and re-upload the object.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    source: 'OSS SDK error codes: aliyun/aliyun-oss-java-sdk OSSErrorCode.java (meaning), aliyun/aliyun-oss-python-sdk oss2/exceptions.py (HTTP 409)',
  },
  {
    provider: 'aliyun',
    code: 'PositionNotEqualToLength',
    meaning: 'The position of append on the object is not same as the current length.',
    remediation:
      'The AppendObject position is not the current object length (another writer appended, or a retried append already went through). Read the x-oss-next-append-position response header (or HeadObject the length) and resend with that position; check whether the earlier append already landed before appending the same data again.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    source: 'OSS SDK error codes: aliyun/aliyun-oss-java-sdk OSSErrorCode.java (meaning), aliyun/aliyun-oss-python-sdk oss2/exceptions.py (HTTP 409)',
  },
  {
    provider: 'aliyun',
    code: 'InvalidObjectState',
    meaning: "The operation is not valid for the object's state.",
    remediation:
      'The object is in the Archive (or Cold/Deep Cold Archive) storage class and has not been restored. Call RestoreObject, wait until HeadObject shows x-oss-restore ongoing-request="false", then read it within the restored period.',
    category: 'conflict',
    retryable: false,
    httpStatus: 403,
    docsUrl: OSS_403_DOC,
    source: OSS_403,
  },
  {
    provider: 'aliyun',
    code: 'PreconditionFailed',
    meaning: 'Precondition failed.',
    remediation:
      'A conditional header did not hold: If-Match / If-Unmodified-Since (or x-oss-copy-source-if-match / -if-unmodified-since on CopyObject) no longer matches the object. Re-read the object for its current ETag and Last-Modified, then decide whether to repeat the operation with the new values.',
    category: 'conflict',
    retryable: false,
    httpStatus: 412,
    source: OSS_TABLE,
  },

  // ---- request parameters and body ----
  {
    provider: 'aliyun',
    code: 'InvalidArgument',
    meaning: 'The format of the parameter is invalid.',
    remediation:
      'A header, query parameter or form field has a value OSS does not accept; the error body names it in ArgumentName and ArgumentValue. Fix that value (format, allowed enum, range) against the API reference of the operation. A malformed Authorization header is also reported this way.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: OSS_TABLE,
  },
  {
    provider: 'aliyun',
    code: 'MissingArgument',
    meaning: 'Some required parameters are not specified.',
    remediation:
      'A required header or parameter of this operation is missing; the Message and the EC name which. Add it as the API reference of the operation requires (an OSS SDK fills the required ones in).',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: 'https://www.alibabacloud.com/help/en/oss/user-guide/error-responses',
    source: `${OSS_TABLE}; HTTP status from the OSS "Error responses" sample response`,
  },
  {
    provider: 'aliyun',
    code: 'InvalidBucketName',
    meaning: 'The bucket name is invalid.',
    remediation:
      'Bucket names may contain only lower-case letters, digits and hyphens, must start and end with a letter or digit, and be 3 to 63 characters long. Also check that the bucket is not passed with a scheme, endpoint or slash.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: OSS_400_DOC,
    source: `${OSS_TABLE}; ${OSS_400}`,
  },
  {
    provider: 'aliyun',
    code: 'InvalidObjectName',
    meaning: 'The object name is invalid.',
    remediation:
      'Object keys must be UTF-8, 1 to 1,023 characters long, and must not start with a forward slash or a backslash. Drop the leading "/" (the SDK takes the key without it) and make sure the key is not empty.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: OSS_400_DOC,
    source: `${OSS_TABLE}; ${OSS_400}`,
  },
  {
    provider: 'aliyun',
    code: 'EntityTooLarge',
    meaning: 'The entity size exceeds the maximum limit.',
    remediation:
      'The body is larger than one request may carry (the OSS error table gives 5 GB for a PostObject body; a PostObject policy content-length-range can set a lower cap). Upload large files with multipart upload (or the SDK resumable/upload manager), and check the policy conditions of browser form uploads.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: OSS_TABLE,
  },
  {
    provider: 'aliyun',
    code: 'EntityTooSmall',
    meaning: 'The entity size is below the minimum limit.',
    remediation:
      'In a multipart upload every part except the last must be at least 100 KB; a PostObject body may also be below the policy content-length-range. Increase the part size (or merge the small trailing parts) and complete the upload again.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: `${OSS_TABLE}; part minimum from aliyun/aliyun-oss-java-sdk OSSErrorCode.java`,
  },
  {
    provider: 'aliyun',
    code: 'InvalidPart',
    meaning: 'The part is invalid.',
    remediation:
      'A part listed in CompleteMultipartUpload was not uploaded under this UploadId or its ETag does not match. Build the part list from the UploadPart responses (or ListParts), with each PartNumber and its exact ETag including the quotes.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: OSS_TABLE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidPartOrder',
    meaning: 'The part sequence is invalid.',
    remediation: 'The parts in the CompleteMultipartUpload body must be in ascending PartNumber order. Sort the part list by PartNumber before completing.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: OSS_TABLE,
  },
  {
    provider: 'aliyun',
    code: 'InvalidDigest',
    meaning: 'The digest is invalid.',
    remediation:
      'The Content-MD5 header is malformed or does not match the body OSS received. Send the Base64 of the 16 raw MD5 bytes (not the hex string), computed over exactly the bytes sent; if the value is right, the body was altered in transit, so upload it again.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: 'https://www.alibabacloud.com/help/en/oss/developer-reference/data-verification-2',
    source: OSS_TABLE,
  },
  {
    provider: 'aliyun',
    code: 'MalformedXML',
    meaning: 'The XML format is invalid.',
    remediation:
      'The XML request body (lifecycle, CORS, CompleteMultipartUpload, DeleteMultipleObjects…) is not well formed or does not follow the schema of the operation. Validate it against the API reference: element names and nesting, UTF-8 encoding, escaped special characters in keys.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: OSS_TABLE,
  },
  {
    provider: 'aliyun',
    code: 'MissingContentLength',
    meaning: 'The Content-Length is missing.',
    remediation:
      'The upload was sent without a Content-Length header (e.g. HTTP chunked transfer encoding). Send the body with its length known up front, or upload a stream of unknown length with multipart upload.',
    category: 'parameter',
    retryable: false,
    httpStatus: 411,
    source: OSS_TABLE,
  },
  {
    provider: 'aliyun',
    code: 'TooManyBuckets',
    meaning: 'You have attempted to create more buckets than allowed.',
    remediation:
      'The account reached its bucket limit in this region (100 per the OSS HTTP 400 page). Store data under prefixes ("directories") of an existing bucket, delete buckets you no longer need, or submit a ticket to raise the limit.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 400,
    docsUrl: OSS_400_DOC,
    source: `${OSS_TABLE}; ${OSS_400}`,
  },

  // ---- unsupported ----
  {
    provider: 'aliyun',
    code: 'MethodNotAllowed',
    meaning: 'The method is not supported.',
    remediation:
      'The HTTP method is not allowed on this resource (e.g. PUT on a bucket-level sub-resource that only accepts GET, or a CORS preflight the rules do not allow). Check the method the API reference gives for the operation and the sub-resource in the query string.',
    category: 'unsupported',
    retryable: false,
    httpStatus: 405,
    source: OSS_TABLE,
  },
  {
    provider: 'aliyun',
    code: 'NotImplemented',
    meaning: 'The method cannot be handled.',
    remediation:
      'The request uses functionality OSS does not implement, typically a header that does not apply to the operation (e.g. If-Modified-Since on a PUT). Remove the unsupported header or parameter; a retry of the same request fails the same way.',
    category: 'unsupported',
    retryable: false,
    httpStatus: 501,
    source: OSS_TABLE,
  },

  // ---- timeouts and throttling (retryable) ----
  {
    provider: 'aliyun',
    code: 'RequestTimeout',
    meaning: 'The request timed out.',
    remediation:
      'OSS stopped waiting for the request body: the client sent it too slowly or stalled. Retry with backoff, and for large or slow uploads use multipart upload with smaller parts, check upstream bandwidth and proxies, and lower concurrency.',
    category: 'server',
    retryable: true,
    httpStatus: 400,
    source: OSS_TABLE,
  },
  {
    provider: 'aliyun',
    code: 'TotalQpsLimitExceeded',
    meaning: 'Max total qps limit is exceeded.',
    remediation:
      'The account exceeded its total QPS on OSS (10,000 by default; as low as 2,000 when many keys share a sequential prefix such as a timestamp). Retry with jittered exponential backoff, spread keys with random prefixes, cut concurrency, and ask technical support for a higher limit if the load is expected.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 503,
    docsUrl: OSS_503_DOC,
    source: OSS_503,
  },
  {
    provider: 'aliyun',
    code: 'MetaOperationQpsLimitExceeded',
    meaning: 'Qps limit for the meta operation is exceeded.',
    remediation:
      'Management calls (ListBuckets, PutBucket, GetBucketLifecycle, CORS and LiveChannel operations) have their own QPS limit. Retry after a few seconds with backoff and stop calling them on a hot path: cache bucket configuration instead of reading it per request.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 503,
    docsUrl: OSS_503_DOC,
    source: OSS_503,
  },
  {
    provider: 'aliyun',
    code: 'DownloadTrafficRateLimitExceeded',
    meaning: 'Please reduce your download request traffic.',
    remediation:
      'The download bandwidth limit is exceeded. Back off and retry, throttle parallel downloads, serve hot objects through CDN, and contact technical support if you need more bandwidth.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 503,
    docsUrl: OSS_503_DOC,
    source: OSS_503,
  },
  {
    provider: 'aliyun',
    code: 'UploadTrafficRateLimitExceeded',
    meaning: 'Please reduce your upload request traffic.',
    remediation:
      'The upload bandwidth limit is exceeded. Back off and retry, limit parallel uploads or parts in flight, and contact technical support if you need more bandwidth.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 503,
    docsUrl: OSS_503_DOC,
    source: OSS_503,
  },
  {
    provider: 'aliyun',
    code: 'ActiveRequestLimitExceeded',
    meaning: 'Max active request limit is exceeded.',
    remediation:
      'Too many concurrent connections/requests are open against OSS. Cap the connection pool and in-flight requests, retry with backoff, and contact technical support if the concurrency is needed.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 503,
    docsUrl: OSS_503_DOC,
    source: OSS_503,
  },
  {
    provider: 'aliyun',
    code: 'CpuLimitExceeded',
    meaning: 'Please reduce your request rate.',
    remediation:
      'Image Processing (x-oss-process) requests are too concurrent and exceeded their CPU quota. Retry with backoff, lower the image-processing concurrency, cache processed results (CDN or saved derivatives), and contact technical support for a higher quota.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 503,
    docsUrl: OSS_503_DOC,
    source: OSS_503,
  },
];
