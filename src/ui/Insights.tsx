import { CATEGORIES, CATEGORY_LABELS } from '../core/category.js';
import { PROVIDERS, PROVIDER_LABELS } from '../core/provider.js';
import { usePanel } from './context.js';

/** Banners for bursts that point at one cause (throttling, clock, policy); each can be dismissed. */
export function Banners() {
  const { store } = usePanel();
  const bursts = store.bursts.value;
  if (bursts.length === 0) return null;
  return (
    <div class="banners">
      {bursts.map((b) => (
        <div key={b.kind} class={`banner banner-${b.kind}`} role="alert" data-testid={`banner-${b.kind}`}>
          <span>{b.text}</span>
          <button type="button" class="icon" title="Dismiss" onClick={() => store.dismissBurst(b.kind)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

/** A compact line: the visible failed calls per provider and per category. */
export function SummaryBar() {
  const { store } = usePanel();
  const { total, providers, categories } = store.summary.value;
  if (total === 0) return null;
  const part = (label: string, n: number, key: string) => (
    <span key={key} class="summary-item" data-testid={`summary-${key}`} data-count={n}>
      {label} <b>{n}</b>
    </span>
  );
  return (
    <div class="summary" data-testid="summary">
      <span class="summary-group">{PROVIDERS.filter((p) => providers.has(p)).map((p) => part(PROVIDER_LABELS[p], providers.get(p) ?? 0, p))}</span>
      <span class="summary-group">{CATEGORIES.filter((c) => categories.has(c)).map((c) => part(CATEGORY_LABELS[c], categories.get(c) ?? 0, c))}</span>
    </div>
  );
}
