import type { HttpExchange } from '../exchange.js';
import type { ProviderHints } from '../evidence.js';
import type { Detection } from '../finding.js';
import type { Node } from '../parse/node.js';

/** What every detector receives: the exchange, its provider hints, and the body parsed once. */
export interface DetectContext {
  exchange: HttpExchange;
  hints: ProviderHints;
  /** The body as a JSON object, when it is one. */
  json?: Node;
  /** The body as parsed XML (root element name → content), when it is XML. */
  xml?: Node;
}

/** A detector claims an exchange (error or success) or returns undefined to let the next one look. */
export type Detector = (ctx: DetectContext) => Extract<Detection, { kind: 'error' | 'success' }> | undefined;
