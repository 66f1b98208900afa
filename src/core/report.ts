import { analyze, type Analysis } from './analyze.js';
import type { Category } from './category.js';
import type { HttpExchange } from './exchange.js';
import { harEntryToExchange, type HarEntry } from './har.js';
import type { Provider } from './provider.js';
import { redactUrl } from './redact.js';
import { redactEchoes, requestSecrets } from './redact-echoes.js';

/**
 * One detected error in the CLI's JSON contract (`cloud-errors scan --json`). Other tools rely on these
 * names: add fields, never rename or remove them. Absent facts are null, so every key is always present.
 */
export interface FindingRecord {
  index: number;
  startedDateTime: string | null;
  method: string;
  /** The request URL with secret query parameters redacted. */
  url: string;
  status: number;
  provider: Provider;
  family: string;
  code: string;
  message: string | null;
  requestId: string | null;
  hostId: string | null;
  moduleCode: string | null;
  /** Tencent API 2.0 codeDesc, the English name of the numeric code. */
  codeDesc: string | null;
  codes: string[] | null;
  /** Google ErrorInfo reason and domain. */
  reason: string | null;
  domain: string | null;
  /** Azure x-ms-correlation-request-id. */
  correlationId: string | null;
  action: string | null;
  region: string | null;
  meaning: string | null;
  remediation: string | null;
  category: Category | null;
  retryable: boolean | null;
  docsUrl: string | null;
  inferred: boolean;
  matchedCode: string | null;
  evidence: string[];
}

export interface SkippedRecord {
  index: number;
  url: string;
  reason: string;
}

export interface ScanReport {
  scanned: number;
  findings: FindingRecord[];
  skipped: SkippedRecord[];
}

export function toFindingRecord(index: number, exchange: HttpExchange, analysis: Analysis): FindingRecord | undefined {
  const { detection, annotation: a, request } = analysis;
  if (detection.kind !== 'error') return undefined;
  const f = detection.finding;
  return {
    index,
    startedDateTime: exchange.startedDateTime ?? null,
    method: exchange.method,
    url: redactUrl(exchange.url),
    status: exchange.status,
    provider: f.provider,
    family: f.family,
    code: f.code,
    message: f.message === undefined ? null : redactEchoes(f.message, requestSecrets(exchange)),
    requestId: f.requestId ?? null,
    hostId: f.hostId ?? null,
    moduleCode: f.moduleCode ?? null,
    codeDesc: f.codeDesc ?? null,
    codes: f.codes ?? null,
    reason: f.reason ?? null,
    domain: f.domain ?? null,
    correlationId: f.correlationId ?? null,
    action: request.action ?? null,
    region: request.region ?? null,
    meaning: a?.module ? joinMeaning(a.meaning, a.module.meaning) : (a?.meaning ?? null),
    remediation: a?.remediation ?? null,
    category: a?.category ?? null,
    retryable: a?.retryable ?? null,
    docsUrl: a?.docsUrl ?? null,
    inferred: a?.inferred ?? false,
    matchedCode: a?.matchedCode ?? null,
    evidence: f.evidence,
  };
}

function joinMeaning(common: string | undefined, module: string): string {
  return common ? `${common} — module: ${module}` : module;
}

/** Scan HAR entries in order; `index` is the 0-based entry index in the file. */
export function scanEntries(entries: readonly HarEntry[]): ScanReport {
  const report: ScanReport = { scanned: entries.length, findings: [], skipped: [] };
  entries.forEach((entry, index) => {
    const exchange = harEntryToExchange(entry);
    const analysis = analyze(exchange);
    if (analysis.detection.kind === 'skipped') report.skipped.push({ index, url: redactUrl(exchange.url), reason: analysis.detection.reason });
    const record = toFindingRecord(index, exchange, analysis);
    if (record) report.findings.push(record);
  });
  return report;
}
