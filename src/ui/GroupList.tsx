import { PROVIDER_LABELS } from '../core/provider.js';
import { quoteValue } from '../core/query/quote-value.js';
import { formatTime } from './call-row.js';
import { usePanel } from './context.js';
import type { CodeGroup } from './groups.js';

function term(key: string, value: string): string {
  return `${key}:${quoteValue(value)}`;
}

/** The visible failed calls grouped by (provider, code); a click lists the calls of one group. */
export function GroupList() {
  const { store } = usePanel();
  const groups = store.groups.value;
  const open = (g: CodeGroup): void => {
    const terms = [g.provider ? term('provider', g.provider) : '', term('code', g.code)].filter(Boolean).join(' ');
    const query = store.query.peek().trim();
    store.setQuery(query ? `${query} ${terms}` : terms);
    store.setGrouped(false);
  };
  return (
    <div class="groups" data-testid="groups" role="table" aria-rowcount={groups.length}>
      <div class="group header" role="row">
        <span class="cell provider">Provider</span>
        <span class="cell code">Code</span>
        <span class="cell count">Count</span>
        <span class="cell time">First seen</span>
        <span class="cell time">Last seen</span>
        <span class="cell actions">Actions</span>
      </div>
      {groups.map((g) => (
        <div key={g.key} class="group" role="row" data-testid="group" data-code={g.code} data-count={g.count} title="List these calls" onClick={() => open(g)}>
          <span class="cell provider">{g.provider ? PROVIDER_LABELS[g.provider] : ''}</span>
          <span class="cell code">{g.code}</span>
          <span class="cell count">{g.count}</span>
          <span class="cell time">{formatTime(g.firstSeen)}</span>
          <span class="cell time">{formatTime(g.lastSeen)}</span>
          <span class="cell actions" title={g.actions.join(', ')}>
            {g.actions.join(', ')}
          </span>
        </div>
      ))}
    </div>
  );
}
