import { describe, expect, it } from 'vitest';
import { loadFilter, loadPreserveLog, saveFilter, savePreserveLog } from './preferences.js';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

describe('preferences', () => {
  it('round-trips Preserve log and the filter with its chips', () => {
    const storage = memoryStorage();
    savePreserveLog(storage, true);
    saveFilter(storage, { query: 'provider:aws -code:Throttling*', providers: ['aws'], categories: ['permission'] });
    expect(loadPreserveLog(storage)).toBe(true);
    expect(loadFilter(storage)).toEqual({ query: 'provider:aws -code:Throttling*', providers: ['aws'], categories: ['permission'] });
  });

  it('drops unknown chips and unreadable values instead of failing', () => {
    const storage = memoryStorage();
    storage.setItem('cloud-errors.filter', JSON.stringify({ query: 42, providers: ['aws', 'nope'], categories: 'x' }));
    expect(loadFilter(storage)).toEqual({ query: '', providers: ['aws'], categories: [] });
    storage.setItem('cloud-errors.filter', '{not json');
    expect(loadFilter(storage)).toBeUndefined();
    expect(loadFilter(undefined)).toBeUndefined();
  });
});
