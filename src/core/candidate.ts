import { MAX_SCAN_BYTES, formatBytes } from './parse/limits.js';

export { MAX_SCAN_BYTES };

/**
 * Mime types whose bodies are never an error envelope. text/html, text/plain and application/octet-stream are
 * not among them: Tencent's legacy API and misconfigured gateways send envelopes under those types, so such a
 * body is judged by its first bytes instead (detect.ts), and a real HTML page is rejected there by its root.
 */
const NEVER_MIME = /^(image|font|audio|video)\/|^text\/(css|javascript|ecmascript)|^application\/(javascript|x-javascript|ecmascript|wasm|font|pdf|zip|gzip)/i;
/** The same for URL paths when the mime type is missing or generic. */
const NEVER_EXTENSION = /\.(png|jpe?g|gif|webp|avif|svg|ico|bmp|woff2?|ttf|otf|eot|css|m?js|map|wasm|mp4|webm|mp3|ogg|wav|pdf|zip)$/i;

export type CandidateVerdict = { candidate: true } | { candidate: false; reason: string };

/**
 * The cheap check made before a body is fetched or parsed: mime type, URL extension and size (bodies over the
 * parse cap are still read up to MAX_SCAN_BYTES, see parse/shrink.ts).
 * `size` is the body size when known (bytes; -1 or undefined when unknown).
 */
export function candidateVerdict(meta: { url: string; mimeType: string; size?: number; status?: number }): CandidateVerdict {
  const mime = meta.mimeType.trim();
  if (mime && NEVER_MIME.test(mime)) return { candidate: false, reason: `${mime.split(';')[0]} body cannot be an envelope` };
  // A failed call on an object's URL (OSS, COS, S3: GET /photo.jpg → 403) is answered with an XML error, whatever
  // the path's extension says; only a successful one can be the resource itself.
  const failed = meta.status !== undefined && meta.status >= 400;
  if (!failed && (!mime || /^(text\/plain|text\/html|application\/octet-stream)/i.test(mime))) {
    const path = pathOf(meta.url);
    if (NEVER_EXTENSION.test(path)) return { candidate: false, reason: `${path.slice(path.lastIndexOf('.'))} resource cannot be an envelope` };
  }
  if (meta.size !== undefined && meta.size > MAX_SCAN_BYTES) {
    return { candidate: false, reason: `body of ${formatBytes(meta.size)} exceeds the ${formatBytes(MAX_SCAN_BYTES)} scan limit` };
  }
  return { candidate: true };
}

function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}
