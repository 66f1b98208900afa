import { MAX_BODY_BYTES, formatBytes } from './parse/limits.js';

export { MAX_BODY_BYTES };

/** Mime types whose bodies are never an error envelope. */
const NEVER_MIME =
  /^(image|font|audio|video)\/|^text\/(css|javascript|ecmascript)|^application\/(javascript|x-javascript|ecmascript|wasm|font|octet-stream|pdf|zip|gzip)|^text\/html/i;
/** The same for URL paths when the mime type is missing or generic. */
const NEVER_EXTENSION = /\.(png|jpe?g|gif|webp|avif|svg|ico|bmp|woff2?|ttf|otf|eot|css|m?js|map|wasm|mp4|webm|mp3|ogg|wav|pdf|zip)$/i;

export type CandidateVerdict = { candidate: true } | { candidate: false; reason: string };

/**
 * The cheap check made before a body is fetched or parsed: mime type, URL extension and size.
 * `size` is the body size when known (bytes; -1 or undefined when unknown).
 */
export function candidateVerdict(meta: { url: string; mimeType: string; size?: number }): CandidateVerdict {
  const mime = meta.mimeType.trim();
  if (mime && NEVER_MIME.test(mime)) return { candidate: false, reason: `${mime.split(';')[0]} body cannot be an envelope` };
  if (!mime || /^(text\/plain|application\/octet-stream)/i.test(mime)) {
    const path = pathOf(meta.url);
    if (NEVER_EXTENSION.test(path)) return { candidate: false, reason: `${path.slice(path.lastIndexOf('.'))} resource cannot be an envelope` };
  }
  if (meta.size !== undefined && meta.size > MAX_BODY_BYTES) {
    return { candidate: false, reason: `body of ${formatBytes(meta.size)} exceeds the ${formatBytes(MAX_BODY_BYTES)} parse cap` };
  }
  return { candidate: true };
}

function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}
