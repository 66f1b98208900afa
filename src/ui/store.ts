/**
 * The panel's state: signals created outside components, plus the actions that write them.
 * Components read; only actions write. No browser API here: the extension (or the mock page) feeds it.
 */
import { batch, computed, signal } from '@preact/signals';
import { analyze } from '../core/analyze.js';
import type { Category } from '../core/category.js';
import type { HttpExchange } from '../core/exchange.js';
import type { Provider } from '../core/provider.js';
import { rowFromAnalysis, skippedRow, type CallRow } from './call-row.js';
import { countBy, inSelection, matchesQuery } from './filter.js';

export type Theme = 'light' | 'dark';

/** What arrives from capture: an exchange to analyse, or one the capture refused to read. */
export type IncomingCall = { exchange: HttpExchange; skippedReason?: string };

export interface PanelStoreOptions {
  preserveLog?: boolean;
  theme?: Theme;
}

function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export function createPanelStore(options: PanelStoreOptions = {}) {
  let nextId = 1;
  const rows = signal<readonly CallRow[]>([]);
  /** Candidate calls read and analysed (cloud or not). */
  const inspected = signal(0);
  const query = signal('');
  const providers = signal<ReadonlySet<Provider>>(new Set());
  const categories = signal<ReadonlySet<Category>>(new Set());
  const showSuccesses = signal(false);
  const preserveLog = signal(options.preserveLog ?? false);
  const theme = signal<Theme>(options.theme ?? 'light');
  const selectedId = signal<number | undefined>(undefined);
  /** A short confirmation ("Copied …"), cleared by the view after a moment. */
  const notice = signal<{ text: string; serial: number } | undefined>(undefined);

  const failed = computed(() => rows.value.reduce((n, r) => (r.kind === 'error' ? n + 1 : n), 0));
  const skipped = computed(() => rows.value.reduce((n, r) => (r.kind === 'skipped' ? n + 1 : n), 0));
  /** Rows the kind toggle lets through: failures, plus successes and skipped calls when asked for. */
  const listed = computed(() => (showSuccesses.value ? rows.value : rows.value.filter((r) => r.kind === 'error')));
  const textMatched = computed(() => (query.value.trim() ? listed.value.filter((r) => matchesQuery(r, query.value)) : listed.value));
  const visible = computed(() =>
    textMatched.value.filter((r) => inSelection(providers.value, r.provider) && inSelection(categories.value, r.category)),
  );
  // Facet counts: each chip group counts what the text and the *other* group let through.
  const providerCounts = computed(() => countBy(textMatched.value.filter((r) => inSelection(categories.value, r.category)), (r) => r.provider));
  const categoryCounts = computed(() => countBy(textMatched.value.filter((r) => inSelection(providers.value, r.provider)), (r) => r.category));
  const selected = computed(() => rows.value.find((r) => r.id === selectedId.value));

  function add(calls: readonly IncomingCall[]): void {
    if (calls.length === 0) return;
    const fresh: CallRow[] = [];
    for (const call of calls) {
      const id = nextId++;
      const row = call.skippedReason !== undefined ? skippedRow(id, call.exchange, call.skippedReason) : rowFromAnalysis(id, call.exchange, analyze(call.exchange));
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
  }

  function clear(): void {
    batch(() => {
      rows.value = [];
      inspected.value = 0;
      selectedId.value = undefined;
    });
  }

  /** The inspected page navigated: as in the Network panel, the list clears unless Preserve log is on. */
  function navigated(): void {
    if (!preserveLog.value) clear();
  }

  function moveSelection(delta: number): void {
    const list = visible.value;
    if (list.length === 0) return;
    const at = list.findIndex((r) => r.id === selectedId.value);
    const next = at === -1 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + delta));
    selectedId.value = list[next]?.id;
  }

  let noticeSerial = 0;
  return {
    rows,
    inspected,
    query,
    providers,
    categories,
    showSuccesses,
    preserveLog,
    theme,
    selectedId,
    notice,
    failed,
    skipped,
    listed,
    visible,
    providerCounts,
    categoryCounts,
    selected,
    add,
    clear,
    navigated,
    moveSelection,
    select: (id: number | undefined) => (selectedId.value = id),
    setQuery: (text: string) => (query.value = text),
    toggleProvider: (p: Provider) => (providers.value = toggled(providers.value, p)),
    toggleCategory: (c: Category) => (categories.value = toggled(categories.value, c)),
    clearFilters: () =>
      batch(() => {
        query.value = '';
        providers.value = new Set();
        categories.value = new Set();
      }),
    setShowSuccesses: (on: boolean) => (showSuccesses.value = on),
    setPreserveLog: (on: boolean) => (preserveLog.value = on),
    setTheme: (t: Theme) => (theme.value = t),
    announce: (text: string) => (notice.value = { text, serial: ++noticeSerial }),
  };
}

export type PanelStore = ReturnType<typeof createPanelStore>;
