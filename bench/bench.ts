import { loadFixtures } from '../fixtures/load.js';
import { parseHar } from '../src/core/har.js';
import { harEntryToExchange, type HarLog } from '../src/core/har.js';
import { compileQuery } from '../src/core/query/match-query.js';
import { parseQuery } from '../src/core/query/parse-query.js';
import { queryRowFromRecord } from '../src/cli/query-row.js';
import { scanEntries } from '../src/core/report.js';
import { syntheticHar } from './synthetic-har.js';

/**
 * `npm run bench`: scan a synthetic 20,000-entry HAR and compare with a floor that only reads the HAR
 * and JSON.parses every JSON body. Goal: scan ≤ 1.5 × floor. Each side runs REPS times after a warm-up;
 * the median is reported.
 */
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 20_000);
const REPS = Number(process.env.BENCH_REPS ?? 3);

const envelopes = loadFixtures()
  .filter((f) => f.group !== 'negatives')
  .map((f) => f.fixture);
const text = JSON.stringify(syntheticHar(ENTRIES, envelopes));
const mb = text.length / (1024 * 1024);

function floor(): number {
  const har = JSON.parse(text) as HarLog;
  let parsed = 0;
  for (const e of har.log.entries) {
    const ex = harEntryToExchange(e);
    if (/json/i.test(ex.mimeType) && ex.responseBody) {
      JSON.parse(ex.responseBody);
      parsed++;
    }
  }
  return parsed;
}

function scan(): number {
  const result = parseHar(text);
  if (!result.ok) throw new Error(result.error);
  return scanEntries(result.har.log.entries).findings.length;
}

/** Median of REPS timed runs after one warm-up; a full GC first (when exposed) so one side does not pay for the other's garbage. */
function measure(fn: () => number): { ms: number; out: number } {
  fn();
  const times: number[] = [];
  let out = 0;
  for (let i = 0; i < REPS; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    out = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, out };
}

const f = measure(floor);
const s = measure(scan);
const line = (name: string, ms: number): string =>
  `${name.padEnd(6)} ${ms.toFixed(0).padStart(6)} ms  ${((ENTRIES / ms) * 1000).toFixed(0).padStart(8)} entries/s  ${((mb / ms) * 1000).toFixed(1).padStart(7)} MB/s`;
console.log(`synthetic HAR: ${ENTRIES} entries, ${mb.toFixed(1)} MB; median of ${REPS} runs after a warm-up (node ${process.version})`);
console.log(line('floor', f.ms) + `  (${f.out} JSON bodies parsed)`);
console.log(line('scan', s.ms) + `  (${s.out} findings)`);
const ratio = s.ms / f.ms;
console.log(`ratio  scan / floor = ${ratio.toFixed(2)} (goal ≤ 1.50)`);
console.log(
  `memory heap used ${(process.memoryUsage().heapUsed / (1024 * 1024)).toFixed(0)} MB, rss ${(process.memoryUsage().rss / (1024 * 1024)).toFixed(0)} MB`,
);

// The panel filters on every keystroke: time the query language over 10,000 captured findings.
const report = (() => {
  const r = parseHar(text);
  if (!r.ok) throw new Error(r.error);
  return scanEntries(r.har.log.entries);
})();
const rows = Array.from({ length: 10_000 }, (_, i) => queryRowFromRecord(report.findings[i % report.findings.length]!));
const keystrokes = [
  'p',
  'pr',
  'provider:',
  'provider:aws',
  'provider:aws -code:Thr',
  'provider:aws -code:Throttling* status:4xx /not ?found/i message:"does not"',
];
const perKeystroke = measure(() => {
  let kept = 0;
  for (const q of keystrokes) kept = rows.filter(compileQuery(parseQuery(q))).length;
  return kept;
});
console.log(`filter 10,000 rows: ${(perKeystroke.ms / keystrokes.length).toFixed(2)} ms per keystroke (goal ≤ 16 ms, one frame)`);
if (ratio > 1.5) process.exitCode = 1;
