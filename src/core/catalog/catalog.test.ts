/**
 * Meta-test of the catalog against its sources: parses the code tables of docs/seeds/*.txt and checks that every
 * code found there has a well-formed entry for the right provider.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isCategory } from '../category.js';
import type { Provider } from '../provider.js';
import { ALIYUN_CATALOG } from './aliyun.js';
import { EC2_CATALOG } from './ec2.js';
import type { CatalogEntry } from './entry.js';
import { TENCENT_CATALOG } from './tencent.js';

const SEEDS_DIR = fileURLToPath(new URL('../../../docs/seeds/', import.meta.url));
const ALL: readonly CatalogEntry[] = [...TENCENT_CATALOG, ...ALIYUN_CATALOG, ...EC2_CATALOG];

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
      (td[1] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim(),
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
    expect(unique(rows003)).toEqual(
      expect.arrayContaining(['IdempotentParameterMismatch', 'InvalidParamater', 'ServiceUnavailable.RegionMaintaining']),
    );
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
    expect(TENCENT_CATALOG.every((entry) => entry.provider === 'tencent')).toBe(true);
    expect(ALIYUN_CATALOG.every((entry) => entry.provider === 'aliyun')).toBe(true);
    expect(EC2_CATALOG.every((entry) => entry.provider === 'ec2')).toBe(true);
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

  it('gives every entry a non-empty meaning and source', () => {
    for (const entry of ALL) {
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
