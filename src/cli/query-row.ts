import { hostOf } from '../core/exchange.js';
import type { QueryRow } from '../core/query/match-query.js';
import type { FindingRecord } from '../core/report.js';

/** The CLI's finding as a filter row: nulls become absent, the host comes from the (redacted) URL. */
export function queryRowFromRecord(record: FindingRecord): QueryRow {
  return {
    provider: record.provider,
    code: record.code,
    message: record.message ?? undefined,
    requestId: record.requestId ?? undefined,
    url: record.url,
    status: record.status,
    category: record.category ?? undefined,
    retryable: record.retryable ?? undefined,
    action: record.action ?? undefined,
    host: hostOf(record.url),
    region: record.region ?? undefined,
  };
}
