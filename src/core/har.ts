import type { HttpExchange, HttpHeader } from './exchange.js';

/** The parts of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) the engine reads. */
interface HarHeader {
  name: string;
  value: string;
}
export interface HarEntry {
  startedDateTime?: string;
  time?: number;
  request: {
    method?: string;
    url?: string;
    headers?: HarHeader[];
    queryString?: { name: string; value: string }[];
    postData?: { mimeType?: string; text?: string; params?: { name: string; value?: string }[] };
  };
  response: {
    status?: number;
    statusText?: string;
    headers?: HarHeader[];
    content?: { size?: number; mimeType?: string; text?: string; encoding?: string };
  };
  /** Chrome's extra field: the resource type DevTools assigned (xhr, fetch, script, image…). */
  _resourceType?: string;
}
export interface HarLog {
  log: { version?: string; creator?: unknown; entries: HarEntry[] };
}

export function harEntryToExchange(entry: HarEntry): HttpExchange {
  const req = entry.request ?? {};
  const res = entry.response ?? {};
  const content = res.content ?? {};
  return {
    url: typeof req.url === 'string' ? req.url : '',
    method: typeof req.method === 'string' ? req.method : 'GET',
    status: typeof res.status === 'number' ? res.status : 0,
    requestHeaders: headers(req.headers),
    responseHeaders: headers(res.headers),
    requestBody: requestBody(req.postData),
    responseBody: typeof content.text === 'string' ? (content.encoding === 'base64' ? decodeBase64(content.text) : content.text) : undefined,
    mimeType: typeof content.mimeType === 'string' ? content.mimeType : '',
    startedDateTime: typeof entry.startedDateTime === 'string' ? entry.startedDateTime : undefined,
  };
}

function headers(list: unknown): HttpHeader[] {
  if (!Array.isArray(list)) return [];
  const out: HttpHeader[] = [];
  for (const h of list as unknown[]) {
    if (typeof h === 'object' && h !== null) {
      const { name, value } = h as { name?: unknown; value?: unknown };
      if (typeof name === 'string') out.push({ name, value: headerText(value) });
    }
  }
  return out;
}

/** A header value as a HAR writer may have left it: a string, a number, null, or (malformed) an object, kept as JSON rather than "[object Object]". */
function headerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value == null ? '' : (JSON.stringify(value) ?? '');
}

/** HAR puts form bodies in `params` when the capture parsed them and leaves `text` empty. */
function requestBody(postData: HarEntry['request']['postData']): string | undefined {
  if (!postData) return undefined;
  if (typeof postData.text === 'string' && postData.text !== '') return postData.text;
  if (Array.isArray(postData.params) && postData.params.length > 0) {
    return postData.params.map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(p.value ?? '')}`).join('&');
  }
  return undefined;
}

/**
 * Base64 → UTF-8 text. Invalid base64 yields undefined; invalid UTF-8 becomes U+FFFD (never throws),
 * so a binary body simply fails the envelope sniff later.
 */
function decodeBase64(b64: string): string | undefined {
  try {
    const bin = atob(b64.replace(/\s+/g, ''));
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

type HarParse = { ok: true; har: HarLog } | { ok: false; error: string };

/** Parse and validate a HAR file's text; the error is one line a user can act on. */
export function parseHar(text: string): HarParse {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { ok: false, error: 'not a HAR file: the top level is not an object' };
  const log = (doc as { log?: unknown }).log;
  if (typeof log !== 'object' || log === null) return { ok: false, error: 'not a HAR file: no "log" object' };
  const entries = (log as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) return { ok: false, error: 'not a HAR file: "log.entries" is not an array' };
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as unknown;
    if (typeof e !== 'object' || e === null || typeof (e as HarEntry).request !== 'object' || typeof (e as HarEntry).response !== 'object') {
      return { ok: false, error: `not a HAR file: entry ${i} has no request/response object` };
    }
  }
  return { ok: true, har: doc as HarLog };
}

/**
 * Why a HAR file could not be read, in words a user can act on. JavaScript engines cap a string at about
 * 2^29 characters (V8: 512 MB); a bigger HAR cannot be read as text at all, in Node or in a browser.
 */
export function readErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if ((error as { code?: unknown } | undefined)?.code === 'ERR_STRING_TOO_LONG' || /invalid string length/i.test(message)) {
    return 'too large to read as text (the limit is about 512 MB): save the HAR in smaller parts';
  }
  return message;
}
