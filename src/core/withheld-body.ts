import { detect } from './detect.js';
import { providerHints, requestIdFromHeaders } from './evidence.js';
import type { HttpExchange } from './exchange.js';
import type { Detection } from './finding.js';
import type { Provider } from './provider.js';

/** Shown as the message of a call listed from its headers alone. */
export const BODY_WITHHELD_NOTE = 'response body not available to DevTools';

/**
 * What can be said about a call whose body the browser never handed over (Chromium withholds the body of
 * a `Cache-Control: no-store` response the page has not read; see README, "Bodies DevTools withholds").
 * A failed call (HTTP >= 400) is never dropped for that: the header detectors run first (x-amzn-ErrorType,
 * x-ms-error-code name the code), else a call with provider evidence and a request-id header is listed
 * with its status as the code, the RequestId from the header and the note.
 */
export function detectWithheldBody(exchange: HttpExchange): Detection {
  if (exchange.status < 400) return { kind: 'none' };
  const fromHeaders = detect({ ...exchange, responseBody: undefined });
  if (fromHeaders.kind === 'error') {
    fromHeaders.finding.message ??= BODY_WITHHELD_NOTE;
    fromHeaders.finding.evidence.push(BODY_WITHHELD_NOTE);
    return fromHeaders;
  }
  const hints = providerHints(exchange);
  const provider = likeliest(hints.hints);
  const fromHeader = requestIdFromHeaders(exchange);
  if (!provider || !fromHeader) return { kind: 'none' };
  return {
    kind: 'error',
    finding: {
      provider,
      family: provider,
      code: `HTTP ${exchange.status}`,
      message: BODY_WITHHELD_NOTE,
      requestId: fromHeader.requestId,
      evidence: [BODY_WITHHELD_NOTE, `request id from response header ${fromHeader.header}`, ...(hints.hints[provider] ?? [])],
    },
  };
}

/** The provider with the most facts; on a tie the first found (a host that names its provider is found first). */
function likeliest(hints: Partial<Record<Provider, string[]>>): Provider | undefined {
  let best: Provider | undefined;
  let most = 0;
  for (const [provider, facts] of Object.entries(hints) as [Provider, string[]][]) {
    if (facts.length > most) {
      best = provider;
      most = facts.length;
    }
  }
  return best;
}
