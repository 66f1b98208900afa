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
import { providerHints, requestIdFromHeaders } from './evidence.js';
import type { HttpExchange } from './exchange.js';
import type { Detection } from './finding.js';
import type { Family } from './provider.js';
import { candidateVerdict } from './candidate.js';
import { parseJson } from './parse/json.js';
import { MAX_BODY_BYTES, formatBytes } from './parse/limits.js';
import { isNode } from './parse/node.js';
import { parseXml } from './parse/xml.js';

/** Detectors by family, in the order they look; the first that claims an exchange wins. */
export const DETECTORS: ReadonlyArray<{ family: Family; detect: Detector }> = [
  { family: 'tencent', detect: detectTencent },
  { family: 'tencent-v2', detect: detectTencentV2 },
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
const JSON_KEYS = /"(?:Response|Code|code|RequestId|requestId|__type|error|error_code|message|Message)"\s*:/;
/** Root elements of the XML envelopes (and of query-protocol success documents). */
const XML_ROOTS = /<(?:\w+:)?(?:Error|Response|ErrorResponse|\w+Response)[\s>]/;

/** What the engine concludes about one exchange. Never throws. */
export function detect(exchange: HttpExchange): Detection {
  const body = exchange.responseBody;
  if (!body || /^\s*$/.test(body)) {
    if (exchange.status < 400) return { kind: 'none' };
    return detectFromHeaders(exchange, providerHints(exchange)) ?? { kind: 'none' };
  }
  const verdict = candidateVerdict({ url: exchange.url, mimeType: exchange.mimeType });
  if (!verdict.candidate) return { kind: 'none' };
  const start = firstSignificant(body);
  const first = body[start];
  if (first !== '{' && first !== '<') return { kind: 'none' };
  if (first === '{' ? !JSON_KEYS.test(body) : !XML_ROOTS.test(body)) return { kind: 'none' };
  if (body.length > MAX_BODY_BYTES) {
    return { kind: 'skipped', reason: `body of ${formatBytes(body.length)} exceeds the ${formatBytes(MAX_BODY_BYTES)} parse cap` };
  }
  const ctx: DetectContext = { exchange, hints: providerHints(exchange) };
  if (first === '{') {
    const parsed = parseJson(start === 0 ? body : body.slice(start));
    if (!parsed.ok) return { kind: 'skipped', reason: parsed.reason };
    if (!isNode(parsed.value)) return { kind: 'none' };
    ctx.json = parsed.value;
  } else {
    const parsed = parseXml(body);
    if (!parsed.ok) return { kind: 'skipped', reason: parsed.reason };
    ctx.xml = parsed.value;
  }
  for (const { detect: detector } of DETECTORS) {
    const found = detector(ctx);
    if (found) return withHeaderRequestId(found, exchange);
  }
  return { kind: 'none' };
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
