import type { ComponentChildren } from 'preact';
import { headerValue } from '../core/exchange.js';
import { CATEGORY_LABELS } from '../core/category.js';
import { countOf } from '../core/plural.js';
import { PROVIDER_LABELS } from '../core/provider.js';
import { isSecretParam, redactBody, redactHeaders, REDACTED } from '../core/redact.js';
import { requestParams } from '../core/request-info.js';
import { safeLink } from '../core/safe-link.js';
import { toCurl } from '../core/support/curl.js';
import { supportBlocks } from '../core/support/support-block.js';
import type { CallRow } from './call-row.js';
import { copyAndAnnounce } from './copy-announce.js';
import { usePanel } from './context.js';
import { prettyBody } from './pretty.js';

function Field({ label, children, testid }: { label: string; children: ComponentChildren; testid?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testid}>{children}</dd>
    </>
  );
}

function retryText(retryable: boolean | undefined): string {
  if (retryable === undefined) return 'unknown';
  return retryable ? 'yes, with backoff' : 'no: the same request fails again';
}

function RequestSection({ row }: { row: CallRow }) {
  const ex = row.exchange;
  const info = row.analysis?.request;
  const params: [string, string][] = [];
  requestParams(ex).forEach((value, name) => params.push([name, isSecretParam(name) ? REDACTED : value]));
  const body = ex.requestBody ? redactBody(ex.requestBody, headerValue(ex.requestHeaders, 'Content-Type') ?? '') : undefined;
  return (
    <section data-testid="detail-request">
      <h3>Request</h3>
      <dl>
        <Field label="Method">{ex.method}</Field>
        <Field label="URL" testid="detail-url">
          {row.url}
        </Field>
        {info?.action && <Field label="Action">{info.action}</Field>}
        {info?.service && <Field label="Service">{info.service}</Field>}
        {info?.region && <Field label="Region">{info.region}</Field>}
        {info?.version && <Field label="Version">{info.version}</Field>}
      </dl>
      <h4>Headers</h4>
      <table class="kv" data-testid="detail-headers">
        <tbody>
          {redactHeaders(ex.requestHeaders).map((h, i) => (
            <tr key={i}>
              <th>{h.name}</th>
              <td>{h.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {params.length > 0 && (
        <>
          <h4>Parameters</h4>
          <table class="kv">
            <tbody>
              {params.map(([name, value], i) => (
                <tr key={i}>
                  <th>{name}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {body !== undefined && (
        <>
          <h4>Body</h4>
          <pre class="raw">{body}</pre>
        </>
      )}
    </section>
  );
}

export function Detail({ row }: { row: CallRow }) {
  const { store } = usePanel();
  const detection = row.analysis?.detection;
  const finding = detection?.kind === 'error' ? detection.finding : undefined;
  const note = row.analysis?.annotation;
  // `Recommend` comes from an untrusted response body: the core's link rule decides what may be a link.
  const docs = safeLink(note?.docsUrl ?? finding?.docsUrl);

  const copyRequestId = async (el: HTMLElement): Promise<void> => {
    if (!row.requestId) return;
    await copyAndAnnounce(el.ownerDocument, row.requestId, `RequestId ${row.requestId}`, store.announce);
  };

  const picked = store.picked.value.flatMap((r) => (r.analysis ? [{ exchange: r.exchange, analysis: r.analysis }] : []));
  const copy = async (el: HTMLElement, text: string, what: string): Promise<void> => {
    await copyAndAnnounce(el.ownerDocument, text, what, store.announce);
  };

  return (
    <aside class="detail" data-testid="detail" aria-label="Call details">
      <header>
        <h2 data-testid="detail-code">
          {row.code ?? (row.kind === 'success' ? 'Succeeded' : 'Skipped')}
          {row.codeDesc && <span class="code-desc"> {row.codeDesc}</span>}
        </h2>
        {picked.length > 0 && (
          <button
            type="button"
            data-testid="copy-support"
            title="A Markdown block per call for a support ticket: provider, action, region, endpoint, time, status, code, message, RequestId. Nothing from the request. Ctrl/Cmd-click rows to copy several."
            onClick={(e) =>
              void copy(e.currentTarget, supportBlocks(picked), picked.length === 1 ? 'for support' : `${countOf(picked.length, 'call')} for support`)
            }
          >
            Copy for support{picked.length > 1 ? ` (${picked.length})` : ''}
          </button>
        )}
        <button
          type="button"
          data-testid="copy-curl"
          title="The request as a curl command, with credentials, signatures, tokens and cookies redacted"
          onClick={(e) => void copy(e.currentTarget, toCurl(row.exchange), 'as cURL (secrets redacted)')}
        >
          Copy as cURL
        </button>
        <button type="button" class="icon" title="Close details (Esc)" data-testid="close-detail" onClick={() => store.select(undefined)}>
          ×
        </button>
      </header>
      <dl>
        {row.provider && <Field label="Provider">{PROVIDER_LABELS[row.provider]}</Field>}
        <Field label="HTTP status">{row.status || 'no response'}</Field>
        {row.kind === 'skipped' && (
          <Field label="Not parsed" testid="detail-skipped">
            {row.skippedReason}
          </Field>
        )}
        {finding && (
          <>
            <Field label="Meaning" testid="detail-meaning">
              {note?.meaning ?? 'Not in the catalog: see the message and the provider documentation.'}
              {note?.inferred && note.matchedCode ? ` (from the parent code ${note.matchedCode})` : ''}
            </Field>
            {note?.module && (
              <Field label="Module error">
                {note.module.code}: {note.module.meaning}
              </Field>
            )}
            {note?.remediation && (
              <Field label="What to do" testid="detail-hint">
                {note.remediation}
              </Field>
            )}
            {note?.category && (
              <Field label="Category" testid="detail-category">
                {CATEGORY_LABELS[note.category]}
              </Field>
            )}
            <Field label="Retry helps" testid="detail-retryable">
              {retryText(note?.retryable)}
            </Field>
            {docs && (
              <Field label="Docs">
                <a href={docs} target="_blank" rel="noopener noreferrer" data-testid="detail-docs">
                  {docs}
                </a>
              </Field>
            )}
            <Field label="Message" testid="detail-message">
              {finding.message ?? ''}
            </Field>
          </>
        )}
        {row.requestId && (
          <Field label="RequestId">
            <span class="mono" data-testid="detail-request-id">
              {row.requestId}
            </span>{' '}
            <button type="button" data-testid="copy-request-id" onClick={(e) => void copyRequestId(e.currentTarget)}>
              Copy
            </button>
          </Field>
        )}
        {note?.source && <Field label="Source">{note.source}</Field>}
      </dl>
      {finding && finding.evidence.length > 0 && (
        <details>
          <summary>Why this was recognised</summary>
          <ul>
            {finding.evidence.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </details>
      )}
      <RequestSection row={row} />
      {row.exchange.responseBody !== undefined && (
        <section>
          <h3>Response</h3>
          <pre class="raw" data-testid="detail-raw">
            {prettyBody(row.exchange.responseBody, row.exchange.mimeType)}
          </pre>
        </section>
      )}
    </aside>
  );
}
