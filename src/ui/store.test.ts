import { describe, expect, it } from 'vitest';
import { fixtureToExchange } from '../../fixtures/fixture.js';
import { loadFixtures } from '../../fixtures/load.js';
import { createPanelStore } from './store.js';

const FIXTURES = loadFixtures();
const at = (i: number) => new Date(Date.UTC(2026, 10, 23, 8, 0, 0, i)).toISOString();
const calls = FIXTURES.map((f, i) => ({ exchange: fixtureToExchange(f.fixture, at(i * 10)) }));
const errors = FIXTURES.filter((f) => f.fixture.expect.kind === 'error').length;

describe('panel store', () => {
  it('lists failures by default, everything recognised with the toggle, and counts what it inspected', () => {
    const store = createPanelStore();
    store.add(calls);
    expect(store.failed.value).toBe(errors);
    expect(store.inspected.value).toBe(calls.length);
    expect(store.visible.value.every((r) => r.kind === 'error')).toBe(true);
    store.setShowSuccesses(true);
    expect(store.visible.value.some((r) => r.kind === 'success')).toBe(true);
  });

  it('keeps rows in start order when calls arrive out of order', () => {
    const store = createPanelStore();
    store.add(calls.slice(10));
    store.add(calls.slice(0, 10));
    const times = store.rows.value.map((r) => r.startedAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('counts each chip group over the text match and the other group', () => {
    const store = createPanelStore();
    store.add(calls);
    store.toggleProvider('tencent');
    const tencent = store.visible.value.length;
    expect(store.categoryCounts.value.size).toBeGreaterThan(0);
    expect([...store.categoryCounts.value.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(tencent);
    expect(store.providerCounts.value.get('aliyun')).toBeGreaterThan(0); // other providers still show what a click would add
    store.setQuery('signature');
    expect(store.visible.value.length).toBeLessThan(tencent);
    expect(store.providerCounts.value.get('tencent')).toBe(store.visible.value.length);
  });

  it('clears on navigation unless Preserve log is on', () => {
    const store = createPanelStore();
    store.add(calls);
    store.navigated();
    expect([store.rows.value.length, store.inspected.value]).toEqual([0, 0]);
    store.add(calls);
    store.setPreserveLog(true);
    store.navigated();
    expect(store.failed.value).toBe(errors);
  });

  it('moves the selection within the visible rows and stops at the ends', () => {
    const store = createPanelStore();
    store.add(calls);
    const ids = store.visible.value.map((r) => r.id);
    store.moveSelection(-1);
    expect(store.selectedId.value).toBe(ids[ids.length - 1]);
    store.select(undefined);
    store.moveSelection(1);
    store.moveSelection(1);
    expect(store.selectedId.value).toBe(ids[1]);
    store.moveSelection(-5);
    expect(store.selectedId.value).toBe(ids[0]);
  });

  it('lists a call the capture refused with its reason', () => {
    const store = createPanelStore();
    store.add([{ exchange: calls[0]!.exchange, skippedReason: 'body of 2.0 MB exceeds the 1.0 MB parse cap' }]);
    store.setShowSuccesses(true);
    expect(store.visible.value[0]).toMatchObject({ kind: 'skipped', message: 'body of 2.0 MB exceeds the 1.0 MB parse cap' });
    expect(store.skipped.value).toBe(1);
  });

  it('replaces a row listed from its headers when the same call arrives with its body, in place and keeping the selection', () => {
    const store = createPanelStore();
    const aws = FIXTURES.find((f) => f.name === 'aws/json-1-0-dynamodb-type-namespace')!.fixture;
    const exchange = fixtureToExchange(aws, at(5));
    const withheld = { ...exchange, responseBody: undefined, bodyWithheld: true };
    store.add([calls[0]!, { exchange: withheld, key: 'k1' }, calls[FIXTURES.length - 1]!]);
    const before = store.rows.value.find((r) => r.exchange === withheld)!;
    const position = store.rows.value.indexOf(before);
    expect(before.code).toBe(`HTTP ${aws.response.status}`);
    store.select(before.id);
    const count = store.rows.value.length;
    const inspected = store.inspected.value;
    // A body that says nothing keeps the row.
    store.add([{ exchange: { ...exchange, responseBody: '<html></html>' }, key: 'k1', replaces: true }]);
    expect(store.rows.value.find((r) => r.id === before.id)?.code).toBe(before.code);
    store.add([{ exchange, key: 'k1', replaces: true }]);
    const after = store.rows.value.find((r) => r.id === before.id)!;
    expect(after.code).toBe('ResourceNotFoundException');
    expect(store.rows.value.indexOf(after)).toBe(position);
    expect(store.rows.value).toHaveLength(count);
    expect(store.inspected.value).toBe(inspected);
    expect(store.selected.value?.code).toBe('ResourceNotFoundException');
    // A replacement with no row to replace (its first delivery listed nothing: a call that came with no status,
    // say) is listed as a new row; that counts no second inspection.
    store.add([{ exchange: { ...exchange, url: exchange.url + '?again' }, key: 'k2', replaces: true }]);
    expect(store.rows.value).toHaveLength(count + 1);
    expect(store.inspected.value).toBe(inspected);
    expect(store.rows.value.find((r) => r.id === before.id)?.url).toBe(after.url);
  });

  it('filters with the query language: keys, negation, prefixes and ranges combine with AND', () => {
    const store = createPanelStore();
    store.add(calls);
    const all = store.visible.value;
    store.setQuery('provider:tencent');
    expect(store.visible.value.length).toBeGreaterThan(0);
    expect(store.visible.value.every((r) => r.provider === 'tencent')).toBe(true);
    store.setQuery('-provider:tencent');
    expect(store.visible.value.length).toBe(all.length - all.filter((r) => r.provider === 'tencent').length);
    store.setQuery('status:4xx code:Auth*');
    expect(store.visible.value.every((r) => r.status >= 400 && r.status < 500 && r.code?.toLowerCase().startsWith('auth'))).toBe(true);
  });

  it('ignores an invalid term, reports its reason, and keeps the valid ones', () => {
    const store = createPanelStore();
    store.add(calls);
    const all = store.visible.value.length;
    store.setQuery('provdier:aliyun');
    expect(store.visible.value.length).toBe(all);
    expect(store.queryProblems.value.map((t) => t.reason)).toEqual([expect.stringContaining('did you mean "provider"')]);
    store.setQuery('provider:aliyun');
    const aliyun = store.visible.value.length;
    expect(aliyun).toBeGreaterThan(0);
    store.setQuery('provider:aliyun status:abc');
    expect(store.visible.value.length).toBe(aliyun);
    expect(store.queryProblems.value).toHaveLength(1);
  });

  it('starts from a saved filter and exposes the current one for saving', () => {
    const store = createPanelStore({ filter: { query: 'code:Auth*', providers: ['tencent'], categories: [] } });
    store.add(calls);
    expect(store.visible.value.length).toBeGreaterThan(0);
    expect(store.visible.value.every((r) => r.provider === 'tencent' && r.code?.startsWith('Auth'))).toBe(true);
    store.toggleCategory('authentication');
    expect(store.savedFilter.value).toEqual({ query: 'code:Auth*', providers: ['tencent'], categories: ['authentication'] });
  });

  it('picks a range with Shift-click from the anchor, re-draws it from the same anchor, and extends it with Shift+arrows', () => {
    const store = createPanelStore();
    store.add(calls);
    const ids = store.visible.value.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(6);
    store.select(ids[2]);
    store.markRange(ids[5]!);
    expect(store.picked.value.map((r) => r.id)).toEqual(ids.slice(2, 6));
    expect(store.selectedId.value).toBe(ids[5]);
    store.markRange(ids[0]!); // the anchor is still row 2
    expect(store.picked.value.map((r) => r.id)).toEqual(ids.slice(0, 3));
    store.moveSelection(1, true);
    expect(store.picked.value.map((r) => r.id)).toEqual(ids.slice(1, 3));
    store.moveSelection(1); // without Shift: the selection moves and re-anchors; the picked rows stay until the next click
    expect(store.selectedId.value).toBe(ids[2]);
    store.moveSelection(1, true);
    expect(store.picked.value.map((r) => r.id)).toEqual(ids.slice(2, 4));
    store.toggleMark(ids[6]!); // Ctrl-click adds a row and becomes the anchor
    store.markRange(ids[4]!);
    expect(store.picked.value.map((r) => r.id)).toEqual(ids.slice(4, 7));
  });

  it('hides the detail of a call the filter hides, and shows it again when the filter lets it through', () => {
    const store = createPanelStore();
    store.add(calls);
    const row = store.visible.value.find((r) => r.provider === 'tencent')!;
    store.select(row.id);
    expect(store.selected.value?.id).toBe(row.id);
    store.setQuery('provider:aws');
    expect(store.selected.value).toBeUndefined();
    expect(store.picked.value).toEqual([]);
    store.setQuery('');
    expect(store.selected.value?.id).toBe(row.id);
  });

  it('moves by a page and to either end, from a selection or from none', () => {
    const store = createPanelStore();
    store.add(calls);
    const ids = store.visible.value.map((r) => r.id);
    store.moveSelection(Infinity);
    expect(store.selectedId.value).toBe(ids.at(-1));
    store.moveSelection(-Infinity);
    expect(store.selectedId.value).toBe(ids[0]);
    store.moveSelection(5);
    expect(store.selectedId.value).toBe(ids[5]);
    store.moveSelection(-Infinity, true);
    expect(store.picked.value.map((r) => r.id)).toEqual(ids.slice(0, 6));
    store.select(undefined);
    store.moveSelection(-1);
    expect(store.selectedId.value).toBe(ids.at(-1));
  });
});
