/** The devtools page: runs whenever DevTools is open on a tab. */
import browser from 'webextension-polyfill';
import { createDevtoolsApi } from './devtools-api.js';
import { startSession } from './session.js';

const PANEL_TITLE = 'Cloud Errors';

const api = createDevtoolsApi(browser.devtools);
const session = startSession(api, globalThis.localStorage);

// Exposed for the end-to-end tests, which wait on it before driving the inspected page. Only the e2e build
// has it: `__E2E__` is a constant, so the production bundle drops this block (checked by scripts/build-flags.test.ts).
if (__E2E__) Object.assign(globalThis, { cloudErrors: { ready: true, store: session.store, backfilled: session.backfilled } });

const panel = await api.createPanel(PANEL_TITLE, 'icons/icon-16.png', 'panel.html');
panel.onShown((panelWindow) => session.showIn(panelWindow));
globalThis.addEventListener('pagehide', () => session.stop());
