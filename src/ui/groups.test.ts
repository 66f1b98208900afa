import { describe, expect, it } from 'vitest';
import type { CallRow } from './call-row.js';
import { groupByCode } from './groups.js';
import { sortRows } from './sort.js';

let id = 0;
const row = (code: string | undefined, startedAt: number, extra: Partial<CallRow> = {}): CallRow => ({
  id: ++id,
  startedAt,
  kind: 'error',
  provider: 'aws',
  code,
  status: 400,
  method: 'GET',
  url: 'https://x.amazonaws.com/',
  exchange: {} as CallRow['exchange'],
  ...extra,
});

describe('groupByCode', () => {
  it('counts each (provider, code) with first and last seen and the actions that hit it', () => {
    const rows = [
      row('Throttling', 3000, { action: 'B' }),
      row('Throttling', 1000, { action: 'A' }),
      row('AccessDenied', 2000, { action: 'A' }),
      row('Throttling', 5000, { action: 'B' }),
      row('Throttling', 4000, { provider: 'aliyun', action: 'C' }),
      row(undefined, 6000),
      row('OK', 7000, { kind: 'success' }),
    ];
    expect(groupByCode(rows).map((g) => [g.provider, g.code, g.count, g.firstSeen, g.lastSeen, g.actions])).toEqual([
      ['aws', 'Throttling', 3, 1000, 5000, ['B', 'A']],
      ['aws', 'AccessDenied', 1, 2000, 2000, ['A']],
      ['aliyun', 'Throttling', 1, 4000, 4000, ['C']],
    ]);
  });
});

describe('sortRows', () => {
  const rows = [row('b', 1, { status: 500 }), row('A', 2, { status: 403 }), row(undefined, 3, { status: 404 }), row('c', 4, { status: 400 })];
  it('keeps start order by default and sorts any column both ways, blanks last', () => {
    expect(sortRows(rows, { column: 'time', descending: false })).toBe(rows);
    expect(sortRows(rows, { column: 'time', descending: true }).map((r) => r.startedAt)).toEqual([4, 3, 2, 1]);
    expect(sortRows(rows, { column: 'code', descending: false }).map((r) => r.code)).toEqual(['A', 'b', 'c', undefined]);
    expect(sortRows(rows, { column: 'code', descending: true }).map((r) => r.code)).toEqual(['c', 'b', 'A', undefined]);
    expect(sortRows(rows, { column: 'status', descending: false }).map((r) => r.status)).toEqual([400, 403, 404, 500]);
  });
});
