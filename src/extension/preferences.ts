/**
 * "Preserve log" persists in the extension origin's localStorage, which the devtools page can use
 * without the `storage` permission.
 */
const PRESERVE_LOG_KEY = 'cloud-errors.preserveLog';

export function loadPreserveLog(storage: Storage | undefined): boolean {
  try {
    return storage?.getItem(PRESERVE_LOG_KEY) === 'true';
  } catch {
    return false;
  }
}

export function savePreserveLog(storage: Storage | undefined, on: boolean): void {
  try {
    storage?.setItem(PRESERVE_LOG_KEY, String(on));
  } catch {
    // storage disabled: the setting lasts for this DevTools session only
  }
}
