/** What the panel needs from its surroundings; the extension and the mock page each provide one. */
export interface PanelHost {
  /** Reloads the inspected page ("Reload page to capture"); absent where there is no inspected page. */
  reloadInspectedPage?(): void;
}
