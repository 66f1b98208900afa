import { hasUnsafeChars } from './terminal-safe.js';

/** Longer than any documentation link; a longer "link" is data, not a link. */
const MAX_LINK = 2048;

/**
 * The one rule for which URLs the panel and the CLI show as links: documentation links can come from an
 * untrusted response body (Tencent's `Recommend`, Azure's `target`), so only plain web links pass:
 * - http or https only (no `javascript:`, `data:`, `file:`, custom schemes);
 * - no user name or password (`https://docs.aws.amazon.com@evil.example/` shows a trusted name and goes elsewhere);
 * - no control, bidi or white-space characters in the text as given (they hide or reorder what is shown);
 * - at most 2,048 characters, and parseable.
 * Returns the normalised URL to link to, or undefined.
 */
export function safeLink(url: string | undefined | null): string | undefined {
  if (!url || url.length > MAX_LINK || /\s/.test(url) || hasUnsafeChars(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  return parsed.href;
}
