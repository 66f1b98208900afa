import { CATEGORY_LABELS, isCategory } from '../category.js';
import { isProvider, PROVIDER_LABELS } from '../provider.js';
import { queryKey, QUERY_KEY_HINTS, QUERY_KEYS, type QueryKey } from './keys.js';
import type { QueryRow } from './match-query.js';
import { LIST_KEYS, parseQuery } from './parse-query.js';
import { quoteValue } from './quote-value.js';

export interface Suggestion {
  kind: 'key' | 'value';
  /** What the list shows: `provider:` or `aliyun`. */
  label: string;
  /** The text that replaces [start, end) of the query. */
  insert: string;
  start: number;
  end: number;
  /** Rows holding this value (value suggestions only). */
  count?: number;
  /** A short explanation: what a key does, the label of a provider or category. */
  detail?: string;
}

const DEFAULT_LIMIT = 20;

/**
 * What to offer at `cursor`: key names while the term has no colon, and after `key:` the values the rows
 * actually hold, most frequent first, with counts. Regexes and quoted free text get nothing.
 */
export function suggest(text: string, cursor: number, rows: readonly QueryRow[], limit = DEFAULT_LIMIT): Suggestion[] {
  const term = parseQuery(text).terms.find((t) => t.start <= cursor && cursor <= t.end);
  if (!term) return keySuggestions('', cursor, cursor);
  const from = term.negated ? term.start + 1 : term.start;
  if (cursor < from || term.kind === 'regex') return [];
  if (term.kind === 'text') {
    if (text[from] === '"') return [];
    return keySuggestions(text.slice(from, cursor), from, term.end);
  }
  const colon = from + term.rawKey.length;
  if (cursor <= colon) return keySuggestions(text.slice(from, cursor), from, colon + 1);
  const key = queryKey(term.rawKey);
  if (!key) return [];
  // In a list (`provider:aws,gc|`) only the part under the cursor is completed and replaced.
  let start = colon + 1;
  let end = term.end;
  if (LIST_KEYS.has(key)) {
    start = text.lastIndexOf(',', cursor - 1) + 1 || start;
    if (start <= colon) start = colon + 1;
    const comma = text.indexOf(',', cursor);
    if (comma !== -1 && comma < end) end = comma;
  }
  const typed = text.slice(start, cursor).replace(/^"/, '').replace(/\*$/, '').toLowerCase();
  return valueSuggestions(key, typed, rows, start, end, limit);
}

function keySuggestions(typed: string, start: number, end: number): Suggestion[] {
  const t = typed.toLowerCase();
  return QUERY_KEYS.filter((k) => k.startsWith(t)).map((k) => ({ kind: 'key', label: `${k}:`, insert: `${k}:`, start, end, detail: QUERY_KEY_HINTS[k] }));
}

function valueSuggestions(key: QueryKey, typed: string, rows: readonly QueryRow[], start: number, end: number, limit: number): Suggestion[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const v = rowValue(key, row);
    if (v === undefined || v === '') continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts]
    .filter(([v]) => v.toLowerCase().includes(typed))
    .sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([v, count]) => {
      const detail = key === 'provider' && isProvider(v) ? PROVIDER_LABELS[v] : key === 'category' && isCategory(v) ? CATEGORY_LABELS[v] : undefined;
      return { kind: 'value', label: v, insert: quoteValue(v), start, end, count, ...(detail ? { detail } : {}) };
    });
}

function rowValue(key: QueryKey, row: QueryRow): string | undefined {
  switch (key) {
    case 'provider':
      return row.provider;
    case 'code':
      return row.code;
    case 'status':
      return String(row.status);
    case 'category':
      return row.category;
    case 'retryable':
      return typeof row.retryable === 'boolean' ? (row.retryable ? 'yes' : 'no') : undefined;
    case 'action':
      return row.action;
    case 'host':
      return row.host;
    case 'requestid':
      return row.requestId;
    case 'region':
      return row.region;
    case 'message':
      return row.message;
    default: {
      const never: never = key;
      return never;
    }
  }
}
