/**
 * The selection over the visible rows, as in a file list: one selected row (the detail pane), rows picked with
 * Ctrl/Cmd-click or a Shift range (copies of several calls), and the anchor a Shift range starts from.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { CallRow } from './call-row.js';

export interface SelectionStore {
  selectedId: ReadonlySignal<number | undefined>;
  /** Rows picked with Ctrl/Cmd-click or a Shift range, for copies of several calls at once. */
  marked: ReadonlySignal<ReadonlySet<number>>;
  /**
   * The selected call while the list shows it: a filter that hides it closes the detail (and `c` copies
   * nothing hidden); the selection comes back when the filter lets the call through again.
   */
  selected: ReadonlySignal<CallRow | undefined>;
  /** The calls a copy applies to: the picked visible rows, else the selected one. */
  picked: ReadonlySignal<readonly CallRow[]>;
  select(id: number | undefined): void;
  /**
   * Up/down (±1), PageUp/PageDown (± a page), Home/End (±Infinity): the visible row that far away; with
   * `extend` (Shift), the picked range grows or shrinks with it.
   */
  moveSelection(delta: number, extend?: boolean): void;
  /**
   * Shift-click (or Shift+up/down): pick every visible row from the anchor (the row last clicked without Shift,
   * else the selected one) to this one; the anchor stays, so a second Shift-click re-draws the range.
   */
  markRange(id: number): void;
  /** Ctrl/Cmd-click: add the row to the picked ones (or take it out), and show it. */
  toggleMark(id: number): void;
  clearMarks(): void;
  /** Nothing selected or picked (the list was cleared). */
  reset(): void;
}

export function createSelectionStore(visible: ReadonlySignal<readonly CallRow[]>): SelectionStore {
  const selectedId = signal<number | undefined>(undefined);
  const marked = signal<ReadonlySet<number>>(new Set());
  /** Where a Shift range starts: the row last clicked (or moved to) without Shift. */
  let anchorId: number | undefined;
  const selected = computed(() => {
    const id = selectedId.value;
    // Nothing selected (the usual case while typing in the filter): no scan of the list.
    return id === undefined ? undefined : visible.value.find((r) => r.id === id);
  });
  const picked = computed(() => {
    const many = marked.value.size > 0 ? visible.value.filter((r) => marked.value.has(r.id)) : [];
    if (many.length > 0) return many;
    return selected.value ? [selected.value] : [];
  });

  function select(id: number | undefined): void {
    anchorId = id;
    selectedId.value = id;
  }

  function markRange(id: number): void {
    const list = visible.value;
    const from = list.findIndex((r) => r.id === (anchorId ?? selectedId.value));
    const to = list.findIndex((r) => r.id === id);
    if (to === -1) return;
    if (from === -1) anchorId = id;
    const [lo, hi] = from === -1 ? [to, to] : [Math.min(from, to), Math.max(from, to)];
    batch(() => {
      marked.value = new Set(list.slice(lo, hi + 1).map((r) => r.id));
      selectedId.value = id;
    });
  }

  function moveSelection(delta: number, extend = false): void {
    const list = visible.value;
    if (list.length === 0) return;
    const at = list.findIndex((r) => r.id === selectedId.value);
    // With nothing selected, down starts before the first row and up after the last (End: the last row).
    const from = at === -1 ? (delta > 0 ? -1 : list.length) : at;
    const next = Math.min(list.length - 1, Math.max(0, from + delta));
    const id = list[next]?.id;
    if (id === undefined) return;
    // A plain move re-anchors, as in a file list: Shift+arrow then extends from here.
    if (extend) markRange(id);
    else select(id);
  }

  function toggleMark(id: number): void {
    batch(() => {
      const next = new Set(marked.value);
      // The first Ctrl-click keeps the row already selected, as in a file list.
      if (next.size === 0 && selectedId.value !== undefined && selectedId.value !== id) next.add(selectedId.value);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      marked.value = next;
      selectedId.value = id;
      anchorId = id;
    });
  }

  return {
    selectedId,
    marked,
    selected,
    picked,
    select,
    moveSelection,
    markRange,
    toggleMark,
    clearMarks: () => (marked.value = new Set()),
    reset: () =>
      batch(() => {
        selectedId.value = undefined;
        marked.value = new Set();
      }),
  };
}
