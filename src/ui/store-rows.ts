/**
 * The captured calls: analysed into rows as they arrive, kept in start order, with the counters the toolbar
 * shows. The only writer of the row list.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { analyze } from '../core/analyze.js';
import type { HttpExchange } from '../core/exchange.js';
import { rowFromAnalysis, skippedRow, type CallRow } from './call-row.js';

/** What arrives from capture: an exchange to analyse, or one the capture refused to read. */
export type IncomingCall = { exchange: HttpExchange; skippedReason?: string };

export interface RowsStore {
  rows: ReadonlySignal<readonly CallRow[]>;
  /** Candidate calls read and analysed (cloud or not). */
  inspected: ReadonlySignal<number>;
  failed: ReadonlySignal<number>;
  skipped: ReadonlySignal<number>;
  /** Analyses the calls and appends the cloud ones; returns the rows added. */
  add(calls: readonly IncomingCall[]): readonly CallRow[];
  clear(): void;
}

export function createRowsStore(): RowsStore {
  let nextId = 1;
  const rows = signal<readonly CallRow[]>([]);
  const inspected = signal(0);
  const failed = computed(() => rows.value.reduce((n, r) => (r.kind === 'error' ? n + 1 : n), 0));
  const skipped = computed(() => rows.value.reduce((n, r) => (r.kind === 'skipped' ? n + 1 : n), 0));

  function add(calls: readonly IncomingCall[]): readonly CallRow[] {
    if (calls.length === 0) return [];
    const fresh: CallRow[] = [];
    for (const call of calls) {
      const id = nextId++;
      const row =
        call.skippedReason !== undefined ? skippedRow(id, call.exchange, call.skippedReason) : rowFromAnalysis(id, call.exchange, analyze(call.exchange));
      if (row) fresh.push(row);
    }
    batch(() => {
      inspected.value += calls.length;
      if (fresh.length === 0) return;
      const all = [...rows.value, ...fresh];
      // Calls finish out of start order (and backfilled ones arrive late): keep the list in start order.
      const from = Math.max(1, rows.value.length);
      for (let i = from; i < all.length; i++) {
        if ((all[i] as CallRow).startedAt < (all[i - 1] as CallRow).startedAt) {
          all.sort((a, b) => a.startedAt - b.startedAt || a.id - b.id);
          break;
        }
      }
      rows.value = all;
    });
    return fresh;
  }

  function clear(): void {
    batch(() => {
      rows.value = [];
      inspected.value = 0;
    });
  }

  return { rows, inspected, failed, skipped, add, clear };
}
