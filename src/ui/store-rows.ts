/**
 * The captured calls: analysed into rows as they arrive, kept in start order, with the counters the toolbar
 * shows. The only writer of the row list.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { analyze } from '../core/analyze.js';
import type { HttpExchange } from '../core/exchange.js';
import { rowFromAnalysis, skippedRow, type CallRow } from './call-row.js';

/**
 * What arrives from capture: an exchange to analyse, or one the capture refused to read. A call listed from its
 * headers alone carries a `key`; the same call read later comes with that key and `replaces`, and takes its row's
 * place (same id and position, so a selection stays on it) instead of being listed twice.
 */
export type IncomingCall = { exchange: HttpExchange; skippedReason?: string; key?: string; replaces?: boolean };

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

  /** Rows that may still be replaced, by their call's key. */
  const replaceable = new Map<string, number>();

  function add(calls: readonly IncomingCall[]): readonly CallRow[] {
    if (calls.length === 0) return [];
    const incoming = calls.filter((c) => !c.replaces);
    // A replacement whose row is not there (its first delivery listed nothing) is listed as a new row.
    const unmatched = incoming.length < calls.length ? replace(calls.filter((c) => c.replaces)) : [];
    const toList = [...incoming, ...unmatched];
    if (toList.length === 0) return [];
    const fresh: CallRow[] = [];
    for (const call of toList) {
      const id = nextId++;
      const row =
        call.skippedReason !== undefined ? skippedRow(id, call.exchange, call.skippedReason) : rowFromAnalysis(id, call.exchange, analyze(call.exchange));
      if (!row) continue;
      if (call.key !== undefined && !call.replaces) replaceable.set(call.key, id);
      fresh.push(row);
    }
    batch(() => {
      inspected.value += incoming.length;
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

  /**
   * Each call's new row takes the place of the row listed under its key; a body that says nothing keeps the old
   * row. Returns the calls with no row to replace.
   */
  function replace(calls: readonly IncomingCall[]): IncomingCall[] {
    const next = [...rows.value];
    const unmatched: IncomingCall[] = [];
    let changed = false;
    for (const call of calls) {
      const id = call.key === undefined ? undefined : replaceable.get(call.key);
      const at = id === undefined ? -1 : next.findIndex((r) => r.id === id);
      if (id === undefined || at === -1) {
        unmatched.push(call);
        continue;
      }
      const row = rowFromAnalysis(id, call.exchange, analyze(call.exchange));
      if (!row) continue;
      replaceable.delete(call.key as string);
      next[at] = row;
      changed = true;
    }
    if (changed) rows.value = next;
    return unmatched;
  }

  function clear(): void {
    replaceable.clear();
    batch(() => {
      rows.value = [];
      inspected.value = 0;
    });
  }

  return { rows, inspected, failed, skipped, add, clear };
}
