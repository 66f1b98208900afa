/**
 * The panel as a plain page with a mock browser: no devtools API, calls are injected through
 * `window.cloudErrorsMock`. Used by the component tests (e2e/panel-page.e2e.ts) and for development.
 */
import type { HttpExchange } from '../../core/exchange.js';
import { mountPanel } from '../mount.js';
import { createPanelStore, type Theme } from '../store.js';

const params = new URLSearchParams(location.search);
const store = createPanelStore({ theme: (params.get('theme') as Theme | null) ?? 'light' });
let reloads = 0;
const container = document.getElementById('app');
if (container) mountPanel(container, store, { reloadInspectedPage: () => reloads++ });

const mock = {
  store,
  add: (exchanges: HttpExchange[]) => store.add(exchanges.map((exchange) => ({ exchange }))),
  addSkipped: (exchange: HttpExchange, reason: string) => store.add([{ exchange, skippedReason: reason }]),
  /** `count` copies of one exchange, each with its RequestId made unique ("<id>-<n>"), added in one batch. */
  addCopies: (exchange: HttpExchange, requestId: string, count: number) => {
    const start = Date.parse(exchange.startedDateTime ?? '') || Date.now();
    const copies = Array.from({ length: count }, (_, i) => ({
      exchange: {
        ...exchange,
        responseBody: exchange.responseBody?.replace(requestId, `${requestId}-${i}`),
        startedDateTime: new Date(start + i).toISOString(),
      },
    }));
    store.add(copies);
  },
  navigated: () => store.navigated(),
  setTheme: (theme: Theme) => store.setTheme(theme),
  reloads: () => reloads,
};
Object.assign(window, { cloudErrorsMock: mock });
export type CloudErrorsMock = typeof mock;
