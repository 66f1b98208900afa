/**
 * What the panel shows: the live capture, or a HAR file the user imported, kept apart so that a customer's
 * file never mixes with the calls of the inspected page. Each is a full panel store (same filters, same
 * views); the live one keeps capturing while an import is shown.
 */
import { computed, signal } from '@preact/signals';
import { readHarOffThread } from './read-har.js';
import { createPanelStore, type PanelStore } from './store.js';

export interface ImportedHar {
  name: string;
  store: PanelStore;
  /** Entries read so far / in the file: the import is analysed in slices so the panel stays responsive. */
  done: number;
  total: number;
  /** Where the file was parsed: in a Worker, or on the main thread when no Worker could start. */
  thread: 'worker' | 'main';
}

/** Entries analysed per slice before yielding to the event loop. */
const SLICE = 100;

export function createWorkspace(live: PanelStore) {
  const imported = signal<ImportedHar | undefined>(undefined);
  const importError = signal<string | undefined>(undefined);
  const showing = signal<'live' | 'import'>('live');
  const active = computed(() => (showing.value === 'import' && imported.value ? imported.value.store : live));
  let serial = 0;

  /** Reads a HAR file (its text, or the file itself): parsed in a Worker, then analysed in slices with progress. */
  async function importHar(name: string, source: string | Blob): Promise<void> {
    const mine = ++serial;
    const read = await readHarOffThread(source);
    if (mine !== serial) return;
    if (!read.ok) {
      importError.value = `${name}: ${read.error}`;
      return;
    }
    importError.value = undefined;
    const { exchanges, thread } = read;
    const store = createPanelStore({ theme: live.theme.peek() });
    imported.value = { name, store, done: 0, total: exchanges.length, thread };
    showing.value = 'import';
    for (let i = 0; i < exchanges.length; i += SLICE) {
      if (mine !== serial) return;
      store.add(exchanges.slice(i, i + SLICE).map((exchange) => ({ exchange })));
      imported.value = { name, store, done: Math.min(exchanges.length, i + SLICE), total: exchanges.length, thread };
      if (i + SLICE < exchanges.length) await new Promise((r) => setTimeout(r, 0));
    }
  }

  return {
    live,
    imported,
    importError,
    showing,
    active,
    importHar,
    show: (which: 'live' | 'import') => (showing.value = which),
    closeImport: () => {
      serial++;
      imported.value = undefined;
      importError.value = undefined;
      showing.value = 'live';
    },
    dismissImportError: () => (importError.value = undefined),
  };
}

export type Workspace = ReturnType<typeof createWorkspace>;
