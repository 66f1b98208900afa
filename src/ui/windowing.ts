/**
 * The maths of the windowed list: rows have one fixed height, so which rows exist in the DOM, where the
 * list scrolls to reveal one, and how many make a page all follow from the scroll offset and the height.
 */

/** Fixed row height in CSS pixels (panel.css sets the same). */
export const ROW_HEIGHT = 22;
/** Rows rendered beyond each edge of the viewport, so a small scroll shows rows that already exist. */
export const OVERSCAN = 8;

/** The rows to render, [first, last): those in view plus the overscan, clamped to the list. */
export function windowRange(scrollTop: number, height: number, count: number, rowHeight = ROW_HEIGHT, overscan = OVERSCAN): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return { first: Math.min(first, last), last };
}

/**
 * The scroll offset that brings row `index` into view (under the sticky header, one row high), or undefined
 * when it is in view already: the list scrolls as little as it can, as a file list does.
 */
export function scrollToReveal(index: number, scrollTop: number, clientHeight: number, rowHeight = ROW_HEIGHT): number | undefined {
  const top = index * rowHeight;
  const viewport = clientHeight - rowHeight; // minus the sticky header
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewport) return top + rowHeight - viewport;
  return undefined;
}

/** PageUp/PageDown: the rows in view less two, so a row stays in sight across the jump (at least one). */
export function pageRows(clientHeight: number, rowHeight = ROW_HEIGHT): number {
  return Math.max(1, Math.floor(clientHeight / rowHeight) - 2);
}
