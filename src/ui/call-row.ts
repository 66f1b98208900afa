import type { Analysis } from '../core/analyze.js';
import type { Category } from '../core/category.js';
import type { HttpExchange } from '../core/exchange.js';
import { hostOf } from '../core/exchange.js';
import type { Provider } from '../core/provider.js';
import type { QueryRow } from '../core/query/match-query.js';
import { redactUrl } from '../core/redact.js';

export type RowKind = 'error' | 'success' | 'skipped';

/** One listed call: the facts a row shows, computed once when the call arrives. */
export interface CallRow {
  id: number;
  /** Epoch milliseconds the request started (0 when unknown). */
  startedAt: number;
  kind: RowKind;
  provider?: Provider;
  category?: Category;
  action?: string;
  status: number;
  code?: string;
  /** Tencent API 2.0 codeDesc: the numeric code's English name, shown beside it. */
  codeDesc?: string;
  message?: string;
  requestId?: string;
  method: string;
  /** The URL with secret parameters redacted: rows never show a raw signature. */
  url: string;
  /** Why the body was not parsed (kind "skipped"). */
  skippedReason?: string;
  exchange: HttpExchange;
  analysis?: Analysis;
}

/**
 * What the filter language sees of a row. Skipped rows have no provider: `provider:` terms never match
 * them (the matcher compares strings only), while free text and the other keys still do.
 */
export function queryRowOf(row: CallRow): QueryRow {
  let q = queryRows.get(row);
  if (!q) {
    q = buildQueryRow(row);
    queryRows.set(row, q);
  }
  return q;
}

/** Rows never change once built: their filter view is computed once (URL parsing is not free at 10,000 rows). */
const queryRows = new WeakMap<CallRow, QueryRow>();

function buildQueryRow(row: CallRow): QueryRow {
  return {
    provider: row.provider as Provider,
    code: row.code,
    message: row.message,
    requestId: row.requestId,
    url: row.url,
    status: row.status,
    category: row.category,
    retryable: row.analysis?.annotation?.retryable,
    action: row.action,
    host: hostOf(row.url),
    region: row.analysis?.request.region,
  };
}

function startedAt(exchange: HttpExchange): number {
  const t = exchange.startedDateTime ? Date.parse(exchange.startedDateTime) : NaN;
  return Number.isFinite(t) ? t : 0;
}

/** A row for an analysed exchange, or undefined when it is not a cloud call ("none"). */
export function rowFromAnalysis(id: number, exchange: HttpExchange, analysis: Analysis): CallRow | undefined {
  const base = {
    id,
    startedAt: startedAt(exchange),
    status: exchange.status,
    method: exchange.method,
    url: redactUrl(exchange.url),
    exchange,
    analysis,
    action: analysis.request.action,
  };
  const d = analysis.detection;
  switch (d.kind) {
    case 'error': {
      const f = d.finding;
      return {
        ...base,
        kind: 'error',
        provider: f.provider,
        category: analysis.annotation?.category,
        code: f.code,
        codeDesc: f.codeDesc,
        message: f.message,
        requestId: f.requestId,
      };
    }
    case 'success':
      return { ...base, kind: 'success', provider: d.call.provider, requestId: d.call.requestId };
    case 'skipped':
      return { ...base, kind: 'skipped', skippedReason: d.reason, message: d.reason };
    case 'none':
      return undefined;
    default: {
      const never: never = d;
      return never;
    }
  }
}

/** A row for a call the capture refused to read (body over the size cap). */
export function skippedRow(id: number, exchange: HttpExchange, reason: string): CallRow {
  const url = redactUrl(exchange.url);
  return {
    id,
    startedAt: startedAt(exchange),
    kind: 'skipped',
    status: exchange.status,
    method: exchange.method,
    url,
    exchange,
    skippedReason: reason,
    message: reason,
  };
}

/** The first line of a message, cut to fit a row. */
export function shortMessage(message: string | undefined, max = 140): string {
  if (!message) return '';
  const line = message.split(/\r?\n/, 1)[0] ?? '';
  return line.length > max ? line.slice(0, max - 1) + '…' : line;
}

export function formatTime(epochMs: number): string {
  if (!epochMs) return '';
  const d = new Date(epochMs);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/**
 * "GET /bucket/key": what a REST call (object storage, Google Cloud, Azure, Huawei) shows where an API
 * would name its action. Computed once per row: scrolling re-renders rows, and URL parsing is not free.
 */
export function restCallLabel(row: CallRow): string | undefined {
  if (!restLabels.has(row)) {
    let label: string | undefined;
    try {
      label = `${row.method} ${new URL(row.url).pathname}`;
    } catch {
      // an unparsable URL has no path to show
    }
    restLabels.set(row, label);
  }
  return restLabels.get(row);
}

const restLabels = new WeakMap<CallRow, string | undefined>();
