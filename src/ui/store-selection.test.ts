import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { CallRow } from './call-row.js';
import { createSelectionStore } from './store-selection.js';

const row = (id: number): CallRow => ({ id, startedAt: id, kind: 'error', status: 400, method: 'GET', url: 'https://x/', exchange: {} as CallRow['exchange'] });

describe('selection store', () => {
  it('extends a Shift range from the row last moved to, and re-anchors on a plain move', () => {
    const visible = signal([1, 2, 3, 4, 5].map(row));
    const s = createSelectionStore(visible);
    s.select(2);
    s.moveSelection(2, true);
    expect([...s.marked.value]).toEqual([2, 3, 4]);
    s.moveSelection(1);
    expect(s.selectedId.value).toBe(5);
    s.moveSelection(-2, true);
    expect([...s.marked.value].sort()).toEqual([3, 4, 5]);
  });

  it('picks the marked visible rows, else the selected one, and forgets a row the list no longer shows', () => {
    const visible = signal([1, 2, 3].map(row));
    const s = createSelectionStore(visible);
    s.select(1);
    s.toggleMark(3);
    expect(s.picked.value.map((r) => r.id)).toEqual([1, 3]);
    visible.value = [row(2), row(3)];
    expect(s.picked.value.map((r) => r.id)).toEqual([3]);
    s.clearMarks();
    s.select(1);
    expect(s.selected.value).toBeUndefined();
    expect(s.picked.value).toEqual([]);
  });

  it('resets to nothing selected or picked', () => {
    const s = createSelectionStore(signal([1, 2].map(row)));
    s.markRange(2);
    s.reset();
    expect([s.selectedId.value, s.marked.value.size]).toEqual([undefined, 0]);
  });
});
