import { describe, expect, it } from 'vitest';
import { keyCommand, preventsDefault, type KeyContext, type KeyPress } from './keymap.js';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });
const LIST: KeyContext = { typing: false, inFilter: false, pageRows: 18 };
const FILTER: KeyContext = { typing: true, inFilter: true, pageRows: 18 };
const OTHER_INPUT: KeyContext = { typing: true, inFilter: false, pageRows: 18 };

describe('keyCommand', () => {
  it('moves with the arrows, from the list and from the filter box, extending with Shift', () => {
    expect(keyCommand(press('ArrowDown'), LIST)).toEqual({ kind: 'move', delta: 1, extend: false });
    expect(keyCommand(press('ArrowUp'), FILTER)).toEqual({ kind: 'move', delta: -1, extend: false });
    expect(keyCommand(press('ArrowDown', { shiftKey: true }), LIST)).toEqual({ kind: 'move', delta: 1, extend: true });
  });

  it('jumps a page or to either end, but not while typing (the caret moves there)', () => {
    expect(keyCommand(press('PageDown'), LIST)).toEqual({ kind: 'move', delta: 18, extend: false });
    expect(keyCommand(press('PageUp', { shiftKey: true }), LIST)).toEqual({ kind: 'move', delta: -18, extend: true });
    expect(keyCommand(press('Home'), LIST)).toEqual({ kind: 'move', delta: -Infinity, extend: false });
    expect(keyCommand(press('End'), LIST)).toEqual({ kind: 'move', delta: Infinity, extend: false });
    expect(keyCommand(press('Home'), FILTER)).toBeUndefined();
    expect(keyCommand(press('PageDown'), OTHER_INPUT)).toBeUndefined();
  });

  it('opens the details with Enter from the list or the filter box, not from another field', () => {
    expect(keyCommand(press('Enter'), LIST)).toEqual({ kind: 'open' });
    expect(keyCommand(press('Enter'), FILTER)).toEqual({ kind: 'open' });
    expect(keyCommand(press('Enter'), OTHER_INPUT)).toBeUndefined();
  });

  it('has single-key commands that never fire while typing or with a modifier', () => {
    expect(keyCommand(press('/'), LIST)).toEqual({ kind: 'focus-filter' });
    expect(keyCommand(press('c'), LIST)).toEqual({ kind: 'copy-request-id' });
    expect(keyCommand(press('Escape'), LIST)).toEqual({ kind: 'close' });
    expect(keyCommand(press('c'), FILTER)).toBeUndefined();
    expect(keyCommand(press('/'), FILTER)).toBeUndefined();
    expect(keyCommand(press('c', { ctrlKey: true }), LIST)).toBeUndefined(); // Ctrl+C copies the text selection
    expect(keyCommand(press('c', { metaKey: true }), LIST)).toBeUndefined();
    expect(keyCommand(press('/', { altKey: true }), LIST)).toBeUndefined();
    expect(keyCommand(press('x'), LIST)).toBeUndefined();
  });

  it('keeps the browser from scrolling on moves and from typing the `/` that focuses the filter', () => {
    expect(preventsDefault({ kind: 'move', delta: 1, extend: false })).toBe(true);
    expect(preventsDefault({ kind: 'focus-filter' })).toBe(true);
    expect(preventsDefault({ kind: 'open' })).toBe(false);
    expect(preventsDefault({ kind: 'copy-request-id' })).toBe(false);
    expect(preventsDefault({ kind: 'close' })).toBe(false);
  });
});
