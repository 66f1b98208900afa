import type { HttpExchange } from './exchange.js';
import { decodeParam, isSecretHeader, isSecretParam, REDACTED } from './redact.js';

/** Shorter values are too likely to occur by chance in a message ("1", "true"). */
const MIN_SECRET_LENGTH = 8;
/** An access key id or a signature inside a header value: a run of key characters, at least 12 long, with a digit. */
const CREDENTIAL_TOKEN = /[A-Za-z0-9+/_=]{12,}/g;

/**
 * The secret values a request carries: its secret query and form parameters, the values of credential headers,
 * and the key ids and signatures inside Authorization. A provider's error can echo them back: Alibaba's
 * SignatureDoesNotMatch quotes the string-to-sign with the AccessKeyId, AWS's quotes the canonical request. A
 * response's text is redacted of these before it is copied or exported (redactEchoes).
 */
export function requestSecrets(ex: HttpExchange): string[] {
  const found = new Set<string>();
  const add = (value: string | undefined): void => {
    if (value && value.length >= MIN_SECRET_LENGTH && value !== REDACTED) found.add(value);
  };
  const params = (query: string): void => {
    for (const pair of query.split('&')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = decodeParam(pair.slice(0, eq));
      if (!isSecretParam(name)) continue;
      const raw = pair.slice(eq + 1);
      add(raw);
      add(decodeParam(raw));
    }
  };
  const q = ex.url.indexOf('?');
  if (q !== -1) params(ex.url.slice(q + 1).split('#')[0] ?? '');
  if (ex.requestBody && /^[^=&\s{[]+=/.test(ex.requestBody.trimStart())) params(ex.requestBody.trim());
  for (const h of ex.requestHeaders) {
    if (!isSecretHeader(h.name)) continue;
    if (/authorization$/i.test(h.name)) {
      // "ACS3-HMAC-SHA256 Credential=LTAI…,SignedHeaders=…,Signature=…", "acs LTAI…:sig", "AWS4-HMAC-SHA256 Credential=AKIA…/date/…"
      for (const token of h.value.match(CREDENTIAL_TOKEN) ?? []) {
        const value = token.replace(/^[A-Za-z]+=/, '');
        // A whole base64 signature, and each part of a Credential scope (the key id before its "/date/region/…").
        for (const part of [value, ...value.split('/')]) if (looksLikeCredential(part)) add(part);
      }
    } else {
      add(h.value);
    }
  }
  // Longest first, so a value that contains another is replaced whole.
  return [...found].sort((a, b) => b.length - a.length);
}

/** `text` with every occurrence of the request's secrets replaced by `[redacted]`. */
export function redactEchoes(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out;
}

function looksLikeCredential(token: string): boolean {
  return token.length >= 12 && /\d/.test(token) && /[A-Za-z]/.test(token);
}
