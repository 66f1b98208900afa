import { CATEGORIES, CATEGORY_LABELS, type Category } from '../category.js';
import { PROVIDER_LABELS, PROVIDERS, type Provider } from '../provider.js';
import { editDistance } from '../edit-distance.js';

/** The `key:` names of the filter language, in the order suggestions list them. */
export const QUERY_KEYS = ['provider', 'code', 'status', 'category', 'retryable', 'action', 'host', 'requestid', 'region', 'message'] as const;
export type QueryKey = (typeof QUERY_KEYS)[number];

/** One line per key: shown next to key suggestions. */
export const QUERY_KEY_HINTS: Record<QueryKey, string> = {
  provider: 'cloud provider, e.g. provider:aliyun or provider:aws,gcp',
  code: 'error code; Foo* matches a prefix',
  status: 'HTTP status: 404, >=500, 4xx, 400-499, 429,5xx',
  category: 'kind of failure, e.g. category:throttling',
  retryable: 'yes or no: can a retry help?',
  action: 'API action, e.g. action:DescribeInstances',
  host: 'endpoint host or a parent domain',
  requestid: 'part of a request id',
  region: 'region, e.g. region:cn-hangzhou',
  message: 'part of the error message',
};

/** Other spellings people type for a key. */
const KEY_ALIASES: Record<string, QueryKey> = {
  'request-id': 'requestid',
  request_id: 'requestid',
  reqid: 'requestid',
  msg: 'message',
  cat: 'category',
  retry: 'retryable',
};

export function queryKey(name: string): QueryKey | undefined {
  const lower = name.toLowerCase();
  return (QUERY_KEYS as readonly string[]).includes(lower) ? (lower as QueryKey) : KEY_ALIASES[lower];
}

/** "Quota and throttling", "quota_and_throttling" → "quota-and-throttling": the form aliases are keyed by. */
function normalise(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

const CATEGORY_ALIASES: Record<string, Category> = {
  throttling: 'quota-throttling',
  throttle: 'quota-throttling',
  throttled: 'quota-throttling',
  quota: 'quota-throttling',
  'rate-limit': 'quota-throttling',
  ratelimit: 'quota-throttling',
  auth: 'authentication',
  authn: 'authentication',
  clock: 'signature-clock',
  signature: 'signature-clock',
  notfound: 'not-found',
  missing: 'not-found',
  perm: 'permission',
  permissions: 'permission',
  denied: 'permission',
  forbidden: 'permission',
  authz: 'permission',
  param: 'parameter',
  params: 'parameter',
  parameters: 'parameter',
  invalid: 'parameter',
  exists: 'conflict',
  payment: 'billing',
  internal: 'server',
};

/** A category from its name, its label ("quota and throttling") or a common short form ("throttling", "auth"). */
export function categoryFromValue(value: string): Category | undefined {
  const v = normalise(value);
  for (const c of CATEGORIES) if (c === v || normalise(CATEGORY_LABELS[c]) === v) return c;
  return CATEGORY_ALIASES[v];
}

export function categoryWords(): string[] {
  return [...CATEGORIES, ...Object.keys(CATEGORY_ALIASES)];
}

const PROVIDER_ALIASES: Record<string, Provider> = {
  alibaba: 'aliyun',
  alicloud: 'aliyun',
  qcloud: 'tencent',
  tencentcloud: 'tencent',
  amazon: 'aws',
  google: 'gcp',
  oracle: 'oci',
};

/** A provider from its id, its label ("Alibaba Cloud") or a common other name ("alibaba", "qcloud"). */
export function providerFromValue(value: string): Provider | undefined {
  const v = normalise(value);
  for (const p of PROVIDERS) if (p === v || normalise(PROVIDER_LABELS[p]) === v) return p;
  return PROVIDER_ALIASES[v];
}

/** The closest candidate within a small edit distance, for "did you mean" hints; undefined when none is close. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = w.length <= 4 ? 1 : 2;
  for (const c of candidates) {
    if (c.startsWith(w) && w.length >= 3) return c;
    const d = editDistance(w, c);
    if (d <= bestDistance && (best === undefined || d < editDistance(w, best))) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
