import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../fixtures/load.js';
import { fixturesToHar } from '../../fixtures/to-har.js';
import { parseHar } from '../core/har.js';
import { scanEntries } from '../core/report.js';
import { main, type Io } from './main.js';
import { formatTable } from './table.js';

const FIXTURES = loadFixtures();
const HAR_TEXT = JSON.stringify(fixturesToHar(FIXTURES.map((f) => f.fixture)));
const HAR_BYTES = new TextEncoder().encode(HAR_TEXT);

/** Today's whole-file path: the file parsed at once, every entry scanned. */
function wholeFile(text: string) {
  const parsed = parseHar(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return scanEntries(parsed.har.log.entries);
}

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function scan(argv: string[], bytes: Uint8Array, size = 1 << 20) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdin: () => chunked(bytes, size), openFile: () => chunked(bytes, size) };
  const code = await main(['scan', ...argv], io);
  return { code, stdout, stderr };
}

describe('scan streams the HAR and finds what the whole-file path finds', () => {
  const report = wholeFile(HAR_TEXT);
  // The streamed document, byte for byte: the whole-file report with `scanned` moved to the end.
  const expected = JSON.stringify({ findings: report.findings, skipped: report.skipped, scanned: report.scanned }, null, 2) + '\n';

  it.each([1 << 20, 4096, 61, 7])('--json in %i-byte chunks is the same document as the whole-file report', async (size) => {
    const r = await scan(['session.har', '--json'], HAR_BYTES, size);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(report.findings.length).toBe(FIXTURES.filter((f) => f.fixture.expect.kind === 'error').length);
    expect(r.stdout).toBe(expected);
  });

  it('--json prints each finding while the file is still being read', async () => {
    let stdout = '';
    const printedBeforeEnd: string[] = [];
    const half = Math.floor(HAR_BYTES.length / 2);
    async function* file(): AsyncGenerator<Uint8Array> {
      yield HAR_BYTES.subarray(0, half);
      printedBeforeEnd.push(stdout); // what had been printed when only half the file had arrived
      yield HAR_BYTES.subarray(half);
    }
    const code = await main(['scan', 'session.har', '--json'], { stdout: (t) => (stdout += t), stderr: () => {}, stdin: file, openFile: file });
    expect(code).toBe(0);
    const early = printedBeforeEnd[0]!;
    expect(early.startsWith('{\n  "findings": [\n')).toBe(true);
    expect(early.split('"index":').length - 1).toBeGreaterThan(0);
    expect(expected.startsWith(early)).toBe(true);
    expect(stdout).toBe(expected);
  });

  it('the table is the same as the whole-file table', async () => {
    const r = await scan(['session.har'], HAR_BYTES, 997);
    expect(r.stdout).toBe(formatTable(report, 'session.har'));
  });

  it('an empty HAR gives an empty document', async () => {
    const r = await scan(['-', '--json'], new TextEncoder().encode('{"log":{"entries":[]}}'));
    expect(JSON.parse(r.stdout)).toEqual({ findings: [], skipped: [], scanned: 0 });
    expect(r.stdout).toBe(JSON.stringify({ findings: [], skipped: [], scanned: 0 }, null, 2) + '\n');
  });

  it('reads gzip, whatever the name, from a file or standard input', async () => {
    const gz = gzipSync(HAR_BYTES);
    for (const name of ['session.har.gz', 'session.har', '-']) {
      const r = await scan([name, '--json'], gz, 3000);
      expect(r.stderr, name).toBe('');
      expect(r.stdout, name).toBe(expected);
    }
  });

  it('a cut gzip file: the findings before the cut, then one line, exit 2', async () => {
    const gz = gzipSync(HAR_BYTES);
    const r = await scan(['session.har.gz', '--json'], gz.subarray(0, Math.floor(gz.length * 0.7)), 4096);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cloud-errors: session.har.gz: not valid gzip data (unexpected end of file)\n');
    const partial = JSON.parse(r.stdout) as typeof report;
    expect(partial.findings.length).toBeGreaterThan(0);
    expect(partial.findings).toEqual(report.findings.slice(0, partial.findings.length));
  });
});

describe('a damaged HAR: what was found before the damage is printed, then one line with the byte offset', () => {
  const report = wholeFile(HAR_TEXT);

  it('a truncated file, --json: a complete document of the entries read', async () => {
    const cut = Math.floor(HAR_BYTES.length / 2);
    const r = await scan(['cut.har', '--json'], HAR_BYTES.subarray(0, cut), 1000);
    expect(r.code).toBe(2);
    const partial = JSON.parse(r.stdout) as typeof report;
    expect(partial.scanned).toBeGreaterThan(0);
    expect(partial.scanned).toBeLessThan(report.scanned);
    expect(partial.findings).toEqual(report.findings.filter((f) => f.index < partial.scanned));
    expect(r.stderr).toBe(`cloud-errors: cut.har: truncated: the file ends after ${partial.scanned} entries at byte ${cut}\n`);
  });

  it('garbage in the middle, table: the rows before it, then the problem', async () => {
    const at = HAR_TEXT.indexOf('{"startedDateTime"', HAR_TEXT.length / 2);
    const broken = new TextEncoder().encode(HAR_TEXT.slice(0, at) + '\u001b[2J' + HAR_TEXT.slice(at));
    const r = await scan(['broken.har'], broken, 4096);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^broken\.har: \d+ failed cloud calls in \d+ entries/);
    expect(r.stderr).toBe(
      `cloud-errors: broken.har: not a HAR file: entry ${/in (\d+) entries/.exec(r.stdout)![1]} has no request/response object at byte ${new TextEncoder().encode(HAR_TEXT.slice(0, at)).length}\n`,
    );
  });

  it('binary input before any finding prints nothing on stdout, and no raw byte on stderr', async () => {
    const r = await scan(['image.png'], new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x1b]));
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'cloud-errors: image.png: not valid JSON: unexpected byte 0x89 at byte 0\n' });
  });
});
