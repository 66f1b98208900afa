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
 * Meanings are the provider's text; remediations are this project's own.
 */
import type { CatalogEntry } from './entry.js';

const SOURCE = 'seed 003: Alibaba Cloud RPC API common error codes';
const IDEMPOTENCE_DOC = 'https://www.alibabacloud.com/help/doc-detail/25693.html';
const THROTTLING_DOC = 'https://help.aliyun.com/en/openapi/throttling-and-quota-management';
const RPC_SIGNATURE_DOC = 'https://alibabacloud.com/help/doc-detail/25488.htm';
const SDK_THROTTLING =
  'Alibaba Cloud SDK retry policy: Darabonba OpenAPI client raises ThrottlingError for Throttling, Throttling.User, Throttling.Api (alibabacloud-go/darabonba-openapi client.go); messages from the STS throttling error table';

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
      'Check the AccessKey ID value (no surrounding whitespace), that it was not deleted in the RAM console (the user\'s AccessKey list), that it belongs to the same site as the endpoint (China site and international site accounts differ), and which credential source the SDK actually used.',
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
    remediation:
      'Remove OwnerId (it defaults to the caller\'s account) or correct it to the numeric UID of the Alibaba Cloud account that owns the resource.',
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
    meaning:
      'A mandatory input parameter is missing: Action, AccessKeyId, Signature, TimeStamp, Version, or OwnerId/OwnerAccount.',
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
      'Flow control rejected the call. Retry with jittered exponential backoff, reduce concurrency and batch queries, check the API\'s rate limit in Quota Center > API Rate Limits, and request a higher quota there if the rate is needed.',
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
      'The instance\'s billing method (subscription or pay-as-you-go) does not allow this operation. Check its charge type, use the operation meant for that billing method, or convert the billing method first where the product allows it.',
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
      'Enable the AccessKey again in the RAM console (the user\'s AccessKey list) or switch to an active AccessKey pair, and update the stored credentials everywhere they are used.',
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
      'The Action is not valid for this product or endpoint. Check the action name\'s spelling and case, the product\'s API Version, and that the request reaches the right product endpoint (HostId in the response shows which one answered).',
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
      'Remove OwnerAccount (the owner is derived from the AccessKey) unless you act on behalf of another account, or correct it to that account\'s exact name.',
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
      'Check the disk ID (d-…), the RegionId and the endpoint\'s region, and whether the disk was released; list the disks of that region with DescribeDisks.',
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
      'Check the instance ID (i-…), the RegionId and the endpoint\'s region, and whether the instance was released; list the instances of that region with DescribeInstances.',
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
    meaning:
      'System maintenance is in progress on the selected region, please wait a few minutes before trying again.',
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
];
