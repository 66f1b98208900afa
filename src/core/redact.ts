import type { HttpHeader } from './exchange.js';

export const REDACTED = '[redacted]';

/** Header names that carry credentials. */
const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie)$|token|secret|signature|api-?key|access-?key|credential|session|password/i;
/** Parameter and JSON key names that carry credentials (Signature, SecretId, AccessKeyId, X-Amz-Credential…). */
const SECRET_PARAM = /signature|secret|token|password|passwd|access-?key|credential|api-?key|session|^auth|^sig$|^key$/i;
/** Named like a secret, but describe the signing method, not the secret. */
const NOT_SECRET = /^(SignatureMethod|SignatureVersion|SignatureNonce|SignatureType|X-Amz-SignedHeaders|X-Amz-Algorithm)$/i;

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADER.test(name);
}

export function isSecretParam(name: string): boolean {
  return SECRET_PARAM.test(name) && !NOT_SECRET.test(name);
}

/**
 * Headers with every credential replaced. Authorization keeps its scheme word
 * (`TC3-HMAC-SHA256 [redacted]`), which tells how the call was signed without giving the signature away.
 */
export function redactHeaders(headers: readonly HttpHeader[]): HttpHeader[] {
  return headers.map((h) => {
    if (!isSecretHeader(h.name)) return { name: h.name, value: h.value };
    if (/^(proxy-)?authorization$/i.test(h.name)) {
      const scheme = /^[A-Za-z0-9-]+(?= )/.exec(h.value.trim())?.[0];
      return { name: h.name, value: scheme ? `${scheme} ${REDACTED}` : REDACTED };
    }
    return { name: h.name, value: REDACTED };
  });
}

/** A URL with secret query parameters redacted; other parameters and their order are kept. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  // No query (or a mangled URL that lost its "?"): still redact secret-looking key=value pairs in the text.
  if (q === -1) return redactPairsInText(url, encodeURIComponent(REDACTED));
  const hash = url.indexOf('#', q);
  const query = url.slice(q + 1, hash === -1 ? undefined : hash);
  return url.slice(0, q + 1) + redactQuery(query) + (hash === -1 ? '' : url.slice(hash));
}

/** `a=1&Signature=xyz` → `a=1&Signature=[redacted]`, leaving the rest byte for byte. */
function redactQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawName = eq === -1 ? pair : pair.slice(0, eq);
      const name = decodeParam(rawName);
      return eq !== -1 && isSecretParam(name) ? `${rawName}=${encodeURIComponent(REDACTED)}` : pair;
    })
    .join('&');
}

/** `key=value` anywhere in a text, for text that is not a well-formed query (a body, a URL that lost its "?"). */
const SECRET_PAIR = /\b([A-Za-z0-9_.%-]{1,100})=([^&\s]*)/g;

function redactPairsInText(text: string, replacement: string): string {
  return text.replace(SECRET_PAIR, (m, key: string) => (isSecretParam(key) ? `${key}=${replacement}` : m));
}

/** A request body with credentials redacted: form bodies by parameter, JSON bodies by key, at any depth. */
export function redactBody(text: string, mimeType: string): string {
  const trimmed = text.trimStart();
  if (/x-www-form-urlencoded/i.test(mimeType) || (!trimmed.startsWith('{') && !trimmed.startsWith('[') && /^[^=&\s]+=[^&\s]*(&|$)/.test(trimmed))) {
    return redactQuery(text);
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.stringify(redactJson(JSON.parse(trimmed) as unknown, 0));
    } catch {
      // not JSON after all: fall through to the textual pass
    }
  }
  // Unknown text: redact "key": "value" and key=value pairs whose key looks secret.
  const quoted = text.replace(/("([^"\\]{1,100})"\s*:\s*)"(?:[^"\\]|\\.)*"/g, (m, prefix: string, key: string) =>
    isSecretParam(key) ? `${prefix}"${REDACTED}"` : m,
  );
  return redactPairsInText(quoted, REDACTED);
}

function redactJson(value: unknown, depth: number): unknown {
  if (depth > 64) return REDACTED;
  if (Array.isArray(value)) return value.map((v) => redactJson(v, depth + 1));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const redacted = isSecretParam(k) && (typeof v === 'string' || typeof v === 'number') ? REDACTED : redactJson(v, depth + 1);
      Object.defineProperty(out, k, { value: redacted, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** A query or form component decoded (`+` is a space); the raw text when it is not valid percent-encoding. */
export function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}
