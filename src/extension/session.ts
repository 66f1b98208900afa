/**
 * One DevTools session: capture starts at once (whether or not the panel is ever shown), state lives in a
 * store owned by the devtools page, and the panel is rendered into the panel's window when it is first
 * shown, so the calls captured before that are already there (the preact-devtools pattern).
 */
import { effect } from '@preact/signals';
import { mountPanel } from '../ui/mount.js';
import { createPanelStore, type IncomingCall, type PanelStore } from '../ui/store.js';
import { startCapture, type CapturedCall } from './capture.js';
import type { DevtoolsApi, Unsubscribe } from './devtools-api.js';
import { loadFilter, loadPreserveLog, saveFilter, savePreserveLog } from './preferences.js';

interface Session {
  store: PanelStore;
  /** Resolves once the getHAR backfill has been read. */
  backfilled: Promise<number>;
  showIn(panelWindow: Window): void;
  stop(): void;
}

export function startSession(api: DevtoolsApi, storage: Storage | undefined): Session {
  const store = createPanelStore({ preserveLog: loadPreserveLog(storage), theme: api.theme(), filter: loadFilter(storage) });
  const cleanups: Unsubscribe[] = [];

  // Calls arrive one by one (a burst is dozens within a frame): apply them in one batch per task.
  let pending: IncomingCall[] = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    const calls = pending;
    pending = [];
    store.add(calls);
  };
  const onCall = (call: CapturedCall): void => {
    pending.push(
      call.kind === 'skipped' ? { exchange: call.exchange, skippedReason: call.reason } : { exchange: call.exchange, key: call.key, replaces: call.replaces },
    );
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, 0);
    }
  };

  let resolveBackfilled: (n: number) => void = () => {};
  const backfilled = new Promise<number>((resolve) => (resolveBackfilled = resolve));
  cleanups.push(startCapture(api, { onCall, onBackfilled: (n) => setTimeout(() => resolveBackfilled(n), 0) }));
  cleanups.push(
    api.onNavigated(() => {
      flush();
      store.navigated();
    }),
  );
  cleanups.push(api.onThemeChanged((theme) => store.setTheme(theme)));
  cleanups.push(effect(() => savePreserveLog(storage, store.preserveLog.value)));
  cleanups.push(effect(() => saveFilter(storage, store.savedFilter.value)));

  let mountedIn: Window | undefined;
  let unmount: Unsubscribe | undefined;
  return {
    store,
    backfilled,
    showIn(panelWindow) {
      if (mountedIn === panelWindow) return;
      unmount?.();
      const container = panelWindow.document.getElementById('app');
      if (!container) return;
      mountedIn = panelWindow;
      unmount = mountPanel(container, store, { reloadInspectedPage: () => api.reloadInspectedPage() });
    },
    stop() {
      for (const cleanup of cleanups.splice(0)) cleanup();
      unmount?.();
    },
  };
}
