import { headerValue, type HttpExchange } from '../exchange.js';
import { redactBody, redactHeaders, redactUrl } from '../redact.js';

/** Headers curl computes itself, or that only HTTP/2 has: copying them would break the command. */
const SKIPPED_HEADER = /^(:|content-length$|host$|connection$|accept-encoding$)/i;

/**
 * "Copy as cURL" with credentials, signatures, tokens and cookies replaced by `[redacted]`
 * (see ../redact.ts): the command shows the call's shape and can be pasted into a ticket, but it will not
 * authenticate until the user signs it again.
 */
export function toCurl(exchange: HttpExchange): string {
  const parts = [`curl ${shellQuote(redactUrl(exchange.url))}`];
  const method = exchange.method.toUpperCase();
  if (method !== 'GET' || exchange.requestBody) parts.push(`-X ${shellQuote(method)}`);
  for (const h of redactHeaders(exchange.requestHeaders)) {
    if (SKIPPED_HEADER.test(h.name)) continue;
    parts.push(`-H ${shellQuote(`${h.name}: ${h.value}`)}`);
  }
  if (exchange.requestBody) {
    const type = headerValue(exchange.requestHeaders, 'Content-Type') ?? '';
    parts.push(`--data-raw ${shellQuote(redactBody(exchange.requestBody, type))}`);
  }
  return parts.join(' \\\n  ');
}

/** POSIX single quotes: nothing inside is expanded; a quote is closed, escaped and reopened. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
