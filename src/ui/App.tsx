import { useSignalEffect } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CallList, ROW_HEIGHT } from './CallList.js';
import { copyAndAnnounce } from './copy-announce.js';
import { PanelContext, usePanel } from './context.js';
import { Detail } from './Detail.js';
import { GroupList } from './GroupList.js';
import { Banners, SummaryBar } from './Insights.js';
import type { PanelHost } from './host.js';
import { Toolbar } from './Toolbar.js';
import type { Workspace } from './workspace.js';
import { ImportBar } from './ImportExport.js';

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
  const { store, workspace } = usePanel();
  const root = useRef<HTMLDivElement>(null);

  // The theme goes on the panel document's root so the page background follows it too.
  useSignalEffect(() => {
    const doc = root.current?.ownerDocument;
    if (doc) doc.documentElement.dataset.theme = workspace.live.theme.value;
  });

  useEffect(() => {
    const doc = root.current?.ownerDocument;
    if (!doc) return;
    const onKey = (e: KeyboardEvent): void => {
      const typing = isTyping(e.target);
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        store.moveSelection(e.key === 'ArrowDown' ? 1 : -1, e.shiftKey);
        return;
      }
      if (!typing && (e.key === 'Home' || e.key === 'End' || e.key === 'PageDown' || e.key === 'PageUp')) {
        // As in a file list: the first or last call, or a page of rows at a time (the list's own height).
        e.preventDefault();
        const list = doc.querySelector<HTMLElement>('[data-testid=list]');
        const page = Math.max(1, Math.floor((list?.clientHeight ?? 0) / ROW_HEIGHT) - 2);
        const delta = e.key === 'Home' ? -Infinity : e.key === 'End' ? Infinity : e.key === 'PageDown' ? page : -page;
        store.moveSelection(delta, e.shiftKey);
        return;
      }
      if (e.key === 'Enter' && (!typing || (e.target as HTMLElement).dataset.testid === 'filter')) {
        // From the filter box or the list: open the details of the selected row, or of the first one.
        if (store.selected.peek() === undefined) store.moveSelection(1);
        if (typing) (e.target as HTMLElement).blur();
        return;
      }
      if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === '/') {
        e.preventDefault();
        doc.querySelector<HTMLInputElement>('[data-testid=filter]')?.focus();
      } else if (e.key === 'c') {
        const id = store.selected.peek()?.requestId;
        if (id) void copyAndAnnounce(doc, id, `RequestId ${id}`, store.announce);
      } else if (e.key === 'Escape') {
        store.select(undefined);
      }
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [store]);

  const [dragging, setDragging] = useState(false);
  const selected = store.selected.value;
  return (
    <div
      class={`app${dragging ? ' dragging' : ''}`}
      ref={root}
      data-testid="panel"
      onDragOver={(e) => {
        if (!e.dataTransfer?.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => e.target === e.currentTarget && setDragging(false)}
      onDrop={(e) => {
        const file = e.dataTransfer?.files[0];
        setDragging(false);
        if (!file) return;
        e.preventDefault();
        void workspace.importHar(file.name, file);
      }}
    >
      <ImportBar />
      <Toolbar />
      <Banners />
      <SummaryBar />
      <div class={`main${selected ? ' with-detail' : ''}`}>
        <div class="list-area">
          {store.grouped.value ? <GroupList /> : <CallList />}
          <EmptyState />
        </div>
        {selected && <Detail row={selected} />}
      </div>
      <Notice />
    </div>
  );
}

export function App({ workspace, host }: { workspace: Workspace; host: PanelHost }) {
  const store = workspace.active.value;
  return (
    <PanelContext.Provider value={{ store, host, workspace }}>
      <Shell />
    </PanelContext.Provider>
  );
}
