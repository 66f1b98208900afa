import { headerValue, hostMatches, hostOf, type HttpExchange } from './exchange.js';
import type { Provider } from './provider.js';

/**
 * Who an exchange talks to, judged from everything but the response body: host suffix, request
 * headers (action and signature schemes), response headers. A body shape alone is often ambiguous
 * (`{"code","message"}` is everywhere), so detectors for generic shapes require one of these.
 */
export interface ProviderHints {
  host: string;
  /** Providers with at least one hint, each with the facts that point to it. */
  hints: Partial<Record<Provider, string[]>>;
}

const HOST_SUFFIXES: ReadonlyArray<[string, Provider]> = [
  ['tencentcloudapi.com', 'tencent'],
  ['api.qcloud.com', 'tencent'], // legacy API 2.0 endpoints, e.g. cvm.api.qcloud.com
  ['aliyuncs.com', 'aliyun'],
  ['aliyun.com', 'aliyun'],
  ['myqcloud.com', 'tencent'], // COS buckets: <bucket>.cos.<region>.myqcloud.com
  ['amazonaws.com', 'aws'],
  ['amazonaws.com.cn', 'aws'],
  ['api.aws', 'aws'],
  ['googleapis.com', 'gcp'],
  ['cloud.google.com', 'gcp'],
  ['accounts.google.com', 'gcp'], // OAuth token endpoint of older clients
  ['management.azure.com', 'azure'],
  ['core.windows.net', 'azure'],
  ['azure.com', 'azure'],
  ['azure.net', 'azure'],
  ['myhuaweicloud.com', 'huawei'],
  ['huaweicloud.com', 'huawei'],
  ['myhuaweicloud.eu', 'huawei'],
  ['oraclecloud.com', 'oci'],
];

const REQUEST_HEADERS: ReadonlyArray<[string, Provider]> = [
  ['X-TC-Action', 'tencent'],
  ['X-TC-Version', 'tencent'],
  ['x-cos-security-token', 'tencent'],
  ['x-acs-action', 'aliyun'],
  ['x-acs-version', 'aliyun'],
  ['X-Amz-Target', 'aws'],
  ['X-Amz-Date', 'aws'],
  ['x-goog-api-client', 'gcp'],
  ['x-goog-user-project', 'gcp'],
  ['X-Goog-Api-Key', 'gcp'],
  ['x-ms-version', 'azure'],
  ['x-ms-client-request-id', 'azure'],
  ['x-ms-date', 'azure'],
  ['X-Sdk-Date', 'huawei'],
  ['x-obs-date', 'huawei'],
  ['X-Project-Id', 'huawei'],
  ['opc-client-info', 'oci'],
  ['opc-retry-token', 'oci'],
];

/**
 * Response headers that point to a provider. `requestId` marks those that carry the call's request id; their
 * order is the order they are trusted in when the body has none (requestIdFromHeaders).
 */
const RESPONSE_HEADERS: ReadonlyArray<{ name: string; provider: Provider; requestId?: true }> = [
  { name: 'X-TC-RequestId', provider: 'tencent', requestId: true },
  { name: 'x-cos-request-id', provider: 'tencent', requestId: true },
  { name: 'x-cos-trace-id', provider: 'tencent' },
  { name: 'x-acs-request-id', provider: 'aliyun', requestId: true },
  { name: 'x-oss-request-id', provider: 'aliyun', requestId: true },
  { name: 'x-fc-request-id', provider: 'aliyun', requestId: true }, // Function Compute
  { name: 'x-oss-err', provider: 'aliyun' },
  { name: 'x-amzn-RequestId', provider: 'aws', requestId: true },
  { name: 'x-amzn-request-id', provider: 'aws', requestId: true },
  { name: 'x-amz-request-id', provider: 'aws', requestId: true },
  { name: 'x-amz-id-2', provider: 'aws' },
  { name: 'x-amzn-ErrorType', provider: 'aws' },
  { name: 'x-amzn-query-error', provider: 'aws' },
  { name: 'x-ms-request-id', provider: 'azure', requestId: true },
  { name: 'x-ms-correlation-request-id', provider: 'azure' },
  { name: 'x-ms-error-code', provider: 'azure' },
  { name: 'opc-request-id', provider: 'oci', requestId: true },
  { name: 'x-obs-request-id', provider: 'huawei', requestId: true },
  { name: 'x-obs-id-2', provider: 'huawei' },
];

/** Authorization schemes: https://www.tencentcloud.com/document/api/213/33224, ACS3 and SigV4. */
const AUTH_SCHEMES: ReadonlyArray<[string, Provider]> = [
  ['TC3-HMAC-SHA256', 'tencent'],
  ['q-sign-algorithm=', 'tencent'], // COS: https://www.tencentcloud.com/document/product/436/7778
  ['ACS3-HMAC-SHA256', 'aliyun'],
  ['acs ', 'aliyun'], // OSS / ROA signature v1: "acs AccessKeyId:Signature"
  ['OSS ', 'aliyun'],
  ['OSS4-HMAC-SHA256', 'aliyun'],
  ['AWS4-HMAC-SHA256', 'aws'],
  ['AWS ', 'aws'], // S3 signature v2: "AWS AccessKeyId:Signature"
  ['SharedKey ', 'azure'],
  ['SharedKeyLite ', 'azure'],
  ['SDK-HMAC-SHA256', 'huawei'],
  ['OBS ', 'huawei'], // OBS signature v2: "OBS AccessKeyId:Signature"
  ['Signature version=', 'oci'],
];

export function providerHints(ex: HttpExchange): ProviderHints {
  const host = hostOf(ex.url);
  const hints: Partial<Record<Provider, string[]>> = {};
  const add = (p: Provider, fact: string): void => {
    (hints[p] ??= []).push(fact);
  };
  for (const [suffix, p] of HOST_SUFFIXES) if (hostMatches(host, suffix)) add(p, `host ${host} is under ${suffix}`);
  const hostProvider = (Object.keys(hints) as Provider[])[0];
  // A host that names its provider outweighs another provider's headers: S3-compatible stores (Huawei OBS, say)
  // answer with x-amz-* headers, and a client may sign with a borrowed scheme.
  const addUnlessHostSaysOtherwise = (p: Provider, fact: string): void => {
    if (hostProvider === undefined || hostProvider === p) add(p, fact);
  };
  for (const [name, p] of REQUEST_HEADERS) if (headerValue(ex.requestHeaders, name) !== undefined) addUnlessHostSaysOtherwise(p, `request header ${name}`);
  for (const { name, provider } of RESPONSE_HEADERS) {
    if (headerValue(ex.responseHeaders, name) !== undefined) addUnlessHostSaysOtherwise(provider, `response header ${name}`);
  }
  const auth = headerValue(ex.requestHeaders, 'Authorization');
  if (auth) {
    for (const [scheme, p] of AUTH_SCHEMES) if (auth.startsWith(scheme)) addUnlessHostSaysOtherwise(p, `Authorization scheme ${scheme.trim()}`);
  }
  return { host, hints };
}

export function hintsFor(h: ProviderHints, p: Provider): string[] {
  return h.hints[p] ?? [];
}

/** Response headers that carry a request id, in the order they are trusted when the body has none. */
export const REQUEST_ID_HEADERS: readonly string[] = [
  ...RESPONSE_HEADERS.filter((h) => h.requestId).map((h) => h.name),
  // Generic names, trusted last and never provider evidence: Huawei and many gateways send x-request-id, Azure
  // Batch sends request-id (and so does SharePoint).
  'x-request-id',
  'request-id',
];

export function requestIdFromHeaders(ex: HttpExchange): { requestId: string; header: string } | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const v = headerValue(ex.responseHeaders, name);
    if (v) return { requestId: v, header: name };
  }
  return undefined;
}
