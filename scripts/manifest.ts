export type BrowserTarget = 'chrome' | 'firefox';

/**
 * The top-level manifest.json, adapted to one browser. Chrome warns about `browser_specific_settings`
 * and Firefox ignores `minimum_chrome_version` with a lint warning, so each build drops the other's keys.
 */
export function browserManifest(source: Readonly<Record<string, unknown>>, target: BrowserTarget): Record<string, unknown> {
  const out: Record<string, unknown> = { ...source };
  if (target === 'chrome') {
    delete out.browser_specific_settings;
  } else {
    delete out.minimum_chrome_version;
  }
  return out;
}
