/** Settings that outlive the list (Preserve log, the DevTools theme) and the short confirmation line. */
import { signal, type ReadonlySignal } from '@preact/signals';

export type Theme = 'light' | 'dark';

export interface Notice {
  text: string;
  serial: number;
}

export interface SettingsStore {
  preserveLog: ReadonlySignal<boolean>;
  theme: ReadonlySignal<Theme>;
  /** A short confirmation ("Copied …"), dismissed by the view after a moment. */
  notice: ReadonlySignal<Notice | undefined>;
  setPreserveLog(on: boolean): void;
  setTheme(theme: Theme): void;
  /** A property, not a method: passed around as a callback (copyAndAnnounce). */
  announce: (text: string) => void;
  /** Hides this notice, unless a newer one replaced it meanwhile. */
  dismissNotice(notice: Notice): void;
}

export function createSettingsStore(options: { preserveLog?: boolean; theme?: Theme } = {}): SettingsStore {
  const preserveLog = signal(options.preserveLog ?? false);
  const theme = signal<Theme>(options.theme ?? 'light');
  const notice = signal<Notice | undefined>(undefined);
  let serial = 0;
  return {
    preserveLog,
    theme,
    notice,
    setPreserveLog: (on) => (preserveLog.value = on),
    setTheme: (t) => (theme.value = t),
    announce: (text) => (notice.value = { text, serial: ++serial }),
    dismissNotice: (shown) => {
      if (notice.peek() === shown) notice.value = undefined;
    },
  };
}
