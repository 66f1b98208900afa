import { useSignalEffect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { CallList } from './CallList.js';
import { PanelContext, usePanel } from './context.js';
import { Detail } from './Detail.js';
import type { PanelHost } from './host.js';
import type { PanelStore } from './store.js';
import { Toolbar } from './Toolbar.js';

const NOTICE_MS = 2500;

function EmptyState() {
  const { store, host } = usePanel();
  if (store.visible.value.length > 0) return null;
  let body;
  if (store.rows.value.length === 0 && store.inspected.value === 0) {
    body = (
      <>
        <p>No cloud API calls captured yet. Calls are recorded while DevTools is open.</p>
        {host.reloadInspectedPage && (
          <button type="button" data-testid="reload" onClick={() => host.reloadInspectedPage?.()}>
            Reload page to capture
          </button>
        )}
      </>
    );
  } else if (store.listed.value.length === 0) {
    body = (
      <>
        <p>No failed cloud calls among the {store.inspected.value} calls inspected.</p>
        {!store.showSuccesses.value && (
          <button type="button" onClick={() => store.setShowSuccesses(true)}>
            Show successful calls
          </button>
        )}
      </>
    );
  } else {
    body = (
      <>
        <p>No calls match the filter.</p>
        <button type="button" onClick={store.clearFilters}>
          Clear filter
        </button>
      </>
    );
  }
  return (
    <div class="empty" data-testid="empty">
      {body}
    </div>
  );
}

function Notice() {
  const { store } = usePanel();
  const notice = store.notice.value;
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => {
      if (store.notice.peek() === notice) store.notice.value = undefined;
    }, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, store]);
  return (
    <div class={`notice${notice ? ' shown' : ''}`} role="status" aria-live="polite" data-testid="notice">
      {notice?.text ?? ''}
    </div>
  );
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}

function Shell() {
  const { store } = usePanel();
  const root = useRef<HTMLDivElement>(null);

  // The theme goes on the panel document's root so the page background follows it too.
  useSignalEffect(() => {
    const doc = root.current?.ownerDocument;
    if (doc) doc.documentElement.dataset.theme = store.theme.value;
  });

  useEffect(() => {
    const doc = root.current?.ownerDocument;
    if (!doc) return;
    const onKey = (e: KeyboardEvent): void => {
      if (isTyping(e.target) && e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        store.moveSelection(e.key === 'ArrowDown' ? 1 : -1);
      } else if (e.key === 'Escape') {
        store.select(undefined);
      }
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [store]);

  const selected = store.selected.value;
  return (
    <div class="app" ref={root} data-testid="panel">
      <Toolbar />
      <div class={`main${selected ? ' with-detail' : ''}`}>
        <div class="list-area">
          <CallList />
          <EmptyState />
        </div>
        {selected && <Detail row={selected} />}
      </div>
      <Notice />
    </div>
  );
}

export function App({ store, host }: { store: PanelStore; host: PanelHost }) {
  return (
    <PanelContext.Provider value={{ store, host }}>
      <Shell />
    </PanelContext.Provider>
  );
}
