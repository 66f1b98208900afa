import { useMemo, useRef, useState, useLayoutEffect } from 'preact/hooks';
import { suggest, type Suggestion } from '../core/query/suggest.js';
import { usePanel } from './context.js';

/** The text after accepting a suggestion, and where the cursor goes. Values end the term with a space. */
export function applySuggestion(text: string, s: Suggestion): { text: string; cursor: number } {
  const tail = text.slice(s.end);
  const space = s.kind === 'value' && !tail.startsWith(' ') ? ' ' : '';
  const next = text.slice(0, s.start) + s.insert + space + tail;
  return { text: next, cursor: s.start + s.insert.length + (s.kind === 'value' ? 1 : 0) };
}

/**
 * The filter box: the query language with suggestions (keys, and the values present in the captured calls
 * with their counts), and the terms it ignores underlined with their reason.
 */
export function FilterBox() {
  const { store } = usePanel();
  const input = useRef<HTMLInputElement>(null);
  const [cursor, setCursor] = useState(0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [scroll, setScroll] = useState(0);
  const pendingCursor = useRef<number | undefined>(undefined);

  const text = store.query.value;
  const rows = store.queryRows.value;
  const suggestions = useMemo(() => (open ? suggest(text, cursor, rows, 12) : []), [open, text, cursor, rows]);
  const shown = open && suggestions.length > 0;
  const problems = store.queryProblems.value;

  useLayoutEffect(() => {
    const el = input.current;
    if (el && pendingCursor.current !== undefined) {
      el.setSelectionRange(pendingCursor.current, pendingCursor.current);
      pendingCursor.current = undefined;
    }
  });

  const track = (el: HTMLInputElement): void => {
    setCursor(el.selectionStart ?? el.value.length);
    setScroll(el.scrollLeft);
  };

  const accept = (s: Suggestion): void => {
    const next = applySuggestion(text, s);
    store.setQuery(next.text);
    setCursor(next.cursor);
    setActive(0);
    pendingCursor.current = next.cursor;
    // After a key the values follow at once; after a value the list closes until the next keystroke.
    setOpen(s.kind === 'key');
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (!shown) {
      if (e.key === 'ArrowDown' && e.altKey) setOpen(true);
      return;
    }
    const move = (delta: number): void => setActive((a) => (a + delta + suggestions.length) % suggestions.length);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') move(e.key === 'ArrowDown' ? 1 : -1);
    else if (e.key === 'Tab' || e.key === 'Enter') accept(suggestions[Math.min(active, suggestions.length - 1)] as Suggestion);
    else if (e.key === 'Escape') setOpen(false);
    else return;
    // The panel's own keys (row selection, Esc closes the detail) do not apply while the list is open.
    e.preventDefault();
    e.stopPropagation();
  };

  const reasons = problems.map((t) => `"${t.raw}": ${t.reason ?? ''}`).join('\n');
  return (
    <div class="filter-box">
      <div class="filter-field">
        <div class="filter-overlay" aria-hidden="true" data-testid="filter-overlay" style={{ transform: `translateX(${-scroll}px)` }}>
          {overlaySpans(text, problems)}
        </div>
        <input
          ref={input}
          type="search"
          placeholder="Filter: text, provider:aliyun, code:Auth*, status:>=500, -code:Throttling*, /regex/"
          aria-label="Filter"
          aria-invalid={problems.length > 0}
          aria-autocomplete="list"
          aria-expanded={shown}
          title={reasons || 'Terms combine with AND; -term negates; key:value, /regex/ or free text'}
          spellcheck={false}
          autocomplete="off"
          data-testid="filter"
          value={text}
          onInput={(e) => {
            store.setQuery(e.currentTarget.value);
            track(e.currentTarget);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onKeyUp={(e) => e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && track(e.currentTarget)}
          onClick={(e) => track(e.currentTarget)}
          onScroll={(e) => setScroll(e.currentTarget.scrollLeft)}
          onFocus={(e) => {
            track(e.currentTarget);
            setOpen(true);
          }}
          onBlur={() => setOpen(false)}
        />
        {shown && (
          <ul class="suggestions" role="listbox" data-testid="suggestions">
            {suggestions.map((s, i) => (
              <li
                key={`${s.kind}:${s.label}`}
                role="option"
                aria-selected={i === active}
                class={i === active ? 'active' : ''}
                data-testid="suggestion"
                data-label={s.label}
                data-count={s.count ?? ''}
                onMouseDown={(e) => {
                  e.preventDefault();
                  accept(s);
                }}
              >
                <span class="label">{s.label}</span>
                {s.detail && <span class="hint">{s.detail}</span>}
                {s.count !== undefined && <span class="count">{s.count}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      {problems.length > 0 && (
        <span class="filter-problems" data-testid="filter-problems" title={reasons}>
          {problems.map((t, i) => (
            <span key={i} class="problem" data-testid="filter-problem">
              ⚠ <q>{t.raw}</q> ignored: {t.reason}
            </span>
          ))}
        </span>
      )}
    </div>
  );
}

/** The query text with each ignored term wrapped, so the overlay can underline it behind the input. */
function overlaySpans(text: string, problems: readonly { start: number; end: number; reason?: string }[]) {
  const out = [];
  let at = 0;
  for (const t of problems) {
    if (t.start > at) out.push(text.slice(at, t.start));
    out.push(
      <span key={t.start} class="invalid" data-testid="filter-invalid" data-reason={t.reason}>
        {text.slice(t.start, t.end)}
      </span>,
    );
    at = t.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
