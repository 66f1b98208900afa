import { useEffect, useRef } from 'preact/hooks';
import { CallList } from './CallList.js';
import { PanelContext, usePanel } from './context.js';
import { Detail } from './Detail.js';
import { GroupList } from './GroupList.js';
import { Banners, SummaryBar } from './Insights.js';
import type { PanelHost } from './host.js';
import { Toolbar } from './Toolbar.js';
import type { Workspace } from './workspace.js';
import { ImportBar } from './ImportExport.js';
import { useDocumentTheme } from './use-document-theme.js';
import { useHarDrop } from './use-har-drop.js';
import { useKeymap } from './use-keymap.js';

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
        <button type="button" onClick={() => store.clearFilters()}>
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
      store.dismissNotice(notice);
    }, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, store]);
  return (
    <div class={`notice${notice ? ' shown' : ''}`} role="status" aria-live="polite" data-testid="notice">
      {notice?.text ?? ''}
    </div>
  );
}

function Shell() {
  const { store, workspace } = usePanel();
  const root = useRef<HTMLDivElement>(null);
  useDocumentTheme(root, workspace.live.theme);
  useKeymap(root, store);
  const drop = useHarDrop(workspace.importHar);
  const selected = store.selected.value;
  return (
    <div class={`app${drop.dragging ? ' dragging' : ''}`} ref={root} data-testid="panel" {...drop.handlers}>
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
