import type { CallRow } from './call-row.js';

/** Every whitespace-separated term must occur in the row's code, message, RequestId or URL. */
export function matchesQuery(row: CallRow, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return terms.every((term) => row.haystack.includes(term));
}

/** Empty selection means "all". */
export function inSelection<T>(selection: ReadonlySet<T>, value: T | undefined): boolean {
  return selection.size === 0 || (value !== undefined && selection.has(value));
}

export function countBy<K>(rows: readonly CallRow[], key: (row: CallRow) => K | undefined): Map<K, number> {
  const counts = new Map<K, number>();
  for (const row of rows) {
    const k = key(row);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
