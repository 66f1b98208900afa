import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../../fixtures/load.js';
import { fixturesToHar } from '../../fixtures/to-har.js';
import type { FindingRecord, ScanReport } from '../core/report.js';

/** These tests run the built CLI as a user would: a separate Node process, real files, real exit codes. */
const CLI = join(process.cwd(), 'dist/cli/cloud-errors.js');
const dir = mkdtempSync(join(tmpdir(), 'cloud-errors-cli-'));
const fixtures = loadFixtures();
const harPath = join(dir, 'session.har');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI) || statSync(CLI).mtimeMs < newestSource()) execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts'], { stdio: 'ignore' });
  writeFileSync(harPath, JSON.stringify(fixturesToHar(fixtures.map((f) => f.fixture))));
}, 60_000);

describe('cloud-errors scan --json', () => {
  it('reports one finding per fixture that expects an error, with the contract fields', () => {
    const r = run(['scan', harPath, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as ScanReport;
    expect(report.scanned).toBe(fixtures.length);
    const expected = fixtures.flatMap((f, index) => (f.fixture.expect.kind === 'error' ? [{ index, f }] : []));
    expect(report.findings.map((x) => x.index)).toEqual(expected.map((e) => e.index));
    for (const { index, f } of expected) {
      const finding = report.findings.find((x) => x.index === index) as FindingRecord;
      expect(finding.code, f.name).toBe(f.fixture.expect.code);
      expect(finding.provider, f.name).toBe(f.fixture.expect.provider);
      if (f.fixture.expect.requestId) expect(finding.requestId, f.name).toBe(f.fixture.expect.requestId);
      expect(finding.startedDateTime).toMatch(/^2026-11-23T08:/);
      for (const key of [
        'index',
        'startedDateTime',
        'method',
        'url',
        'status',
        'provider',
        'code',
        'message',
        'requestId',
        'moduleCode',
        'codeDesc',
        'codes',
        'reason',
        'domain',
        'correlationId',
        'meaning',
        'remediation',
        'category',
        'retryable',
        'docsUrl',
        'inferred',
        'evidence',
      ]) {
        expect(finding, `${f.name} lacks ${key}`).toHaveProperty(key);
      }
    }
    const expire = report.findings.find((x) => x.code === 'AuthFailure.SignatureExpire');
    expect(expire).toMatchObject({ status: 200, category: 'signature-clock', retryable: false, inferred: false, action: 'DescribeInstances' });
    expect(expire?.remediation).toMatch(/clock/i);
    const module = report.findings.find((x) => x.moduleCode === '-514');
    expect(module?.meaning).toMatch(/already exists/i);
    // Tencent 2.0's only English identifier travels with the numeric code.
    expect(report.findings.find((x) => x.code === '4100')?.codeDesc).toBe('AuthFailure.SignatureFailure');
    expect(run(['scan', harPath]).stdout).toMatch(/ 4100 AuthFailure\.SignatureFailure /);
  });

  it('never prints a secret from the request', () => {
    const out = run(['scan', harPath, '--json']).stdout + run(['scan', harPath]).stdout;
    expect(out).not.toMatch(/OLeaidS1|EliP9YW3|LTAI5tExampleAccessKey01|AKIAIOSFODNN7EXAMPLE|Xk9bGtI0/);
    expect(out).toContain('Signature=%5Bredacted%5D');
  });

  it('reads standard input with "-"', () => {
    const r = run(['scan', '-', '--json'], JSON.stringify(fixturesToHar([fixtures[0]!.fixture])));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ScanReport).scanned).toBe(1);
  });
});

describe('cloud-errors scan: gzip, and what reaches the terminal', () => {
  it('reads a .har.gz file and gzip on standard input', () => {
    const gz = join(dir, 'session.har.gz');
    writeFileSync(gz, gzipSync(readFileSync(harPath)));
    const plain = run(['scan', harPath, '--json']).stdout;
    expect(run(['scan', gz, '--json']).stdout).toBe(plain);
    const r = spawnSync(process.execPath, [CLI, 'scan', '-', '--json'], { input: gzipSync(readFileSync(harPath)), encoding: 'utf8' });
    expect(r.stdout).toBe(plain);
  });

  it('escapes terminal controls and bidi controls from the HAR in the table, and shows no unsafe link', () => {
    const base = fixtures.find((f) => f.name === 'aliyun/rpc-json-recommend')!.fixture;
    const body = JSON.stringify({
      RequestId: 'R-1\u001b]0;owned\u0007',
      Code: 'Forbidden.RAM\u202e',
      Message: 'denied\u001b[2J\u009b31m\nFake: line',
      Recommend: 'https://api.aliyun.com/\u001b[2J',
    });
    const evil = write('evil.har', JSON.stringify(fixturesToHar([{ ...base, response: { ...base.response, body } }])));
    const r = run(['scan', evil]);
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(r.stdout).toContain('R-1\\x1b]0;owned\\x07');
    expect(r.stdout).toContain('Forbidden.RAM\\u202e');
    expect(r.stdout).toContain('denied\\x1b[2J\\x9b31m Fake: line');
    expect(r.stdout).not.toContain('https://api.aliyun.com/\\x1b');
    const json = run(['scan', evil, '--json']).stdout;
    // eslint-disable-next-line no-control-regex
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect((JSON.parse(json) as ScanReport).findings[0]?.message).toBe('denied\u001b[2J\u009b31m\nFake: line');
  });
});

describe('cloud-errors scan (table)', () => {
  it('prints a readable table with codes, request ids and hints', () => {
    const r = run(['scan', harPath]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/failed cloud calls in \d+ entries/);
    expect(r.stdout).toContain('AuthFailure.SignatureExpire');
    expect(r.stdout).toContain('6f3e1a52-9c1b-4b8e-8f3e-2a4d1c0b9e71');
    expect(r.stdout).toMatch(/fix: +.*clock/i);
  });
});

describe('exit codes', () => {
  it('--fail-on-error exits 1 when there are findings, 0 when there are none', () => {
    expect(run(['scan', harPath, '--fail-on-error']).code).toBe(1);
    const clean = join(dir, 'clean.har');
    writeFileSync(clean, JSON.stringify(fixturesToHar(loadFixtures('negatives').map((f) => f.fixture))));
    expect(run(['scan', clean, '--fail-on-error']).code).toBe(0);
  });

  const bad: Array<[string, () => string, RegExp]> = [
    ['a missing file', () => join(dir, 'missing.har'), /missing\.har: cannot read: no such file/],
    ['invalid JSON', () => write('broken.har', '{"log": {"entries": [{x}]}}'), /broken\.har: not valid JSON in entry 0 \(.*\) at byte 2\d\n$/],
    ['a truncated file', () => write('cut.har', '{"log": {'), /cut\.har: truncated: the file ends before "log.entries" at byte 9\n$/],
    ['a binary file', () => write('bin.har', '\u001b[2J\u0007'), /bin\.har: not valid JSON: unexpected byte 0x1b at byte 0\n$/],
    ['JSON that is not a HAR', () => write('notahar.har', '{"foo": 1}'), /notahar\.har: not a HAR file: no "log" object/],
    ['a directory', () => dir, /cannot read: is a directory/],
    ['an unreadable file', () => unreadable(), /cannot read: permission denied/],
  ];
  it.each(bad)('%s exits 2 with one line naming the file and the problem', (_name, path, message) => {
    const p = path();
    const r = run(['scan', p]);
    if (_name === 'an unreadable file' && process.getuid?.() === 0) {
      // root reads any file; the permission case cannot be produced here
      expect(r.code).toBe(0);
      return;
    }
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('a usage error exits 2 with one line', () => {
    for (const args of [['frobnicate'], ['scan'], ['scan', 'a.har', 'b.har'], ['explain', 'X', '--filter', 'q'], ['catalog', '--fail-on-error']]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('a misspelt flag is a usage error with a did-you-mean, not a silent pass', () => {
    const r = run(['scan', harPath, '--jsn', '--fial-on-error']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'cloud-errors: unknown option --jsn; did you mean --json? (cloud-errors --help shows the usage)\n' });
    expect(run(['scan', harPath, '--fial-on-error']).stderr).toMatch(/^cloud-errors: unknown option --fial-on-error; did you mean --fail-on-error\?/);
    expect(run(['explain', 'X', '--provder', 'aws']).stderr).toMatch(/unknown option --provder; did you mean --provider\?/);
    expect(run(['scan', harPath, '--frobnicate']).stderr).toMatch(/^cloud-errors: unknown option --frobnicate \(/);
    // A flag from a script is shown escaped, never raw.
    expect(run(['scan', harPath, '--\u001b[2J']).stderr).toMatch(/unknown option --\\x1b\[2J/);
  });
});

describe('cloud-errors scan --filter', () => {
  const errors = fixtures.flatMap((f, index) =>
    f.fixture.expect.kind === 'error' ? [{ index, provider: f.fixture.expect.provider, code: f.fixture.expect.code ?? '' }] : [],
  );
  const scanJson = (...args: string[]) => {
    const r = run(['scan', harPath, '--json', ...args]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as ScanReport;
  };

  it.each([
    ['provider:aws -code:Throttling*', (e: (typeof errors)[number]) => e.provider === 'aws' && !/^throttling/i.test(e.code)],
    ['provider:aliyun -code:Throttling*', (e: (typeof errors)[number]) => e.provider === 'aliyun' && !/^throttling/i.test(e.code)],
    ['code:AuthFailure*', (e: (typeof errors)[number]) => /^authfailure/i.test(e.code)],
    ['-provider:tencent /notfound/i', (e: (typeof errors)[number]) => e.provider !== 'tencent' && /notfound/i.test(e.code)],
  ])('%s keeps exactly the matching findings', (filter, expected) => {
    const report = scanJson('--filter', filter);
    const want = errors.filter(expected).map((e) => e.index);
    expect(want.length).toBeGreaterThan(0);
    expect(report.findings.map((f) => f.index)).toEqual(want);
    expect(report.scanned).toBe(fixtures.length);
  });

  it('filters on status, category and host as the unfiltered report shows them', () => {
    const all = scanJson().findings;
    const indexes = (xs: FindingRecord[]) => xs.map((f) => f.index);
    expect(indexes(scanJson('--filter', 'status:4xx').findings)).toEqual(indexes(all.filter((f) => f.status >= 400 && f.status <= 499)));
    expect(indexes(scanJson('--filter', '-status:200').findings)).toEqual(indexes(all.filter((f) => f.status !== 200)));
    expect(indexes(scanJson('--filter=category:clock').findings)).toEqual(indexes(all.filter((f) => f.category === 'signature-clock')));
    expect(indexes(scanJson('--filter', 'provider:aliyun,ec2 status:4xx,5xx').findings)).toEqual(
      indexes(all.filter((f) => ['aliyun', 'ec2'].includes(f.provider) && f.status >= 400)),
    );
    expect(indexes(scanJson('--filter', 'host:aliyuncs.com').findings)).toEqual(indexes(all.filter((f) => new URL(f.url).hostname.endsWith('.aliyuncs.com'))));
    expect(scanJson('--filter', '').findings).toEqual(all);
  });

  it('filters the table and says so in its heading', () => {
    const r = run(['scan', harPath, '--filter', 'code:AuthFailure*']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\(filter: code:AuthFailure\*\): \d+ failed cloud calls/);
    expect(r.stdout).toContain('AuthFailure.SignatureExpire');
    expect(r.stdout).not.toContain('InvalidInstanceID');
  });

  it('--fail-on-error counts only the findings kept', () => {
    expect(run(['scan', harPath, '--fail-on-error', '--filter', 'provider:aws']).code).toBe(1);
    expect(run(['scan', harPath, '--fail-on-error', '--filter', 'provider:aws code:NoSuchCode']).code).toBe(0);
  });

  it.each([
    ['provder:aws', /"provder:aws": unknown key "provder" — did you mean "provider"\?/],
    ['provider:aws status:5x', /"status:5x": bad status "5x"/],
    ['/(a/', /"\/\(a\/": bad regex/],
    ['category:throtling', /"category:throtling": unknown category "throtling" — did you mean "quota-throttling"\?/],
    ['provider:nope', /"provider:nope": unknown provider "nope"/],
    ['code:', /"code:": empty value/],
  ])('an invalid term (%s) exits 2 with one line naming it and the reason', (filter, message) => {
    const r = run(['scan', harPath, '--filter', filter]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^cloud-errors: --filter: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('the usage text documents the flag', () => {
    expect(run(['--help']).stdout).toMatch(/--filter QUERY/);
  });
});

describe('cloud-errors explain / catalog', () => {
  it('explains a code per provider, and falls back to the parent of a dotted code', () => {
    const r = run(['explain', 'InvalidParameterValue.InvalidImageId', '--provider', 'tencent', '--json']);
    expect(r.code).toBe(0);
    const [m] = JSON.parse(r.stdout) as Array<{ code: string; inferred: boolean; provider: string }>;
    expect(m).toMatchObject({ code: 'InvalidParameterValue', inferred: true, provider: 'tencent' });
  });

  it('shows every provider meaning of a shared code', () => {
    const r = run(['explain', 'MissingParameter']);
    expect(r.stdout).toContain('(tencent)');
    expect(r.stdout).toContain('(aliyun)');
    expect(r.stdout).toContain('(ec2)');
  });

  it('exits 1 for an unknown code and 2 for an unknown provider', () => {
    expect(run(['explain', 'NoSuchCodeAnywhere']).code).toBe(1);
    expect(run(['explain', 'X', '--provider', 'nope']).code).toBe(2);
  });

  it('catalog --json lists every entry with its source', () => {
    const r = run(['catalog', '--json']);
    const entries = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(entries.length).toBeGreaterThan(100);
    for (const e of entries)
      for (const k of ['provider', 'code', 'meaning', 'remediation', 'category', 'retryable', 'httpStatus', 'source']) expect(e).toHaveProperty(k);
  });
});

/** A build older than the code it bundles would test yesterday's CLI. */
function newestSource(): number {
  const dirs = ['src/core', 'src/cli'];
  return Math.max(...dirs.flatMap((d) => readdirSync(d, { recursive: true, encoding: 'utf8' }).map((f) => statSync(join(d, f)).mtimeMs)));
}

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

function unreadable(): string {
  const p = write('secret.har', '{"log":{"entries":[]}}');
  chmodSync(p, 0o000);
  return p;
}
