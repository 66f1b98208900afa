import type { Analysis } from '../analyze.js';
import { headerValue, type HttpExchange } from '../exchange.js';
import { PROVIDER_LABELS } from '../provider.js';
import { redactEchoes, requestSecrets } from '../redact-echoes.js';

/**
 * "Copy for support": the facts a provider's support desk asks for, as a Markdown block a ticket renders
 * and a plain-text reader can still read. Only the endpoint host is given, never the URL, headers or body:
 * nothing from the request can carry a secret into the ticket.
 */
export function supportBlock(exchange: HttpExchange, analysis: Analysis): string {
  const d = analysis.detection;
  const finding = d.kind === 'error' ? d.finding : undefined;
  const provider = finding?.provider ?? (d.kind === 'success' ? d.call.provider : undefined);
  const { service, action, region, host } = analysis.request;
  const requestId = finding?.requestId ?? (d.kind === 'success' ? d.call.requestId : undefined);
  const amzId2 = headerValue(exchange.responseHeaders, 'x-amz-id-2');

  const title = [provider ? PROVIDER_LABELS[provider] : 'Cloud call', [service, action].filter(Boolean).join(' '), finding?.code].filter(Boolean).join(' · ');
  const lines: [string, string | undefined][] = [
    ['Provider', provider ? PROVIDER_LABELS[provider] : undefined],
    ['Service', service],
    ['Action', action],
    ['Region', region],
    ['Endpoint', host || undefined],
    ['Time (UTC)', utcTime(exchange.startedDateTime)],
    ['HTTP status', exchange.status ? String(exchange.status) : 'no response'],
    ['Code', finding?.codeDesc ? `${finding.code} (${finding.codeDesc})` : finding?.code],
    // The message is the provider's, but it can quote the request's key id or signature back (a string-to-sign).
    ['Message', finding?.message && redactEchoes(finding.message, requestSecrets(exchange))],
    ['RequestId', requestId],
    // S3 returns its HostId as the x-amz-id-2 header; say so rather than list the same value twice.
    // COS support asks for the TraceId, which the finding keeps as its host id.
    [finding?.family === 'tencent-cos' ? 'TraceId' : amzId2 && amzId2 === finding?.hostId ? 'HostId (x-amz-id-2)' : 'HostId', finding?.hostId],
    ['x-amz-id-2', amzId2 && amzId2 !== finding?.hostId ? amzId2 : undefined],
  ];
  const body = lines.filter((l): l is [string, string] => l[1] !== undefined && l[1] !== '').map(([label, value]) => `- **${label}:** ${oneLine(value)}`);
  return [`### ${oneLine(title)}`, ...body].join('\n');
}

/** Several calls, one block each, separated by a blank line. */
export function supportBlocks(calls: readonly { exchange: HttpExchange; analysis: Analysis }[]): string {
  return calls.map((c) => supportBlock(c.exchange, c.analysis)).join('\n\n');
}

/** "2026-11-23 08:00:00.120 UTC"; undefined when the time is unknown. */
export function utcTime(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return undefined;
  return new Date(t).toISOString().replace('T', ' ').replace('Z', ' UTC');
}

/** Values come from the network: one line each, so a message cannot forge the fields after it. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
