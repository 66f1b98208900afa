/**
 * The largest body the engine parses, in UTF-16 code units (about bytes for the ASCII that envelopes are).
 * Error envelopes are a few hundred bytes; a body this large is data, not an envelope, so it is skipped
 * with a reason instead of being parsed on the panel's thread.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The largest body read at all. Between MAX_BODY_BYTES and this, a body that looks like an envelope has its long
 * strings cut (parse/shrink.ts) so that its code and request id are still found; past this it is skipped unread.
 */
export const MAX_SCAN_BYTES = 32 * 1024 * 1024;

/** XML envelopes nest three or four levels deep; anything past this is refused. */
export const MAX_XML_DEPTH = 32;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
