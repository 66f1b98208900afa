import { analyze } from '../core/analyze.js';
import { harEntryToExchange } from '../core/har.js';
import { HarEntryReader, type HarStreamProblem } from '../core/har-stream.js';
import { redactUrl } from '../core/redact.js';
import { toFindingRecord, type FindingRecord, type SkippedRecord } from '../core/report.js';

interface ScanHandlers {
  finding: (record: FindingRecord) => void;
  skipped: (record: SkippedRecord) => void;
}

type StreamScan =
  | { ok: true; scanned: number; bytes: number }
  | { ok: false; scanned: number; bytes: number; problem: HarStreamProblem }
  | { ok: false; scanned: number; bytes: number; readError: unknown };

/**
 * Scans a HAR as it streams in: each entry is analysed as soon as it has been read, and its finding or
 * skip handed on at once, in file order; nothing but the entry being read is held. The same records, in the
 * same order, as `scanEntries` of the whole file (src/core/report.ts).
 */
export async function scanStream(chunks: AsyncIterable<Uint8Array | string>, on: ScanHandlers): Promise<StreamScan> {
  const reader = new HarEntryReader(
    (entry, index) => {
      const exchange = harEntryToExchange(entry);
      const analysis = analyze(exchange);
      if (analysis.detection.kind === 'skipped') on.skipped({ index, url: redactUrl(exchange.url), reason: analysis.detection.reason });
      const record = toFindingRecord(index, exchange, analysis);
      if (record) on.finding(record);
    },
    {
      // Never held, so never analysed; it is listed with the bodies not parsed.
      onOversized: (index, bytes) =>
        on.skipped({ index, url: '', reason: `entry of ${(bytes / 2 ** 20).toFixed(0)} MB is larger than the 256 MB the reader holds at once; not analysed` }),
    },
  );
  try {
    for await (const chunk of chunks) {
      const problem = reader.push(chunk);
      if (problem) return { ok: false, scanned: reader.entries, bytes: reader.bytes, problem };
    }
  } catch (readError) {
    return { ok: false, scanned: reader.entries, bytes: reader.bytes, readError };
  }
  const problem = reader.end();
  return problem ? { ok: false, scanned: reader.entries, bytes: reader.bytes, problem } : { ok: true, scanned: reader.entries, bytes: reader.bytes };
}
