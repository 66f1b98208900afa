import { render } from 'preact';
import { App } from './App.js';
import type { PanelHost } from './host.js';
import type { PanelStore } from './store.js';
import { createWorkspace } from './workspace.js';

/** Renders the panel into a container, which may live in another window than this script. */
export function mountPanel(container: Element, store: PanelStore, host: PanelHost): () => void {
  render(<App workspace={createWorkspace(store)} host={host} />, container);
  return () => render(null, container);
}
