/**
 * Huawei Cloud catalog (provider "huawei").
 *
 * Sources:
 * - API Gateway error codes returned in front of every Huawei Cloud service API (`error_code` "APIGW.xxxx"): Huawei
 *   Cloud "API Request Signing Guide", "Error Codes" (error code | message | HTTP status | description | action)
 *   https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-errorcode.html (cited by the OpenTelemetry
 *   huaweicloudcesreceiver / huaweicloudltsreceiver, which treat APIGW.0308 as throttling). The APIG user guide "Error Codes" table
 *   https://support.huaweicloud.com/intl/en-us/usermanual-apig/apig_03_0048.html shares numbering and wording
 *   (APIG.xxxx). The FAQ "Common Errors Related to IAM Authentication Information"
 *   (https://support.huaweicloud.com/intl/en-us/ae-ad-1-usermanual-apig/apig-faq-0003.html) and the service FAQs on
 *   APIG.0301 / APIG.0307 (e.g. https://support.huaweicloud.com/intl/en-us/ocr_faq/ocr_01_0063.html) document the
 *   error_msg variants of 0301 ("x-auth-token not found", "decrypt token fail", "verify aksk signature fail", "AK
 *   access failed to reach the limit,forbidden": an AK/SK is locked for 5 minutes after 5 consecutive failures) and
 *   of 0307 (token older than 24 hours, or used in another region).
 * - APIG management API error examples (APIG.1002, APIG.1005, APIG.9999) from the API Gateway API reference response
 *   samples (https://support.huaweicloud.com/intl/api-apig/ErrorCode.html).
 * - IAM API reference, "Error Codes" (status | code | message | description | measure; `error_code` "IAM.xxxx"):
 *   https://support.huaweicloud.com/intl/en-us/api-iam/iam_02_0006.html (the same table is in huaweicloudDocs/iam
 *   cn.zh-cn/API参考/错误码.md; its response samples show `{"error_msg": "...", "error_code": "IAM.0001"}`).
 * - ECS API reference, "Error Codes" (status | code | message | description | solution; also the Common.xxxx and
 *   Pdp.0001 rows of that table): https://support.huaweicloud.com/intl/en-us/api-ecs/ecs_07_0002.html (same table in
 *   huaweicloudDocs/ecs cn.zh-cn/API参考/错误码.md). The page warns that most ECS APIs are asynchronous, so some codes
 *   arrive in the job-query response and "HTTP status codes may not be accurate".
 * - VPC API reference, "Error Codes" (module | status | code | message | description | measure):
 *   https://support.huaweicloud.com/intl/en-us/api-vpc/vpc_api_0003.html (huaweicloudDocs/vpc cn.zh-cn/API参考/错误码.md).
 *   VPC numbers its codes per module and reuses some (VPC.0101 is the parameter error of create, query and delete
 *   VPC); the entries give the meaning the code has in its first, public rows.
 * - The two envelopes the detector reads are the ones the Huawei Cloud SDK parses (huaweicloud-sdk-go-v3
 *   core/sdkerr/errors.go: `error_code`/`error_msg`, else `code`/`message`, also nested one level, e.g. `error`).
 * - OBS (Object Storage Service, hosts like bucket.obs.cn-north-4.myhuaweicloud.com) answers S3-style XML
 *   `<Error><Code/><Message/><RequestId/><HostId/><Resource/></Error>` (request id also in x-obs-request-id); the
 *   detector reports it as provider "huawei" with the OBS Code. Sources, named in each entry's `source`:
 *   - OBS API reference, "Error Codes" (status | code | message | solution; Content-Type application/xml):
 *     https://support.huaweicloud.com/intl/en-us/api-obs/obs_04_0115.html, the docsUrl of every OBS entry. The
 *     statuses and rows were read in full from its Chinese edition (https://support.huaweicloud.com/api-obs/obs_04_0115.html,
 *     as published in huaweicloudDocs/obs cn.zh-cn/API参考/错误码.md). Where no English text of a row could be read,
 *     the meaning is a translation of that table and the entry's `source` says "message translated".
 *   - The English tables "OBS Server-Side Error Codes" of the OBS SDK guides (code | description | HTTP status), e.g.
 *     https://support.huaweicloud.com/intl/en-us/sdk-nodejs-devg-obs/obs_29_1601.html and
 *     https://support.huaweicloud.com/intl/en-us/sdk-android-devg-obs/obs_26_1601.html: the English wording of
 *     AccessDenied, AccessForbidden, BadDigest, BucketAlreadyExists, BucketAlreadyOwnedByYou, BucketNotEmpty,
 *     EntityTooLarge and EntityTooSmall, and the only source of AccountProblem (403), which the API table does not list.
 *   - OBS per-code pages (https://support.huaweicloud.com/intl/en-us/api-obs/obs_errorcode_0020.html NoSuchBucket, and
 *     obs_errorcode_0009 InvalidAccessKeyId, 0012 RequestTimeTooSkewed, 0025 NoSuchKey, 0026 NoSuchUpload under
 *     .../api-obs/): the Message texts and causes. 0012 gives the clock rule: a header-signed request more than 15
 *     minutes ahead of or behind the server time is refused ("Request is not yet valid." / "Request is no longer
 *     valid."), as does the OBS console error list (https://support.huaweicloud.com/intl/en-us/obs_faq/obs_03_0348.html,
 *     Obs.0004 "Time difference is longer than 15 minutes"; Obs.0006: at most 100 buckets per account). 0009 shows that
 *     OBS reports an invalid or expired security token as InvalidAccessKeyId ("The security token is invalid.").
 *   - FAQs: "Why Don't the Signatures Match?" (https://support.huaweicloud.com/intl/en-us/obs_faq/obs_faq_0173.html,
 *     SignatureDoesNotMatch message and checks), obs_faq_0069 (5 GB per single upload), and obs_faq_0197
 *     (https://support.huaweicloud.com/obs_faq/obs_faq_0197.html: retry RequestTimeout and 5XX, 3 times; the OBS SDKs do).
 *   - SDK code: huaweicloud/huaweicloud-sdk-go-obs obs/http.go retries transport errors and 5xx (re-signing with a
 *     fresh Date) and never retries a 4xx (canNotRetry), so RequestTimeout (408) is retried by Huawei's advice, not by
 *     that SDK. The SDK guides' "PUT Part" pages give the part limits (100 KB to 5 GB except the last, numbers 1 to 10000)
 *     and their "Creating a Bucket" pages the bucket naming rules.
 *
 * What is covered: the APIGW gateway codes the signing guide lists (not the internal-only 0104/0105), the common IAM
 * token / AK-SK / permission codes (IAM.0001–0007, 0011, 0012, 0061, 0062, 0064, 0066, 0067, 0080–0082, 1104–1109), the common ECS codes
 * (request and parameter errors, quotas, capacity, missing flavor/image/subnet/server, permission, token/project
 * mismatch, concurrent-operation and system errors) and the public and VPC-level VPC codes. Throttling codes
 * (APIGW.0308, IAM.0012, Common.0024, Common.1503), 5xx/system-error codes and "try again later" busy codes are the
 * only retryable ones. Huawei has no separate clock-skew code: an expired signature is reported as APIGW.0301 (AK/SK)
 * or APIGW.0303 (app) with "signature expired" in error_msg, and the remediations say so. OBS (section at the end)
 * is the exception: it answers RequestTimeTooSkewed (403). The OBS section covers the authentication, permission,
 * billing, not-found, conflict, parameter and limit codes of the OBS table that a developer meets in bucket, object
 * and multipart calls, plus AccountProblem from the SDK tables; of them only RequestTimeout (408), InternalError (500),
 * ServiceUnavailable (503) and SlowDown (503, the OBS throttling code) are retryable.
 *
 * Not covered: in OBS, the codes whose status or meaning could not be confirmed, or that the project's retry rule does
 * not fit: OperationAborted (409, "another conflicting operation is in progress, please retry") and IncompleteBody
 * (400, body cut short by the network, "upload again") ask for a resend but are neither throttling nor 5xx; Unauthorized
 * (403, real-name authentication missing) is too generic a code name to pin to that meaning; OBS has no documented
 * InvalidSecurity / InvalidToken / ExpiredToken codes (an invalid or expired token is InvalidAccessKeyId); and the rarer
 * rows (redirects 301/307, AllAccessDisabled, DeregisterUserId, BadDomainName, BadRequest, InvalidRequest,
 * InvalidBucket, custom-domain, logging, quota-XML, KMS.*, NoSuchLifecycle/WebsiteConfiguration, InvalidBucketState,
 * MissingRequiredHeader, UserKeyMustBeSpecified, UnexpectedContent). The SDK tables give RequestTimeout as 400; the
 * entry follows the API reference (408), as do the OBS SDKs' "connection timeout" pages. Elsewhere: the Keystone-style
 * `{"error": {"code": 401, "title": "Unauthorized"}}` body (no Huawei page documents it as an IAM response; IAM
 * documents IAM.xxxx codes instead); IAM's bare numeric user-management codes (1100–1118), which would be ambiguous
 * across services; the many Ecs.xxxx codes for specific features (Xen/KVM, HANA, SCSI, spot, tags, dedicated hosts);
 * every other service's table. VPC's own v1 APIs answer `{"code": "VPC.xxxx", "message": ...}` at the top level; the
 * detector reads that shape when the code looks like SERVICE.nnnn (fixtures/huawei/vpc-top-level-code.json).
 * Only codes whose meaning and status could be checked in the sources are listed. Meanings are Huawei's text (the
 * OBS rows marked "message translated" are translations of the Chinese table); remediations are this project's own.
 */
import type { CatalogEntry } from './entry.js';

const APIGW = 'Huawei Cloud API Gateway error codes (API request signing guide / APIG error code table)';
const APIG_MGMT = 'Huawei Cloud API Gateway (APIG) API reference, error response samples';
const IAM = 'Huawei Cloud IAM API reference, error codes';
const ECS = 'Huawei Cloud ECS API reference, error codes';
const VPC = 'Huawei Cloud VPC API reference, error codes';
const SIGN_DOC = 'https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-errorcode.html';
const APIG_DOC = 'https://support.huaweicloud.com/intl/en-us/usermanual-apig/apig_03_0048.html';
const IAM_DOC = 'https://support.huaweicloud.com/intl/en-us/api-iam/iam_02_0006.html';
const ECS_DOC = 'https://support.huaweicloud.com/intl/en-us/api-ecs/ecs_07_0002.html';
const VPC_DOC = 'https://support.huaweicloud.com/intl/en-us/api-vpc/vpc_api_0003.html';

const huawei = (entry: Omit<CatalogEntry, 'provider'>): CatalogEntry => ({ provider: 'huawei', ...entry });
const apigw = (entry: Omit<CatalogEntry, 'provider' | 'source'>): CatalogEntry => huawei({ docsUrl: SIGN_DOC, source: APIGW, ...entry });
const iam = (entry: Omit<CatalogEntry, 'provider' | 'source' | 'docsUrl'>): CatalogEntry => huawei({ docsUrl: IAM_DOC, source: IAM, ...entry });
const ecs = (entry: Omit<CatalogEntry, 'provider' | 'source' | 'docsUrl'>): CatalogEntry => huawei({ docsUrl: ECS_DOC, source: ECS, ...entry });
const vpc = (entry: Omit<CatalogEntry, 'provider' | 'source' | 'docsUrl'>): CatalogEntry => huawei({ docsUrl: VPC_DOC, source: VPC, ...entry });

// ---------- API Gateway (APIGW.xxxx), in front of every service API ----------

const GATEWAY: readonly CatalogEntry[] = [
  apigw({
    code: 'APIGW.0101',
    meaning: 'The API does not exist or has not been published in the environment (or: the request method does not exist).',
    remediation:
      'Check the endpoint host (service and region, e.g. ecs.cn-north-4.myhuaweicloud.com), the URI path including the project_id, and the HTTP method against the API reference.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
  }),
  apigw({
    code: 'APIGW.0103',
    meaning: 'The backend does not exist (the backend service is not found).',
    remediation:
      "A gateway-side configuration fault, not your request: open a service ticket with the request_id; for your own APIG APIs, check the API's backend definition.",
    category: 'server',
    retryable: false,
    httpStatus: 404,
  }),
  apigw({
    code: 'APIGW.0106',
    meaning: 'Orchestration error.',
    remediation:
      "Check that the API's frontend and backend parameter mappings are consistent (names, locations, required flags); for a cloud service API, check the parameters you send against its reference.",
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  apigw({
    code: 'APIGW.0201',
    meaning:
      'API request error: invalid request parameters (400), request entity too large (413, body over 12 MB), request URI too large (414), request headers too large (494), backend unavailable (502) or backend timeout (504).',
    remediation:
      'Read error_msg and the status: fix the request format and sizes for 400/413/414/494; for "Backend unavailable" / "Backend timeout" (502/504) retry with backoff, and for your own APIG APIs check the backend address and raise the backend timeout.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: APIG_DOC,
  }),
  apigw({
    code: 'APIGW.0301',
    meaning: 'Incorrect IAM authentication information (token or AK/SK signature could not be verified, or the signature expired).',
    remediation:
      'By error_msg: "x-auth-token not found" → send X-Auth-Token; "decrypt token fail" or "token expires" → get a new token (valid 24 h) for this account and region; "verify aksk signature fail" → check the AK/SK pair, the security token for temporary AK/SK and the SDK-HMAC-SHA256 canonical request; "signature expired" → sync the clock (X-Sdk-Date within 15 minutes); "AK access failed to reach the limit,forbidden" → the AK/SK is locked for 5 minutes after 5 failures. Also check the account is not in arrears or frozen.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
  }),
  apigw({
    code: 'APIGW.0302',
    meaning: 'The IAM user is not authorized to access the API.',
    remediation:
      "Check whether an access control (blacklist/whitelist) policy on the API blocks the user or source IP, and that the IAM user's group has the service permission in that region/project.",
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),
  apigw({
    code: 'APIGW.0303',
    meaning: 'Incorrect app authentication information (app not found, signature verification failed, or signature expired).',
    remediation:
      'Check the AppKey/AppSecret under APIG > Credentials and the signed method, path, query and body; if error_msg says signature expired, sync the client clock (x-sdk-date within 15 minutes of server time). For AppCode auth, send the X-Apig-AppCode header.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
  }),
  apigw({
    code: 'APIGW.0304',
    meaning: 'The app is not authorized to access the API.',
    remediation:
      "Authorize the app (credential) for the API in the environment you call, and check the X-Stage header names that environment and the AppKey is the authorized app's.",
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),
  apigw({
    code: 'APIGW.0305',
    meaning: 'Incorrect authentication information.',
    remediation:
      'Send the authentication the API expects (IAM token, AK/SK signature or app credentials) and check the Authorization / X-Auth-Token header is not stripped by a proxy.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
  }),
  apigw({
    code: 'APIGW.0306',
    meaning: 'API access denied.',
    remediation: "Check the API's authorization settings (authorized apps, access control policies) and that your account or app is allowed to call it.",
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),
  apigw({
    code: 'APIGW.0307',
    meaning: 'The token must be updated.',
    remediation:
      "Get a new token from IAM (POST /v3/auth/tokens; tokens last 24 hours, and a top-up after arrears also needs a new one), and check the endpoint's region matches the token's project scope: a token used against another region's API is reported this way.",
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
  }),
  apigw({
    code: 'APIGW.0308',
    meaning: 'The throttling threshold has been reached (request throttling policy limit).',
    remediation:
      'Retry with exponential backoff and jitter and reduce the call rate; cloud service API limits cannot be raised, so batch and serialise writes (own APIG APIs default to 200 calls per second; raise that by service ticket).',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 429,
  }),
  apigw({
    code: 'APIGW.0310',
    meaning: 'The project is unavailable.',
    remediation:
      'Call the API in another project: check the project_id in the URI (or X-Project-Id) and the region of the endpoint, and that the project is not frozen or being deleted.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),
  apigw({
    code: 'APIGW.0311',
    meaning: 'Incorrect debugging authentication information.',
    remediation:
      'Raised by the APIG debugging path, not by normal calls: call the API directly with your own credentials, or open a service ticket with the request_id.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
  }),
  apigw({
    code: 'APIGW.0401',
    meaning: 'Unknown client IP address (the client IP address cannot be identified).',
    remediation:
      'Check what sits between the client and the gateway (proxy, NAT, load balancer forwarding headers); if it persists, open a service ticket with the request_id.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),
  apigw({
    code: 'APIGW.0402',
    meaning: 'The IP address is not authorized to access the API.',
    remediation:
      "Check the API's access control policy: add the caller's egress IP to the whitelist or remove it from the blacklist (and the account's IAM API access policy, if one restricts source IPs).",
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),
  apigw({
    code: 'APIGW.0404',
    meaning: 'Access to the backend IP address has been denied.',
    remediation:
      "For your own APIG APIs: check the backend address (or the IP its domain resolves to) exists and is not blocked by the gateway's backend access rules or black/whitelists.",
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),
  apigw({
    code: 'APIGW.0501',
    meaning: 'The app quota has been used up.',
    remediation:
      'The app (credential) reached its call quota: raise or reset the credential quota policy in APIG, or use another app; retrying will not help until the quota period resets.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 405,
  }),
  apigw({
    code: 'APIGW.0502',
    meaning: 'The app has been frozen (account balance is insufficient).',
    remediation: 'Top up the account in the Billing Center (Funds Management); the app is unfrozen once the arrears are cleared.',
    category: 'billing',
    retryable: false,
    httpStatus: 405,
  }),
  apigw({
    code: 'APIGW.0601',
    meaning: 'Internal server error.',
    remediation: 'Retry with exponential backoff; if it persists, open a service ticket with the request_id of the response.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
  }),
  apigw({
    code: 'APIGW.0602',
    meaning: 'Bad request.',
    remediation: 'Check the request is well formed HTTP: method, Content-Type and Content-Length matching the body, no malformed header or URL encoding.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  apigw({
    code: 'APIGW.0605',
    meaning: 'Domain name resolution failed.',
    remediation:
      'For your own APIG APIs: check the backend domain name is correct, resolvable from the gateway (private DNS for VPC backends) and bound to the right backend address.',
    category: 'server',
    retryable: false,
    httpStatus: 500,
  }),
  apigw({
    code: 'APIGW.0606',
    meaning: 'Failed to load the API configurations.',
    remediation: 'A gateway-side fault: retry with backoff; if it persists, open a service ticket with the request_id.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
  }),
  apigw({
    code: 'APIGW.0607',
    meaning: 'The following protocol is supported: {xxx} (the request protocol is not supported).',
    remediation: 'Call the API over the protocol error_msg names (HTTP or HTTPS), e.g. switch http:// to https://.',
    category: 'unsupported',
    retryable: false,
    httpStatus: 400,
  }),
  apigw({
    code: 'APIGW.0608',
    meaning: 'Failed to obtain the admin token (the tenant information cannot be obtained).',
    remediation: 'A gateway-side fault: retry with backoff; if it persists, open a service ticket with the request_id.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
  }),
  apigw({
    code: 'APIGW.0609',
    meaning: 'The VPC backend does not exist.',
    remediation:
      'For your own APIG APIs: check the VPC channel (load balance channel) the API uses still exists and has backend servers; otherwise open a service ticket.',
    category: 'server',
    retryable: false,
    httpStatus: 500,
  }),
  apigw({
    code: 'APIGW.0610',
    meaning: 'No backend available.',
    remediation:
      'Retry with backoff; for your own APIG APIs check the health of every backend in the VPC channel (health check status, security groups, ports).',
    category: 'server',
    retryable: true,
    httpStatus: 502,
  }),
  apigw({
    code: 'APIGW.0611',
    meaning: 'The backend port does not exist.',
    remediation: 'For your own APIG APIs: check the port configured for the backend or VPC channel matches the port the service listens on.',
    category: 'server',
    retryable: false,
    httpStatus: 500,
  }),
  apigw({
    code: 'APIGW.0612',
    meaning: 'An API cannot call itself.',
    remediation: "Change the API's backend so it does not point back at the same API; recursive calls through APIG may not nest more than 10 levels.",
    category: 'parameter',
    retryable: false,
    httpStatus: 500,
  }),
  apigw({
    code: 'APIGW.0613',
    meaning: 'The IAM service is currently unavailable.',
    remediation:
      'IAM, which the gateway uses to check tokens and signatures, is unreachable: retry with exponential backoff; if it persists, open a service ticket with the request_id.',
    category: 'server',
    retryable: true,
    httpStatus: 503,
  }),
  apigw({
    code: 'APIGW.0705',
    meaning: 'Backend signature calculation failed.',
    remediation: 'For your own APIG APIs: check the signature key bound to the API (backend signing); otherwise open a service ticket with the request_id.',
    category: 'server',
    retryable: false,
    httpStatus: 500,
  }),
  apigw({
    code: 'APIGW.0801',
    meaning: 'The service is unavailable in the currently selected region.',
    remediation: 'Call the service in a region where it is offered (check the endpoint list) or check whether it supports cross-region access.',
    category: 'unsupported',
    retryable: false,
    httpStatus: 403,
  }),
  apigw({
    code: 'APIGW.0802',
    meaning: 'The IAM user is forbidden in the currently selected region.',
    remediation: 'The IAM user may not use this region: use an allowed region, or ask the account administrator to lift the region restriction on the user.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),
  huawei({
    code: 'APIG.1002',
    meaning: 'Incorrect token or token resolution failed.',
    remediation: 'Get a new IAM token (POST /v3/auth/tokens, valid 24 hours) for the right project scope and send it as X-Auth-Token.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
    source: APIG_MGMT,
  }),
  huawei({
    code: 'APIG.1005',
    meaning: 'No permissions to request this method.',
    remediation: 'Grant the IAM user a policy with the APIG action (for example APIG Administrator or a custom apig:* policy) in the project of the instance.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    source: APIG_MGMT,
  }),
  huawei({
    code: 'APIG.9999',
    meaning: 'System error.',
    remediation: 'Retry with exponential backoff; if it persists, open a service ticket with the X-Request-Id of the response.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
    source: APIG_MGMT,
  }),
];

// ---------- IAM (IAM.xxxx): tokens, AK/SK, permissions ----------

const IDENTITY: readonly CatalogEntry[] = [
  iam({
    code: 'IAM.0001',
    meaning: 'The request you have made requires authentication (authentication failed).',
    remediation:
      'Send valid credentials: X-Auth-Token set to the X-Subject-Token header of POST /v3/auth/tokens, or an AK/SK signature; check the token is complete (tokens are long) and belongs to this account.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
  }),
  iam({
    code: 'IAM.0002',
    meaning: 'You are not authorized to perform the requested action.',
    remediation:
      'The caller lacks the IAM permission: ask an administrator to grant a policy with the action (e.g. via a user group), and retry with a fresh token after the grant.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),
  iam({
    code: 'IAM.0003',
    meaning: "Policy doesn't allow %(actions)s to be performed.",
    remediation:
      'Grant a policy that allows the action named in error_msg (service:resource:operation) in the right scope (global or project); check no Deny statement matches, then get a new token.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),
  iam({
    code: 'IAM.0004',
    meaning: 'Could not find %(target)s: %(target_id)s.',
    remediation:
      'Check the ID named in error_msg (user, group, project, agency, role) exists in this account and was copied completely; IDs are per account, not names.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
  }),
  iam({
    code: 'IAM.0005',
    meaning: 'Conflict occurred when attempting to store %(type)s - %(details)s.',
    remediation: 'The resource already exists or conflicts (duplicate name, already-associated member): look it up and reuse it, or choose another name.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
  }),
  iam({
    code: 'IAM.0006',
    meaning: 'An unexpected error prevented the server from fulfilling your request.',
    remediation: 'Retry with exponential backoff; if it persists, open a service ticket with the X-Request-Id of the response.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
  }),
  iam({
    code: 'IAM.0007',
    meaning: 'Request parameter %(key)s is invalid.',
    remediation: 'Fix the parameter named in error_msg against the IAM API reference (format, length, allowed values).',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  iam({
    code: 'IAM.0011',
    meaning: 'Request body is invalid.',
    remediation:
      'Check the JSON body against the API reference: for POST /v3/auth/tokens the auth.identity.methods, password.user.name/password/domain.name and auth.scope (project or domain).',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  iam({
    code: 'IAM.0012',
    meaning: 'The throttling threshold has been reached. Threshold: %d times per %d seconds.',
    remediation:
      'Back off and retry after the window in error_msg; cache tokens (valid 24 hours) instead of requesting a new one per call, which is the usual cause.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 429,
  }),
  iam({
    code: 'IAM.0061',
    meaning: 'Account locked (the user has been locked).',
    remediation:
      'Too many failed logins locked the user: wait until it unlocks automatically, or ask the administrator; do not loop retries with the same wrong password.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
  }),
  iam({
    code: 'IAM.0062',
    meaning: 'Incorrect password.',
    remediation: 'Check the user name, password and account (domain) name sent to POST /v3/auth/tokens; repeated failures lock the user (IAM.0061).',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
  }),
  iam({
    code: 'IAM.0064',
    meaning: 'The access token does not have permissions for the request (the IAM user does not have the required permissions).',
    remediation: 'Grant the IAM user the permission the request needs (user group policy), then get a new token so it carries the new permissions.',
    category: 'permission',
    retryable: false,
    httpStatus: 401,
  }),
  iam({
    code: 'IAM.0066',
    meaning: 'The token has expired.',
    remediation: 'Get a new token (tokens are valid 24 hours) and refresh it before expiry instead of on failure.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
  }),
  iam({
    code: 'IAM.0067',
    meaning: 'Invalid token.',
    remediation:
      'Send the full X-Subject-Token value as X-Auth-Token (no quotes, no truncation); a password change or permission change can also invalidate a token, so get a new one.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
  }),
  iam({
    code: 'IAM.0080',
    meaning: 'The user %s with access key %s is disabled.',
    remediation: 'The IAM user owning the AK is disabled: ask its security administrator to enable it, or use credentials of an enabled user.',
    category: 'authentication',
    retryable: false,
    httpStatus: 403,
  }),
  iam({
    code: 'IAM.0081',
    meaning: 'This user only supports console access, not programmatic access.',
    remediation: "Ask the security administrator to change the user's access type to programmatic access (or both), or use another user for API calls.",
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),
  iam({
    code: 'IAM.0082',
    meaning: 'The user %s is disabled.',
    remediation: "Ask the account's security administrator to enable the IAM user, or use credentials of an enabled user.",
    category: 'authentication',
    retryable: false,
    httpStatus: 403,
  }),
  iam({
    code: 'IAM.1104',
    meaning: 'The access key %s is in the blacklist.',
    remediation:
      "The AK cannot be used: check it still exists among the user's access keys (My Credentials), and create a new access key if it was deleted or blocked.",
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
  }),
  iam({
    code: 'IAM.1105',
    meaning: 'The access key %s has expired.',
    remediation: 'Create a new access key (My Credentials) and replace the expired AK/SK in your configuration and secrets store.',
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
  }),
  iam({
    code: 'IAM.1106',
    meaning: 'The user %s with access key %s cannot be found.',
    remediation: 'The user or agency the AK belonged to no longer exists: create an access key for an existing user and replace the AK/SK.',
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
  }),
  iam({
    code: 'IAM.1107',
    meaning: 'The access key %s is inactive.',
    remediation: "Enable the access key again (My Credentials, or the IAM user's security settings) or use an active one.",
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
  }),
  iam({
    code: 'IAM.1108',
    meaning: 'The securitytoken has expired.',
    remediation: 'The temporary AK/SK expired: obtain a new temporary access key and security token and send the new X-Security-Token with the signature.',
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
  }),
  iam({
    code: 'IAM.1109',
    meaning: 'The project information cannot be found.',
    remediation:
      'Check the project (region) named in the request body or token scope exists for the account: list projects with GET /v3/projects and use the id or name it returns.',
    category: 'not-found',
    retryable: false,
    httpStatus: 400,
  }),
];

// ---------- ECS (Ecs.xxxx, and the Common.xxxx / Pdp.0001 rows of its table) ----------

const COMPUTE: readonly CatalogEntry[] = [
  ecs({
    code: 'Ecs.0000',
    meaning: 'Request error.',
    remediation:
      'Read error_msg, which names the actual problem (e.g. an existing EIP cannot be assigned to ECSs created in batches), and fix the request body.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0001',
    meaning: 'The number of ECSs has reached the maximum allowed (insufficient ECS quota).',
    remediation:
      'Release unused ECSs or apply for a higher quota (console: My Quotas); size the request for instances, vCPUs and RAM together, since any of the three can run out.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0002',
    meaning: 'Failed to submit the task (A system exception occurred. Try again later or contact customer service.).',
    remediation: 'Retry with backoff; if it persists, open a service ticket with the request id and job id.',
    category: 'server',
    retryable: true,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0003',
    meaning: 'You do not have permission or your balance is insufficient (the token role contains op_suspended; the current operation is not allowed).',
    remediation:
      'The account is restricted: check it is not in arrears or frozen (Billing Center) and top up; then get a new token, since the restriction is carried in the token.',
    category: 'billing',
    retryable: false,
    httpStatus: 403,
  }),
  ecs({
    code: 'Ecs.0005',
    meaning: 'Invalid parameters (invalid request body).',
    remediation:
      'Check the request body is valid JSON with the structure of the API reference (e.g. the server object of POST /v1/{project_id}/cloudservers); error_msg usually names the field.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0010',
    meaning: 'The private IP address is already in use.',
    remediation: "Omit ip_address to let the subnet assign one, or pick a free address (list the subnet's ports) for the NIC.",
    category: 'conflict',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0011',
    meaning: 'Failed to meet password complexity requirements.',
    remediation:
      'Use an adminPass of 8 to 26 characters that meets the complexity rules in the API reference (several character classes); error_msg names the rule that failed.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0012',
    meaning: 'The number of IP addresses in the subnet is insufficient.',
    remediation: 'Release unused ports/IPs in the subnet or create the ECS in another subnet with free addresses (a larger CIDR block).',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0013',
    meaning: 'Insufficient EIP quota.',
    remediation: 'Release unused EIPs or apply for a higher EIP quota; or create the ECS without an EIP (publicip) and bind one later.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0021',
    meaning: 'Insufficient EVS disk quota.',
    remediation: 'Delete unused EVS disks or apply for a higher EVS quota (disk count and capacity); then resubmit.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0022',
    meaning: 'The number of ECSs in the ECS group exceeded the upper limit.',
    remediation: 'Use another ECS group (server group) or remove members from it; apply for a higher ECS group quota if needed.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0023',
    meaning: 'Invalid token, or the project ID in the token is different from that in the URL.',
    remediation:
      "Get a token scoped to the project in the URL (auth.scope.project of POST /v3/auth/tokens) or put that token's project_id in the path; regions have different project IDs.",
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0029',
    meaning: 'The flavor does not exist or has been abandoned.',
    remediation: 'List the flavors available in the region and AZ (GET /v1/{project_id}/cloudservers/flavors) and use one of their IDs.',
    category: 'not-found',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0031',
    meaning: 'The image does not exist.',
    remediation: 'Check the imageRef is an image ID visible in this region and project (public, private or shared to you); image IDs differ per region.',
    category: 'not-found',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0038',
    meaning: 'The subnet does not exist.',
    remediation: 'Pass the subnet\'s network ID (the subnet "id" of the VPC API) in nics.subnet_id, from the same region and VPC as the ECS.',
    category: 'not-found',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0100',
    meaning: 'The ECS status does not meet requirements.',
    remediation:
      'Wait until the ECS reaches the state the operation needs (e.g. ACTIVE or SHUTOFF, no task_state) and check for a running job before resubmitting.',
    category: 'conflict',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0110',
    meaning: 'Operations are prohibited on the client due to permissions (token role %s is not allowed to perform this operation).',
    remediation:
      "The token's role does not allow this operation: grant the ECS permission (e.g. ECS FullAccess or a custom ecs:* policy) in the project and get a new token.",
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),
  ecs({
    code: 'Ecs.0114',
    meaning: 'The ECS cannot be detected (ECS [%s] could not be found).',
    remediation: 'Check the server_id and that the ECS exists in this project and region (it may have been deleted or belong to another project).',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
  }),
  ecs({
    code: 'Ecs.0118',
    meaning: 'The number of tasks in a batch is greater than the upper limit.',
    remediation: 'Split the batch operation into smaller requests within the limit error_msg states.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0201',
    meaning: 'Failed to create the NIC (failed to create port in network %s because %s).',
    remediation:
      'Read the cause after "because": usually the subnet has no free IPs, the security group or VPC port quota is exhausted, or the fixed IP is taken.',
    category: 'server',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0319',
    meaning: 'Insufficient flavor capacity.',
    remediation:
      'The AZ has no capacity for this flavor now: create it in another AZ or with another flavor (check where the flavor is on sale before ordering).',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Ecs.0603',
    meaning: 'Other commands are being executed. Try again 1 minute later.',
    remediation:
      'Another operation on the ECS is still running: retry after about a minute, and serialise operations per server instead of firing them concurrently.',
    category: 'conflict',
    retryable: true,
    httpStatus: 501,
  }),
  ecs({
    code: 'Ecs.0614',
    meaning: 'The ECS cannot be detected (itemNotFound: Instance xxx could not be found).',
    remediation: 'Check the server_id and that the ECS exists in this project and region; it may already have been deleted.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
  }),
  ecs({
    code: 'Ecs.0615',
    meaning: 'An error has occurred in the request from an ECS.',
    remediation: 'A server-side fault: retry with backoff; if it persists, open a service ticket with the request id.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
  }),
  ecs({
    code: 'Pdp.0001',
    meaning: 'API authentication failed (Policy does not allow %s to be performed).',
    remediation:
      "The fine-grained policy denies the action named in error_msg: grant it (e.g. ecs:cloudServers:create) to the user's group in this project, check no Deny applies, and get a new token.",
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),
  ecs({
    code: 'Common.0001',
    meaning: 'A system exception occurred (System error.).',
    remediation: 'Retry with exponential backoff; if it persists, open a service ticket with the request id.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
  }),
  ecs({
    code: 'Common.0002',
    meaning: 'Empty request body (Request body is null!).',
    remediation: 'Send the JSON body the operation requires with Content-Type: application/json; check a proxy or SDK did not drop it.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Common.0013',
    meaning: 'Invalid token.',
    remediation: 'Send a valid, complete X-Auth-Token for this account; get a new token if it expired (24 hours) or was issued for another account.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
  }),
  ecs({
    code: 'Common.0018',
    meaning: 'Invalid token, or the project ID in the token is different from that in the URL (Tenant ID in token is not the same as that in URL).',
    remediation: "Get a token scoped to the project in the URL, or use the token's project_id in the path; project IDs differ per region.",
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
  }),
  ecs({
    code: 'Common.0024',
    meaning: 'Limited by traffic control (the traffic has exceeded the upper limit).',
    remediation:
      'Too many concurrent requests: retry with exponential backoff and lower concurrency. ECS documents this one with HTTP 202, so check error codes in job results, not only the status.',
    category: 'quota-throttling',
    retryable: true,
  }),
  ecs({
    code: 'Common.1503',
    meaning: 'Limited by API traffic control (an error has occurred in API traffic control because %s).',
    remediation: 'Too many API calls are running: retry with exponential backoff and jitter, and reduce the request rate.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 503,
  }),
];

// ---------- VPC (VPC.xxxx) ----------

const NETWORK: readonly CatalogEntry[] = [
  vpc({
    code: 'VPC.0002',
    meaning: 'Available zone Name is null (the AZ is left blank).',
    remediation: 'Set availability_zone in the subnet request body to an AZ of the region (e.g. cn-north-4a).',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  vpc({
    code: 'VPC.0003',
    meaning: 'VPC does not exist.',
    remediation: 'Check the VPC ID and that the VPC exists in this project and region (VPC IDs are per region).',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
  }),
  vpc({
    code: 'VPC.0005',
    meaning: 'Lack of user authority (user restricted).',
    remediation: 'Check the account is not in arrears and, for services in open beta, that you applied for the beta permission.',
    category: 'billing',
    retryable: false,
    httpStatus: 401,
  }),
  vpc({
    code: 'VPC.0007',
    meaning: 'urlTenantId is not equal tokenTenantId (inconsistent tenant IDs).',
    remediation: "The project_id in the URL differs from the token's project: get a token scoped to that project, or use the token's project_id in the path.",
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
  }),
  vpc({
    code: 'VPC.0008',
    meaning: 'Invalid token in the header.',
    remediation: 'Send a valid, complete X-Auth-Token (get a new one if it expired after 24 hours) or sign the request with AK/SK.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
  }),
  vpc({
    code: 'VPC.0010',
    meaning: 'Rules on xx by ** disallowed by policy (insufficient permission to call the underlying service).',
    remediation: 'Grant the fine-grained VPC permission the operation needs (e.g. VPC FullAccess or the vpc:* action) in the project, then get a new token.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),
  vpc({
    code: 'VPC.2201',
    meaning: "Policy doesn't allow <x:x:x> to be performed (insufficient fine-grained permissions).",
    remediation:
      "Grant the action named in error_msg (service:resource:operation) to the user's group in this project, check no Deny applies, then get a new token.",
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),
  vpc({
    code: 'VPC.2701',
    meaning: 'Token not allowed to do this action (no permission, or the account balance is insufficient).',
    remediation: "Check the account is not in arrears or frozen, and that the token's user has the VPC permission; then get a new token.",
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),
  vpc({
    code: 'VPC.0101',
    meaning: 'Param is invalid (VPC parameter error; for query and delete: the VPC ID is invalid).',
    remediation:
      'Check the parameter error_msg names against the API reference (VPC ID format, name length and characters, CIDR block); the same code covers create, query, update and delete.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  vpc({
    code: 'VPC.0104',
    meaning: 'Router contains subnets, please delete subnet first.',
    remediation: "Delete the VPC's subnets (after releasing the ports, ECSs and EIPs that use them), then delete the VPC.",
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
  }),
  vpc({
    code: 'VPC.0105',
    meaning: 'Neutron Error (an error occurred calling the backend service).',
    remediation: 'A backend networking fault (404 or 500): retry with backoff; if it persists, open a service ticket with the request id.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
  }),
  vpc({
    code: 'VPC.0111',
    meaning: 'Database Error (VPC internal error).',
    remediation: 'Retry with exponential backoff; if it persists, open a service ticket with the request id.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
  }),
  vpc({
    code: 'VPC.0114',
    meaning: "Quota exceeded for resources: ['router'] (the number of VPCs has reached the quota).",
    remediation: 'Delete unused VPCs or apply for a higher VPC quota, then retry the creation.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 409,
  }),
  vpc({
    code: 'VPC.0203',
    meaning: 'Subnet is not in the range of VPC.',
    remediation: "Choose a subnet CIDR inside the VPC's CIDR block (and a gateway_ip inside the subnet).",
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  vpc({
    code: 'VPC.0204',
    meaning: 'The subnet has already existed in the VPC, or has been in conflict with the VPC subnet.',
    remediation: "Pick a CIDR that does not overlap any existing subnet of the VPC (list the VPC's subnets first).",
    category: 'conflict',
    retryable: false,
    httpStatus: 400,
  }),
];

// ---------- OBS (Object Storage Service): S3-style XML <Error><Code>…</Code></Error> ----------
// See the file comment for sources. Every entry links the OBS API reference error-code page; the `source` names the
// table or page the meaning was read from, and says when the meaning is a translation of the Chinese table.

const OBS_API = 'Huawei Cloud OBS API reference, "Error Codes" (status | code | message | solution)';
const OBS_API_ZH = 'Huawei Cloud OBS API reference, "Error Codes", Chinese edition (huaweicloudDocs/obs cn.zh-cn/API参考/错误码.md); message translated';
const OBS_SDK = 'Huawei Cloud OBS SDK developer guides, "OBS Server-Side Error Codes" (code | description | HTTP status)';
const OBS_DOC = 'https://support.huaweicloud.com/intl/en-us/api-obs/obs_04_0115.html';
const OBS_RETRY_FAQ = 'OBS FAQ obs_faq_0197 (retry RequestTimeout and 5XX; the OBS SDKs retry 3 times by default)';

const obs = (entry: Omit<CatalogEntry, 'provider' | 'source' | 'docsUrl'> & { source?: string }): CatalogEntry =>
  huawei({ docsUrl: OBS_DOC, source: OBS_API_ZH, ...entry });

const STORAGE: readonly CatalogEntry[] = [
  // ---- authentication, signature and clock ----
  obs({
    code: 'InvalidAccessKeyId',
    meaning:
      'The OBS Access Key Id you provided does not exist in our records. (The same code, with the message "The security token is invalid.", is returned for a damaged or expired security token, or a temporary AK that does not belong to the token.)',
    remediation:
      'Check the AK in the Authorization header (OBS <AK>:<signature> or AWS4 credential) is an existing, enabled access key of this account, with no extra or missing characters; a deleted key needs a new one (My Credentials > Access Keys). With temporary credentials send the temporary AK together with its x-obs-security-token (x-amz-security-token for the S3-style signature), and get a new AK/SK/token set when it expires (valid 15 minutes to 24 hours).',
    category: 'authentication',
    retryable: false,
    httpStatus: 403,
    source: `${OBS_API}; OBS error-code page obs_errorcode_0009 (InvalidAccessKeyId)`,
  }),
  obs({
    code: 'SignatureDoesNotMatch',
    meaning: 'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    remediation:
      'Use the endpoint obs.<region>.myhuaweicloud.com in the SDK, not the bucket domain (bucket.obs.<region>...), which also breaks the signature. Check the SK pairs with the AK; sign exactly what is sent: HTTP verb, Content-MD5, Content-Type, Date (or Expires for a URL signature), the sorted x-obs-* headers and the canonicalized resource /<bucket>/<key> with sub-resources, each separated by a newline. Prefer an OBS SDK signer.',
    category: 'signature-clock',
    retryable: false,
    httpStatus: 403,
    source: `${OBS_API}; OBS FAQ "Why Don't the Signatures Match?" (obs_faq_0173)`,
  }),
  obs({
    code: 'RequestTimeTooSkewed',
    meaning:
      'The difference between the request time and the server time is too large ("Request is not yet valid." / "Request is no longer valid.": the time of a header-signed request is more than 15 minutes after or before the server time; "Request has expired.": a pre-signed URL is past its Expires).',
    remediation:
      'OBS allows 15 minutes of skew between the signed Date (or x-obs-date) and its clock. Sync the host clock with NTP, send Date in GMT (RFC 1123) from the current system time, and sign each request when it is sent instead of replaying one signed earlier. For a pre-signed URL, generate a new one with a later Expires; a V4 credential scope date older than 7 days is also refused.',
    category: 'signature-clock',
    retryable: false,
    httpStatus: 403,
    source: `${OBS_API_ZH}; OBS error-code page obs_errorcode_0012 (RequestTimeTooSkewed: 15 minutes); OBS error code list Obs.0004`,
  }),
  obs({
    code: 'TooManyWrongSignature',
    meaning: 'The service is refused because of frequent erroneous requests.',
    remediation:
      'OBS refuses service after a burst of erroneous (wrongly authenticated) requests. Stop any loop that resends the failing request, fix the AK/SK or the signing code (see SignatureDoesNotMatch), then resend with the correct access key.',
    category: 'authentication',
    retryable: false,
    httpStatus: 400,
  }),

  // ---- permission, account and billing ----
  obs({
    code: 'AccessDenied',
    meaning: 'Access denied. (The API reference row names one cause: the request carries no date header, or the header is malformed.)',
    remediation:
      'The key is valid but not allowed: check the IAM policies of the user (obs:bucket:* / obs:object:* actions on this bucket and key), the bucket policy and the bucket/object ACLs; an explicit Deny wins. Also check the request carries a Date (or x-obs-date) header in RFC 1123 GMT form; SDKs add it.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    source: `${OBS_SDK}; ${OBS_API_ZH}`,
  }),
  obs({
    code: 'AccessForbidden',
    meaning: 'Insufficient permission. (API reference: the bucket has no CORS configuration, or the CORS rules do not match.)',
    remediation:
      'A browser (CORS) request was refused: add a CORS rule to the bucket that allows the page Origin, the method and the request headers (and exposes ETag and x-obs-request-id if the app reads them), or send an OPTIONS preflight that matches an existing rule.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    source: `${OBS_SDK}; ${OBS_API_ZH}`,
  }),
  obs({
    code: 'AccountProblem',
    meaning: 'Your account is abnormal (for example, it has been expired or frozen).',
    remediation:
      'The account is restricted, not the request: check in the Billing Center whether it is in arrears or frozen, top up or have it unfrozen; the same request fails until then.',
    category: 'billing',
    retryable: false,
    httpStatus: 403,
    source: `${OBS_SDK} (the API reference table does not list this code)`,
  }),
  obs({
    code: 'InArrearOrInsufficientBalance',
    meaning: 'The user is in arrears or the balance is insufficient, so the operation is not permitted.',
    remediation: 'Top up the account in the Billing Center (or settle the arrears), then resend; the same request fails until the balance is restored.',
    category: 'billing',
    retryable: false,
    httpStatus: 403,
  }),
  obs({
    code: 'InsufficientStorageSpace',
    meaning: 'Insufficient storage space (the quota is exceeded).',
    remediation:
      'The bucket has a storage quota and it is used up: raise or remove the bucket quota (SetBucketQuota), or delete objects, including old versions if versioning is on, and unfinished multipart uploads.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 403,
  }),
  obs({
    code: 'NotSignedUp',
    meaning: 'Your account has not been registered with the system; only a registered account can be used.',
    remediation: "Enable OBS for the account first (register the service in the console), then resend the request with that account's keys.",
    category: 'permission',
    retryable: false,
    httpStatus: 403,
  }),

  // ---- not found ----
  obs({
    code: 'NoSuchBucket',
    meaning: 'The specified bucket does not exist.',
    remediation:
      "Check the bucket name in the host (bucket.obs.<region>.myhuaweicloud.com) or path for typos, and that the endpoint is the bucket's region: a bucket addressed through another region's endpoint is reported as missing (GetBucketLocation gives its region). Create the bucket if it was deleted.",
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    source: `${OBS_API}; OBS error-code page obs_errorcode_0020 (NoSuchBucket); OBS developer guide (404 for a bucket reached through another region's endpoint; GetBucketLocation)`,
  }),
  obs({
    code: 'NoSuchKey',
    meaning: 'The specified key does not exist.',
    remediation:
      'Check the object key exactly: case, a leading "/", URL encoding of spaces and non-ASCII characters, and the directory prefix. The object may also have been removed by a lifecycle rule, deleted by another user, or deleted through cross-region replication; list the prefix or check the bucket access log. A HEAD request gets the 404 without a body, so no code.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    source: `${OBS_API}; OBS error-code page obs_errorcode_0025 (NoSuchKey)`,
  }),
  obs({
    code: 'NoSuchUpload',
    meaning: 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
    remediation:
      'Check the uploadId sent with UploadPart / CopyPart / ListParts / CompleteMultipartUpload against ListMultipartUploads. If it is not listed, the upload was completed or aborted (a lifecycle rule may abort unfinished uploads): initiate a new multipart upload and upload the parts again.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    source: `${OBS_API}; OBS error-code page obs_errorcode_0026 (NoSuchUpload)`,
  }),
  obs({
    code: 'NoSuchVersion',
    meaning: 'The version ID specified in the request does not match any existing version.',
    remediation:
      'Use a versionId returned by ListVersions (or by the upload response) for this key; the version may have been deleted. Omit versionId to read the latest version.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
  }),
  obs({
    code: 'NoSuchBucketPolicy',
    meaning: 'The bucket policy does not exist.',
    remediation: 'The bucket has no policy to read or delete: treat it as "no policy" in code, or set one with SetBucketPolicy first.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
  }),
  obs({
    code: 'NoSuchCORSConfiguration',
    meaning: 'The CORS configuration does not exist.',
    remediation: 'The bucket has no CORS rules: treat it as "no CORS" in code, or configure CORS (SetBucketCors) before reading it; browser uploads need it.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
  }),

  // ---- conflicts and preconditions ----
  obs({
    code: 'BucketAlreadyExists',
    meaning: 'The requested bucket name already exists. The bucket namespace is shared by all users of OBS. Select another name and retry.',
    remediation:
      'Bucket names are global across all OBS users and another account owns this one: choose a different, more specific name (for example with a company or project prefix) and create that.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    source: OBS_SDK,
  }),
  obs({
    code: 'BucketAlreadyOwnedByYou',
    meaning: 'Your previous request for creating the named bucket succeeded and you already own it.',
    remediation:
      "You already own the bucket: treat it as created. Re-creating a bucket of the same name in the same region returns 200 and other repeats get this 409, so check the existing bucket's region and settings before relying on it.",
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    source: `${OBS_SDK}; OBS Go SDK guide "Creating a Bucket" (same name in the same region returns 200, otherwise 409)`,
  }),
  obs({
    code: 'BucketNotEmpty',
    meaning: 'The bucket that you tried to delete is not empty.',
    remediation:
      'Delete every object first, including all versions and delete markers if versioning is or was enabled, and abort unfinished multipart uploads; then delete the bucket.',
    category: 'conflict',
    retryable: false,
    httpStatus: 409,
    source: `${OBS_SDK}; OBS error code list Obs.0010 (objects of historical versions)`,
  }),
  obs({
    code: 'PreconditionFailed',
    meaning: 'At least one of the preconditions you specified did not hold (the Condition element of the response body names it).',
    remediation:
      'A conditional header (If-Match, If-Unmodified-Since, or a copy-source condition on CopyObject) failed: the object changed since you read its ETag or date. Re-read the object metadata and decide whether to proceed with the new ETag, rather than resending the same condition.',
    category: 'conflict',
    retryable: false,
    httpStatus: 412,
  }),

  // ---- parameters, bodies and limits ----
  obs({
    code: 'InvalidArgument',
    meaning: 'Invalid argument.',
    remediation:
      'A header or query parameter has an invalid value: the Message of the error body names it. Check it against the API reference for the operation (for example a storage class, ACL, part number 1 to 10000, or encryption header).',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  obs({
    code: 'InvalidBucketName',
    meaning: 'The bucket name specified in the request is invalid: it is too long or contains characters that are not allowed.',
    remediation:
      'Bucket names have 3 to 63 characters: lowercase letters, digits, hyphens and periods, starting with a letter or digit; not an IP address, no leading or trailing "-" or ".", no "..", and no "-" next to ".". Rename and resend.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: `${OBS_API_ZH}; OBS SDK guides "Creating a Bucket" (naming rules)`,
  }),
  obs({
    code: 'InvalidLocationConstraint',
    meaning: 'The Location specified when creating the bucket is invalid or does not exist.',
    remediation:
      'Set Location in CreateBucketConfiguration to the region of the endpoint the request goes to (e.g. cn-north-4 for obs.cn-north-4.myhuaweicloud.com); a Location for another region or a misspelled one is refused with 400.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  obs({
    code: 'IllegalLocationConstraintException',
    meaning: 'A bucket is being created in a non-default region without a Location.',
    remediation:
      "Send the create request with a CreateBucketConfiguration whose Location is the endpoint's region (SDKs: the location parameter of createBucket); only the default region accepts a create without it.",
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  obs({
    code: 'TooManyBuckets',
    meaning: 'The number of buckets you own has reached the system limit, and the request attempts to create a new bucket.',
    remediation:
      'An account, including all its IAM users, can create at most 100 buckets and parallel file systems. Delete buckets you no longer need, or keep data apart by prefix (and fine-grained access control) in an existing bucket.',
    category: 'quota-throttling',
    retryable: false,
    httpStatus: 400,
    source: `${OBS_API_ZH}; OBS error code list Obs.0006 (at most 100 buckets and parallel file systems per account)`,
  }),
  obs({
    code: 'EntityTooLarge',
    meaning:
      'The size of the object to be uploaded has exceeded the upper limit. (API reference: the object uploaded with POST is larger than the policy condition allows.)',
    remediation:
      'For a browser POST upload, raise the maximum of the object-size condition in the form policy or send a smaller file. A single PUT upload accepts at most 5 GB: upload larger files with multipart upload (parts up to 5 GB each).',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: `${OBS_SDK}; ${OBS_API_ZH}; OBS FAQ obs_faq_0069 (5 GB per upload)`,
  }),
  obs({
    code: 'EntityTooSmall',
    meaning:
      'The size of the object to be uploaded is smaller than the lower limit. (API reference: the object uploaded with POST is smaller than the policy condition allows.)',
    remediation:
      'For a browser POST upload, lower the minimum of the object-size condition in the form policy or send a larger file. In a multipart upload every part except the last must be at least 100 KB: merge small parts before completing the upload.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: `${OBS_SDK}; ${OBS_API_ZH}; OBS SDK API references "Upload Part" (parts 100 KB to 5 GB except the last)`,
  }),
  obs({
    code: 'InvalidPart',
    meaning:
      "One or more of the specified parts could not be found. The parts may not have been uploaded, or the specified entity tag did not match the part's entity tag.",
    remediation:
      'In CompleteMultipartUpload list only parts that were uploaded under this uploadId, each with the ETag its UploadPart response returned (quotes included); check with ListParts, and upload any missing part again before completing.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  obs({
    code: 'InvalidPartOrder',
    meaning: 'The list of parts is not in ascending order; the parts must be listed in ascending order of part number.',
    remediation:
      'Sort the Part elements of the CompleteMultipartUpload body by PartNumber, ascending, then complete the upload again; parallel uploads often finish out of order.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  obs({
    code: 'BadDigest',
    meaning: 'The specified value of Content-MD5 does not match the value received by OBS.',
    remediation:
      'Compute Content-MD5 as the Base64 of the binary MD5 of exactly the bytes sent (not the hex string), over the part rather than the whole file for UploadPart; a mismatch can also mean the body was altered in transit, so resend the data.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    source: OBS_SDK,
  }),
  obs({
    code: 'MalformedXML',
    meaning: 'The XML of a configuration item sent by the user is malformed.',
    remediation:
      'The request body (CompleteMultipartUpload, DeleteObjects, lifecycle, CORS or other configuration) is not well-formed or does not follow the schema of the API reference: check element names, nesting and required elements.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  obs({
    code: 'MalformedPolicy',
    meaning: 'The bucket policy check failed.',
    remediation:
      'Fix the bucket policy JSON using the error Message: check the Effect, Principal, Action, Resource (this bucket and its objects) and Condition elements against the OBS bucket policy syntax.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  obs({
    code: 'InvalidPolicyDocument',
    meaning: 'The content of the form does not meet the conditions specified in the policy document.',
    remediation:
      'For a browser POST upload, every form field (key, acl, content-type, x-obs-* fields) must satisfy the conditions of the Base64 policy the form carries, and the policy must not be expired: regenerate the policy to match the form.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  obs({
    code: 'KeyTooLongError',
    meaning: 'The key provided is too long.',
    remediation: 'Shorten the object key (the full path including directory prefixes counts), for example by hashing long file names.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  obs({
    code: 'MetadataTooLarge',
    meaning: 'The metadata headers exceed the maximum allowed metadata size.',
    remediation: 'Send fewer or shorter x-obs-meta-* headers; keep large descriptive data in the object body or in a separate index, not in user metadata.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
  }),
  obs({
    code: 'MissingContentLength',
    meaning: 'The Content-Length field must be provided in the HTTP header.',
    remediation:
      'Send the upload with a Content-Length header (a chunked transfer without one is refused): buffer or size the stream first, or upload data of unknown length with multipart upload.',
    category: 'parameter',
    retryable: false,
    httpStatus: 411,
  }),
  obs({
    code: 'InvalidRange',
    meaning: 'The requested range cannot be obtained.',
    remediation:
      'The Range header starts beyond the object size (or the object is empty): read the size with HEAD (Content-Length) and request bytes=start-end within it, or drop the Range header for small objects.',
    category: 'parameter',
    retryable: false,
    httpStatus: 416,
  }),

  // ---- unsupported ----
  obs({
    code: 'MethodNotAllowed',
    meaning: 'The specified method is not allowed against the requested resource.',
    remediation:
      'Check the HTTP method and the sub-resource in the query string (e.g. ?acl, ?uploads, ?cors) against the API reference for the operation you mean to call.',
    category: 'unsupported',
    retryable: false,
    httpStatus: 405,
  }),
  obs({
    code: 'ServiceNotImplemented',
    meaning: 'The requested method is not implemented by the server.',
    remediation:
      'The operation or feature is not available on this OBS endpoint or region: check the region supports it, or use another API; resending the same request fails the same way.',
    category: 'unsupported',
    retryable: false,
    httpStatus: 501,
  }),

  // ---- timeouts, server errors and throttling (retryable) ----
  obs({
    code: 'RequestTimeout',
    meaning: 'The socket connection between the user and the server had no read or write activity within the timeout period.',
    remediation:
      'OBS stopped waiting for the request body. Retry with backoff (Huawei advises 3 retries; the OBS SDKs do this by default), check the network path and proxies, and send large files as multipart uploads with smaller parts and fewer in flight.',
    category: 'server',
    retryable: true,
    httpStatus: 408,
    source: `${OBS_API_ZH}; ${OBS_RETRY_FAQ}`,
  }),
  obs({
    code: 'InternalError',
    meaning: 'The system encountered an internal error. Please try again.',
    remediation:
      'A server-side fault: retry with exponential backoff (the OBS SDKs retry 5xx); if it persists, contact support with the RequestId and HostId from the error body.',
    category: 'server',
    retryable: true,
    httpStatus: 500,
    source: `${OBS_API_ZH}; ${OBS_RETRY_FAQ}`,
  }),
  obs({
    code: 'ServiceUnavailable',
    meaning: 'The server is overloaded or an internal error occurred.',
    remediation:
      'Wait and retry with exponential backoff and jitter, lower the request concurrency; if it persists, contact support with the RequestId (x-obs-request-id).',
    category: 'server',
    retryable: true,
    httpStatus: 503,
    source: `${OBS_API_ZH}; ${OBS_RETRY_FAQ}`,
  }),
  obs({
    code: 'SlowDown',
    meaning: 'Please reduce your request rate.',
    remediation:
      'OBS is throttling the request rate: retry with exponential backoff and jitter, cap the concurrency of uploads, downloads and listings, and spread batch jobs out over time.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 503,
    source: `${OBS_API_ZH}; ${OBS_RETRY_FAQ}`,
  }),
];

export const HUAWEI_CATALOG: readonly CatalogEntry[] = [...GATEWAY, ...IDENTITY, ...COMPUTE, ...NETWORK, ...STORAGE];
