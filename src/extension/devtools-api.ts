/**
 * The one adapter between the extension and the browser's devtools APIs. Everything that differs between
 * Chrome (through webextension-polyfill) and Firefox (native `browser`) is normalised here, and every
 * listener returns its unsubscribe.
 */
import type { HarEntry } from '../core/har.js';

export type Unsubscribe = () => void;
type DevtoolsTheme = 'light' | 'dark';

/** A finished request: its HAR entry (plain data) and a way to read its body. */
export interface CapturedRequest {
  entry: HarEntry;
  readBody(): Promise<ResponseBody>;
}
export interface ResponseBody {
  text?: string;
  /** "base64" when `text` is base64; anything else means plain text. */
  encoding?: string;
}

interface PanelHandle {
  onShown(listener: (panelWindow: Window) => void): Unsubscribe;
}

export interface DevtoolsApi {
  onRequestFinished(listener: (request: CapturedRequest) => void): Unsubscribe;
  /** Everything DevTools logged so far, including requests that finished before any listener was registered. */
  getHar(): Promise<CapturedRequest[]>;
  onNavigated(listener: (url: string) => void): Unsubscribe;
  theme(): DevtoolsTheme;
  onThemeChanged(listener: (theme: DevtoolsTheme) => void): Unsubscribe;
  reloadInspectedPage(): void;
  createPanel(title: string, iconPath: string, pagePath: string): Promise<PanelHandle>;
}

/* The loose shapes we actually call: both the polyfilled Chrome API and Firefox's native one fit them. */
interface EventLike<F> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}
type Callback = (...args: unknown[]) => void;
interface RawRequest {
  getContent(callback?: Callback): unknown;
}
interface RawDevtools {
  network: {
    onRequestFinished: EventLike<(request: RawRequest) => void>;
    onNavigated: EventLike<(url: string) => void>;
    getHAR(callback?: Callback): unknown;
  };
  panels: {
    themeName?: string;
    /** Firefox. */
    onThemeChanged?: EventLike<(themeName: string) => void>;
    /** Chrome (not wrapped by the polyfill). */
    setThemeChangeHandler?: (handler?: (themeName: string) => void) => void;
    create(title: string, iconPath: string, pagePath: string, callback?: Callback): unknown;
  };
  inspectedWindow: { reload(options?: object): unknown };
}

function subscribe<F>(event: EventLike<F>, listener: F): Unsubscribe {
  event.addListener(listener);
  return () => event.removeListener(listener);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * Calls an API that is callback-style in Chrome's devtools frontend and promise-style elsewhere,
 * and resolves with the callback's arguments as an array either way. The polyfill's wrapped
 * `getContent` takes no argument and throws if given one, hence the retry without the callback.
 */
export function callEither(fn: (callback?: Callback) => unknown): Promise<unknown[]> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (args: unknown[]): void => {
      if (!settled) {
        settled = true;
        resolve(args);
      }
    };
    let returned: unknown;
    try {
      returned = fn((...args: unknown[]) => finish(args));
    } catch {
      try {
        returned = fn();
      } catch {
        finish([]);
        return;
      }
    }
    if (isThenable(returned)) {
      returned.then(
        (value) => finish(Array.isArray(value) ? (value as unknown[]) : [value]),
        () => finish([]),
      );
    }
  });
}

/**
 * `getContent` resolves three ways: Chrome's callback `(content, encoding)`, the polyfill's
 * `[content, encoding]`, and Firefox's `[body, mimeType]`, where the second item is a mime type, not an
 * encoding. Firefox gives the body of a mime type it does not know as text (`application/x-amz-json-1.1`,
 * say) in base64 and says so only in the entry's `response.content.encoding` (seen in Firefox ESR 153; MDN:
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/devtools/network/onRequestFinished),
 * so that encoding is the fallback when the second item is not an encoding.
 */
export function normaliseContent(args: readonly unknown[], entryEncoding?: string): ResponseBody {
  const [content, second] = args;
  const text = typeof content === 'string' ? content : undefined;
  const said = typeof second === 'string' ? second.toLowerCase() : undefined;
  const notAnEncoding = said === undefined || said.includes('/');
  const base64 = said === 'base64' || (notAnEncoding && entryEncoding?.toLowerCase() === 'base64');
  return base64 ? { text, encoding: 'base64' } : { text };
}

/**
 * The HAR fields we read, off the object DevTools hands us: the polyfill wraps it in a proxy and Chrome adds
 * methods (getContent) to it, but its `request` and `response` are plain data, deserialised afresh for each
 * event, so they are taken as they are. A deep copy (JSON round trip) of every entry was most of the cost of
 * a response capture rejects at once (npm run bench:capture).
 */
export function plainEntry(raw: unknown): HarEntry {
  const e = raw as HarEntry;
  return {
    startedDateTime: e.startedDateTime,
    time: e.time,
    request: e.request ?? {},
    response: e.response ?? {},
    _resourceType: e._resourceType,
  };
}

function capturedRequest(raw: RawRequest): CapturedRequest {
  return {
    entry: plainEntry(raw),
    readBody: async () => {
      if (typeof raw.getContent !== 'function') {
        // Firefox's getHAR entries carry no getContent; the body, if any, is already in the entry.
        const content = (raw as unknown as HarEntry).response?.content;
        return { text: content?.text, encoding: content?.encoding };
      }
      const entryEncoding = (raw as unknown as HarEntry).response?.content?.encoding;
      return normaliseContent(await callEither((cb) => raw.getContent(cb)), typeof entryEncoding === 'string' ? entryEncoding : undefined);
    },
  };
}

export function toTheme(themeName: unknown): DevtoolsTheme {
  return themeName === 'dark' ? 'dark' : 'light';
}

export function createDevtoolsApi(devtools: RawDevtools): DevtoolsApi {
  return {
    onRequestFinished(listener) {
      return subscribe(devtools.network.onRequestFinished, (raw: RawRequest) => listener(capturedRequest(raw)));
    },
    async getHar() {
      // getHAR is not wrapped by webextension-polyfill: Chrome's is callback-only, Firefox's returns a promise.
      const [log] = await callEither((cb) => devtools.network.getHAR(cb));
      const entries = (log as { entries?: unknown } | undefined)?.entries;
      return Array.isArray(entries) ? (entries as RawRequest[]).map(capturedRequest) : [];
    },
    onNavigated(listener) {
      return subscribe(devtools.network.onNavigated, listener);
    },
    theme() {
      return toTheme(devtools.panels.themeName);
    },
    onThemeChanged(listener) {
      const handler = (name: string): void => listener(toTheme(name));
      if (devtools.panels.onThemeChanged) return subscribe(devtools.panels.onThemeChanged, handler);
      if (devtools.panels.setThemeChangeHandler) {
        const set = devtools.panels.setThemeChangeHandler.bind(devtools.panels);
        set(handler);
        return () => set(undefined);
      }
      return () => {};
    },
    reloadInspectedPage() {
      void devtools.inspectedWindow.reload({});
    },
    async createPanel(title, iconPath, pagePath) {
      const [panel] = await callEither((cb) => devtools.panels.create(title, iconPath, pagePath, cb));
      const shown = (panel as { onShown: EventLike<(w: Window) => void> }).onShown;
      return { onShown: (listener) => subscribe(shown, listener) };
    },
  };
}
