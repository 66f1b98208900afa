import { PROVIDER_LABELS } from '../core/provider.js';
import type { CallRow } from './call-row.js';

/** The list's columns, in display order; each can sort the list. */
export const COLUMNS = ['time', 'provider', 'action', 'status', 'code', 'message', 'requestId'] as const;
export type Column = (typeof COLUMNS)[number];

export const COLUMN_LABELS: Record<Column, string> = {
  time: 'Time',
  provider: 'Provider',
  action: 'Action',
  status: 'Status',
  code: 'Code',
  message: 'Message',
  requestId: 'RequestId',
};

export interface SortOrder {
  column: Column;
  descending: boolean;
}

/** Arrival order: the list as captured. */
export const DEFAULT_SORT: SortOrder = { column: 'time', descending: false };

function key(row: CallRow, column: Column): string | number {
  switch (column) {
    case 'time':
      return row.startedAt;
    case 'provider':
      return row.provider ? PROVIDER_LABELS[row.provider] : '';
    case 'action':
      return row.action ?? '';
    case 'status':
      return row.status;
    case 'code':
      return row.code ?? '';
    case 'message':
      return row.message ?? '';
    case 'requestId':
      return row.requestId ?? '';
    default: {
      const never: never = column;
      return never;
    }
  }
}

/**
 * The rows in this order; ties keep start order, and empty values go last either way (as in the Network
 * panel, where a column sorted either way keeps blanks at the bottom).
 */
export function sortRows(rows: readonly CallRow[], order: SortOrder): readonly CallRow[] {
  if (order.column === 'time' && !order.descending) return rows;
  const sign = order.descending ? -1 : 1;
  const compare = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare;
  return rows
    .map((row) => ({ row, k: key(row, order.column) }))
    .sort((a, b) => {
      const blankA = a.k === '' || a.k === 0;
      const blankB = b.k === '' || b.k === 0;
      if (blankA !== blankB) return blankA ? 1 : -1;
      const c = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : compare(String(a.k), String(b.k));
      return c * sign || a.row.startedAt - b.row.startedAt || a.row.id - b.row.id;
    })
    .map((x) => x.row);
}
