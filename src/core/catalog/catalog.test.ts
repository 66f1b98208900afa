/**
 * Meta-test of the catalog against its sources: parses the code tables of docs/seeds/*.txt and checks that every
 * code found there has a well-formed entry for the right provider; checks the AWS table against the SDK retry
 * classification lists and the Google Cloud table against google.rpc.Code; and checks every provider's table is well
 * formed and covers the basic failure kinds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isClockSkewError, isThrottlingError, isTransientError } from '@smithy/service-error-classification';
import { describe, expect, it } from 'vitest';
import { isCategory, type Category } from '../category.js';
import { PROVIDERS, type Provider } from '../provider.js';
import { ALIYUN_CATALOG } from './aliyun.js';
import { AWS_CATALOG } from './aws.js';
import { AZURE_CATALOG } from './azure.js';
import { EC2_CATALOG } from './ec2.js';
import type { CatalogEntry } from './entry.js';
import { GCP_CATALOG } from './gcp.js';
import { HUAWEI_CATALOG } from './huawei.js';
import { CATALOG } from './index.js';
import { OCI_CATALOG } from './oci.js';
import { TENCENT_CATALOG } from './tencent.js';

const SEEDS_DIR = fileURLToPath(new URL('../../../docs/seeds/', import.meta.url));
const TABLES: Record<Provider, readonly CatalogEntry[]> = {
  tencent: TENCENT_CATALOG,
  aliyun: ALIYUN_CATALOG,
  ec2: EC2_CATALOG,
  aws: AWS_CATALOG,
  gcp: GCP_CATALOG,
  azure: AZURE_CATALOG,
  huawei: HUAWEI_CATALOG,
  oci: OCI_CATALOG,
};
const ALL: readonly CatalogEntry[] = Object.values(TABLES).flat();

function readSeed(number: string): string {
  const name = readdirSync(SEEDS_DIR).find((file) => file.startsWith(`${number}_`) && file.endsWith('.txt'));
  if (!name) throw new Error(`seed ${number} not found in ${SEEDS_DIR}`);
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}

// ---------- table parsers ----------

interface Table {
  header: string[];
  rows: string[][];
}

function splitCells(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|')) s = s.slice(0, -1);
  return s.split('|').map((cell) => cell.trim());
}

function isSeparator(line: string): boolean {
  if (!line.includes('-')) return false;
  const cells = splitCells(line);
  return cells.length >= 2 && cells.every((cell) => /^:?-{3,}:?$/.test(cell));
}

/** Markdown pipe tables, with or without outer pipes: a header line, a separator line, then rows containing "|". */
function markdownTables(text: string): Table[] {
  const lines = text.split(/\r?\n/);
  const tables: Table[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const headerLine = lines[i - 1] ?? '';
    if (!isSeparator(line) || !headerLine.includes('|')) continue;
    const header = splitCells(headerLine);
    const rows: string[][] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = lines[j] ?? '';
      if (!row.includes('|') || row.trim() === '') break;
      rows.push(splitCells(row));
    }
    tables.push({ header, rows });
    i = j;
  }
  return tables;
}

/** Rows of <td> cells from HTML tables (header rows made of <th> are skipped). */
function htmlTableRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const tr of text.matchAll(/<tr>([\s\S]*?)<\/tr>/gi)) {
    const cells = [...(tr[1] ?? '').matchAll(/<td>([\s\S]*?)<\/td>/gi)].map((td) =>
      (td[1] ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    if (cells.length > 0) rows.push(cells);
  }
  return rows;
}

function column(table: Table, name: RegExp): number {
  const index = table.header.findIndex((cell) => name.test(cell));
  if (index < 0) throw new Error(`no column ${String(name)} in header ${JSON.stringify(table.header)}`);
  return index;
}

/** Tables that have a code column ("Error code" / "Exception Name"). */
function codeTables(text: string): Table[] {
  return markdownTables(text).filter((table) => table.header.some((cell) => /^(error code|exception name)$/i.test(cell)));
}

// ---------- what each seed says ----------

interface SeedRow {
  seed: string;
  provider: Provider;
  code: string;
  /** 000: Auth / Sender / Client / Server. */
  type?: string;
  /** 003: the HTTP status column. */
  status?: number;
}

function seed000(): SeedRow[] {
  const tables = codeTables(readSeed('000'));
  expect(tables).toHaveLength(1);
  const table = tables[0]!;
  const code = column(table, /^exception name$/i);
  const type = column(table, /^type$/i);
  return table.rows.map((row) => ({ seed: '000', provider: 'ec2', code: row[code] ?? '', type: row[type] ?? '' }));
}

function seedTencentV3(seed: '001' | '002'): SeedRow[] {
  return codeTables(readSeed(seed)).flatMap((table) => {
    const code = column(table, /^error code$/i);
    return table.rows.map((row): SeedRow => ({ seed, provider: 'tencent', code: row[code] ?? '' }));
  });
}

function seed003(): SeedRow[] {
  const tables = codeTables(readSeed('003'));
  expect(tables).toHaveLength(1);
  const table = tables[0]!;
  const code = column(table, /^error code$/i);
  const status = column(table, /^http status code$/i);
  return table.rows.map((row) => ({ seed: '003', provider: 'aliyun', code: row[code] ?? '', status: Number(row[status]) }));
}

function seed004(): { common: SeedRow[]; module: SeedRow[] } {
  const text = readSeed('004');
  const common = htmlTableRows(text).map((cells): SeedRow => ({ seed: '004', provider: 'tencent', code: cells[0] ?? '' }));
  const tables = codeTables(text);
  expect(tables).toHaveLength(1);
  const table = tables[0]!;
  const code = column(table, /^error code$/i);
  const module = table.rows.map((row): SeedRow => ({ seed: '004', provider: 'tencent', code: row[code] ?? '' }));
  return { common, module };
}

const rows000 = seed000();
const rows001 = seedTencentV3('001');
const rows002 = seedTencentV3('002');
const rows003 = seed003();
const rows004 = seed004();
const ALL_ROWS: SeedRow[] = [...rows000, ...rows001, ...rows002, ...rows003, ...rows004.common, ...rows004.module];

const unique = (rows: SeedRow[]): string[] => [...new Set(rows.map((row) => row.code))];

function find(provider: Provider, code: string): CatalogEntry | undefined {
  return ALL.find((entry) => entry.provider === provider && entry.code === code);
}

// ---------- tests ----------

describe('seed parsing', () => {
  it('finds a plausible number of codes in each seed', () => {
    expect(rows000.length).toBeGreaterThanOrEqual(31);
    expect(unique(rows001).length).toBeGreaterThanOrEqual(26);
    expect(rows002.length).toBeGreaterThanOrEqual(28);
    expect(unique(rows002).length).toBeGreaterThanOrEqual(27);
    expect(rows003.length).toBeGreaterThanOrEqual(48);
    expect(unique(rows003).length).toBeGreaterThanOrEqual(41);
    expect(rows004.common.length).toBeGreaterThanOrEqual(16);
    expect(rows004.module.length).toBeGreaterThanOrEqual(8);
  });

  it('parses codes, not headers or prose', () => {
    for (const row of [...rows000, ...rows001, ...rows002, ...rows003]) {
      expect(row.code, `seed ${row.seed}`).toMatch(/^[A-Z][A-Za-z]*(\.[A-Za-z]+)*$/);
    }
    for (const row of rows004.common) expect(row.code).toMatch(/^[1-9]\d{3}$/);
    for (const row of rows004.module) expect(row.code).toMatch(/^-\d{3}$/);
    for (const row of rows003) expect([400, 403, 404, 409, 500, 503]).toContain(row.status);
    for (const row of rows000) expect(['Auth', 'Sender', 'Client', 'Server']).toContain(row.type);
  });

  it('finds known landmarks in each table', () => {
    expect(unique(rows000)).toEqual(expect.arrayContaining(['AuthFailure', 'DryRunOperation', 'ServerError']));
    expect(unique(rows001)).toEqual(expect.arrayContaining(['AuthFailure.SignatureExpire', 'UnsupportedRegion']));
    expect(unique(rows002)).toEqual(expect.arrayContaining(['AuthFailure.InvalidSecretId', 'InternalError.AsyncRequestError']));
    expect(unique(rows003)).toEqual(expect.arrayContaining(['IdempotentParameterMismatch', 'InvalidParamater', 'ServiceUnavailable.RegionMaintaining']));
    expect(unique(rows004.common)).toEqual(expect.arrayContaining(['4000', '5300', '6200']));
    expect(unique(rows004.module)).toEqual(expect.arrayContaining(['-503', '-514', '-505']));
  });
});

describe('catalog covers the seeds', () => {
  it('has an entry for every seed code, for the right provider', () => {
    const missing = ALL_ROWS.filter((row) => !find(row.provider, row.code)).map((row) => `${row.seed} ${row.provider}/${row.code}`);
    expect(missing).toEqual([]);
  });

  it('gives every seed code a non-empty meaning, remediation and a source naming its seed', () => {
    for (const row of ALL_ROWS) {
      const entry = find(row.provider, row.code);
      const label = `${row.provider}/${row.code}`;
      expect(entry?.meaning.trim(), label).toBeTruthy();
      expect(entry?.remediation.trim(), label).toBeTruthy();
      expect(entry?.source.trim(), label).toBeTruthy();
      // 001 and 002 describe the same codes; either seed may be named (002's longer text is preferred).
      const seeds = row.seed === '001' || row.seed === '002' ? /seed 00[12]/ : new RegExp(`seed ${row.seed}`);
      expect(entry?.source, label).toMatch(seeds);
    }
  });

  it('matches the HTTP status of seed 003 (the most common one for codes listed several times)', () => {
    for (const code of unique(rows003)) {
      const statuses = rows003.filter((row) => row.code === code).map((row) => row.status ?? NaN);
      const counts = new Map<number, number>();
      for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
      const mostCommon = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      expect(find('aliyun', code)?.httpStatus, code).toBe(mostCommon);
    }
  });

  it('derives EC2 HTTP statuses from the seed 000 type (DryRunOperation has none: it is a success)', () => {
    const byType: Record<string, number> = { Auth: 401, Sender: 400, Client: 400, Server: 500 };
    for (const row of rows000) {
      const expected = row.code === 'DryRunOperation' ? undefined : byType[row.type ?? ''];
      expect(find('ec2', row.code)?.httpStatus, row.code).toBe(expected);
    }
  });

  it('names a seed in the source only for codes that seed contains', () => {
    const codesBySeed = new Map<string, Set<string>>();
    for (const row of ALL_ROWS) {
      const set = codesBySeed.get(row.seed) ?? new Set<string>();
      set.add(row.code);
      codesBySeed.set(row.seed, set);
    }
    for (const entry of ALL) {
      for (const match of entry.source.matchAll(/seed (\d{3})/g)) {
        expect(codesBySeed.get(match[1] ?? '')?.has(entry.code), `${entry.code}: ${entry.source}`).toBe(true);
      }
    }
  });
});

describe('catalog entries are well formed', () => {
  it('keeps each file to its provider', () => {
    for (const provider of PROVIDERS) {
      expect(TABLES[provider].length, provider).toBeGreaterThan(0);
      expect(
        TABLES[provider].every((entry) => entry.provider === provider),
        provider,
      ).toBe(true);
    }
  });

  it('exports every table through CATALOG', () => {
    expect(CATALOG).toHaveLength(ALL.length);
  });

  it('has no duplicate (provider, code) pairs', () => {
    const keys = ALL.map((entry) => `${entry.provider}/${entry.code}`);
    const duplicates = keys.filter((key, index) => keys.indexOf(key) !== index);
    expect(duplicates).toEqual([]);
  });

  it('uses only valid categories and boolean retryable flags', () => {
    for (const entry of ALL) {
      expect(isCategory(entry.category), `${entry.code}: ${entry.category}`).toBe(true);
      expect(typeof entry.retryable, entry.code).toBe('boolean');
    }
  });

  it('gives remediations that are more than a restatement of the meaning', () => {
    for (const entry of ALL) {
      const label = `${entry.provider}/${entry.code}`;
      expect(entry.remediation.length, label).toBeGreaterThanOrEqual(40);
      expect(entry.remediation.trim().toLowerCase(), label).not.toBe(entry.meaning.trim().toLowerCase());
      expect(entry.remediation.toLowerCase().startsWith(entry.meaning.toLowerCase()), label).toBe(false);
    }
  });

  it('gives every entry a non-empty code, meaning and source', () => {
    for (const entry of ALL) {
      expect(entry.code.trim(), entry.provider).not.toBe('');
      expect(entry.code, entry.provider).toBe(entry.code.trim());
      expect(entry.meaning.trim(), entry.code).not.toBe('');
      expect(entry.source.trim(), entry.code).not.toBe('');
    }
  });

  it('uses https for every docsUrl', () => {
    for (const entry of ALL.filter((e) => e.docsUrl !== undefined)) {
      expect(new URL(entry.docsUrl!).protocol, entry.code).toBe('https:');
    }
  });

  it('carries no typos or encoding damage copied from the seeds', () => {
    for (const entry of ALL) {
      const text = `${entry.meaning} ${entry.remediation}`;
      expect(text, entry.code).not.toMatch(/provied|exceedd|\brovided|â€|\u200b/);
    }
  });

  it('gives HTTP statuses only in the 4xx/5xx range', () => {
    for (const entry of ALL.filter((e) => e.httpStatus !== undefined)) {
      expect(entry.httpStatus!, entry.code).toBeGreaterThanOrEqual(400);
      expect(entry.httpStatus!, entry.code).toBeLessThan(600);
    }
  });
});

// ---------- AWS: the SDK retry classification ----------

// The SDK's own lists, so that upstream drift fails here. @smithy/service-error-classification (pinned) re-exports
// the predicates of @smithy/core/retry, which test an error's name against CLOCK_SKEW_ERROR_CODES,
// THROTTLING_ERROR_CODES and TRANSIENT_ERROR_CODES and its status against TRANSIENT_ERROR_STATUS_CODES
// (smithy-typescript packages/core/src/submodules/retry/service-error-classification/constants.ts). The lists
// themselves are not exported, so each is read back by probing: with every code any catalog knows, and with every
// 4xx/5xx status. A code the SDK adds that no catalog has yet is the one drift this cannot see.
type SdkError = Parameters<typeof isThrottlingError>[0];
const sdkError = (name: string, httpStatusCode?: number): SdkError => ({ name, message: '', $metadata: { httpStatusCode } });
const KNOWN_CODES = [...new Set(CATALOG.map((entry) => entry.code))].sort();
const sdkList = (test: (error: SdkError) => boolean): string[] => KNOWN_CODES.filter((code) => test(sdkError(code)));
const SDK_LISTS = {
  CLOCK_SKEW_ERROR_CODES: sdkList(isClockSkewError),
  THROTTLING_ERROR_CODES: sdkList(isThrottlingError),
  TRANSIENT_ERROR_CODES: sdkList(isTransientError),
};
const TRANSIENT_ERROR_STATUS_CODES = Array.from({ length: 200 }, (_, i) => 400 + i).filter((status) => isTransientError(sdkError('StatusProbe', status)));
const sdkListed = (list: keyof typeof SDK_LISTS): CatalogEntry[] => SDK_LISTS[list].map((code) => find('aws', code)).filter((entry) => entry !== undefined);

describe('AWS catalog follows the SDK retry classification', () => {
  it('reads plausible lists back from the SDK', () => {
    expect(SDK_LISTS.CLOCK_SKEW_ERROR_CODES).toEqual(expect.arrayContaining(['RequestTimeTooSkewed', 'SignatureDoesNotMatch']));
    expect(SDK_LISTS.THROTTLING_ERROR_CODES).toEqual(expect.arrayContaining(['Throttling', 'ThrottlingException', 'SlowDown']));
    expect(SDK_LISTS.TRANSIENT_ERROR_CODES).toEqual(expect.arrayContaining(['RequestTimeout', 'TimeoutError']));
    expect(TRANSIENT_ERROR_STATUS_CODES).toEqual(expect.arrayContaining([500, 503]));
  });

  it('names a list in the source of exactly the AWS codes the SDK puts in it', () => {
    for (const list of Object.keys(SDK_LISTS) as (keyof typeof SDK_LISTS)[]) {
      const cited = AWS_CATALOG.filter((entry) => entry.source.includes(`(${list})`)).map((entry) => entry.code);
      expect(cited.sort(), list).toEqual(SDK_LISTS[list]);
    }
  });

  it('has every clock-skew code, retryable, as signature-clock (AccessDeniedException: a permission denial)', () => {
    for (const entry of sdkListed('CLOCK_SKEW_ERROR_CODES')) {
      // The SDK lists AccessDeniedException because it retries it once it has corrected its clock offset (a skewed
      // clock can surface as a denial). To the user it is a permission denial unless the skew is real, so the catalog
      // keeps it a permission error that a retry does not fix; its remediation names the clock case.
      const denial = entry.code === 'AccessDeniedException';
      expect(entry.retryable, entry.code).toBe(!denial);
      expect(entry.category, entry.code).toBe(denial ? 'permission' : 'signature-clock');
    }
  });

  it('has every throttling code, retryable, as quota-throttling (TransactionInProgressException: a conflict)', () => {
    for (const entry of sdkListed('THROTTLING_ERROR_CODES')) {
      expect(entry.retryable, entry.code).toBe(true);
      expect(entry.category, entry.code).toBe(entry.code === 'TransactionInProgressException' ? 'conflict' : 'quota-throttling');
    }
  });

  it('has every transient code, retryable, as server', () => {
    for (const entry of sdkListed('TRANSIENT_ERROR_CODES')) {
      expect(entry.retryable, entry.code).toBe(true);
      expect(entry.category, entry.code).toBe('server');
    }
  });

  it('marks server errors with a transient status retryable', () => {
    const servers = AWS_CATALOG.filter((e) => e.category === 'server' && TRANSIENT_ERROR_STATUS_CODES.includes(e.httpStatus ?? 0));
    expect(servers.length).toBeGreaterThanOrEqual(5);
    for (const entry of servers) expect(entry.retryable, entry.code).toBe(true);
  });

  it('is deep enough to be useful', () => {
    expect(AWS_CATALOG.length).toBeGreaterThanOrEqual(80);
  });
});

// ---------- Google Cloud: google.rpc.Code ----------

// googleapis/googleapis google/rpc/code.proto: every code except OK, with its "HTTP Mapping".
const GOOGLE_RPC_CODES: Record<string, number> = {
  CANCELLED: 499,
  UNKNOWN: 500,
  INVALID_ARGUMENT: 400,
  DEADLINE_EXCEEDED: 504,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  PERMISSION_DENIED: 403,
  UNAUTHENTICATED: 401,
  RESOURCE_EXHAUSTED: 429,
  FAILED_PRECONDITION: 400,
  ABORTED: 409,
  OUT_OF_RANGE: 400,
  UNIMPLEMENTED: 501,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  DATA_LOSS: 500,
};

describe('Google Cloud catalog follows google.rpc.Code', () => {
  it('has every canonical code except OK, with its HTTP mapping', () => {
    expect(Object.keys(GOOGLE_RPC_CODES)).toHaveLength(16);
    for (const [code, status] of Object.entries(GOOGLE_RPC_CODES)) {
      expect(find('gcp', code)?.httpStatus, code).toBe(status);
    }
    expect(find('gcp', 'OK')).toBeUndefined();
  });

  it('retries UNAVAILABLE and RESOURCE_EXHAUSTED but not client errors', () => {
    expect(find('gcp', 'UNAVAILABLE')?.retryable).toBe(true);
    expect(find('gcp', 'RESOURCE_EXHAUSTED')?.retryable).toBe(true);
    for (const code of ['INVALID_ARGUMENT', 'NOT_FOUND', 'PERMISSION_DENIED', 'UNAUTHENTICATED', 'FAILED_PRECONDITION']) {
      expect(find('gcp', code)?.retryable, code).toBe(false);
    }
  });

  it('has the common googleapis.com ErrorInfo reasons and legacy errors[].reason values', () => {
    for (const code of ['SERVICE_DISABLED', 'BILLING_DISABLED', 'API_KEY_INVALID', 'RATE_LIMIT_EXCEEDED', 'ACCESS_TOKEN_EXPIRED', 'IAM_PERMISSION_DENIED']) {
      expect(find('gcp', code), code).toBeDefined();
    }
    for (const code of [
      'rateLimitExceeded',
      'userRateLimitExceeded',
      'quotaExceeded',
      'dailyLimitExceeded',
      'forbidden',
      'notFound',
      'authError',
      'backendError',
      'invalid',
      'required',
    ]) {
      expect(find('gcp', code), code).toBeDefined();
    }
  });
});

// ---------- every provider covers the basic failure kinds ----------

interface Basics {
  throttling: string;
  authentication: string;
  permission: string;
  notFound: string;
  /** A clock-skew or expired signature/token code, where the provider has one. */
  clockOrExpiry?: string;
}

const BASICS: Record<Provider, Basics> = {
  tencent: {
    throttling: 'RequestLimitExceeded',
    authentication: 'AuthFailure.SecretIdNotFound',
    permission: 'UnauthorizedOperation',
    notFound: 'ResourceNotFound',
    clockOrExpiry: 'AuthFailure.SignatureExpire',
  },
  aliyun: {
    throttling: 'Throttling',
    authentication: 'InvalidAccessKeyId.NotFound',
    permission: 'Forbidden.RAM',
    notFound: 'InvalidInstanceId.NotFound',
    clockOrExpiry: 'IllegalTimestamp',
  },
  ec2: {
    throttling: 'RequestResourceCountExceeded',
    authentication: 'AuthFailure',
    permission: 'AuthFailure',
    notFound: 'InvalidInstanceID.NotFound',
    clockOrExpiry: 'RequestExpired',
  },
  aws: {
    throttling: 'ThrottlingException',
    authentication: 'InvalidClientTokenId',
    permission: 'AccessDeniedException',
    notFound: 'ResourceNotFoundException',
    clockOrExpiry: 'RequestTimeTooSkewed',
  },
  gcp: {
    throttling: 'RESOURCE_EXHAUSTED',
    authentication: 'UNAUTHENTICATED',
    permission: 'PERMISSION_DENIED',
    notFound: 'NOT_FOUND',
    clockOrExpiry: 'ACCESS_TOKEN_EXPIRED',
  },
  azure: {
    throttling: 'SubscriptionRequestsThrottled',
    authentication: 'InvalidAuthenticationToken',
    permission: 'AuthorizationFailed',
    notFound: 'ResourceNotFound',
    clockOrExpiry: 'ExpiredAuthenticationToken',
  },
  // Huawei reports an expired signature inside APIGW.0301 / APIGW.0303 (error_msg "signature expired"): no code of its own.
  huawei: { throttling: 'APIGW.0308', authentication: 'APIGW.0301', permission: 'APIGW.0302', notFound: 'APIGW.0101' },
  // OCI reports a skewed date header as NotAuthenticated: no code of its own.
  oci: { throttling: 'TooManyRequests', authentication: 'NotAuthenticated', permission: 'NotAuthorized', notFound: 'NotAuthorizedOrNotFound' },
};

function expectCode(provider: Provider, code: string, categories: Category[], retryable?: boolean): void {
  const entry = find(provider, code);
  const label = `${provider}/${code}`;
  expect(entry, label).toBeDefined();
  expect(categories, label).toContain(entry?.category);
  if (retryable !== undefined) expect(entry?.retryable, label).toBe(retryable);
}

describe('every provider covers the basic failure kinds', () => {
  for (const provider of PROVIDERS) {
    it(`${provider}: throttling, authentication, permission, not found${BASICS[provider].clockOrExpiry ? ', clock/expiry' : ''}`, () => {
      const basics = BASICS[provider];
      // The EC2-style seed has no rate-limit code; its closest is a resource-count limit, not retryable.
      if (provider === 'ec2') expectCode(provider, basics.throttling, ['quota-throttling']);
      else expectCode(provider, basics.throttling, ['quota-throttling'], true);
      expectCode(provider, basics.authentication, ['authentication', 'signature-clock']);
      expectCode(provider, basics.permission, provider === 'ec2' ? ['authentication'] : ['permission']);
      expectCode(provider, basics.notFound, ['not-found']);
      if (basics.clockOrExpiry) expectCode(provider, basics.clockOrExpiry, ['signature-clock', 'authentication']);
    });

    it(`${provider}: has at least one retryable throttling code and uses only https docs links`, () => {
      const table = TABLES[provider];
      if (provider !== 'ec2')
        expect(
          table.some((e) => e.category === 'quota-throttling' && e.retryable),
          provider,
        ).toBe(true);
      for (const entry of table.filter((e) => e.docsUrl !== undefined)) {
        expect(entry.docsUrl, entry.code).toMatch(/^https:\/\/[a-z0-9.-]+\//);
      }
    });
  }
});
