/**
 * The filter: the query text (the CLI's language), the provider and category chips, and the chip counts.
 * What it lets through is `matched`, in start order; sorting is the view's business.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Category } from '../core/category.js';
import type { Provider } from '../core/provider.js';
import { invalidTerms, parseQuery, type ParsedQuery, type QueryTerm } from '../core/query/parse-query.js';
import type { QueryRow } from '../core/query/match-query.js';
import { queryRowOf, type CallRow } from './call-row.js';
import { inSelection, rowFilter } from './filter.js';
import { narrows } from './store-filter-narrows.js';

/** The filter text and chips: what persists across DevTools sessions. */
export interface SavedFilter {
  query: string;
  providers: readonly Provider[];
  categories: readonly Category[];
}

export interface FilterStore {
  query: ReadonlySignal<string>;
  parsedQuery: ReadonlySignal<ParsedQuery>;
  /** Terms the filter ignores, each with the reason shown under the filter box. */
  queryProblems: ReadonlySignal<readonly QueryTerm[]>;
  providers: ReadonlySignal<ReadonlySet<Provider>>;
  categories: ReadonlySignal<ReadonlySet<Category>>;
  savedFilter: ReadonlySignal<SavedFilter>;
  /** Rows the kind toggle lets through: failures, plus successes and skipped calls when asked for. */
  listed: ReadonlySignal<readonly CallRow[]>;
  /** The listed rows as the filter language sees them (for suggestions), rebuilt only when the rows change. */
  queryRows: ReadonlySignal<readonly QueryRow[]>;
  /** Listed rows the query and both chip groups let through, in start order. */
  matched: ReadonlySignal<readonly CallRow[]>;
  /** Facet counts: each chip group counts what the text and the *other* group let through. */
  providerCounts: ReadonlySignal<ReadonlyMap<Provider, number>>;
  categoryCounts: ReadonlySignal<ReadonlyMap<Category, number>>;
  /** Failed matched calls per provider and per category: the summary bar. */
  summary: ReadonlySignal<Summary>;
  setQuery(text: string): void;
  toggleProvider(p: Provider): void;
  toggleCategory(c: Category): void;
  clearFilters(): void;
}

export interface Summary {
  total: number;
  providers: ReadonlyMap<Provider, number>;
  categories: ReadonlyMap<Category, number>;
}

interface Facets {
  matched: readonly CallRow[];
  providerCounts: Map<Provider, number>;
  categoryCounts: Map<Category, number>;
  summary: Summary;
}

const bump = <K>(counts: Map<K, number>, key: K | undefined): void => {
  if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
};

/**
 * The chip-filtered rows and the counts, in one pass: each chip group counts what the text and the *other*
 * group let through; the summary counts the failed calls that pass both.
 */
function facetsOf(rows: readonly CallRow[], providers: ReadonlySet<Provider>, categories: ReadonlySet<Category>): Facets {
  const matched: CallRow[] = [];
  const providerCounts = new Map<Provider, number>();
  const categoryCounts = new Map<Category, number>();
  const summary = { total: 0, providers: new Map<Provider, number>(), categories: new Map<Category, number>() };
  for (const row of rows) {
    const providerOk = inSelection(providers, row.provider);
    const categoryOk = inSelection(categories, row.category);
    if (categoryOk) bump(providerCounts, row.provider);
    if (providerOk) bump(categoryCounts, row.category);
    if (!providerOk || !categoryOk) continue;
    matched.push(row);
    if (row.kind !== 'error') continue;
    summary.total++;
    bump(summary.providers, row.provider);
    bump(summary.categories, row.category);
  }
  return { matched: matched.length === rows.length ? rows : matched, providerCounts, categoryCounts, summary };
}

function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export function createFilterStore(rows: ReadonlySignal<readonly CallRow[]>, showSuccesses: ReadonlySignal<boolean>, saved?: SavedFilter): FilterStore {
  const query = signal(saved?.query ?? '');
  const providers = signal<ReadonlySet<Provider>>(new Set(saved?.providers ?? []));
  const categories = signal<ReadonlySet<Category>>(new Set(saved?.categories ?? []));
  const parsedQuery = computed(() => parseQuery(query.value));
  const queryProblems = computed(() => invalidTerms(parsedQuery.value));
  const savedFilter = computed<SavedFilter>(() => ({ query: query.value, providers: [...providers.value], categories: [...categories.value] }));
  const listed = computed(() => (showSuccesses.value ? rows.value : rows.value.filter((r) => r.kind === 'error')));
  const queryRows = computed(() => listed.value.map(queryRowOf));
  // The last text match: a query that narrows it (typing on) filters its result, not every row.
  let last: { listed: readonly CallRow[]; query: ParsedQuery; rows: readonly CallRow[] } | undefined;
  const textMatched = computed(() => {
    const parsed = parsedQuery.value;
    const all = listed.value;
    let result: readonly CallRow[];
    if (parsed.terms.length === queryProblems.value.length) result = all;
    else {
      const from = last && last.listed === all && narrows(parsed, last.query) ? last.rows : all;
      result = from.filter(rowFilter(parsed));
    }
    last = { listed: all, query: parsed, rows: result };
    return result;
  });
  // One pass per keystroke for the list and every count the toolbar and the summary bar show.
  const facets = computed(() => facetsOf(textMatched.value, providers.value, categories.value));
  const matched = computed(() => facets.value.matched);
  const providerCounts = computed(() => facets.value.providerCounts);
  const categoryCounts = computed(() => facets.value.categoryCounts);
  const summary = computed(() => facets.value.summary);

  return {
    query,
    parsedQuery,
    queryProblems,
    providers,
    categories,
    savedFilter,
    listed,
    queryRows,
    matched,
    summary,
    providerCounts,
    categoryCounts,
    setQuery: (text) => (query.value = text),
    toggleProvider: (p) => (providers.value = toggled(providers.value, p)),
    toggleCategory: (c) => (categories.value = toggled(categories.value, c)),
    clearFilters: () =>
      batch(() => {
        query.value = '';
        providers.value = new Set();
        categories.value = new Set();
      }),
  };
}
