import type { HttpExchange } from '../exchange.js';
import type { HarEntry, HarLog } from '../har.js';
import { redactBody, redactHeaders, redactUrl } from '../redact.js';
import { redactEchoes, requestSecrets } from '../redact-echoes.js';
import { scanEntries, type ScanReport } from '../report.js';

interface HarCreator {
  name: string;
  version: string;
}

/**
 * Exchanges as a HAR 1.2 log (http://www.softwareishard.com/blog/har-12-spec/) with every secret the
 * panel knows how to spot replaced by `[redacted]`: query parameters, credential headers and cookies,
 * secret keys in request bodies (and in response bodies, where STS-style calls return keys).
 * Timings are not captured by the panel; HAR requires the fields, so they are 0 or -1 ("not applicable").
 */
export function toHar(
  exchanges: readonly HttpExchange[],
  creator: HarCreator,
): HarLog & { log: { version: string; creator: HarCreator; entries: HarEntry[] } } {
  return { log: { version: '1.2', creator, entries: exchanges.map(toEntry) } };
}

function toEntry(ex: HttpExchange): HarEntry {
  const url = redactUrl(ex.url);
  const requestType = ex.requestHeaders.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
  const entry = {
    startedDateTime: ex.startedDateTime ?? new Date(0).toISOString(),
    time: 0,
    request: {
      method: ex.method,
      url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: redactHeaders(ex.requestHeaders),
      queryString: queryString(url),
      headersSize: -1,
      bodySize: ex.requestBody ? ex.requestBody.length : 0,
      ...(ex.requestBody ? { postData: { mimeType: requestType, text: redactBody(ex.requestBody, requestType) } } : {}),
    },
    response: {
      status: ex.status,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: redactHeaders(ex.responseHeaders),
      content: {
        size: ex.responseBody?.length ?? 0,
        mimeType: ex.mimeType,
        // A response can echo the request's key id or signature (Alibaba's string-to-sign): those are redacted too.
        ...(ex.responseBody !== undefined ? { text: redactEchoes(redactBody(ex.responseBody, ex.mimeType), requestSecrets(ex)) } : {}),
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: ex.responseBody?.length ?? -1,
    },
    cache: {},
    timings: { send: 0, wait: 0, receive: 0 },
  };
  return entry;
}

function queryString(url: string): { name: string; value: string }[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

/**
 * The same exchanges as `cloud-errors scan --json` would report them from the exported HAR: the JSON
 * export is computed from the redacted entries, so the two downloads always agree.
 */
export function toScanReport(exchanges: readonly HttpExchange[], creator: HarCreator): ScanReport {
  return scanEntries(toHar(exchanges, creator).log.entries);
}
