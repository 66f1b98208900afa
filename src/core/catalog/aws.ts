/**
 * AWS catalog (provider "aws": every AWS wire protocol, on *.amazonaws.com).
 *
 * Sources:
 * - SDK retry classification: smithy-lang/smithy-typescript
 *   `packages/core/src/submodules/retry/service-error-classification/constants.ts` (re-exported by
 *   @smithy/service-error-classification; catalog.test.ts checks this table against it): CLOCK_SKEW_ERROR_CODES,
 *   THROTTLING_ERROR_CODES, TRANSIENT_ERROR_CODES and TRANSIENT_ERROR_STATUS_CODES (500, 502, 503, 504). Every code of
 *   those lists is here, and retryable except AccessDeniedException: clock-skew codes are retried by the SDK after it
 *   corrects its clock offset, throttling codes with backoff, transient codes as-is. Where a list puts a code the
 *   service documents differently (AuthFailure, SignatureDoesNotMatch are usually a wrong key, not a clock;
 *   AccessDeniedException a missing permission), the remediation says when a retry can help.
 * - AWS "Common Errors" (errors common to the API actions of all AWS services), e.g.
 *   https://docs.aws.amazon.com/emr/latest/APIReference/CommonErrors.html and the IAM/Identity Center "Common Error
 *   Types" variants (AccessDeniedException 403, ExpiredTokenException 403).
 * - Amazon EC2 API "Error codes" (common client errors, client errors for specific actions, server errors):
 *   https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html
 * - Amazon S3 "Error responses", "List of error codes": https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
 * - IAM, STS, DynamoDB and Lambda API references (error sections of the actions and the services' common errors).
 *
 * EC2 codes carry no httpStatus (the EC2 page only says client errors come with a 400-series status and server errors
 * with a 500-series one), nor do codes known only from the smithy lists.
 *
 * One entry per code: a code several services share (ResourceNotFoundException, RequestLimitExceeded, InternalError …)
 * has one merged meaning, and httpStatus is left out where the services disagree. 3xx codes (PermanentRedirect,
 * TemporaryRedirect) carry no httpStatus because the catalog only records error statuses. Meanings are the providers'
 * text, shortened; remediations are this project's own.
 */
import type { CatalogEntry } from './entry.js';

const SMITHY = 'smithy-typescript retry service-error-classification constants.ts';
const COMMON = 'AWS Common Errors (all services)';
const EC2 = 'Amazon EC2 API error codes';
const S3 = 'Amazon S3 error responses, list of error codes';
const IAM = 'AWS IAM API reference, errors';
const STS = 'AWS STS API reference, errors';
const DDB = 'Amazon DynamoDB API reference, errors';
const LAMBDA = 'AWS Lambda API reference, errors';

const COMMON_DOC = 'https://docs.aws.amazon.com/emr/latest/APIReference/CommonErrors.html';
const EC2_DOC = 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html';
const S3_DOC = 'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html';

const aws = (entry: Omit<CatalogEntry, 'provider'>): CatalogEntry => ({ provider: 'aws', ...entry });

const BACKOFF =
  'Retry with exponential backoff and full jitter (the AWS SDKs do this by default: check maxAttempts / retryMode "adaptive"), lower the request rate or concurrency';

export const AWS_CATALOG: readonly CatalogEntry[] = [
  // --- clock skew (CLOCK_SKEW_ERROR_CODES): retried by the SDK once it has corrected its clock offset ---
  aws({
    code: 'AuthFailure',
    meaning:
      'The provided credentials could not be validated. You might not be authorized to carry out the request, or the credentials or signing time are wrong.',
    remediation:
      'Check which credentials the client really uses (AWS_PROFILE, env vars, instance role) and that the key is active; sync the clock with NTP. The SDK only retries this after correcting clock skew, so a retry helps only when the clock was the cause.',
    category: 'signature-clock',
    retryable: true,
    docsUrl: EC2_DOC,
    source: `${EC2}; ${SMITHY} (CLOCK_SKEW_ERROR_CODES)`,
  }),
  aws({
    code: 'InvalidSignatureException',
    meaning: 'The request signature we calculated does not match the signature you provided, or the signing date is out of range.',
    remediation:
      'Check the secret key paired with the access key, the region and service in the SigV4 credential scope, and the X-Amz-Date against an NTP-synced clock; let the SDK sign (do not sign by hand or through a proxy that rewrites headers).',
    category: 'signature-clock',
    retryable: true,
    httpStatus: 400,
    source: `${DDB}; ${SMITHY} (CLOCK_SKEW_ERROR_CODES)`,
  }),
  aws({
    code: 'RequestExpired',
    meaning:
      'The request reached the service more than 15 minutes after the date stamp on the request or after the request expiration date (such as for pre-signed URLs), or the date stamp is more than 15 minutes in the future.',
    remediation:
      'Sync the client clock (NTP / chrony) and sign requests just before sending; for pre-signed URLs use a longer X-Amz-Expires or generate the URL closer to use. The SDK re-signs and retries after correcting its clock offset.',
    category: 'signature-clock',
    retryable: true,
    httpStatus: 400,
    docsUrl: COMMON_DOC,
    source: `${COMMON}; ${SMITHY} (CLOCK_SKEW_ERROR_CODES)`,
  }),
  aws({
    code: 'RequestInTheFuture',
    meaning: 'The request is signed with a date in the future relative to the server clock.',
    remediation:
      'The client clock runs ahead: sync it with NTP (containers and VMs resumed from sleep drift often). The SDK corrects its clock offset from the server Date header and re-signs on retry.',
    category: 'signature-clock',
    retryable: true,
    source: SMITHY + ' (CLOCK_SKEW_ERROR_CODES)',
  }),
  aws({
    code: 'RequestTimeTooSkewed',
    meaning: "The difference between the request time and the server's time is too large.",
    remediation:
      'Sync the client clock with NTP; S3 allows at most 15 minutes between x-amz-date (or Date) and server time. The SDK retries after applying the clock offset from the response Date header.',
    category: 'signature-clock',
    retryable: true,
    httpStatus: 403,
    docsUrl: S3_DOC,
    source: `${S3}; ${SMITHY} (CLOCK_SKEW_ERROR_CODES)`,
  }),
  aws({
    code: 'SignatureDoesNotMatch',
    meaning: 'The request signature we calculated does not match the signature you provided. Check your AWS secret access key and signing method.',
    remediation:
      'Most often a wrong secret key, region or service in the SigV4 scope, or a header/body changed after signing (proxy, Content-Type, URL encoding of the key). Fix those; a retry only helps when the clock was skewed, which the SDK corrects itself.',
    category: 'signature-clock',
    retryable: true,
    httpStatus: 403,
    docsUrl: S3_DOC,
    source: `${S3}; ${SMITHY} (CLOCK_SKEW_ERROR_CODES)`,
  }),

  // --- throttling (THROTTLING_ERROR_CODES): always retryable ---
  aws({
    code: 'BandwidthLimitExceeded',
    meaning: 'The request was throttled because a bandwidth limit was exceeded.',
    remediation: `${BACKOFF}, and spread large transfers over time or across more partitions/prefixes.`,
    category: 'quota-throttling',
    retryable: true,
    source: SMITHY + ' (THROTTLING_ERROR_CODES)',
  }),
  aws({
    code: 'EC2ThrottledException',
    meaning: 'Amazon EC2 throttled AWS Lambda during Lambda function initialization when using the execution role provided for the function.',
    remediation: `${BACKOFF}; reduce concurrent VPC-attached function cold starts and check the account's EC2 API request rate in Service Quotas.`,
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 502,
    source: `${LAMBDA}; ${SMITHY} (THROTTLING_ERROR_CODES)`,
  }),
  aws({
    code: 'LimitExceededException',
    meaning: 'A limit was exceeded: too many requests or concurrent operations (for example too many concurrent table requests in DynamoDB).',
    remediation: `${BACKOFF}; serialise control-plane operations (CreateTable, UpdateTable …) and check the relevant quota in Service Quotas.`,
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 400,
    source: `${DDB}; ${SMITHY} (THROTTLING_ERROR_CODES)`,
  }),
  aws({
    code: 'PriorRequestNotComplete',
    meaning: 'The request was rejected because a prior request on the same resource is still being processed.',
    remediation:
      'Wait for the earlier change to finish (for Route 53, poll GetChange until INSYNC) and retry with jittered backoff; batch changes into one request instead of many small ones.',
    category: 'quota-throttling',
    retryable: true,
    source: SMITHY + ' (THROTTLING_ERROR_CODES)',
  }),
  aws({
    code: 'ProvisionedThroughputExceededException',
    meaning: 'Your request rate is too high. The AWS SDKs for DynamoDB automatically retry requests that receive this exception.',
    remediation: `${BACKOFF}; check the table's or index's consumed capacity, spread hot partition keys, raise provisioned capacity or switch to on-demand.`,
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 400,
    source: `${DDB}; ${SMITHY} (THROTTLING_ERROR_CODES)`,
  }),
  aws({
    code: 'RequestLimitExceeded',
    meaning:
      'The maximum request rate permitted by the API has been exceeded for your account (EC2: per Region; DynamoDB: throughput exceeds the account quota).',
    remediation: `${BACKOFF}; cache Describe* results instead of polling, and use the EC2 API throttling metrics or Service Quotas to request a higher rate.`,
    category: 'quota-throttling',
    retryable: true,
    docsUrl: EC2_DOC,
    source: `${EC2}; ${DDB}; ${SMITHY} (THROTTLING_ERROR_CODES)`,
  }),
  aws({
    code: 'RequestThrottled',
    meaning: 'The request was throttled because the request rate is too high.',
    remediation: `${BACKOFF}, and request a higher rate limit for the operation if the traffic is expected.`,
    category: 'quota-throttling',
    retryable: true,
    source: SMITHY + ' (THROTTLING_ERROR_CODES)',
  }),
  aws({
    code: 'RequestThrottledException',
    meaning: 'The request was denied because the request rate exceeds the allowed limit.',
    remediation: `${BACKOFF}; check the per-operation TPS quota of the service in Service Quotas.`,
    category: 'quota-throttling',
    retryable: true,
    source: SMITHY + ' (THROTTLING_ERROR_CODES)',
  }),
  aws({
    code: 'SlowDown',
    meaning: 'Please reduce your request rate.',
    remediation: `${BACKOFF}; S3 scales per prefix, so spread keys over more prefixes and ramp traffic up gradually.`,
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 503,
    docsUrl: S3_DOC,
    source: `${S3}; ${SMITHY} (THROTTLING_ERROR_CODES)`,
  }),
  aws({
    code: 'ThrottledException',
    meaning: 'The request was throttled.',
    remediation: `${BACKOFF}, and check the service's per-account rate quota.`,
    category: 'quota-throttling',
    retryable: true,
    source: SMITHY + ' (THROTTLING_ERROR_CODES)',
  }),
  aws({
    code: 'Throttling',
    meaning: 'Rate exceeded: the request was denied due to request throttling (awsQuery services such as IAM, STS, SNS, CloudFormation).',
    remediation: `${BACKOFF}; cache read results (e.g. STS credentials until they expire, IAM lookups) instead of calling per request.`,
    category: 'quota-throttling',
    retryable: true,
    source: SMITHY + ' (THROTTLING_ERROR_CODES)',
  }),
  aws({
    code: 'ThrottlingException',
    meaning: 'The request was denied due to request throttling.',
    remediation: `${BACKOFF}; look up the operation's rate quota in Service Quotas and request an increase if the load is legitimate.`,
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 400,
    docsUrl: COMMON_DOC,
    source: `${COMMON}; ${SMITHY} (THROTTLING_ERROR_CODES)`,
  }),
  aws({
    code: 'TooManyRequestsException',
    meaning: 'The request throughput limit was exceeded (Lambda: concurrency or request-rate limit).',
    remediation: `${BACKOFF}; for Lambda check account and reserved concurrency and the Retry-After header, and queue work (SQS) instead of invoking in bursts.`,
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 429,
    source: `${LAMBDA}; ${SMITHY} (THROTTLING_ERROR_CODES)`,
  }),
  aws({
    code: 'TransactionInProgressException',
    meaning: 'The transaction with the given request token is already in progress.',
    remediation:
      'Another TransactWriteItems call with the same ClientRequestToken is still running. Wait and retry the same request with the same token (the SDK treats this as throttling); do not reuse the token for different items.',
    category: 'conflict',
    retryable: true,
    httpStatus: 400,
    source: `${DDB}; ${SMITHY} (THROTTLING_ERROR_CODES)`,
  }),

  // --- transient (TRANSIENT_ERROR_CODES) ---
  aws({
    code: 'TimeoutError',
    meaning: 'The SDK gave up waiting for the response (connection or socket timeout): a transient error in the SDK classification.',
    remediation:
      "Retry (the SDK does); if it persists, raise requestTimeout / connectionTimeout in the client's request handler, check the network path (VPC endpoint, NAT, proxy) and the region endpoint.",
    category: 'server',
    retryable: true,
    source: SMITHY + ' (TRANSIENT_ERROR_CODES)',
  }),
  aws({
    code: 'RequestTimeout',
    meaning: 'Your socket connection to the server was not read from or written to within the timeout period.',
    remediation:
      'Retry the upload; make sure the client streams the body continuously and the Content-Length matches the bytes sent, and use multipart upload for large or slow transfers.',
    category: 'server',
    retryable: true,
    httpStatus: 400,
    docsUrl: S3_DOC,
    source: `${S3}; ${SMITHY} (TRANSIENT_ERROR_CODES)`,
  }),
  aws({
    code: 'RequestTimeoutException',
    meaning: 'The request timed out before the service could complete it.',
    remediation:
      'Retry with backoff (make writes idempotent with a client token where the API has one); if it repeats, reduce the work per request (smaller pages or batches).',
    category: 'server',
    retryable: true,
    source: SMITHY + ' (TRANSIENT_ERROR_CODES)',
  }),

  // --- common errors of all AWS services ---
  aws({
    code: 'AccessDeniedException',
    meaning: "You don't have permission to perform this action. Verify that your IAM policy includes the required permissions.",
    remediation:
      'Find the denied action in the message (or CloudTrail) and allow it in an identity policy of the calling principal; also check resource policies, permission boundaries, SCPs and session policies, which can deny even when the identity policy allows. The SDK retries it only after correcting a clock skew, so a retry helps only when the client clock was off.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    docsUrl: COMMON_DOC,
    source: `${COMMON}; ${SMITHY} (CLOCK_SKEW_ERROR_CODES)`,
  }),
  aws({
    code: 'ExpiredTokenException',
    meaning: 'The security token included in the request has expired. Request a new security token and try again.',
    remediation:
      "Refresh the temporary credentials (aws sso login, re-assume the role, or let the SDK credential provider refresh them) instead of caching AWS_SESSION_TOKEN; check the role's maximum session duration.",
    category: 'authentication',
    retryable: false,
    httpStatus: 403,
    source: COMMON,
  }),
  aws({
    code: 'IncompleteSignature',
    meaning: 'The request signature does not conform to AWS standards.',
    remediation:
      'Send a complete SigV4 Authorization header (Credential, SignedHeaders, Signature) and X-Amz-Date; usually a hand-rolled signer or a proxy that strips headers. Use the SDK signer.',
    category: 'signature-clock',
    retryable: false,
    httpStatus: 400,
    docsUrl: COMMON_DOC,
    source: COMMON,
  }),
  aws({
    code: 'InternalFailure',
    meaning: 'The request processing has failed because of an unknown error, exception or failure.',
    remediation:
      'A server-side failure: retry with exponential backoff and jitter (idempotent calls or with a client token); if it persists, check the AWS Health Dashboard and open a case with the x-amzn-RequestId.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
    docsUrl: COMMON_DOC,
    source: COMMON,
  }),
  aws({
    code: 'InvalidAction',
    meaning: 'The action or operation requested is invalid. Verify that the action is typed correctly.',
    remediation:
      'Check the Action name and the API Version against the service reference, and that the request goes to the right service endpoint (an IAM action sent to the STS endpoint fails like this).',
    category: 'unsupported',
    retryable: false,
    httpStatus: 400,
    docsUrl: COMMON_DOC,
    source: COMMON,
  }),
  aws({
    code: 'InvalidClientTokenId',
    meaning: 'The X.509 certificate or AWS access key ID provided does not exist in our records.',
    remediation:
      'The access key is unknown: check it is active in IAM, belongs to this partition (aws vs aws-cn vs GovCloud), and that an old AWS_ACCESS_KEY_ID or profile is not overriding the intended one; STS keys (ASIA…) need their session token.',
    category: 'authentication',
    retryable: false,
    httpStatus: 403,
    docsUrl: COMMON_DOC,
    source: COMMON,
  }),
  aws({
    code: 'InvalidParameterCombination',
    meaning: 'Parameters that must not be used together were used together.',
    remediation: 'Remove one of the conflicting parameters; the API reference of the action lists which parameters are mutually exclusive.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: COMMON,
  }),
  aws({
    code: 'InvalidParameterValue',
    meaning: 'An invalid or out-of-range value was supplied for the input parameter.',
    remediation:
      "The message names the parameter: fix its value (format, allowed values, full resource ID) against the action's API reference, and check it is valid in the target region.",
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: EC2_DOC,
    source: `${COMMON}; ${EC2}`,
  }),
  aws({
    code: 'InvalidQueryParameter',
    meaning: 'The AWS query string is malformed or does not adhere to AWS standards.',
    remediation: 'Encode query parameters per RFC 3986 and follow the query protocol layout (Action, Version, indexed list members); prefer the SDK.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: COMMON,
  }),
  aws({
    code: 'MalformedQueryString',
    meaning: 'The query string contains a syntax error.',
    remediation: 'Check the query string for unescaped characters, duplicate or empty parameters, and encoding applied twice by a proxy or client library.',
    category: 'parameter',
    retryable: false,
    httpStatus: 404,
    source: COMMON,
  }),
  aws({
    code: 'MissingAction',
    meaning: 'The request is missing an action or a required parameter.',
    remediation: 'Send the Action parameter (query protocols) or the X-Amz-Target header (JSON protocols) with the operation name the API reference gives.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: COMMON,
  }),
  aws({
    code: 'MissingAuthenticationToken',
    meaning: 'The request must contain either a valid (registered) AWS access key ID or X.509 certificate.',
    remediation:
      'No credentials reached the service: configure the SDK credential chain (profile, env vars, role), make sure the client is not unsigned/anonymous, and that the URL is a real API path (unknown API Gateway paths answer this too).',
    category: 'authentication',
    retryable: false,
    httpStatus: 403,
    source: COMMON,
  }),
  aws({
    code: 'MissingParameter',
    meaning: 'A required parameter for the specified action is not supplied.',
    remediation: 'Add the parameter named in the message; the API reference of the action marks required parameters.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: COMMON,
  }),
  aws({
    code: 'NotAuthorized',
    meaning: 'You do not have permission to perform this action.',
    remediation:
      'Grant the calling principal the action in an IAM identity policy (and check SCPs, permission boundaries and resource policies that may deny it); the message or CloudTrail names the action.',
    category: 'permission',
    retryable: false,
    httpStatus: 400,
    docsUrl: COMMON_DOC,
    source: COMMON,
  }),
  aws({
    code: 'OptInRequired',
    meaning: 'The AWS access key ID needs a subscription for the service.',
    remediation:
      'Enable the service or opt-in Region for the account (Account settings > Regions for opt-in Regions, or subscribe in the service console); new accounts may need verification to finish.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    docsUrl: COMMON_DOC,
    source: COMMON,
  }),
  aws({
    code: 'ServiceUnavailable',
    meaning: 'The request has failed due to a temporary failure of the server.',
    remediation:
      'Retry with exponential backoff and jitter; if it lasts, check the AWS Health Dashboard for the Region and fail over to another Region if the workload allows.',
    category: 'server',
    retryable: true,
    httpStatus: 503,
    docsUrl: COMMON_DOC,
    source: `${COMMON}; ${S3}`,
  }),
  aws({
    code: 'UnrecognizedClientException',
    meaning: 'The security token included in the request is invalid.',
    remediation:
      'The access key or session token is not valid for this service/partition: check AWS_SESSION_TOKEN belongs to the same temporary key, that the key is not deleted, and that the endpoint Region is enabled for the account.',
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
    source: DDB,
  }),
  aws({
    code: 'ValidationError',
    meaning: 'The input fails to satisfy the constraints specified by an AWS service.',
    remediation:
      'Read the message for the failing field and constraint (length, pattern, allowed values) and fix the input; validate against the API reference before sending.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: COMMON_DOC,
    source: COMMON,
  }),
  aws({
    code: 'ValidationException',
    meaning: 'The input fails to satisfy the constraints specified by the service.',
    remediation:
      'Read the message for the failing field and constraint (length, pattern, required member) and fix the request body; check it matches the API version the SDK targets.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: `${COMMON}; ${DDB}`,
  }),
  aws({
    code: 'MissingAuthenticationTokenException',
    meaning: 'Request must contain a valid (registered) AWS Access Key ID.',
    remediation:
      'Sign the request with SigV4 using configured credentials; check that the SDK found credentials (profile, env vars, role) and is not in anonymous mode.',
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
    source: DDB,
  }),

  // --- STS ---
  aws({
    code: 'ExpiredToken',
    meaning: 'The provided token has expired.',
    remediation:
      "Obtain fresh temporary credentials (re-assume the role, aws sso login, or let the SDK provider refresh); do not cache an AWS_SESSION_TOKEN beyond its expiration and check the role's maximum session duration.",
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
    docsUrl: S3_DOC,
    source: `${S3}; ${STS}`,
  }),
  aws({
    code: 'RegionDisabledException',
    meaning: 'STS is not activated in the requested region for the account that is being asked to generate credentials.',
    remediation:
      'Activate STS for that Region in the IAM console (Account settings > Security Token Service endpoints) or call the STS endpoint of a Region that is active.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    source: STS,
  }),
  aws({
    code: 'InvalidIdentityToken',
    meaning: 'The web identity token that was passed could not be validated by AWS.',
    remediation:
      "Check the OIDC token is unexpired, its issuer matches an IAM OIDC identity provider, its aud is one of the provider's client IDs and its thumbprint/keys are current; get a fresh token from the IdP.",
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
    source: STS,
  }),

  // --- IAM ---
  aws({
    code: 'NoSuchEntity',
    meaning: 'The request was rejected because it referenced a resource entity that does not exist.',
    remediation:
      'Check the user, role, group or policy name/ARN (case, path, account ID) and that it was not deleted; IAM is global, so the Region does not matter.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    source: IAM,
  }),
  aws({
    code: 'EntityAlreadyExists',
    meaning: 'The request was rejected because it attempted to create a resource that already exists.',
    remediation: 'Reuse the existing entity (Get* it) or choose another name; make create steps idempotent by checking existence first.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    source: IAM,
  }),
  aws({
    code: 'LimitExceeded',
    meaning: 'The request was rejected because it attempted to create resources beyond the current AWS account limits.',
    remediation:
      'Delete unused IAM entities (old access keys, policy versions, roles) or request a higher IAM quota in Service Quotas; each user may have at most two access keys.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 409,
    source: IAM,
  }),
  aws({
    code: 'DeleteConflict',
    meaning: 'The request was rejected because it attempted to delete a resource that has attached subordinate entities.',
    remediation:
      'Detach or delete the dependent entities first (attached policies, access keys, login profile, instance profiles, group memberships), then delete.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    source: IAM,
  }),
  aws({
    code: 'MalformedPolicyDocument',
    meaning: 'The request was rejected because the policy document was malformed.',
    remediation:
      'Validate the JSON policy (Version "2012-10-17", Effect/Action/Resource, valid ARNs and condition keys) with IAM Access Analyzer policy validation before sending.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: `${IAM}; ${STS}`,
  }),
  aws({
    code: 'ServiceFailure',
    meaning: 'The request processing has failed because of an unknown error, exception or failure.',
    remediation:
      'Retry the IAM call with exponential backoff and jitter; if it keeps failing, check the AWS Health Dashboard and contact support with the request ID.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
    source: IAM,
  }),
  aws({
    code: 'ConcurrentModification',
    meaning: 'The request was rejected because multiple requests to change this object were submitted simultaneously.',
    remediation: 'Serialise writes to the same IAM entity and retry with jittered backoff.',
    category: 'conflict',
    retryable: true,
    httpStatus: 409,
    source: IAM,
  }),

  // --- DynamoDB ---
  aws({
    code: 'ConditionalCheckFailedException',
    meaning: 'A condition specified in the operation could not be evaluated to true.',
    remediation:
      'Expected outcome of a conditional write, not a fault: re-read the item, decide again, and resend with an updated condition (e.g. the new version attribute). Retrying the same request fails the same way.',
    category: 'conflict',
    retryable: false,
    httpStatus: 400,
    source: DDB,
  }),
  aws({
    code: 'ResourceNotFoundException',
    meaning:
      'The operation tried to access a nonexistent resource (table, function, …) or the resource might not be specified correctly, or its status might not be ACTIVE.',
    remediation:
      'Check the resource name/ARN, the account and especially the Region the client is configured for; for a just-created DynamoDB table, wait until it is ACTIVE (use the SDK waiter).',
    category: 'not-found',
    retryable: false,
    source: `${DDB}; ${LAMBDA}`,
  }),
  aws({
    code: 'ResourceInUseException',
    meaning:
      "The operation conflicts with the resource's availability, for example creating a table that already exists or changing a table in the CREATING state.",
    remediation:
      'Wait until the table/index is ACTIVE (DescribeTable or the SDK waiter) before the next change, or use the existing resource instead of recreating it.',
    category: 'conflict',
    retryable: false,
    httpStatus: 400,
    source: DDB,
  }),
  aws({
    code: 'ItemCollectionSizeLimitExceededException',
    meaning: 'An item collection is too large (local secondary index collections are limited to 10 GB per partition key value).',
    remediation:
      'Spread items over more partition key values or drop the local secondary index in favour of a global one; delete stale items in the collection.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 400,
    source: DDB,
  }),
  aws({
    code: 'TransactionCanceledException',
    meaning: 'The entire transaction request was canceled (a condition failed, an item is in another transaction, or throughput was exceeded).',
    remediation:
      'Inspect CancellationReasons (one per item) to see which item failed and why; retry only when the reasons are TransactionConflict or throughput, after re-reading the items.',
    category: 'conflict',
    retryable: false,
    httpStatus: 400,
    source: DDB,
  }),
  aws({
    code: 'TransactionConflictException',
    meaning: 'Operation was rejected because there is an ongoing transaction for the item.',
    remediation: 'Another transaction holds the item: retry with jittered backoff, and reduce contention on hot items.',
    category: 'conflict',
    retryable: true,
    httpStatus: 400,
    source: DDB,
  }),
  aws({
    code: 'InternalServerError',
    meaning: 'An error occurred on the server side.',
    remediation:
      'Retry with exponential backoff and jitter (writes should be idempotent or conditional); if it persists, contact AWS Support with the request ID.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
    source: DDB,
  }),

  // --- Lambda ---
  aws({
    code: 'ResourceConflictException',
    meaning: 'The resource already exists, or another operation is in progress.',
    remediation:
      "For updates, wait until the function's LastUpdateStatus is Successful (use the function-updated waiter) before the next update; for creates, use the existing resource or another name.",
    category: 'conflict',
    retryable: true,
    httpStatus: 409,
    source: LAMBDA,
  }),
  aws({
    code: 'ServiceException',
    meaning: 'The AWS Lambda service encountered an internal error.',
    remediation: 'Retry with exponential backoff and jitter; if the error persists, check the AWS Health Dashboard for Lambda in the Region.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
    source: LAMBDA,
  }),
  aws({
    code: 'InvalidParameterValueException',
    meaning: 'One of the parameters in the request is not valid.',
    remediation: 'Fix the parameter the message names (runtime, handler, role ARN that Lambda can assume, subnet/security group IDs, environment size).',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: LAMBDA,
  }),
  aws({
    code: 'CodeStorageExceededException',
    meaning: 'Your Amazon Web Services account has exceeded its maximum total code size.',
    remediation: 'Delete unused function versions and layer versions (they all count), or request a higher code storage quota in Service Quotas.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 400,
    source: LAMBDA,
  }),
  aws({
    code: 'ResourceNotReadyException',
    meaning: 'The function is inactive and its VPC connection is no longer available. Wait for the VPC connection to reestablish and try the request again.',
    remediation:
      'Invoke again after the function becomes Active (GetFunction State); keep it warm or check its VPC subnets and role permissions if it stays Inactive.',
    category: 'server',
    retryable: true,
    httpStatus: 502,
    source: LAMBDA,
  }),
  aws({
    code: 'RequestTooLargeException',
    meaning: 'The request payload exceeded the Invoke request body JSON input quota.',
    remediation: 'Shrink the payload (6 MB synchronous, 256 KB asynchronous): pass an S3 object key instead of the data itself.',
    category: 'parameter',
    retryable: false,
    httpStatus: 413,
    source: LAMBDA,
  }),

  // --- EC2 ---
  aws({
    code: 'UnauthorizedOperation',
    meaning: 'You are not authorized to perform this operation. The message may include an encoded authorization failure message.',
    remediation:
      "Decode the message with `aws sts decode-authorization-message` to see the denied action and resource, then grant it in the principal's IAM policy (check SCPs and permission boundaries too).",
    category: 'permission',
    retryable: false,
    docsUrl: EC2_DOC,
    source: EC2,
  }),
  aws({
    code: 'InvalidInstanceID.NotFound',
    meaning: 'The specified instance does not exist.',
    remediation:
      'Check the instance ID, the account and the Region the client uses; right after RunInstances the ID may not be visible yet (eventual consistency), so retry Describe briefly before concluding it is gone.',
    category: 'not-found',
    retryable: false,
    docsUrl: EC2_DOC,
    source: EC2,
  }),
  aws({
    code: 'InvalidInstanceID.Malformed',
    meaning: 'The specified instance ID is malformed.',
    remediation: 'Pass the full ID in the form i-0123456789abcdef0 (no name tag, no extra whitespace or quotes).',
    category: 'parameter',
    retryable: false,
    docsUrl: EC2_DOC,
    source: EC2,
  }),
  aws({
    code: 'InvalidAMIID.NotFound',
    meaning: 'The specified AMI does not exist, or it is not shared with your account.',
    remediation: 'AMIs are regional: check the AMI ID in the Region you call (copy it there if needed) and that it is shared with your account or public.',
    category: 'not-found',
    retryable: false,
    docsUrl: EC2_DOC,
    source: EC2,
  }),
  aws({
    code: 'InvalidSubnetID.NotFound',
    meaning: 'The specified subnet does not exist.',
    remediation: 'Check the subnet ID and that it is in the same Region (and VPC) as the other resources of the request.',
    category: 'not-found',
    retryable: false,
    docsUrl: EC2_DOC,
    source: EC2,
  }),
  aws({
    code: 'InvalidGroup.NotFound',
    meaning: 'The specified security group does not exist.',
    remediation: 'Use the security group ID (sg-…) rather than its name for non-default VPCs, and check it belongs to the same VPC and Region.',
    category: 'not-found',
    retryable: false,
    docsUrl: EC2_DOC,
    source: EC2,
  }),
  aws({
    code: 'InvalidKeyPair.NotFound',
    meaning: 'The specified key pair name does not exist.',
    remediation: 'Key pairs are regional: import or create the key pair in the Region you launch in, and check the exact name.',
    category: 'not-found',
    retryable: false,
    docsUrl: EC2_DOC,
    source: EC2,
  }),
  aws({
    code: 'InsufficientInstanceCapacity',
    meaning: 'There is not enough capacity to fulfill your request.',
    remediation:
      'Retry later, or choose another Availability Zone (omit the subnet/zone or try another subnet) or another instance type; use a Capacity Reservation for capacity you must have.',
    category: 'server',
    retryable: true,
    docsUrl: EC2_DOC,
    source: EC2,
  }),
  aws({
    code: 'InstanceLimitExceeded',
    meaning: "You've reached the limit on the number of instances you can run concurrently.",
    remediation: 'Terminate unused instances or request a higher On-Demand/Spot limit for the instance family in Service Quotas.',
    category: 'quota-throttling',
    retryable: false,
    docsUrl: EC2_DOC,
    source: EC2,
  }),
  aws({
    code: 'VcpuLimitExceeded',
    meaning: "You've reached the limit on the number of vCPUs assigned to the running instances in your account.",
    remediation:
      'Stop or terminate instances, or request a higher vCPU quota for the instance family (Service Quotas > Amazon EC2 > Running On-Demand instances).',
    category: 'quota-throttling',
    retryable: false,
    docsUrl: EC2_DOC,
    source: EC2,
  }),
  aws({
    code: 'IdempotentParameterMismatch',
    meaning: 'The request uses the same client token as a previous, but non-identical request.',
    remediation: 'Generate a new ClientToken for a different request; reuse a token only to retry exactly the same request.',
    category: 'conflict',
    retryable: false,
    docsUrl: EC2_DOC,
    source: EC2,
  }),
  aws({
    code: 'IncorrectInstanceState',
    meaning: 'The instance is in an incorrect state for the requested action (for example it must be stopped).',
    remediation: 'Wait for the required state with the SDK waiter (instance-stopped, instance-running) and then retry the action.',
    category: 'conflict',
    retryable: true,
    docsUrl: EC2_DOC,
    source: EC2,
  }),
  aws({
    code: 'DryRunOperation',
    meaning: 'The user has the required permissions, so the request would have succeeded, but the DryRun parameter was used.',
    remediation:
      'Not a failure: the permission check passed. Send the request without DryRun to execute it, and treat this code as success in permission probes.',
    category: 'parameter',
    retryable: false,
    docsUrl: EC2_DOC,
    source: EC2,
  }),
  aws({
    code: 'Blocked',
    meaning: 'Your account is currently blocked.',
    remediation: 'Contact AWS Support about the account status (often an unpaid bill or a verification hold); no API change will help.',
    category: 'billing',
    retryable: false,
    docsUrl: EC2_DOC,
    source: EC2,
  }),
  aws({
    code: 'PendingVerification',
    meaning: 'Your account is pending verification. Until the verification process is complete, you may not be able to carry out requests with this account.',
    remediation: 'Finish account verification (payment method, phone) and wait for activation; contact AWS Support if it takes more than a few hours.',
    category: 'billing',
    retryable: false,
    docsUrl: EC2_DOC,
    source: EC2,
  }),
  aws({
    code: 'Unavailable',
    meaning: "The server is overloaded and can't handle the request.",
    remediation: 'Retry with exponential backoff and jitter; reduce request bursts.',
    category: 'server',
    retryable: true,
    docsUrl: EC2_DOC,
    source: EC2,
  }),
  aws({
    code: 'InternalError',
    meaning: 'An internal error has occurred. Retry your request, but if the problem persists, contact us with details.',
    remediation:
      'Retry with exponential backoff and jitter (use a ClientToken on EC2 create calls); if it persists, contact AWS Support with the request ID (and x-amz-id-2 for S3).',
    category: 'server',
    retryable: true,
    httpStatus: 500,
    docsUrl: EC2_DOC,
    source: `${EC2}; ${S3}`,
  }),

  // --- S3 ---
  aws({
    code: 'AccessDenied',
    meaning: 'Access Denied.',
    remediation:
      "Check the bucket policy, the caller's IAM policy (s3:GetObject on arn:aws:s3:::bucket/key, s3:ListBucket on the bucket), Block Public Access, object ownership/ACLs, KMS key permissions for SSE-KMS objects and VPC endpoint policies.",
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'AccountProblem',
    meaning: 'There is a problem with your AWS account that prevents the operation from completing successfully.',
    remediation: 'Contact AWS Support; check billing and account status in the console.',
    category: 'billing',
    retryable: false,
    httpStatus: 403,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'AllAccessDisabled',
    meaning: 'All access to this Amazon S3 resource has been disabled.',
    remediation: 'Contact AWS Support: access was disabled on the account or bucket side and no request change will restore it.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'AuthorizationHeaderMalformed',
    meaning: 'The authorization header that you provided is not valid (often the Region in the credential scope is wrong).',
    remediation: "Sign for the bucket's Region: set the client Region to the one in the error's <Region> element, or let the SDK follow the redirect.",
    category: 'signature-clock',
    retryable: false,
    httpStatus: 400,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'BucketAlreadyExists',
    meaning: 'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Select a different name and try again.',
    remediation: 'Pick another globally unique name (e.g. add the account ID and Region as a suffix).',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'BucketAlreadyOwnedByYou',
    meaning: 'The bucket that you tried to create already exists, and you own it.',
    remediation: 'Treat it as success in idempotent setup code and use the existing bucket (outside us-east-1 S3 returns this error).',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'BucketNotEmpty',
    meaning: 'The bucket that you tried to delete is not empty.',
    remediation:
      'Delete all objects and, on versioned buckets, all object versions and delete markers (and incomplete multipart uploads) before deleting the bucket.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'EntityTooLarge',
    meaning: 'Your proposed upload exceeds the maximum allowed object size.',
    remediation: 'Use multipart upload for objects over 5 GB (the SDK upload managers do this), or check a presigned POST policy content-length-range.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'InvalidAccessKeyId',
    meaning: 'The AWS access key ID that you provided does not exist in our records.',
    remediation:
      "Check the key is active in IAM and not a typo, that an old key in env vars or a profile is not taking precedence, and that the endpoint belongs to the key's partition.",
    category: 'authentication',
    retryable: false,
    httpStatus: 403,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'InvalidArgument',
    meaning: 'The specified argument is not valid, or a required header is missing.',
    remediation: 'Read the ArgumentName/ArgumentValue elements of the error and fix that header or parameter (e.g. SSE headers, storage class, ACL).',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'InvalidBucketName',
    meaning: 'The specified bucket is not valid.',
    remediation: 'Use 3-63 characters of lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit; do not pass s3:// or a path.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'InvalidObjectState',
    meaning: 'The operation is not valid for the current state of the object (for example an archived object that must be restored first).',
    remediation: 'For S3 Glacier / Deep Archive objects call RestoreObject and wait for the restore to finish before GetObject.',
    category: 'conflict',
    retryable: false,
    httpStatus: 403,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'InvalidRange',
    meaning: 'The requested range cannot be satisfied.',
    remediation: 'Check the Range header against the object size (HeadObject Content-Length); an empty object has no valid byte range.',
    category: 'parameter',
    retryable: false,
    httpStatus: 416,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'InvalidToken',
    meaning: 'The provided token is malformed or otherwise not valid.',
    remediation: 'Send the session token that belongs to the temporary access key (X-Amz-Security-Token), unmodified and un-truncated.',
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'MethodNotAllowed',
    meaning: 'The specified method is not allowed against this resource.',
    remediation: 'Use an HTTP method the operation supports; for a versioned object, the message may mean the key is a delete marker.',
    category: 'unsupported',
    retryable: false,
    httpStatus: 405,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'NoSuchBucket',
    meaning: 'The specified bucket does not exist.',
    remediation: 'Check the bucket name and the account; with virtual-hosted URLs check the host, and make sure the bucket was not deleted.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'NoSuchKey',
    meaning: 'The specified key does not exist.',
    remediation:
      'Check the exact key (case, leading slash, URL encoding of spaces and +) and the bucket; without s3:ListBucket permission a missing key returns AccessDenied instead.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'NotFound',
    meaning: 'The bucket or key does not exist (a HEAD request gets a bare 404 with no error body; the AWS SDK names it NotFound).',
    remediation:
      'A HEAD cannot say which part is missing: check the bucket name and region, then the exact key (case, URL encoding); repeat the call as a GET to see NoSuchBucket or NoSuchKey.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    docsUrl: S3_DOC,
    source: `${S3}; aws-sdk-js-v3 packages/core/src/submodules/protocols/xml/parseXmlBody.ts (loadRestXmlErrorCode: 404 without a code is NotFound)`,
  }),
  aws({
    code: 'NoSuchUpload',
    meaning: 'The specified multipart upload does not exist. The upload ID might not be valid, or the multipart upload might have been aborted or completed.',
    remediation:
      'Start a new multipart upload; check lifecycle rules that abort incomplete uploads and that the upload ID is used with the same bucket and key.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'NoSuchBucketPolicy',
    meaning: 'The specified bucket does not have a bucket policy.',
    remediation: 'Treat as "no policy" in read code, or create one with PutBucketPolicy.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'NotImplemented',
    meaning: 'A header that you provided implies functionality that is not implemented.',
    remediation: 'Remove the unsupported header (often Transfer-Encoding: chunked without a Content-Length on PutObject) or use an operation that supports it.',
    category: 'unsupported',
    retryable: false,
    httpStatus: 501,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'OperationAborted',
    meaning: 'A conflicting conditional operation is currently in progress against this resource. Try again.',
    remediation: 'Wait and retry with backoff; avoid creating and deleting the same bucket name in quick succession.',
    category: 'conflict',
    retryable: true,
    httpStatus: 409,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'PermanentRedirect',
    meaning:
      'The bucket that you are attempting to access must be addressed using the specified endpoint. Send all future requests to this endpoint (HTTP 301).',
    remediation:
      "Configure the client with the bucket's Region (see the Endpoint element or x-amz-bucket-region header) so it uses the right regional endpoint.",
    category: 'parameter',
    retryable: false,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'TemporaryRedirect',
    meaning: 'You are being redirected to the bucket while the Domain Name System (DNS) server is being updated (HTTP 307).',
    remediation: "Follow the redirect (SDKs do), or use the bucket's regional endpoint directly; common for a few hours after bucket creation.",
    category: 'parameter',
    retryable: true,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'PreconditionFailed',
    meaning: 'At least one of the preconditions that you specified did not hold.',
    remediation:
      'The If-Match / If-Unmodified-Since / If-None-Match condition failed: re-read the object (new ETag) and decide again instead of retrying the same request.',
    category: 'conflict',
    retryable: false,
    httpStatus: 412,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'MalformedXML',
    meaning: 'The XML that you provided was not well formed or did not validate against the published schema.',
    remediation: 'Validate the request body (lifecycle, CORS, DeleteObjects …) against the S3 schema; element names are case-sensitive and order matters.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'MissingSecurityHeader',
    meaning: 'Your request is missing a required header.',
    remediation: 'Add the header the message names (for example x-amz-content-sha256 for SigV4 or x-amz-security-token for temporary credentials).',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: S3_DOC,
    source: S3,
  }),
  aws({
    code: 'IllegalLocationConstraintException',
    meaning: 'You are trying to access a bucket from a different Region than where the bucket exists.',
    remediation: "Set the client Region to the bucket's Region (e.g. --region), or pass a LocationConstraint that matches the endpoint when creating a bucket.",
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: S3_DOC,
    source: S3,
  }),
];
