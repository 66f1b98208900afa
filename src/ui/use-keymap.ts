import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { copyAndAnnounce } from './copy-announce.js';
import { keyCommand, preventsDefault, type KeyCommand } from './keymap.js';
import type { PanelStore } from './store.js';
import { pageRows } from './windowing.js';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}

/** Listens for the panel's keys on the document of `root` (keymap.ts says which key does what). */
export function useKeymap(root: RefObject<HTMLElement | null>, store: PanelStore): void {
  useEffect(() => {
    const doc = root.current?.ownerDocument;
    if (!doc) return;
    const run = (command: KeyCommand, target: HTMLElement | null): void => {
      switch (command.kind) {
        case 'move':
          store.moveSelection(command.delta, command.extend);
          return;
        case 'open':
          if (store.selected.peek() === undefined) store.moveSelection(1);
          if (isTyping(target)) target?.blur();
          return;
        case 'focus-filter':
          doc.querySelector<HTMLInputElement>('[data-testid=filter]')?.focus();
          return;
        case 'copy-request-id': {
          const id = store.selected.peek()?.requestId;
          if (id) void copyAndAnnounce(doc, id, `RequestId ${id}`, store.announce);
          return;
        }
        case 'close':
          store.select(undefined);
          return;
        default: {
          const never: never = command;
          return never;
        }
      }
    };
    const onKey = (e: KeyboardEvent): void => {
      const target = e.target as HTMLElement | null;
      const typing = isTyping(target);
      const list = doc.querySelector<HTMLElement>('[data-testid=list]');
      const command = keyCommand(e, { typing, inFilter: typing && target?.dataset.testid === 'filter', pageRows: pageRows(list?.clientHeight ?? 0) });
      if (!command) return;
      if (preventsDefault(command)) e.preventDefault();
      run(command, target);
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [root, store]);
}
