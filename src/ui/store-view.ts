/** How the list is shown: which kinds of call, the sort order, and the group-by-code view. */
import { signal, type ReadonlySignal } from '@preact/signals';
import { DEFAULT_SORT, type Column, type SortOrder } from './sort.js';

export interface ViewStore {
  /** Successful and skipped calls listed too, not only failures. */
  showSuccesses: ReadonlySignal<boolean>;
  sort: ReadonlySignal<SortOrder>;
  grouped: ReadonlySignal<boolean>;
  setShowSuccesses(on: boolean): void;
  /** A click on a column header: sort by it, or flip the direction when it already sorts. */
  sortBy(column: Column): void;
  setGrouped(on: boolean): void;
}

export function createViewStore(): ViewStore {
  const showSuccesses = signal(false);
  const sort = signal<SortOrder>(DEFAULT_SORT);
  const grouped = signal(false);
  return {
    showSuccesses,
    sort,
    grouped,
    setShowSuccesses: (on) => (showSuccesses.value = on),
    sortBy: (column) => {
      const current = sort.value;
      sort.value = current.column === column ? { column, descending: !current.descending } : { column, descending: false };
    },
    setGrouped: (on) => (grouped.value = on),
  };
}
