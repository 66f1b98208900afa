/**
 * Panel settings that outlive a DevTools session ("Preserve log", the filter text and its chips) persist in
 * the extension origin's localStorage, which the devtools page can use without the `storage` permission.
 */
import { CATEGORIES, type Category } from '../core/category.js';
import { PROVIDERS, type Provider } from '../core/provider.js';
import type { SavedFilter } from '../ui/store.js';

const PRESERVE_LOG_KEY = 'cloud-errors.preserveLog';
const FILTER_KEY = 'cloud-errors.filter';
/** A stored filter longer than this is not restored: it came from somewhere else. */
const MAX_QUERY = 2000;

function read(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: Storage | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // storage disabled: the setting lasts for this DevTools session only
  }
}

export function loadPreserveLog(storage: Storage | undefined): boolean {
  return read(storage, PRESERVE_LOG_KEY) === 'true';
}

export function savePreserveLog(storage: Storage | undefined, on: boolean): void {
  write(storage, PRESERVE_LOG_KEY, String(on));
}

/** The saved filter, keeping only known providers and categories; undefined when none was saved or it is unreadable. */
export function loadFilter(storage: Storage | undefined): SavedFilter | undefined {
  const text = read(storage, FILTER_KEY);
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as { query?: unknown; providers?: unknown; categories?: unknown };
    const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
    return {
      query: typeof value.query === 'string' && value.query.length <= MAX_QUERY ? value.query : '',
      providers: list(value.providers).filter((p): p is Provider => (PROVIDERS as readonly unknown[]).includes(p)),
      categories: list(value.categories).filter((c): c is Category => (CATEGORIES as readonly unknown[]).includes(c)),
    };
  } catch {
    return undefined;
  }
}

export function saveFilter(storage: Storage | undefined, filter: SavedFilter): void {
  write(storage, FILTER_KEY, JSON.stringify(filter));
}
