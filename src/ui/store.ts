/**
 * The panel's state, composed from small stores (rows, view, filter, selection, insights, settings), each a
 * factory returning read-only signals and the actions that write them, as preact-devtools composes its
 * stores. Components read; only actions write. No browser API here: the extension (or the mock page) feeds it.
 */
import { batch, computed } from '@preact/signals';
import { sortRows } from './sort.js';
import { createFilterStore, type SavedFilter } from './store-filter.js';
import { createInsightsStore } from './store-insights.js';
import { createRowsStore } from './store-rows.js';
import { createSelectionStore } from './store-selection.js';
import { createSettingsStore, type Theme } from './store-settings.js';
import { createViewStore } from './store-view.js';

export type { IncomingCall } from './store-rows.js';
export type { SavedFilter } from './store-filter.js';
export type { Theme } from './store-settings.js';

export interface PanelStoreOptions {
  preserveLog?: boolean;
  theme?: Theme;
  /** The filter as the user left it (persisted across DevTools sessions by the extension). */
  filter?: SavedFilter;
}

export function createPanelStore(options: PanelStoreOptions = {}) {
  const rows = createRowsStore();
  const view = createViewStore();
  const filter = createFilterStore(rows.rows, view.showSuccesses, options.filter);
  /** What the list shows: the filtered rows in the chosen order. */
  const visible = computed(() => sortRows(filter.matched.value, view.sort.value));
  const selection = createSelectionStore(visible);
  const insights = createInsightsStore(rows.rows, visible);
  const settings = createSettingsStore(options);

  function clear(): void {
    batch(() => {
      rows.clear();
      selection.reset();
      insights.reset();
    });
  }

  return {
    ...rows,
    ...view,
    ...filter,
    ...selection,
    ...insights,
    ...settings,
    visible,
    add: (calls: Parameters<typeof rows.add>[0]): void => void rows.add(calls),
    clear,
    /** The inspected page navigated: as in the Network panel, the list clears unless Preserve log is on. */
    navigated: (): void => {
      if (!settings.preserveLog.peek()) clear();
    },
  };
}

export type PanelStore = ReturnType<typeof createPanelStore>;
