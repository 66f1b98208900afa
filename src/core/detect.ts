import { detectAliyun } from './detectors/aliyun.js';
import type { DetectContext, Detector } from './detectors/context.js';
import { detectAws } from './detectors/aws.js';
import { detectAzure } from './detectors/azure.js';
import { detectEc2 } from './detectors/ec2.js';
import { detectGcp } from './detectors/gcp.js';
import { detectFromHeaders } from './detectors/headers-only.js';
import { detectHuawei } from './detectors/huawei.js';
import { detectOci } from './detectors/oci.js';
import { detectTencent } from './detectors/tencent.js';
import { detectTencentV2 } from './detectors/tencent-v2.js';
import { detectTencentCos } from './detectors/tencent-cos.js';
import { providerHints, requestIdFromHeaders } from './evidence.js';
import { mayHaveFailed, type HttpExchange } from './exchange.js';
import type { Detection } from './finding.js';
import type { Family } from './provider.js';
import { candidateVerdict } from './candidate.js';
import { parseJson } from './parse/json.js';
import { MAX_BODY_BYTES, formatBytes } from './parse/limits.js';
import { isNode } from './parse/node.js';
import { parseXml } from './parse/xml.js';
import { shrinkJsonStrings, shrinkXmlText } from './parse/shrink.js';
import { countOf } from './plural.js';

/** Detectors by family, in the order they look; the first that claims an exchange wins. */
export const DETECTORS: ReadonlyArray<{ family: Family; detect: Detector }> = [
  { family: 'tencent', detect: detectTencent },
  { family: 'tencent-v2', detect: detectTencentV2 },
  { family: 'tencent-cos', detect: detectTencentCos },
  { family: 'aliyun', detect: detectAliyun },
  { family: 'ec2', detect: detectEc2 },
  { family: 'aws', detect: detectAws },
  { family: 'gcp', detect: detectGcp },
  { family: 'azure', detect: detectAzure },
  { family: 'huawei', detect: detectHuawei },
  { family: 'oci', detect: detectOci },
];

/**
 * Keys at least one envelope family needs. A JSON body without any of them is rejected before
 * JSON.parse: most JSON on a page is application data, and scanning for a key is far cheaper than parsing.
 */
const JSON_KEYS = /"(?:Response|Code|code|RequestId|requestId|__type|error|error_code|errorCode|ErrorCode|errorMsg|message|Message|Error|odata\.error)"\s*:/;
/** The first element of an XML document: after the prolog, comments and any DOCTYPE (whose `<!` is skipped). */
const FIRST_ELEMENT = /<([A-Za-z_][\w.-]*(?::[\w.-]+)?)[\s/>]/;
/** Root elements of the XML envelopes (and of query-protocol success documents); an HTML page's root is `html`. */
const XML_ROOTS = /^(?:Error|error|Response|ErrorResponse|\w+Response)$/;
/** Strings longer than this are cut when a body over the parse cap is shrunk to find its envelope. */
const MAX_STRING_IN_OVERSIZED = 4096;

/** What the engine concludes about one exchange. Never throws. */
export function detect(exchange: HttpExchange): Detection {
  const body = exchange.responseBody;
  if (!body || /^\s*$/.test(body)) {
    if (!mayHaveFailed(exchange.status)) return { kind: 'none' };
    return detectFromHeaders(exchange, providerHints(exchange), 'no body') ?? { kind: 'none' };
  }
  const verdict = candidateVerdict({ url: exchange.url, mimeType: exchange.mimeType, status: exchange.status });
  if (!verdict.candidate) return { kind: 'none' };
  const fromBody = detectInBody(exchange, body);
  if (fromBody.kind !== 'none' || !mayHaveFailed(exchange.status)) return fromBody;
  // A failed call whose body names no error (`{}`, data members only, a plain-text page) may still be named by a
  // header: the AWS SDKs read x-amzn-ErrorType before the body (loadRestJsonErrorCode), Azure Storage sends x-ms-error-code.
  return detectFromHeaders(exchange, providerHints(exchange), 'the body names no error') ?? fromBody;
}

/**
 * The body, judged by its own first character and keys rather than its content type: Tencent's legacy API and
 * misconfigured gateways send envelopes as text/html, text/plain or application/octet-stream. What is cheap to
 * rule out is ruled out before parsing: a body that is not `{`, `[` or `<`, JSON without an envelope key, XML
 * (or HTML) whose root is not an envelope root.
 */
function detectInBody(exchange: HttpExchange, body: string): Detection {
  const start = firstSignificant(body);
  const first = body[start];
  if (first === '<') {
    const root = FIRST_ELEMENT.exec(body.slice(start, start + 4096))?.[1];
    if (!root || !XML_ROOTS.test(root.slice(root.indexOf(':') + 1))) return { kind: 'none' };
  } else if (first === '{' || first === '[') {
    if (!JSON_KEYS.test(body)) return { kind: 'none' };
  } else {
    return { kind: 'none' };
  }
  let text = start === 0 ? body : body.slice(start);
  let shrunk = 0;
  if (text.length > MAX_BODY_BYTES) {
    // Most large bodies are data made of short strings: nothing to cut, so they are skipped without the scan.
    if (!hasLongRun(text, first === '<' ? '<' : '"', MAX_STRING_IN_OVERSIZED / 2)) return overCap(body);
    const small = first === '<' ? shrinkXmlText(text, MAX_STRING_IN_OVERSIZED) : shrinkJsonStrings(text, MAX_STRING_IN_OVERSIZED);
    if (small.text.length > MAX_BODY_BYTES) return overCap(body);
    text = small.text;
    shrunk = small.cut;
  }
  const ctx: DetectContext = { exchange, hints: providerHints(exchange) };
  let inArray = false;
  if (first === '<') {
    const parsed = parseXml(text);
    if (!parsed.ok) return { kind: 'skipped', reason: parsed.reason };
    ctx.xml = parsed.value;
  } else {
    const parsed = parseJson(text);
    if (!parsed.ok) return { kind: 'skipped', reason: parsed.reason };
    // REST streaming methods of Google APIs answer a JSON array of messages, and an error arrives as one
    // element of it: `[{"error": {...}}]` (https://cloud.google.com/apis/docs/http#streaming).
    const value: unknown = Array.isArray(parsed.value) ? (parsed.value as unknown[]).find((v) => isNode(v) && isNode(v['error'])) : parsed.value;
    inArray = Array.isArray(parsed.value);
    if (!isNode(value)) return shrunk > 0 ? overCap(body) : { kind: 'none' };
    ctx.json = value;
  }
  for (const { detect: detector } of DETECTORS) {
    const found = detector(ctx);
    if (!found) continue;
    const evidence = found.kind === 'error' ? found.finding.evidence : found.call.evidence;
    if (inArray) evidence.push('body is a JSON array with the error as one element (REST streaming)');
    if (shrunk > 0) {
      evidence.push(
        `body of ${formatBytes(body.length)} is over the ${formatBytes(MAX_BODY_BYTES)} parse cap: ${countOf(shrunk, 'string')} over ${MAX_STRING_IN_OVERSIZED.toLocaleString('en-US')} characters cut before parsing`,
      );
    }
    return withHeaderRequestId(found, exchange);
  }
  return shrunk > 0 ? overCap(body) : { kind: 'none' };
}

/**
 * Whether `text` may hold a run of over 2 × `window` characters without `stop` (a JSON string, an XML text run long
 * enough to cut): such a run covers a whole aligned window, so one indexOf per window answers, about a thousand
 * for a 2 MB body of short strings, instead of a scan of every character.
 */
function hasLongRun(text: string, stop: string, window: number): boolean {
  for (let at = 0; at < text.length; at += window) {
    const next = text.indexOf(stop, at);
    if (next === -1 || next >= at + window) return true;
  }
  return false;
}

function overCap(body: string): Detection {
  return { kind: 'skipped', reason: `body of ${formatBytes(body.length)} exceeds the ${formatBytes(MAX_BODY_BYTES)} parse cap` };
}

/** When the body carries no request id, the provider's response header usually does. */
function withHeaderRequestId(found: Extract<Detection, { kind: 'error' | 'success' }>, exchange: HttpExchange): Detection {
  const target = found.kind === 'error' ? found.finding : found.call;
  if (target.requestId) return found;
  const fromHeader = requestIdFromHeaders(exchange);
  if (!fromHeader) return found;
  target.requestId = fromHeader.requestId;
  target.evidence.push(`request id from response header ${fromHeader.header}`);
  return found;
}

/** Index of the first character that is not whitespace or a byte-order mark. */
function firstSignificant(text: string): number {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0xfeff) break;
    i++;
  }
  return i;
}
