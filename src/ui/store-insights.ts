/** What the list adds up to: the group-by-code view, the summary bar, and the burst banners. */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Category } from '../core/category.js';
import type { Provider } from '../core/provider.js';
import { detectBursts, type Burst, type BurstKind } from '../core/support/bursts.js';
import type { CallRow } from './call-row.js';
import { countBy } from './filter.js';
import { groupByCode, type CodeGroup } from './groups.js';

export interface Summary {
  total: number;
  providers: ReadonlyMap<Provider, number>;
  categories: ReadonlyMap<Category, number>;
}

export interface InsightsStore {
  /** Group-by-code view of the visible failed calls. */
  groups: ReadonlySignal<readonly CodeGroup[]>;
  /** Failed visible calls per provider and per category: the summary bar. */
  summary: ReadonlySignal<Summary>;
  /** Bursts over everything captured (not only what the filter shows): a cause is a cause. */
  bursts: ReadonlySignal<readonly Burst[]>;
  dismissBurst(kind: BurstKind): void;
  /** Dismissed banners come back (the list was cleared). */
  reset(): void;
}

export function createInsightsStore(rows: ReadonlySignal<readonly CallRow[]>, visible: ReadonlySignal<readonly CallRow[]>): InsightsStore {
  const dismissed = signal<ReadonlySet<BurstKind>>(new Set());
  const groups = computed(() => groupByCode(visible.value));
  const summary = computed(() => {
    const failedRows = visible.value.filter((r) => r.kind === 'error');
    return { total: failedRows.length, providers: countBy(failedRows, (r) => r.provider), categories: countBy(failedRows, (r) => r.category) };
  });
  const bursts = computed(() => detectBursts(rows.value.filter((r) => r.kind === 'error')).filter((b) => !dismissed.value.has(b.kind)));
  return {
    groups,
    summary,
    bursts,
    dismissBurst: (kind) => (dismissed.value = new Set([...dismissed.value, kind])),
    reset: () => (dismissed.value = new Set()),
  };
}
