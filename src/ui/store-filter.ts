/**
 * The filter: the query text (the CLI's language), the provider and category chips, and the chip counts.
 * What it lets through is `matched`, in start order; sorting is the view's business.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Category } from '../core/category.js';
import type { Provider } from '../core/provider.js';
import { invalidTerms, parseQuery, type ParsedQuery, type QueryTerm } from '../core/query/parse-query.js';
import type { CallRow } from './call-row.js';
import { countBy, inSelection, rowFilter } from './filter.js';

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
  /** Listed rows the query and both chip groups let through, in start order. */
  matched: ReadonlySignal<readonly CallRow[]>;
  /** Facet counts: each chip group counts what the text and the *other* group let through. */
  providerCounts: ReadonlySignal<ReadonlyMap<Provider, number>>;
  categoryCounts: ReadonlySignal<ReadonlyMap<Category, number>>;
  setQuery(text: string): void;
  toggleProvider(p: Provider): void;
  toggleCategory(c: Category): void;
  clearFilters(): void;
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
  const textMatched = computed(() => {
    const parsed = parsedQuery.value;
    if (parsed.terms.length === queryProblems.value.length) return listed.value;
    return listed.value.filter(rowFilter(parsed));
  });
  const matched = computed(() => textMatched.value.filter((r) => inSelection(providers.value, r.provider) && inSelection(categories.value, r.category)));
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

  return {
    query,
    parsedQuery,
    queryProblems,
    providers,
    categories,
    savedFilter,
    listed,
    matched,
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
