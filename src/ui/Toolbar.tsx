import { CATEGORIES, CATEGORY_LABELS } from '../core/category.js';
import { PROVIDERS, PROVIDER_LABELS } from '../core/provider.js';
import { copyAndAnnounce } from './copy-announce.js';
import { countOf } from '../core/plural.js';
import { usePanel } from './context.js';
import { FilterBox } from './FilterBox.js';
import { ImportExportButtons } from './ImportExport.js';

function Chip({ label, count, active, onToggle, testid }: { label: string; count: number; active: boolean; onToggle: () => void; testid: string }) {
  return (
    <button type="button" class={`chip${active ? ' active' : ''}`} aria-pressed={active} data-testid={testid} data-count={count} onClick={onToggle}>
      {label} <span class="count">{count}</span>
    </button>
  );
}

/** Chips for the providers and categories present in the list (and any still selected). */
function Chips() {
  const { store } = usePanel();
  const providerCounts = store.providerCounts.value;
  const categoryCounts = store.categoryCounts.value;
  const providers = PROVIDERS.filter((p) => providerCounts.has(p) || store.providers.value.has(p));
  const categories = CATEGORIES.filter((c) => categoryCounts.has(c) || store.categories.value.has(c));
  if (providers.length === 0 && categories.length === 0) return null;
  return (
    <div class="chips" data-testid="chips">
      {providers.map((p) => (
        <Chip
          key={p}
          label={PROVIDER_LABELS[p]}
          count={providerCounts.get(p) ?? 0}
          active={store.providers.value.has(p)}
          onToggle={() => store.toggleProvider(p)}
          testid={`chip-provider-${p}`}
        />
      ))}
      {providers.length > 0 && categories.length > 0 && <span class="separator" />}
      {categories.map((c) => (
        <Chip
          key={c}
          label={CATEGORY_LABELS[c]}
          count={categoryCounts.get(c) ?? 0}
          active={store.categories.value.has(c)}
          onToggle={() => store.toggleCategory(c)}
          testid={`chip-category-${c}`}
        />
      ))}
    </div>
  );
}

export function Toolbar() {
  const { store } = usePanel();
  const visible = store.visible.value;
  // Only the count shows on each keystroke; the ids are gathered when the button is clicked.
  let withId = 0;
  for (const r of visible) if (r.requestId) withId++;

  const copyVisible = async (el: HTMLElement): Promise<void> => {
    const visibleIds = visible.map((r) => r.requestId).filter((id): id is string => Boolean(id));
    await copyAndAnnounce(el.ownerDocument, visibleIds.join('\n'), countOf(visibleIds.length, 'RequestId'), store.announce);
  };

  return (
    <div class="toolbar">
      <div class="bar">
        <button type="button" class="icon" title="Clear" data-testid="clear" onClick={store.clear}>
          ⊘
        </button>
        <FilterBox />
        <label>
          <input type="checkbox" data-testid="preserve-log" checked={store.preserveLog.value} onChange={(e) => store.setPreserveLog(e.currentTarget.checked)} />
          Preserve log
        </label>
        <label title="Also list recognised successful cloud calls and calls that were not parsed">
          <input
            type="checkbox"
            data-testid="show-successes"
            checked={store.showSuccesses.value}
            onChange={(e) => store.setShowSuccesses(e.currentTarget.checked)}
          />
          Show successful calls
        </label>
        <label title="One line per error code: count, first and last seen, and the actions that hit it">
          <input type="checkbox" data-testid="group-by-code" checked={store.grouped.value} onChange={(e) => store.setGrouped(e.currentTarget.checked)} />
          Group by code
        </label>
        <button type="button" data-testid="copy-visible" disabled={withId === 0} onClick={(e) => void copyVisible(e.currentTarget)}>
          Copy {countOf(withId, 'RequestId')}
        </button>
        <ImportExportButtons />
        <span class="counter" data-testid="counter" title="Failed cloud calls / calls inspected">
          {store.failed.value} failed / {store.inspected.value} inspected
          {store.skipped.value > 0 ? ` · ${store.skipped.value} not parsed` : ''}
        </span>
      </div>
      <Chips />
    </div>
  );
}
