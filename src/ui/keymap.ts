/**
 * The panel's keyboard, as a pure function from a key press to a command: ↑/↓ move (also from the filter
 * box), PageUp/PageDown/Home/End jump, Enter opens the details, `/` focuses the filter, `c` copies the
 * RequestId, Esc closes. Shift extends the selection as in a file list. The hook that applies the commands
 * lives in use-keymap.ts.
 */

/** The parts of a KeyboardEvent the keymap reads. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface KeyContext {
  /** Focus is in a text field (the filter box or another input). */
  typing: boolean;
  /** That text field is the filter box: Enter there opens the details. */
  inFilter: boolean;
  /** Rows in a page of the list (PageUp/PageDown). */
  pageRows: number;
}

export type KeyCommand =
  /** Move the selection by `delta` visible rows (±Infinity: to either end); `extend` grows the picked range. */
  | { kind: 'move'; delta: number; extend: boolean }
  /** Open the details of the selected row, or of the first one; leave the filter box. */
  | { kind: 'open' }
  | { kind: 'focus-filter' }
  | { kind: 'copy-request-id' }
  | { kind: 'close' };

/** The command for a key press, or undefined when the panel leaves the key to the browser. */
export function keyCommand(e: KeyPress, ctx: KeyContext): KeyCommand | undefined {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') return { kind: 'move', delta: e.key === 'ArrowDown' ? 1 : -1, extend: e.shiftKey };
  if (!ctx.typing) {
    // As in a file list: the first or last call, or a page of rows at a time.
    if (e.key === 'Home') return { kind: 'move', delta: -Infinity, extend: e.shiftKey };
    if (e.key === 'End') return { kind: 'move', delta: Infinity, extend: e.shiftKey };
    if (e.key === 'PageDown') return { kind: 'move', delta: ctx.pageRows, extend: e.shiftKey };
    if (e.key === 'PageUp') return { kind: 'move', delta: -ctx.pageRows, extend: e.shiftKey };
  }
  if (e.key === 'Enter' && (!ctx.typing || ctx.inFilter)) return { kind: 'open' };
  if (ctx.typing || e.ctrlKey || e.metaKey || e.altKey) return undefined;
  if (e.key === '/') return { kind: 'focus-filter' };
  if (e.key === 'c') return { kind: 'copy-request-id' };
  if (e.key === 'Escape') return { kind: 'close' };
  return undefined;
}

/** Commands whose key the browser must not also handle (scrolling the list, typing `/` into the filter). */
export function preventsDefault(command: KeyCommand): boolean {
  return command.kind === 'move' || command.kind === 'focus-filter';
}
