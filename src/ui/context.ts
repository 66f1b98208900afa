import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelHost } from './host.js';
import type { PanelStore } from './store.js';
import type { Workspace } from './workspace.js';

interface PanelContextValue {
  /** The store on show: live capture or an imported HAR. */
  store: PanelStore;
  host: PanelHost;
  workspace: Workspace;
}

export const PanelContext = createContext<PanelContextValue | undefined>(undefined);

export function usePanel(): PanelContextValue {
  const value = useContext(PanelContext);
  if (!value) throw new Error('usePanel() outside <PanelContext.Provider>');
  return value;
}
