/** What the list adds up to: the group-by-code view and the burst banners (the summary bar's counts come with the filter's). */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { detectBursts, type Burst, type BurstKind } from '../core/support/bursts.js';
import type { CallRow } from './call-row.js';
import { groupByCode, type CodeGroup } from './groups.js';

export interface InsightsStore {
  /** Group-by-code view of the visible failed calls. */
  groups: ReadonlySignal<readonly CodeGroup[]>;
  /** Bursts over everything captured (not only what the filter shows): a cause is a cause. */
  bursts: ReadonlySignal<readonly Burst[]>;
  dismissBurst(kind: BurstKind): void;
  /** Dismissed banners come back (the list was cleared). */
  reset(): void;
}

export function createInsightsStore(rows: ReadonlySignal<readonly CallRow[]>, visible: ReadonlySignal<readonly CallRow[]>): InsightsStore {
  const dismissed = signal<ReadonlySet<BurstKind>>(new Set());
  const groups = computed(() => groupByCode(visible.value));
  const bursts = computed(() => detectBursts(rows.value.filter((r) => r.kind === 'error')).filter((b) => !dismissed.value.has(b.kind)));
  return {
    groups,
    bursts,
    dismissBurst: (kind) => (dismissed.value = new Set([...dismissed.value, kind])),
    reset: () => (dismissed.value = new Set()),
  };
}
