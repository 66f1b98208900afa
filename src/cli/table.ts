import type { ScanReport } from '../core/report.js';
import { countOf } from '../core/plural.js';
import { safeLink } from '../core/safe-link.js';
import { terminalSafe } from '../core/terminal-safe.js';

const MAX_MESSAGE = 72;

/**
 * A readable table of the failed calls, for a terminal: one line per finding, then the hints. Every string that
 * comes from the HAR goes through `clean` (terminal-safe): the file is untrusted.
 */
export function formatTable(report: ScanReport, source: string): string {
  const lines: string[] = [];
  const n = report.findings.length;
  lines.push(`${source}: ${countOf(n, 'failed cloud call')} in ${countOf(report.scanned, 'entry', 'entries')}`);
  if (n > 0) {
    const rows = report.findings.map((f) => [
      String(f.index),
      f.startedDateTime ? clean(f.startedDateTime.replace('T', ' ').replace(/\.\d+Z$|Z$/, '')) : '-',
      String(f.status),
      f.provider,
      clean(f.action ?? '-'),
      clean(f.codeDesc ? `${f.code} ${f.codeDesc}` : f.code),
      clean(f.requestId ?? '-'),
      oneLine(f.message ?? ''),
    ]);
    const head = ['#', 'time (UTC)', 'status', 'provider', 'action', 'code', 'request id', 'message'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === head.length - 1 ? 0 : (r[i] ?? '').length))));
    const fmt = (cells: string[]): string =>
      cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd();
    lines.push('', fmt(head), fmt(widths.map((w) => '-'.repeat(w))));
    for (const r of rows) lines.push(fmt(r));
    lines.push('');
    const seen = new Set<string>();
    for (const f of report.findings) {
      const key = `${f.provider}:${f.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(`${clean(f.code)} (${f.provider})${f.inferred && f.matchedCode ? ` — explained by ${f.matchedCode}` : ''}`);
      lines.push(`  meaning: ${clean(f.meaning ?? 'not in the catalog')}`);
      if (f.remediation) lines.push(`  fix:     ${clean(f.remediation)}`);
      if (f.category) lines.push(`  category: ${f.category}; retry can help: ${f.retryable ? 'yes' : 'no'}`);
      if (f.docsUrl) {
        // A link from a response body is shown only if it is a plain web link (src/core/safe-link.ts).
        const link = safeLink(f.docsUrl);
        lines.push(`  docs:    ${link ?? 'not shown (not a plain http(s) link)'}`);
      }
    }
  }
  if (report.skipped.length > 0) {
    lines.push('', `${countOf(report.skipped.length, 'response body was', 'response bodies were')} not parsed:`);
    for (const s of report.skipped) lines.push(`  #${s.index} ${clean(s.url)}: ${clean(s.reason)}`);
  }
  return lines.join('\n') + '\n';
}

/** One cell of untrusted text: controls, ESC and bidi controls shown as escapes (they cannot act on the terminal). */
export function clean(text: string): string {
  return terminalSafe(text.trim());
}

/** A message on one line: runs of line breaks and tabs become one space, anything else unsafe is escaped. */
export function oneLine(text: string): string {
  const flat = clean(text.replace(/[\r\n\t]+/g, ' '));
  return flat.length > MAX_MESSAGE ? flat.slice(0, MAX_MESSAGE - 1) + '…' : flat;
}
