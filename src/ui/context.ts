import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelHost } from './host.js';
import type { PanelStore } from './store.js';

export interface PanelContextValue {
  store: PanelStore;
  host: PanelHost;
}

export const PanelContext = createContext<PanelContextValue | undefined>(undefined);

export function usePanel(): PanelContextValue {
  const value = useContext(PanelContext);
  if (!value) throw new Error('usePanel() outside <PanelContext.Provider>');
  return value;
}
