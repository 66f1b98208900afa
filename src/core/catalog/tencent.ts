/**
 * Tencent Cloud catalog (provider "tencent").
 *
 * Sources:
 * - seed 001 (docs/seeds/001_24c71a7bf7ab4a40.txt): Tencent Cloud API 3.0 "Responses" page, "Common Error Codes".
 * - seed 002 (docs/seeds/002_ba3f6582ff42a1fa.txt): Tencent Cloud API 3.0 product "Error Codes" page, "Common Error
 *   Codes" and "Service Error Codes". Where 001 and 002 both describe a code, the meaning is 002's longer text.
 *   002 lists InvalidParameter in both of its tables; the common-table wording is kept.
 * - Tencent Cloud API 3.0 SDK retry policy: tencentcloud-sdk-python `tencentcloud/common/retry.py`
 *   (`StandardRetryer.should_retry` retries RequestLimitExceeded, RequestLimitExceeded.UinLimitExceeded and
 *   RequestLimitExceeded.GlobalRegionUinLimitExceeded). The two sub-codes are not in a seed; their meanings come from
 *   Tencent Cloud's API 3.0 common error code table (e.g. https://trtc.io/document/34270).
 * - seed 004 (docs/seeds/004_1633d12039613af4.txt): Tencent Cloud legacy API 2.0 "Error Codes" page, "1. Common Error
 *   Code" (numeric `code` field, stored as strings "4000" … "6200") and "2. Module Error Code" (the code in
 *   parentheses at the start of `message`, stored as strings "-503" …; meaning is the table's Meaning plus its
 *   Description string in parentheses).
 *
 * Entries keep each table's order. Meanings are the providers' text (obvious typos and encoding damage fixed);
 * remediations are this project's own.
 */
import type { CatalogEntry } from './entry.js';

const V3_COMMON = 'seed 002: Tencent Cloud API 3.0 common error codes (also in seed 001)';
const V3_SERVICE = 'seed 002: Tencent Cloud API 3.0 service error codes';
const V3_SDK_RETRY =
  'Tencent Cloud API 3.0 SDK retry policy / docs: retried by tencentcloud-sdk-python tencentcloud/common/retry.py (StandardRetryer.should_retry); meaning from the API 3.0 common error code table';
const V2_COMMON = 'seed 004: Tencent Cloud API 2.0 common error codes';
const V2_MODULE = 'seed 004: Tencent Cloud API 2.0 module error codes';

export const TENCENT_CATALOG: readonly CatalogEntry[] = [
  // --- API 3.0 common error codes (seeds 001 and 002, in table order) ---
  {
    provider: 'tencent',
    code: 'AuthFailure.InvalidSecretId',
    meaning: 'Invalid key (it is not a cloud API key)',
    remediation:
      "The SecretId is not a TencentCloud API key (for example an SMS/COS app key or another product's ID was used). Create or copy an API key pair in CAM > API Key Management (console.cloud.tencent.com/cam/capi) and check which credential the SDK actually picked up (TENCENTCLOUD_SECRET_ID, profile file or role).",
    category: 'authentication',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'AuthFailure.MFAFailure',
    meaning: 'MFA failure',
    remediation:
      "This operation requires multi-factor authentication for the calling CAM user and the MFA check failed. Check the user's MFA device and operation-protection settings in CAM, make sure the MFA code is current, or call with an identity that is not required to pass MFA for this action.",
    category: 'authentication',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'AuthFailure.SecretIdNotFound',
    meaning:
      'Key does not exist. Check whether the key has been deleted or disabled in the console, and if not, check whether the key is correctly entered. Note that there shall be no space before or after the key.',
    remediation:
      'Open CAM > API Key Management and check that the SecretId exists and is enabled; trim spaces and newlines around the value (a common copy-paste or .env problem); make sure the key belongs to the intended account (China-site and international-site accounts have separate keys).',
    category: 'authentication',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'AuthFailure.SignatureExpire',
    meaning:
      'Signature expired. The difference between the timestamp and the server time cannot exceed 5 minutes. Check whether the local time is synced with the standard time.',
    remediation:
      'The request timestamp is more than 5 minutes away from server time. Sync the client clock (NTP) and check the X-TC-Timestamp / Timestamp the SDK sends; do not reuse signed requests. Not retryable as-is: a retry only helps once the request is signed again with a fresh timestamp.',
    category: 'signature-clock',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'AuthFailure.SignatureFailure',
    meaning:
      'Invalid signature. Signature computing error. Check the signature computing process by referring to the documentation about API authentication in the calling method.',
    remediation:
      'The server computed a different signature. Check that the SecretKey belongs to the SecretId; that the TC3-HMAC-SHA256 canonical request uses exactly the body bytes, Host and Content-Type that are sent; that the credential scope date (UTC) and service name match the endpoint; and that no proxy rewrites the request. Prefer an official SDK signer.',
    category: 'signature-clock',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'AuthFailure.TokenFailure',
    meaning: 'Invalid token',
    remediation:
      'The session token (X-TC-Token / Token) of temporary credentials is invalid, expired or does not belong to the SecretId. Fetch fresh STS credentials (AssumeRole, CVM role) and send SecretId, SecretKey and Token from the same response together; send no token at all with a permanent key.',
    category: 'authentication',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'AuthFailure.UnauthorizedOperation',
    meaning: 'No CAM authorization',
    remediation:
      'The identity was verified but CAM did not authorize this request. Check the CAM policies of the sub-user or role for this action and resource (actions are named <service>:<Action>, e.g. cvm:DescribeInstances) and their conditions (source IP, region); ask the root account administrator to grant it.',
    category: 'permission',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'DryRunOperation',
    meaning: 'DryRun operation. It means that the request is successful, except that the DryRun parameter is passed additionally.',
    remediation:
      'Not a real failure: the request passed validation and permission checks but was not executed because DryRun=true was sent. Remove the DryRun parameter (or set it to false) to perform the operation; treat this code as success in dry-run checks.',
    category: 'parameter',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'FailedOperation',
    meaning: 'Operation failed',
    remediation:
      'A generic business-logic failure: the Message and the sub-code (FailedOperation.Xxx), when present, carry the real reason, such as a resource in the wrong state. Fix that precondition and resend; retrying unchanged usually fails the same way. Quote the RequestId to support if it stays unclear.',
    category: 'server',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'InternalError',
    meaning: 'Internal error',
    remediation:
      'A server-side error in the Tencent Cloud service. Retry with jittered exponential backoff (make write calls idempotent first, e.g. with ClientToken where the API has one); if it persists, open a ticket with the RequestId, region and time.',
    category: 'server',
    retryable: true,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'InvalidAction',
    meaning: 'API does not exist',
    remediation:
      "The Action (X-TC-Action) is unknown to this endpoint. Check the spelling and case of the action name, that the request goes to the product's own domain (e.g. cvm.tencentcloudapi.com), and that X-TC-Version is a version that has this action.",
    category: 'unsupported',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'InvalidParameter',
    meaning: 'Incorrect parameter',
    remediation:
      "A request parameter is malformed (wrong name, type, nesting or JSON structure). Compare the body with the API's parameter table for this X-TC-Version: names are case-sensitive, lists must be JSON arrays, and the Message usually names the offending parameter.",
    category: 'parameter',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'InvalidParameterValue',
    meaning: 'Invalid parameter value',
    remediation:
      'A parameter has a value the API rejects (out of range, unknown enum, wrong ID format, or an ID from another region). Read the Message for the parameter name, check the allowed values in the API docs and that IDs belong to the region in X-TC-Region.',
    category: 'parameter',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'LimitExceeded',
    meaning: 'Quota limit is exceeded',
    remediation:
      'A resource quota (not the request rate) is used up, e.g. the number of instances, rules or keys. Delete unused resources or apply for a quota increase; retrying will not help until quota frees up. Request-rate limits are reported as RequestLimitExceeded.',
    category: 'quota-throttling',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'MissingParameter',
    meaning: 'A parameter is missing',
    remediation:
      "A required parameter is absent. Check the API's required fields for this version, that they are in the JSON body (POST) or query string (GET) actually sent, and that names are capitalised exactly (InstanceIds, not instanceIds).",
    category: 'parameter',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'NoSuchVersion',
    meaning: 'The API version does not exist',
    remediation:
      "The X-TC-Version (Version) value does not exist for this product. Use the API version date from the product's API docs (format YYYY-MM-DD, e.g. 2017-03-12 for CVM) and make sure the endpoint belongs to the same product.",
    category: 'unsupported',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'RequestLimitExceeded',
    meaning: 'The request rate limit is exceeded',
    remediation:
      'The request rate limit of this API was hit. Retry with jittered exponential backoff, lower concurrency and batch calls (e.g. query many IDs in one Describe call), spread calls over time; if the sustained rate is needed, ask Tencent Cloud support for a higher limit.',
    category: 'quota-throttling',
    retryable: true,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'ResourceInUse',
    meaning: 'Resource is occupied',
    remediation:
      'The resource is busy or bound elsewhere, e.g. attached to another resource or in the middle of another operation. Wait for that operation to finish or detach/unbind it first, then resend; check its state with the matching Describe API.',
    category: 'conflict',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'ResourceInsufficient',
    meaning: 'Insufficient resource',
    remediation:
      'The region or zone lacks capacity for the request (e.g. an instance type is sold out) or a dependent resource is insufficient. Try another zone, instance type or size, or try again later; the Message often names the missing resource.',
    category: 'server',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'ResourceNotFound',
    meaning: 'Resource does not exist.',
    remediation:
      'The referenced resource does not exist. Check the ID (copy it from a Describe call), that X-TC-Region is the region where it lives, and that it was not deleted or returned; resources of another account are reported as not found too.',
    category: 'not-found',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'ResourceUnavailable',
    meaning: 'Resource is unavailable',
    remediation:
      "The resource exists but cannot be used now, e.g. isolated for overdue payment, locked, or in a state that forbids this operation. Check its status with the Describe API and the account's billing status, and resolve that first.",
    category: 'conflict',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'UnauthorizedOperation',
    meaning: 'Unauthorized operation',
    remediation:
      'The operation was not authorized. Usually the CAM policy of the sub-user or role lacks this action or resource (check CAM > Policies; actions are <service>:<Action>); for some products it means the service or its service role is not activated for the account. Read the Message.',
    category: 'permission',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'UnknownParameter',
    meaning: 'Unknown parameter',
    remediation:
      'The request contains a parameter this API version does not define. Remove it or fix its spelling and case; check that the docs you follow are for the X-TC-Version you send, since newer versions add parameters.',
    category: 'parameter',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'UnsupportedOperation',
    meaning: 'Unsupported operation',
    remediation:
      "The operation is not supported for this resource, its configuration, or the account. Read the Message and sub-code, check the product's restrictions (instance family, billing mode, region) and use the supported alternative.",
    category: 'unsupported',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'UnsupportedProtocol',
    meaning: 'Unsupported HTTP(S) request protocol. Only GET and POST requests are supported.',
    remediation:
      'Send API 3.0 calls as POST (JSON body, Content-Type: application/json) or GET (parameters in the query string), preferably over HTTPS; methods such as PUT, DELETE or OPTIONS are rejected. Check that a proxy or fetch wrapper does not change the method.',
    category: 'unsupported',
    retryable: false,
    source: V3_COMMON,
  },
  {
    provider: 'tencent',
    code: 'UnsupportedRegion',
    meaning: 'Unsupported region',
    remediation:
      "The API does not support the region passed in X-TC-Region (Region). Check the product's list of supported regions (e.g. the product's DescribeRegions API) and use a valid region ID such as ap-guangzhou; some products serve only one region.",
    category: 'unsupported',
    retryable: false,
    source: V3_COMMON,
  },
  // --- API 3.0 service error codes (seed 002; its InvalidParameter row duplicates the common code above) ---
  {
    provider: 'tencent',
    code: 'InternalError.AsyncRequestError',
    meaning: 'An error occurred while querying an async task.',
    remediation:
      'The service failed while querying an asynchronous task. Retry the query with jittered backoff; if it keeps failing, check that the task ID is still valid and contact support with the RequestId.',
    category: 'server',
    retryable: true,
    source: V3_SERVICE,
  },
  // --- API 3.0 codes the SDKs retry (not in a seed) ---
  {
    provider: 'tencent',
    code: 'RequestLimitExceeded.UinLimitExceeded',
    meaning: 'The number of uin requests exceeds the frequency limit.',
    remediation:
      'The request rate of the whole account (UIN: all sub-users and keys of the root account together) exceeded its limit. Back off with jittered exponential retry as the SDKs do, reduce concurrency across every service calling with this account, and ask support for a higher limit if needed.',
    category: 'quota-throttling',
    retryable: true,
    source: V3_SDK_RETRY,
  },
  {
    provider: 'tencent',
    code: 'RequestLimitExceeded.GlobalRegionUinLimitExceeded',
    meaning: 'Uin exceeds the frequency limit.',
    remediation:
      'The account-level (UIN) request rate, counted across regions, exceeded its limit. Back off with jittered exponential retry as the SDKs do, reduce concurrency in every region and service calling with this account, and ask support for a higher limit if the load is expected.',
    category: 'quota-throttling',
    retryable: true,
    source: V3_SDK_RETRY,
  },
  // --- Legacy API 2.0 common error codes (seed 004, HTML table) ---
  {
    provider: 'tencent',
    code: '4000',
    meaning:
      'Invalid request parameter: Required parameters are missing, or parameter values are not in the correct format. For specific error message, please see the message field in error description.',
    remediation:
      "A parameter of the API 2.0 call is missing or malformed; the message field names it. Check the required parameters and formats in the module's API 2.0 docs. API 2.0 is legacy: consider moving to the API 3.0 equivalent.",
    category: 'parameter',
    retryable: false,
    source: V2_COMMON,
  },
  {
    provider: 'tencent',
    code: '4100',
    meaning: 'Authentication failed: Signature authentication failed. For more information, please see the Authentication section in the document.',
    remediation:
      'The API 2.0 signature check failed. Check that the SecretKey matches the SecretId, that the string to sign is method + host + path + "?" + the sorted parameters, that SignatureMethod (HmacSHA1 or HmacSHA256) matches the hash you compute, and that the signature is URL-encoded exactly once.',
    category: 'signature-clock',
    retryable: false,
    source: V2_COMMON,
  },
  {
    provider: 'tencent',
    code: '4200',
    meaning: 'Request expired: The request has expired. For more information, please see the Request Validity Period section in the document.',
    remediation:
      'The request Timestamp is outside the API 2.0 validity period. Sync the client clock (NTP) and sign a new request with the current Unix timestamp; resending the same signed URL keeps failing, so a retry must be re-signed.',
    category: 'signature-clock',
    retryable: false,
    source: V2_COMMON,
  },
  {
    provider: 'tencent',
    code: '4300',
    meaning: 'Access denied: Account is suspended or not within the user range of the API.',
    remediation:
      'The account is suspended (e.g. for overdue payment) or not allowed to use this API. Check the account status and billing in the console and, for sub-users, the CAM policy for this action; contact support if the account was restricted.',
    category: 'permission',
    retryable: false,
    source: V2_COMMON,
  },
  {
    provider: 'tencent',
    code: '4400',
    meaning: 'Quota exceed: The number of requests exceeds the quota. For more information, please see the Request Quota section in the document.',
    remediation:
      'The request quota of this API was exceeded. Retry with jittered exponential backoff, lower the call rate and concurrency, and ask Tencent Cloud for a higher quota if the rate is needed.',
    category: 'quota-throttling',
    retryable: true,
    source: V2_COMMON,
  },
  {
    provider: 'tencent',
    code: '4500',
    meaning:
      'Replay attack: The Nonce and Timestamp parameters can ensure that each request will be executed only once on the server. Therefore, the Nonce value cannot be the same as last one, and the difference between Timestamp and Tencent server time cannot be greater than 2 hours.',
    remediation:
      'Replay protection rejected the request: the Nonce was reused or Timestamp is over 2 hours from server time. Generate a new random Nonce and the current Timestamp for every request, retries included, sign again, and sync the clock (NTP).',
    category: 'signature-clock',
    retryable: false,
    source: V2_COMMON,
  },
  {
    provider: 'tencent',
    code: '4600',
    meaning: 'Protocol is not supported: The protocol is not supported. For more information, please see the relevant document.',
    remediation:
      'Check the scheme (HTTPS), HTTP method and request format the module documents: API 2.0 endpoints (e.g. cvm.api.qcloud.com/v2/index.php) take query/form parameters, not API 3.0 JSON bodies with X-TC-* headers.',
    category: 'unsupported',
    retryable: false,
    source: V2_COMMON,
  },
  {
    provider: 'tencent',
    code: '5000',
    meaning:
      "Resource does not exist: The instance corresponding to resource ID does not exist, or the instance has been returned, or another user's resource is accessed.",
    remediation:
      "Check the resource ID, the Region parameter and which account's key is used: the resource may have been returned or terminated, or belong to another account.",
    category: 'not-found',
    retryable: false,
    source: V2_COMMON,
  },
  {
    provider: 'tencent',
    code: '5100',
    meaning:
      'Resource operation failed: The operation performed on the resource failed. For specific error message, please see the message field in error description. Try again later or contact customer service personnel for help.',
    remediation:
      'Read the message field for the reason. If it is transient, retry later with jittered backoff; if it names a condition (state, configuration), fix that first; contact support with the request details if it persists.',
    category: 'server',
    retryable: true,
    source: V2_COMMON,
  },
  {
    provider: 'tencent',
    code: '5200',
    meaning: 'Failed to purchase resource: Resource purchase failed. This may be caused by unsupported instance configuration or insufficient resource.',
    remediation:
      "The configuration is not sold (type, zone and image combination) or stock is insufficient. Try another zone or configuration; check the purchasable configurations in the console or the module's configuration API before buying.",
    category: 'unsupported',
    retryable: false,
    source: V2_COMMON,
  },
  {
    provider: 'tencent',
    code: '5300',
    meaning: 'Failed to purchase resource: Resource purchase failed because of insufficient balance.',
    remediation:
      'Top up the account balance (or check the payment method and credit for postpaid resources) in the Tencent Cloud billing center, then resend the purchase.',
    category: 'billing',
    retryable: false,
    source: V2_COMMON,
  },
  {
    provider: 'tencent',
    code: '5400',
    meaning:
      'Part of operations performed successfully: Part of the batch operations have been performed successfully. For more information, please see the returned value of method.',
    remediation:
      'Part of a batch succeeded and part failed. Inspect the per-item results in the response and retry only the failed items, not the whole batch, so successful operations are not repeated.',
    category: 'server',
    retryable: false,
    source: V2_COMMON,
  },
  {
    provider: 'tencent',
    code: '5500',
    meaning: 'User failed to pass identity verification: Resource purchase failed because the user failed to pass identity verification.',
    remediation:
      'The purchase requires identity (real-name) verification that the account has not passed. Complete identity verification in the Tencent Cloud account center, then resend the purchase.',
    category: 'permission',
    retryable: false,
    source: V2_COMMON,
  },
  {
    provider: 'tencent',
    code: '6000',
    meaning: 'Internal error on the server: An internal error occurred on the server. Try again later or contact customer service personnel for help.',
    remediation:
      'A server-side error. Retry later with jittered exponential backoff (make purchases and other writes idempotent first); if it persists, contact support with the request details and time.',
    category: 'server',
    retryable: true,
    source: V2_COMMON,
  },
  {
    provider: 'tencent',
    code: '6100',
    meaning:
      'Not supported by the version: This API is not supported in this version or the API is under maintenance. Note: When this error occurs, first check whether the domain of the API is correct. Different modules may have different domains.',
    remediation:
      'First check the request domain: each module has its own (e.g. cvm.api.qcloud.com, cdb.api.qcloud.com), then the Action name. API 2.0 is legacy, so the action may only exist in API 3.0 now.',
    category: 'unsupported',
    retryable: false,
    source: V2_COMMON,
  },
  {
    provider: 'tencent',
    code: '6200',
    meaning: 'API is temporarily unavailable: The API is under maintenance and is unavailable. Please try again later.',
    remediation:
      'The API is down for maintenance. Retry later with jittered exponential backoff, and check Tencent Cloud announcements for the maintenance window if it lasts.',
    category: 'server',
    retryable: true,
    source: V2_COMMON,
  },
  // --- Legacy API 2.0 module error codes (seed 004, "(-514) ..." in the message) ---
  {
    provider: 'tencent',
    code: '-503',
    meaning: 'Incorrect request parameter (InvalidParameter)',
    remediation:
      "The module rejected a parameter; the text after the code in the message describes it. Check parameter names and values against the module's API 2.0 docs.",
    category: 'parameter',
    retryable: false,
    source: V2_MODULE,
  },
  {
    provider: 'tencent',
    code: '-507',
    meaning: 'Limit has been exceeded (OperationDenied.ExceedLimit)',
    remediation:
      'A module limit was reached, e.g. too many resources of that type. Delete unused resources or ask for a higher limit; retrying unchanged will not help.',
    category: 'quota-throttling',
    retryable: false,
    source: V2_MODULE,
  },
  {
    provider: 'tencent',
    code: '-513',
    meaning: 'DB operation failed (InternalError.DBoperationFail)',
    remediation:
      'A database operation failed inside the module: a server-side fault. Retry with jittered backoff and contact support with the request details if it persists.',
    category: 'server',
    retryable: true,
    source: V2_MODULE,
  },
  {
    provider: 'tencent',
    code: '-514',
    meaning: 'Resource already exists (OperationDenied.SourceAlreadyExists)',
    remediation:
      'The resource you are creating already exists. Use a different name or ID, or look up and reuse the existing one; treat it as success if your create call is meant to be idempotent.',
    category: 'conflict',
    retryable: false,
    source: V2_MODULE,
  },
  {
    provider: 'tencent',
    code: '-509',
    meaning: 'Incorrect combination of dimensions (InvalidParameter.DimensionGroupError)',
    remediation:
      'The dimensions sent do not form a valid group, typically in Cloud Monitor metric or alarm calls. Check that the dimension names and values belong together for this namespace and metric per the module docs.',
    category: 'parameter',
    retryable: false,
    source: V2_MODULE,
  },
  {
    provider: 'tencent',
    code: '-502',
    meaning: 'Resource does not exist (OperationDenied.SourceNotExists)',
    remediation:
      'The referenced resource was not found. Check its ID or name, the Region parameter and the account whose key is used; it may have been deleted.',
    category: 'not-found',
    retryable: false,
    source: V2_MODULE,
  },
  {
    provider: 'tencent',
    code: '-515',
    meaning: 'Unable to operate because a sub-resource exists (OperationDenied.SubresourceExist)',
    remediation: 'The resource still has child resources (rules, members, bindings). Delete or detach them first, then repeat the operation.',
    category: 'conflict',
    retryable: false,
    source: V2_MODULE,
  },
  {
    provider: 'tencent',
    code: '-505',
    meaning: 'Parameter is missing (InvalidParameter.MissingParameter)',
    remediation:
      "A required parameter is missing; the message names it. Add it to the request as the module's API 2.0 docs specify (names are case-sensitive).",
    category: 'parameter',
    retryable: false,
    source: V2_MODULE,
  },
];
