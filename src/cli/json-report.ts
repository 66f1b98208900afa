import type { FindingRecord, SkippedRecord } from '../core/report.js';
import { terminalSafeJson } from '../core/terminal-safe.js';

/**
 * `scan --json` written as the scan goes: each finding is printed when it is found, the skipped bodies and
 * `scanned` (known only at the end) close the document. The text is what JSON.stringify(report, null, 2)
 * gives for `{ findings, skipped, scanned }`: the same document as a whole-file scan, keys in that order.
 * Nothing is printed until there is a finding or the scan is over, so a file that cannot be read prints none.
 */
export class JsonReportWriter {
  private findings = 0;
  private readonly skipped: SkippedRecord[] = [];

  constructor(private readonly out: (text: string) => void) {}

  finding(record: FindingRecord): void {
    const json = indent(terminalSafeJson(JSON.stringify(record, null, 2)), '    ');
    this.out(this.findings++ === 0 ? `{\n  "findings": [\n    ${json}` : `,\n    ${json}`);
  }

  /** Skipped bodies are few and small (an index, a URL and a reason): they are kept for the end. */
  skip(record: SkippedRecord): void {
    this.skipped.push(record);
  }

  get started(): boolean {
    return this.findings > 0;
  }

  end(scanned: number): void {
    const skipped = indent(terminalSafeJson(JSON.stringify(this.skipped, null, 2)), '  ');
    this.out(`${this.findings === 0 ? '{\n  "findings": []' : '\n  ]'},\n  "skipped": ${skipped},\n  "scanned": ${scanned}\n}\n`);
  }
}

/** Indents every line but the first (which follows a key or a comma already indented). */
function indent(json: string, prefix: string): string {
  return json.replace(/\n/g, `\n${prefix}`);
}
