/** One HTTP request/response pair, as a detector sees it. Built from a HAR entry or from DevTools capture. */
export interface HttpHeader {
  name: string;
  value: string;
}

export interface HttpExchange {
  url: string;
  method: string;
  /** HTTP status; 0 when the request never got a response. */
  status: number;
  requestHeaders: HttpHeader[];
  responseHeaders: HttpHeader[];
  /** Request body text (HAR `postData.text`), if any. */
  requestBody?: string;
  /** Response body as text; undefined when the capture had none. */
  responseBody?: string;
  /** The capture saw the response but the browser would not hand over its body (see withheld-body.ts). */
  bodyWithheld?: boolean;
  /** Response mime type as reported by the capture (may carry parameters). */
  mimeType: string;
  /** ISO time the request started, when known. */
  startedDateTime?: string;
}

/** First header value with this name, case-insensitively. */
export function headerValue(headers: readonly HttpHeader[], name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const h of headers) {
    if (h.name.toLowerCase() === wanted) return h.value;
  }
  return undefined;
}

/** Lower-cased host of a URL, or "" when the URL does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** True when host equals suffix or ends with "." + suffix. */
export function hostMatches(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith('.' + suffix);
}

/**
 * Whether a call may have failed: an error status, or none known. Firefox can hand an extension a finished request
 * whose entry has its body but status 0 (seen with firefox-esr 153 while many calls finish at once), and a HAR may
 * lack the status; then the body decides. Rules that need a failed call to claim a generic shape use this.
 */
export function mayHaveFailed(status: number): boolean {
  return status === 0 || status >= 400;
}
