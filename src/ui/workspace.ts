/**
 * What the panel shows: the live capture, or a HAR file the user imported, kept apart so that a customer's
 * file never mixes with the calls of the inspected page. Each is a full panel store (same filters, same
 * views); the live one keeps capturing while an import is shown.
 */
import { batch, computed, signal } from '@preact/signals';
import { readHarOffThread, type ReadProgress } from './read-har.js';
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

/** A file being read (in the Worker, before its calls are listed): its name and where the read is. */
export interface ImportLoading extends ReadProgress {
  name: string;
}

/**
 * The listing runs in small steps within a time budget per task, then yields: the first steps are slow (the
 * engine is cold on the panel's thread), later ones fast, and a fixed slice of 100 stalled the panel for
 * about 0.1 s at the start of a 100 MB import.
 */
const STEP = 25;
const BUDGET_MS = 8;

export function createWorkspace(live: PanelStore) {
  const imported = signal<ImportedHar | undefined>(undefined);
  const importError = signal<string | undefined>(undefined);
  /** The file being read; a previous import stays shown until this one has been read. */
  const loading = signal<ImportLoading | undefined>(undefined);
  const showing = signal<'live' | 'import'>('live');
  const active = computed(() => (showing.value === 'import' && imported.value ? imported.value.store : live));
  let serial = 0;
  let reading: AbortController | undefined;

  function cancelRead(): void {
    serial++;
    reading?.abort();
    reading = undefined;
    loading.value = undefined;
  }

  /** Reads a HAR file (its text, or the file itself): parsed in a Worker, then listed in slices, with progress. */
  async function importHar(name: string, source: string | Blob): Promise<void> {
    cancelRead();
    // An import still being listed would stay half-listed: drop it; a fully listed one stays until this one is read.
    const previous = imported.peek();
    if (previous && previous.done < previous.total) {
      imported.value = undefined;
      showing.value = 'live';
    }
    const mine = serial;
    const controller = (reading = new AbortController());
    importError.value = undefined;
    const size = typeof source === 'string' ? source.length : source.size;
    loading.value = { name, phase: 'reading', done: 0, total: size };
    const read = await readHarOffThread(
      source,
      (progress) => {
        if (mine === serial) loading.value = { name, ...progress };
      },
      controller.signal,
    );
    if (mine !== serial) return;
    reading = undefined;
    if (!read.ok) {
      batch(() => {
        loading.value = undefined;
        importError.value = `${name}: ${read.error}`;
      });
      return;
    }
    const { calls, thread } = read;
    const store = createPanelStore({ theme: live.theme.peek() });
    // One update, so the bar goes from the read's progress to the listing's without showing nothing between.
    batch(() => {
      loading.value = undefined;
      imported.value = { name, store, done: 0, total: calls.length, thread };
      showing.value = 'import';
    });
    // Let the panel switch to the (empty) import first; the listing then fills it step by step.
    await new Promise((r) => setTimeout(r, 0));
    let i = 0;
    while (i < calls.length && mine === serial) {
      const started = performance.now();
      do {
        store.add(calls.slice(i, i + STEP));
        i = Math.min(calls.length, i + STEP);
      } while (i < calls.length && performance.now() - started < BUDGET_MS);
      imported.value = { name, store, done: i, total: calls.length, thread };
      if (i < calls.length) await new Promise((r) => setTimeout(r, 0));
    }
  }

  return {
    live,
    imported,
    importError,
    loading,
    showing,
    active,
    importHar,
    show: (which: 'live' | 'import') => (showing.value = which),
    /** Stops reading a file (Cancel); an import already shown stays. */
    cancelRead,
    /** Closes the imported file, and stops one being read. */
    closeImport: () => {
      cancelRead();
      imported.value = undefined;
      importError.value = undefined;
      showing.value = 'live';
    },
    dismissImportError: () => (importError.value = undefined),
  };
}

export type Workspace = ReturnType<typeof createWorkspace>;
