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
import { invalidTerms, parseQuery } from '../core/query/parse-query.js';
import { detectBursts, type BurstKind } from '../core/support/bursts.js';
import { countBy, inSelection, rowFilter } from './filter.js';
import { groupByCode } from './groups.js';
import { DEFAULT_SORT, sortRows, type Column, type SortOrder } from './sort.js';

export type Theme = 'light' | 'dark';

/** What arrives from capture: an exchange to analyse, or one the capture refused to read. */
export type IncomingCall = { exchange: HttpExchange; skippedReason?: string };

export interface PanelStoreOptions {
  preserveLog?: boolean;
  theme?: Theme;
  /** The filter as the user left it (persisted across DevTools sessions by the extension). */
  filter?: SavedFilter;
}

/** The filter text and chips: what persists across DevTools sessions. */
export interface SavedFilter {
  query: string;
  providers: readonly Provider[];
  categories: readonly Category[];
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
  const query = signal(options.filter?.query ?? '');
  const providers = signal<ReadonlySet<Provider>>(new Set(options.filter?.providers ?? []));
  const categories = signal<ReadonlySet<Category>>(new Set(options.filter?.categories ?? []));
  const parsedQuery = computed(() => parseQuery(query.value));
  /** Terms the filter ignores, each with the reason shown under the filter box. */
  const queryProblems = computed(() => invalidTerms(parsedQuery.value));
  const showSuccesses = signal(false);
  const preserveLog = signal(options.preserveLog ?? false);
  const theme = signal<Theme>(options.theme ?? 'light');
  const selectedId = signal<number | undefined>(undefined);
  /** Where a Shift-click range starts: the row last clicked without Shift. */
  let anchorId: number | undefined;
  /** Rows picked with Ctrl/Cmd-click, for copies of several calls at once. */
  const marked = signal<ReadonlySet<number>>(new Set());
  /** A short confirmation ("Copied …"), cleared by the view after a moment. */
  const notice = signal<{ text: string; serial: number } | undefined>(undefined);

  const failed = computed(() => rows.value.reduce((n, r) => (r.kind === 'error' ? n + 1 : n), 0));
  const skipped = computed(() => rows.value.reduce((n, r) => (r.kind === 'skipped' ? n + 1 : n), 0));
  /** Rows the kind toggle lets through: failures, plus successes and skipped calls when asked for. */
  const listed = computed(() => (showSuccesses.value ? rows.value : rows.value.filter((r) => r.kind === 'error')));
  const textMatched = computed(() => {
    const parsed = parsedQuery.value;
    if (parsed.terms.length === queryProblems.value.length) return listed.value;
    return listed.value.filter(rowFilter(parsed));
  });
  const savedFilter = computed<SavedFilter>(() => ({ query: query.value, providers: [...providers.value], categories: [...categories.value] }));
  const sort = signal<SortOrder>(DEFAULT_SORT);
  const grouped = signal(false);
  const dismissedBursts = signal<ReadonlySet<BurstKind>>(new Set());
  const visible = computed(() =>
    sortRows(
      textMatched.value.filter((r) => inSelection(providers.value, r.provider) && inSelection(categories.value, r.category)),
      sort.value,
    ),
  );
  /** Group-by-code view of the visible failed calls. */
  const groups = computed(() => groupByCode(visible.value));
  /** Failed visible calls per provider and per category: the summary bar. */
  const summary = computed(() => {
    const failedRows = visible.value.filter((r) => r.kind === 'error');
    return { total: failedRows.length, providers: countBy(failedRows, (r) => r.provider), categories: countBy(failedRows, (r) => r.category) };
  });
  /** Bursts over everything captured (not only what the filter shows): a cause is a cause. */
  const bursts = computed(() => detectBursts(rows.value.filter((r) => r.kind === 'error')).filter((b) => !dismissedBursts.value.has(b.kind)));
  // Facet counts: each chip group counts what the text and the *other* group let through.
  const providerCounts = computed(() =>
    countBy(
      textMatched.value.filter((r) => inSelection(categories.value, r.category)),
      (r) => r.provider,
    ),
  );
  const categoryCounts = computed(() =>
    countBy(
      textMatched.value.filter((r) => inSelection(providers.value, r.provider)),
      (r) => r.category,
    ),
  );
  /**
   * The selected call while the list shows it: a filter that hides it closes the detail (and `c` copies
   * nothing hidden); the selection comes back when the filter lets the call through again.
   */
  const selected = computed(() => visible.value.find((r) => r.id === selectedId.value));
  /** The calls a copy applies to: the Ctrl/Cmd-clicked visible rows, else the selected one. */
  const picked = computed(() => {
    const many = marked.value.size > 0 ? visible.value.filter((r) => marked.value.has(r.id)) : [];
    if (many.length > 0) return many;
    return selected.value ? [selected.value] : [];
  });

  function add(calls: readonly IncomingCall[]): void {
    if (calls.length === 0) return;
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
  }

  function clear(): void {
    batch(() => {
      rows.value = [];
      inspected.value = 0;
      selectedId.value = undefined;
      marked.value = new Set();
      dismissedBursts.value = new Set();
    });
  }

  /** The inspected page navigated: as in the Network panel, the list clears unless Preserve log is on. */
  function navigated(): void {
    if (!preserveLog.value) clear();
  }

  /**
   * Up/down (±1), PageUp/PageDown (± a page), Home/End (±Infinity): the visible row that far away; with
   * `extend` (Shift), the picked range grows or shrinks with it.
   */
  function moveSelection(delta: number, extend = false): void {
    const list = visible.value;
    if (list.length === 0) return;
    const at = list.findIndex((r) => r.id === selectedId.value);
    // With nothing selected, down starts before the first row and up after the last (End: the last row).
    const from = at === -1 ? (delta > 0 ? -1 : list.length) : at;
    const next = Math.min(list.length - 1, Math.max(0, from + delta));
    const id = list[next]?.id;
    if (id === undefined) return;
    if (extend) markRange(id);
    else {
      // A plain move re-anchors, as in a file list: Shift+arrow then extends from here.
      anchorId = id;
      selectedId.value = id;
    }
  }

  /**
   * Shift-click (or Shift+up/down): pick every visible row from the anchor (the row last clicked without Shift,
   * else the selected one) to this one, as in a file list; the anchor stays, so a second Shift-click re-draws it.
   */
  function markRange(id: number): void {
    const list = visible.value;
    const from = list.findIndex((r) => r.id === (anchorId ?? selectedId.value));
    const to = list.findIndex((r) => r.id === id);
    if (to === -1) return;
    if (from === -1) anchorId = id;
    const [lo, hi] = from === -1 ? [to, to] : [Math.min(from, to), Math.max(from, to)];
    batch(() => {
      marked.value = new Set(list.slice(lo, hi + 1).map((r) => r.id));
      selectedId.value = id;
    });
  }

  /** A click on a column header: sort by it, or flip the direction when it already sorts. */
  function sortBy(column: Column): void {
    const current = sort.value;
    sort.value = current.column === column ? { column, descending: !current.descending } : { column, descending: false };
  }

  let noticeSerial = 0;
  return {
    rows,
    inspected,
    query,
    parsedQuery,
    queryProblems,
    savedFilter,
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
    sort,
    grouped,
    groups,
    summary,
    bursts,
    sortBy,
    setGrouped: (on: boolean) => (grouped.value = on),
    dismissBurst: (kind: BurstKind) => (dismissedBursts.value = new Set([...dismissedBursts.value, kind])),
    add,
    clear,
    navigated,
    moveSelection,
    select: (id: number | undefined) => {
      anchorId = id;
      selectedId.value = id;
    },
    markRange,
    marked,
    picked,
    /** Ctrl/Cmd-click: add the row to the picked ones (or take it out), and show it. */
    toggleMark: (id: number) =>
      batch(() => {
        const next = new Set(marked.value);
        // The first Ctrl-click keeps the row already selected, as in a file list.
        if (next.size === 0 && selectedId.value !== undefined && selectedId.value !== id) next.add(selectedId.value);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        marked.value = next;
        selectedId.value = id;
        anchorId = id;
      }),
    clearMarks: () => (marked.value = new Set()),
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
