/** The devtools page: runs whenever DevTools is open on a tab. */
import browser from 'webextension-polyfill';
import { createDevtoolsApi } from './devtools-api.js';
import { startSession } from './session.js';

const PANEL_TITLE = 'Cloud Errors';

const api = createDevtoolsApi(browser.devtools);
const session = startSession(api, globalThis.localStorage);

// Exposed for the end-to-end tests, which wait on it before driving the inspected page.
Object.assign(globalThis, { cloudErrors: { ready: true, store: session.store, backfilled: session.backfilled } });

const panel = await api.createPanel(PANEL_TITLE, 'icons/icon-16.png', 'panel.html');
panel.onShown((panelWindow) => session.showIn(panelWindow));
globalThis.addEventListener('pagehide', () => session.stop());
