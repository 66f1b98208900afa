import { useSignalEffect } from '@preact/signals';
import type { RefObject } from 'preact';
import type { Theme } from './store.js';
import type { ReadonlySignal } from '@preact/signals';

/** The theme goes on the panel document's root (the document of `root`), so the page background follows it too. */
export function useDocumentTheme(root: RefObject<HTMLElement | null>, theme: ReadonlySignal<Theme>): void {
  useSignalEffect(() => {
    const doc = root.current?.ownerDocument;
    if (doc) doc.documentElement.dataset.theme = theme.value;
  });
}
