import { version } from '../../manifest.json';
import { countOf } from '../core/plural.js';
import { toHar, toScanReport } from '../core/support/har-export.js';
import { usePanel } from './context.js';
import { downloadText, exportName } from './download.js';
import type { ImportLoading } from './workspace.js';

const CREATOR = { name: 'Cloud Errors', version };

/** Export the visible failed calls (redacted HAR 1.2, or the CLI's JSON), and import a HAR file. */
export function ImportExportButtons() {
  const { store, workspace } = usePanel();
  // The visible failed calls are gathered on click; each keystroke only needs their count.
  const failedCount = store.summary.value.total;
  const exportAs = (el: HTMLElement, kind: 'har' | 'json'): void => {
    const failed = store.visible
      .peek()
      .filter((r) => r.kind === 'error')
      .map((r) => r.exchange);
    const now = new Date();
    if (kind === 'har') downloadText(el.ownerDocument, exportName(now, 'har'), JSON.stringify(toHar(failed, CREATOR), null, 2), 'application/json');
    else downloadText(el.ownerDocument, exportName(now, 'json'), JSON.stringify(toScanReport(failed, CREATOR), null, 2), 'application/json');
    store.announce(`Exported ${countOf(failed.length, 'failed call')} (secrets redacted)`);
  };
  return (
    <>
      <button
        type="button"
        data-testid="export-har"
        disabled={failedCount === 0}
        title="The visible failed calls as HAR 1.2, secrets redacted"
        onClick={(e) => exportAs(e.currentTarget, 'har')}
      >
        Export HAR
      </button>
      <button
        type="button"
        data-testid="export-json"
        disabled={failedCount === 0}
        title="The visible failed calls as JSON in the format of cloud-errors scan --json"
        onClick={(e) => exportAs(e.currentTarget, 'json')}
      >
        Export JSON
      </button>
      <label class="button" title="Analyse a HAR file (you can also drop it on the panel); shown apart from live capture">
        Import HAR…
        <input
          type="file"
          accept=".har,application/json"
          data-testid="import-file"
          hidden
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) void workspace.importHar(file.name, file);
          }}
        />
      </label>
    </>
  );
}

/** Which list is shown: live capture or the imported file, the progress of a file being read, and import errors. */
export function ImportBar() {
  const { workspace } = usePanel();
  const imported = workspace.imported.value;
  const loading = workspace.loading.value;
  const error = workspace.importError.value;
  if (!imported && !error && !loading) return null;
  const showing = workspace.showing.value;
  return (
    <div class="import-bar" data-testid="import-bar">
      {imported && (
        <>
          <button
            type="button"
            class={`tab${showing === 'live' ? ' active' : ''}`}
            aria-pressed={showing === 'live'}
            data-testid="show-live"
            onClick={() => workspace.show('live')}
          >
            Live capture
          </button>
          <button
            type="button"
            class={`tab${showing === 'import' ? ' active' : ''}`}
            aria-pressed={showing === 'import'}
            data-testid="show-import"
            onClick={() => workspace.show('import')}
          >
            Imported: {imported.name}
          </button>
        </>
      )}
      {loading ? (
        <>
          <Progress phase={loading.phase} done={loading.done} total={loading.total} label={loadingLabel(loading)} />
          <button type="button" data-testid="cancel-import" title={`Stop reading ${loading.name}`} onClick={workspace.cancelRead}>
            Cancel
          </button>
        </>
      ) : (
        imported && (
          <Progress
            phase={imported.done < imported.total ? 'listing' : 'done'}
            done={imported.done}
            total={imported.total}
            thread={imported.thread}
            label={imported.done < imported.total ? `listing ${imported.done} / ${imported.total} entries…` : countOf(imported.total, 'entry', 'entries')}
          />
        )
      )}
      {imported && (
        <button type="button" class="icon" title="Close the imported file" data-testid="close-import" onClick={workspace.closeImport}>
          ×
        </button>
      )}
      {error && (
        <span class="import-error" role="alert" data-testid="import-error">
          Could not import {error}
        </span>
      )}
    </div>
  );
}

const MB = 2 ** 20;

function loadingLabel({ name, phase, done, total }: ImportLoading): string {
  if (phase === 'reading') return `reading ${name}: ${(done / MB).toFixed(1)} / ${(total / MB).toFixed(1)} MB…`;
  if (phase === 'parsing') return `parsing ${name}…`;
  return `analysing ${done} / ${total} entries…`;
}

interface ProgressProps {
  phase: ImportLoading['phase'] | 'listing' | 'done';
  done: number;
  total: number;
  label: string;
  thread?: string;
}

/** The phase as text, and a bar: determinate where the phase counts (bytes or entries), indeterminate while parsing. */
function Progress({ phase, done, total, label, thread }: ProgressProps) {
  return (
    <span class="progress" role="status" data-testid="import-progress" data-phase={phase} data-thread={thread}>
      {phase !== 'done' && (total > 0 ? <progress max={total} value={done} aria-label={label} /> : <progress aria-label={label} />)}
      <span class="progress-label">{label}</span>
    </span>
  );
}
