/**
 * `npm run bench`: the CLI's scan against a floor, each side in a fresh Node process so its peak RSS
 * (process.resourceUsage().maxRSS) is its own.
 *
 * - 20,000-entry synthetic HAR (written to a temporary file): `floor` reads the file as one string,
 *   JSON.parses it and JSON.parses every JSON body (the old whole-file scan could not be faster than this);
 *   `scan` is `cloud-errors scan FILE --json` (streamed, output discarded). Goal: scan ≤ 1.0 × floor.
 *   `split` (for reference) is the streaming reader alone: the entry splitter and JSON.parse of each entry.
 *   Each side runs BENCH_REPS times, alternating; the median time and the largest peak RSS are reported.
 * - `--big`: a ~2 GB HAR of 100,000 entries (written to the temporary folder, deleted after). A string
 *   that long cannot exist in V8, so its floor only streams the file and decodes it as UTF-8. Goal: scan's
 *   peak RSS ≤ 200 MB.
 * - The panel's filter: the query language over 10,000 findings, per keystroke.
 *
 * `node dist/cli/bench.js write FILE [ENTRIES] [SCALE]` writes the synthetic HAR to FILE and stops.
 *
 * Figures are printed, not asserted (a benchmark, not a timed test); the exit code is 1 when a goal is missed.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFixtures } from '../fixtures/load.js';
import { harEntryToExchange, type HarLog } from '../src/core/har.js';
import { HarEntryReader } from '../src/core/har-stream.js';
import { compileQuery } from '../src/core/query/match-query.js';
import { parseQuery } from '../src/core/query/parse-query.js';
import type { FindingRecord } from '../src/core/report.js';
import { main } from '../src/cli/main.js';
import { queryRowFromRecord } from '../src/cli/query-row.js';
import { scanStream } from '../src/cli/scan-stream.js';
import { writeSyntheticHar } from './write-har.js';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 20_000);
const REPS = Number(process.env.BENCH_REPS ?? 3);
const BIG_ENTRIES = Number(process.env.BENCH_BIG_ENTRIES ?? 100_000);
/** Body size factor that brings 100,000 entries of the mix to about 2 GB. */
const BIG_SCALE = Number(process.env.BENCH_BIG_SCALE ?? 1.95);
const MB = 1024 * 1024;

interface ChildResult {
  ms: number;
  rssMB: number;
  out: number;
}

/** One measured run in this (fresh) process: prints its time, peak RSS and a count, as JSON. */
async function child(mode: string, file: string): Promise<void> {
  const t0 = performance.now();
  let out = 0;
  if (mode === 'floor') {
    const har = JSON.parse(readFileSync(file, 'utf8')) as HarLog;
    for (const e of har.log.entries) {
      const ex = harEntryToExchange(e);
      if (/json/i.test(ex.mimeType) && ex.responseBody) {
        JSON.parse(ex.responseBody);
        out++;
      }
    }
  } else if (mode === 'read') {
    const decoder = new TextDecoder();
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) out += decoder.decode(chunk as Buffer, { stream: true }).length;
  } else if (mode === 'split') {
    const reader = new HarEntryReader(() => out++);
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) if (reader.push(chunk as Buffer)) throw new Error('bad HAR');
    if (reader.end()) throw new Error('bad HAR');
  } else if (mode === 'scan') {
    const code = await main(['scan', file, '--json'], {
      stdout: (t) => void (out += t.startsWith('{\n  "findings": [\n') || t.startsWith(',\n') ? 1 : 0),
      stderr: (t) => process.stderr.write(t),
      stdin: () => process.stdin,
      openFile: (p) => createReadStream(p, { highWaterMark: 1 << 20 }),
    });
    if (code !== 0) throw new Error(`scan exited ${code}`);
  } else throw new Error(`unknown mode ${mode}`);
  const ms = performance.now() - t0;
  const result: ChildResult = { ms, rssMB: process.resourceUsage().maxRSS / 1024, out };
  process.stdout.write(JSON.stringify(result) + '\n');
}

function runChild(mode: string, file: string): ChildResult {
  const r = spawnSync(process.execPath, [process.argv[1]!, 'child', mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench child ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildResult;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Runs the modes alternately `reps` times; median time, largest peak RSS. */
function compare(modes: string[], file: string, reps: number): Map<string, ChildResult> {
  const runs = new Map<string, ChildResult[]>(modes.map((m) => [m, []]));
  for (let i = 0; i < reps; i++) for (const m of modes) runs.get(m)!.push(runChild(m, file));
  return new Map([...runs].map(([m, rs]) => [m, { ms: median(rs.map((r) => r.ms)), rssMB: Math.max(...rs.map((r) => r.rssMB)), out: rs[0]!.out }] as const));
}

function line(name: string, r: ChildResult, mb: number, what: string): string {
  return `${name.padEnd(6)} ${r.ms.toFixed(0).padStart(7)} ms  ${((mb / r.ms) * 1000).toFixed(1).padStart(7)} MB/s  peak RSS ${r.rssMB.toFixed(0).padStart(5)} MB  (${what})`;
}

async function parent(): Promise<void> {
  const big = process.argv.includes('--big');
  const envelopes = loadFixtures()
    .filter((f) => f.group !== 'negatives')
    .map((f) => f.fixture);
  const dir = mkdtempSync(join(tmpdir(), 'cloud-errors-bench-'));
  let missed = false;
  try {
    const file = join(dir, 'bench.har');
    const mb = writeSyntheticHar(file, ENTRIES, envelopes) / MB;
    console.log(`synthetic HAR: ${ENTRIES} entries, ${mb.toFixed(1)} MB; median of ${REPS} runs, each in a fresh process (node ${process.version})`);
    const r = compare(['floor', 'split', 'scan'], file, REPS);
    const floor = r.get('floor')!;
    const scan = r.get('scan')!;
    console.log(line('floor', floor, mb, `whole file as one string, JSON.parse, ${floor.out} JSON bodies parsed`));
    console.log(line('split', r.get('split')!, mb, `streamed: the entry splitter and JSON.parse of each entry, no analysis`));
    console.log(line('scan', scan, mb, `cloud-errors scan --json, streamed: ${scan.out} findings`));
    const ratio = scan.ms / floor.ms;
    console.log(`ratio  scan / floor = ${ratio.toFixed(2)} (goal ≤ 1.00)`);
    if (ratio > 1) missed = true;

    filterBench(await findingsOf(file));

    if (big) {
      rmSync(file);
      const bigFile = join(dir, 'big.har');
      const t0 = performance.now();
      const bigMb = writeSyntheticHar(bigFile, BIG_ENTRIES, envelopes, BIG_SCALE) / MB;
      console.log(
        `\nbig HAR: ${BIG_ENTRIES} entries, ${(bigMb / 1024).toFixed(2)} GB (written in ${((performance.now() - t0) / 1000).toFixed(0)} s); one run each`,
      );
      const b = compare(['read', 'split', 'scan'], bigFile, 1);
      const read = b.get('read')!;
      const bigScan = b.get('scan')!;
      console.log(line('floor', read, bigMb, 'stream the file and decode its UTF-8, nothing else'));
      console.log(line('split', b.get('split')!, bigMb, 'the entry splitter and JSON.parse of each entry, no analysis'));
      console.log(line('scan', bigScan, bigMb, `cloud-errors scan --json, streamed: ${bigScan.out} findings`));
      console.log(`peak RSS of scan ${bigScan.rssMB.toFixed(0)} MB (goal ≤ 200 MB); scan / floor = ${(bigScan.ms / read.ms).toFixed(2)}`);
      if (bigScan.rssMB > 200) missed = true;
      console.log(`(file size ${(statSync(bigFile).size / MB).toFixed(0)} MB; deleted after the run)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (missed) process.exitCode = 1;
}

async function findingsOf(file: string): Promise<FindingRecord[]> {
  const findings: FindingRecord[] = [];
  await scanStream(createReadStream(file), { finding: (f) => findings.push(f), skipped: () => {} });
  return findings;
}

/** The panel filters on every keystroke: time the query language over 10,000 findings. */
function filterBench(findings: FindingRecord[]): void {
  const rows = Array.from({ length: 10_000 }, (_, i) => queryRowFromRecord(findings[i % findings.length]!));
  const keystrokes = [
    'p',
    'pr',
    'provider:',
    'provider:aws',
    'provider:aws -code:Thr',
    'provider:aws -code:Throttling* status:4xx /not ?found/i message:"does not"',
  ];
  const times: number[] = [];
  for (let rep = 0; rep < 4; rep++) {
    const t0 = performance.now();
    for (const q of keystrokes) rows.filter(compileQuery(parseQuery(q)));
    if (rep > 0) times.push((performance.now() - t0) / keystrokes.length);
  }
  console.log(`filter 10,000 rows: ${median(times).toFixed(2)} ms per keystroke (goal ≤ 16 ms, one frame)`);
}

if (process.argv[2] === 'child') await child(process.argv[3]!, process.argv[4]!);
else if (process.argv[2] === 'write') {
  // `node dist/cli/bench.js write FILE [ENTRIES] [SCALE]`: the bench HAR on disk, to try other readers on.
  const envelopes = loadFixtures()
    .filter((f) => f.group !== 'negatives')
    .map((f) => f.fixture);
  const bytes = writeSyntheticHar(process.argv[3]!, Number(process.argv[4] ?? ENTRIES), envelopes, Number(process.argv[5] ?? 1));
  console.log(`${process.argv[3]}: ${(bytes / MB).toFixed(1)} MB`);
} else await parent();
