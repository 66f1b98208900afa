import { compileQuery, type RowPredicate } from '../core/query/match-query.js';
import type { ParsedQuery } from '../core/query/parse-query.js';
import { queryRowOf, type CallRow } from './call-row.js';

/** The filter language over panel rows: invalid terms are ignored, so a typo never blanks the list. */
export function rowFilter(query: ParsedQuery): (row: CallRow) => boolean {
  const predicate: RowPredicate = compileQuery(query);
  return (row) => predicate(queryRowOf(row));
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
