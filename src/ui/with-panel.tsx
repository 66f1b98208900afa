import type { ComponentChildren } from 'preact';
import { PanelContext } from './context.js';
import { createPanelStore, type PanelStore } from './store.js';
import { createWorkspace } from './workspace.js';

/** Component tests only: a real store and workspace around the component under test. */
export function withPanel(children: ComponentChildren, store: PanelStore = createPanelStore()) {
  return <PanelContext.Provider value={{ store, host: {}, workspace: createWorkspace(store) }}>{children}</PanelContext.Provider>;
}
