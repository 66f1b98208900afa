import type { Provider } from '../core/provider.js';
import type { CallRow } from './call-row.js';

/** The failed calls that share one (provider, code): a meaning belongs to the pair, never to a code alone. */
export interface CodeGroup {
  key: string;
  provider?: Provider;
  code: string;
  count: number;
  /** Epoch ms of the first and last call (0 when unknown). */
  firstSeen: number;
  lastSeen: number;
  /** The actions that hit this code, most frequent first. */
  actions: string[];
}

export function groupByCode(rows: readonly CallRow[]): CodeGroup[] {
  const groups = new Map<string, CodeGroup & { actionCounts: Map<string, number> }>();
  for (const row of rows) {
    if (row.kind !== 'error' || !row.code) continue;
    const key = `${row.provider ?? ''}\u0000${row.code}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, provider: row.provider, code: row.code, count: 0, firstSeen: 0, lastSeen: 0, actions: [], actionCounts: new Map() };
      groups.set(key, g);
    }
    g.count++;
    if (row.startedAt) {
      g.firstSeen = g.firstSeen ? Math.min(g.firstSeen, row.startedAt) : row.startedAt;
      g.lastSeen = Math.max(g.lastSeen, row.startedAt);
    }
    if (row.action) g.actionCounts.set(row.action, (g.actionCounts.get(row.action) ?? 0) + 1);
  }
  return [...groups.values()]
    .map(({ actionCounts, ...g }) => ({ ...g, actions: [...actionCounts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([a]) => a) }))
    .sort((a, b) => b.count - a.count || a.firstSeen - b.firstSeen || (a.code < b.code ? -1 : 1));
}
