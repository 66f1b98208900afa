// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureToExchange } from '../../fixtures/fixture.js';
import { loadFixtures } from '../../fixtures/load.js';
import { CallList } from './CallList.js';
import { PanelContext } from './context.js';
import { createPanelStore, type PanelStore } from './store.js';
import { ROW_HEIGHT } from './windowing.js';
import { createWorkspace } from './workspace.js';

const ERRORS = loadFixtures()
  .filter((f) => f.fixture.expect.kind === 'error')
  .map((f) => f.fixture);
const at = (i: number): string => new Date(Date.UTC(2026, 10, 23, 8, 0, 0) + i * 10).toISOString();

function storeWith(count: number): PanelStore {
  const store = createPanelStore();
  store.add(Array.from({ length: count }, (_, i) => ({ exchange: fixtureToExchange(ERRORS[i % ERRORS.length]!, at(i)) })));
  return store;
}

function renderList(store: PanelStore) {
  const view = render(
    <PanelContext.Provider value={{ store, host: {}, workspace: createWorkspace(store) }}>
      <CallList />
    </PanelContext.Provider>,
  );
  const list = view.getByTestId('list');
  const rows = (): HTMLElement[] => view.queryAllByTestId('row');
  const ids = (): number[] => rows().map((r) => Number(r.dataset.id));
  return { list, rows, ids };
}

afterEach(cleanup);

describe('CallList', () => {
  it('renders only the rows in view of 2,000, each at its place, and the rest as they scroll in', () => {
    const store = storeWith(2_000);
    const { list, rows, ids } = renderList(store);
    expect(list.getAttribute('aria-rowcount')).toBe('2001');
    expect(list.querySelector<HTMLElement>('.rows')?.style.height).toBe(`${2_000 * ROW_HEIGHT}px`);
    expect(rows().length).toBeGreaterThan(10);
    expect(rows().length).toBeLessThan(60);
    expect(ids()[0]).toBe(store.visible.value[0]?.id);

    list.scrollTop = 1_000 * ROW_HEIGHT;
    fireEvent.scroll(list);
    const shown = rows().map((r) => Number(r.getAttribute('aria-rowindex')) - 2);
    expect(shown).toContain(1_000);
    expect(shown.every((i) => i > 980 && i < 1_060)).toBe(true);
    for (const r of rows()) {
      const index = Number(r.getAttribute('aria-rowindex')) - 2;
      expect(r.style.top).toBe(`${index * ROW_HEIGHT}px`);
      expect(Number(r.dataset.id)).toBe(store.visible.value[index]?.id);
    }
  });

  it('follows the filter, keeping the row elements and changing what they show', () => {
    const store = storeWith(300);
    const { list, rows, ids } = renderList(store);
    const firstRow = rows()[0];
    const before = ids();
    void act(() => store.setQuery('provider:tencent'));
    expect(ids()[0]).not.toBe(before[0]);
    expect(list.dataset.count).toBe(String(store.visible.value.length));
    expect(ids()).toEqual(store.visible.value.slice(0, ids().length).map((r) => r.id));
    expect(rows().every((r) => r.querySelector('.provider')?.textContent === 'Tencent Cloud')).toBe(true);
    expect(rows()[0]).toBe(firstRow); // patched in place, not rebuilt
  });

  it('selects on click, picks with Ctrl-click and a Shift range, and sorts on a header click', () => {
    const store = storeWith(50);
    const { rows, ids, list } = renderList(store);
    const [a, b, , d] = ids();
    fireEvent.mouseDown(rows()[0]!);
    expect(store.selectedId.value).toBe(a);
    expect(rows()[0]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.mouseDown(rows()[1]!, { ctrlKey: true });
    expect([...store.marked.value]).toEqual([a, b]);
    fireEvent.mouseDown(rows()[3]!, { shiftKey: true });
    expect([...store.marked.value].sort((x, y) => x - y)).toEqual(ids().slice(1, 4));
    expect(rows()[3]?.dataset.marked).toBe('true');
    expect(store.selectedId.value).toBe(d);

    fireEvent.click(list.querySelector('[data-testid=sort-code]')!);
    const codes = rows().map((r) => r.dataset.code ?? '');
    expect(codes).toEqual([...codes].sort((x, y) => x.localeCompare(y, undefined, { numeric: true, sensitivity: 'base' })));
    expect(list.querySelector('[data-testid=sort-code]')?.getAttribute('aria-sort')).toBe('ascending');
  });

  it('renders a hostile message as text', () => {
    const store = createPanelStore();
    const hostile = loadFixtures().find((f) => f.name.includes('hostile'))!.fixture;
    store.add([{ exchange: fixtureToExchange(hostile, at(0)) }]);
    const { list, rows } = renderList(store);
    expect(rows()).toHaveLength(1);
    expect(list.querySelector('img')).toBeNull();
    expect(rows()[0]?.querySelector('.message')?.textContent).toContain('<img');
  });

  it("shows Tencent 2.0's codeDesc beside the numeric code, as secondary text", () => {
    const store = createPanelStore();
    const v2 = loadFixtures().find((f) => f.name === 'tencent-v2/error-common-code-4100')!.fixture;
    store.add([{ exchange: fixtureToExchange(v2, at(0)) }]);
    const { rows } = renderList(store);
    const code = rows()[0]!.querySelector('.code')!;
    expect(code.textContent).toBe('4100 AuthFailure.SignatureFailure');
    expect(code.querySelector('.code-desc')?.textContent?.trim()).toBe('AuthFailure.SignatureFailure');
    expect(rows()[0]!.dataset.code).toBe('4100');
  });
});
