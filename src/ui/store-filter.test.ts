import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { CallRow } from './call-row.js';
import { createFilterStore } from './store-filter.js';

let nextId = 1;
const row = (over: Partial<CallRow>): CallRow => ({
  id: nextId++,
  startedAt: 0,
  kind: 'error',
  status: 400,
  method: 'GET',
  url: 'https://example.com/',
  exchange: {} as CallRow['exchange'],
  ...over,
});

const ROWS = [
  row({ provider: 'aws', category: 'authentication', code: 'AuthFailure' }),
  row({ provider: 'aws', category: 'quota-throttling', code: 'Throttling' }),
  row({ provider: 'tencent', category: 'authentication', code: 'AuthFailure.SignatureExpire' }),
  row({ provider: 'aliyun', category: 'not-found', code: 'InvalidInstanceId.NotFound' }),
  row({ kind: 'success', provider: 'aws' }),
];

describe('filter store', () => {
  it('starts from the saved filter and saves what the user changes', () => {
    const f = createFilterStore(signal(ROWS), signal(false), { query: 'auth', providers: ['aws'], categories: [] });
    expect(f.matched.value.map((r) => r.code)).toEqual(['AuthFailure']);
    f.toggleProvider('aws');
    f.toggleCategory('authentication');
    expect(f.savedFilter.value).toEqual({ query: 'auth', providers: [], categories: ['authentication'] });
    f.clearFilters();
    expect(f.matched.value).toHaveLength(4);
  });

  it('counts each chip group over the query and the other group only', () => {
    const f = createFilterStore(signal(ROWS), signal(false));
    f.toggleProvider('aws');
    expect(Object.fromEntries(f.categoryCounts.value)).toEqual({ authentication: 1, 'quota-throttling': 1 });
    // The provider chips still count every provider: a click would add them.
    expect(Object.fromEntries(f.providerCounts.value)).toEqual({ aws: 2, tencent: 1, aliyun: 1 });
    f.setQuery('auth');
    expect(Object.fromEntries(f.providerCounts.value)).toEqual({ aws: 1, tencent: 1 });
  });

  it('lists successes only when asked, and ignores invalid terms', () => {
    const show = signal(false);
    const f = createFilterStore(signal(ROWS), show);
    f.setQuery('provder:aws');
    expect(f.queryProblems.value).toHaveLength(1);
    expect(f.matched.value).toHaveLength(4);
    show.value = true;
    expect(f.matched.value).toHaveLength(5);
  });
});
