/**
 * Huawei Cloud catalog (provider "huawei").
 *
 * Sources:
 * - API Gateway error codes returned in front of every Huawei Cloud service API (`error_code` "APIGW.xxxx"): Huawei
 *   Cloud "API Request Signing Guide", "Error Codes"
 *   (https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-errorcode.html, cited by the OpenTelemetry
 *   huaweicloudlogsreceiver for APIGW.0308) and the APIG user guide "Error Codes" table
 *   (https://support.huaweicloud.com/intl/en-us/usermanual-apig/apig_03_0048.html), whose APIG.xxxx and ROMA APIC.xxxx
 *   rows share numbering and wording with APIGW.xxxx (0101 API not found, 0201 request error, 0301 IAM authentication,
 *   0302 IAM user not authorized, 0303 app authentication, 0308 throttling). The signing guide's FAQ documents the
 *   "signature expired" variants of APIGW.0301/0303 (signing time more than 15 minutes from server time).
 * - APIG management API error examples (APIG.1002, APIG.1005, APIG.9999) from the API Gateway API reference response
 *   samples (support.huaweicloud.com/api-apig/…).
 *
 * Huawei has no separate clock-skew code: an expired signature is reported as APIGW.0301 (AK/SK) or APIGW.0303 (app)
 * with "signature expired" in error_msg, and the remediations say so. Only codes whose meaning could be checked in the
 * sources are listed (APIGW.0304, APIGW.0307 and service codes such as Ecs.xxxx are left out). Meanings are Huawei's
 * text; remediations are this project's own.
 */
import type { CatalogEntry } from './entry.js';

const APIGW = 'Huawei Cloud API Gateway error codes (API request signing guide / APIG error code table)';
const APIG_MGMT = 'Huawei Cloud API Gateway (APIG) API reference, error response samples';
const SIGN_DOC = 'https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-errorcode.html';
const APIG_DOC = 'https://support.huaweicloud.com/intl/en-us/usermanual-apig/apig_03_0048.html';

const huawei = (entry: Omit<CatalogEntry, 'provider'>): CatalogEntry => ({ provider: 'huawei', ...entry });

export const HUAWEI_CATALOG: readonly CatalogEntry[] = [
  huawei({
    code: 'APIGW.0101',
    meaning: 'The API does not exist or has not been published in the environment.',
    remediation:
      'Check the endpoint host (service and region, e.g. ecs.cn-north-4.myhuaweicloud.com), the URI path including the project_id, and the HTTP method against the API reference.',
    category: 'not-found',
    retryable: false,
    httpStatus: 404,
    docsUrl: SIGN_DOC,
    source: APIGW,
  }),
  huawei({
    code: 'APIGW.0201',
    meaning: 'API request error: invalid request parameters, request entity/URI/headers too large, or backend unavailable or timed out.',
    remediation:
      'Read error_msg: fix the request format (body under 12 MB, URI under 32 KB, headers under 128 KB); if it says backend unavailable or timeout, retry with backoff.',
    category: 'parameter',
    retryable: false,
    httpStatus: 400,
    docsUrl: APIG_DOC,
    source: APIGW,
  }),
  huawei({
    code: 'APIGW.0301',
    meaning: 'Incorrect IAM authentication information (token or AK/SK signature could not be verified, or the signature expired).',
    remediation:
      'Check the AK/SK pair (and the security token for temporary AK/SK), the project ID, and the SDK-HMAC-SHA256 canonical request; if error_msg says signature expired, sync the clock: X-Sdk-Date must be within 15 minutes of server time. For token auth, get a new X-Auth-Token.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
    docsUrl: SIGN_DOC,
    source: APIGW,
  }),
  huawei({
    code: 'APIGW.0302',
    meaning: 'The IAM user is not authorized to access the API.',
    remediation:
      'Check whether an access control (blacklist/whitelist) policy on the API blocks the user or source IP, and that the IAM user\'s group has the service permission in that region/project.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    docsUrl: SIGN_DOC,
    source: APIGW,
  }),
  huawei({
    code: 'APIGW.0303',
    meaning: 'Incorrect app authentication information (app not found, signature verification failed, or signature expired).',
    remediation:
      'Check the AppKey/AppSecret under APIG > Credentials and the signed method, path, query and body; if error_msg says signature expired, sync the client clock (x-sdk-date within 15 minutes of server time).',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
    docsUrl: SIGN_DOC,
    source: APIGW,
  }),
  huawei({
    code: 'APIGW.0305',
    meaning: 'Incorrect authentication information.',
    remediation: 'Send the authentication the API expects (IAM token, AK/SK signature or app credentials) and check the Authorization / X-Auth-Token header is not stripped by a proxy.',
    category: 'authentication',
    retryable: false,
    httpStatus: 401,
    docsUrl: SIGN_DOC,
    source: APIGW,
  }),
  huawei({
    code: 'APIGW.0306',
    meaning: 'API access denied.',
    remediation: 'Check the API\'s authorization settings (authorized apps, access control policies) and that your account or app is allowed to call it.',
    category: 'permission',
    retryable: false,
    httpStatus: 403,
    docsUrl: SIGN_DOC,
    source: APIGW,
  }),
  huawei({
    code: 'APIGW.0308',
    meaning: 'The throttling threshold has been reached (request throttling policy limit).',
    remediation:
      'Retry with exponential backoff and jitter and reduce the call rate; cloud service APIs have fixed per-user limits (writes can be as low as 10 per minute), so batch and serialise writes.',
    category: 'quota-throttling',
    retryable: true,
    httpStatus: 429,
    docsUrl: SIGN_DOC,
    source: APIGW,
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
