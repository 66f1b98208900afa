import { useSignalEffect } from '@preact/signals';
import { Component } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PROVIDER_LABELS } from '../core/provider.js';
import { formatTime, restCallLabel, shortMessage, type CallRow } from './call-row.js';
import { usePanel } from './context.js';
import { COLUMN_LABELS, COLUMNS, type Column } from './sort.js';
import { ROW_HEIGHT, scrollToReveal, windowRange } from './windowing.js';

const CELL_CLASS: Record<Column, string> = {
  time: 'time',
  provider: 'provider',
  action: 'action',
  status: 'status',
  code: 'code',
  message: 'message',
  requestId: 'request-id',
};

/**
 * REST APIs (object storage, Google Cloud, Azure, Huawei) name no action: the method and path say which call
 * it was, shown muted so that it does not pass for an API action (and `action:` does not match it).
 */
function RestCall({ row }: { row: CallRow }) {
  const label = restCallLabel(row);
  if (!label) return <span class="cell action" role="gridcell" />;
  return (
    <span class="cell action derived" role="gridcell" title={`${row.method} ${row.url}`} data-testid="rest-call">
      {label}
    </span>
  );
}

type SelectHow = 'one' | 'toggle' | 'range';

interface RowProps {
  row: CallRow;
  index: number;
  selected: boolean;
  marked: boolean;
  onSelect: (id: number, how: SelectHow) => void;
}

/**
 * A row renders again only when what it shows changed: a keystroke that keeps a row at its place, or a scroll
 * that keeps it in the window, costs it nothing (rows are immutable once built).
 */
class Row extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    const p = this.props;
    return next.row !== p.row || next.index !== p.index || next.selected !== p.selected || next.marked !== p.marked || next.onSelect !== p.onSelect;
  }

  override render() {
    return <RowCells {...this.props} />;
  }
}

function RowCells({ row, index, selected, marked, onSelect }: RowProps) {
  return (
    <div
      class={`row kind-${row.kind}${selected ? ' selected' : ''}${marked ? ' marked' : ''}`}
      role="row"
      // The list is windowed: the position among all rows (the header is row 1) tells assistive tech where this one is.
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-testid="row"
      data-id={row.id}
      data-kind={row.kind}
      data-code={row.code ?? ''}
      data-request-id={row.requestId ?? ''}
      style={{ top: `${index * ROW_HEIGHT}px` }}
      data-marked={marked ? 'true' : undefined}
      onMouseDown={(e) => {
        if (e.shiftKey) e.preventDefault(); // no text selection across the rows
        onSelect(row.id, e.shiftKey ? 'range' : e.ctrlKey || e.metaKey ? 'toggle' : 'one');
      }}
    >
      <span class="cell time" role="gridcell">
        {formatTime(row.startedAt)}
      </span>
      <span class="cell provider" role="gridcell">
        {row.provider ? PROVIDER_LABELS[row.provider] : ''}
      </span>
      {row.action !== undefined ? (
        <span class="cell action" role="gridcell" title={row.action}>
          {row.action}
        </span>
      ) : (
        <RestCall row={row} />
      )}
      <span class="cell status" role="gridcell">
        {row.status || ''}
      </span>
      <span class="cell code" role="gridcell" title={row.codeDesc ? `${row.code} (${row.codeDesc})` : row.code}>
        {row.kind === 'success' ? 'OK' : (row.code ?? (row.kind === 'skipped' ? 'skipped' : ''))}
        {row.codeDesc && <span class="code-desc"> {row.codeDesc}</span>}
      </span>
      <span class="cell message" role="gridcell" title={row.message}>
        {shortMessage(row.message)}
      </span>
      <span class="cell request-id" role="gridcell">
        {row.requestId ?? ''}
      </span>
    </div>
  );
}

export function CallList() {
  const { store } = usePanel();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);

  useEffect(() => {
    const el = scroller.current;
    // The panel document may belong to another window than this script (the devtools page renders into
    // the panel's window), so observers come from the element's own window.
    const win = el?.ownerDocument.defaultView;
    if (!el || !win) return;
    setHeight(el.clientHeight || 400);
    const observer = new win.ResizeObserver(() => setHeight(el.clientHeight || 400));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Keep the selected row in view when the keyboard moves it.
  useSignalEffect(() => {
    const id = store.selectedId.value;
    if (id === undefined) return;
    const index = store.visible.value.findIndex((r) => r.id === id);
    const el = scroller.current;
    if (index === -1 || !el) return;
    const to = scrollToReveal(index, el.scrollTop, el.clientHeight);
    if (to !== undefined) el.scrollTop = to;
  });

  const rows = store.visible.value;
  const sort = store.sort.value;
  const selectedId = store.selectedId.value;
  const marked = store.marked.value;
  const onSelect = useMemo(
    () =>
      (id: number, how: SelectHow): void => {
        if (how === 'toggle') store.toggleMark(id);
        else if (how === 'range') store.markRange(id);
        else {
          store.clearMarks();
          store.select(id);
        }
      },
    [store],
  );
  // Only the rows in view (plus a margin) exist in the DOM.
  const { first, last } = windowRange(scrollTop, height, rows.length);
  const slice = rows.slice(first, last);

  return (
    <div
      class="list"
      ref={scroller}
      role="grid"
      aria-rowcount={rows.length + 1}
      data-count={rows.length}
      data-testid="list"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div class="row header" role="row" aria-rowindex={1}>
        {COLUMNS.map((column) => {
          const sorted = sort.column === column;
          return (
            <span
              key={column}
              class={`cell ${CELL_CLASS[column]} sortable${sorted ? ' sorted' : ''}`}
              role="columnheader"
              aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              title={`Sort by ${COLUMN_LABELS[column]}`}
              data-testid={`sort-${column}`}
              onClick={() => store.sortBy(column)}
            >
              {COLUMN_LABELS[column]}
              {sorted && (column !== 'time' || sort.descending) ? (sort.descending ? ' ▼' : ' ▲') : ''}
            </span>
          );
        })}
      </div>
      <div class="rows" style={{ height: `${rows.length * ROW_HEIGHT}px` }}>
        {/* Keyed by position, not by call: when a keystroke changes which calls are in view, the row elements
            stay and only their text changes, which costs far less than building new ones. */}
        {slice.map((row, i) => (
          <Row key={first + i} row={row} index={first + i} selected={row.id === selectedId} marked={marked.has(row.id)} onSelect={onSelect} />
        ))}
      </div>
    </div>
  );
}
