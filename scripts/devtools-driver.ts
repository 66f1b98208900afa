/**
 * Drives real DevTools with the extension loaded (recipe: ../shared/notes/e2e-devtools.md).
 * Playwright sees only the inspected tab; the DevTools window, the extension's devtools page and its
 * panel are reached through the browser CDP session with non-flattened target sessions.
 * Shared by the `npm start` launcher and the end-to-end tests.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from './chromium.js';

export const PANEL_TITLE = 'Cloud Errors';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  title: string;
}

export interface LaunchOptions {
  executablePath: string;
  extensionDir: string;
  headless: boolean;
  /** DevTools dock: bottom (default) or undocked (a window of its own, good for screenshots). */
  dock?: 'bottom' | 'undocked';
  theme?: 'light' | 'dark';
  /** The page's emulated viewport; null lets the page follow its window (a real, resizable window). */
  viewport?: { width: number; height: number } | null;
  /** The browser window; tall by default, so that DevTools docked at the bottom has room for every call. */
  windowSize?: { width: number; height: number };
  /** Height of DevTools docked at the bottom, in CSS pixels (DevTools' own default is about a third of the window). */
  devtoolsHeight?: number;
  /** Open DevTools for every new tab at launch. */
  autoOpenDevtools?: boolean;
  /** More command-line switches (e.g. --host-resolver-rules). */
  extraArgs?: string[];
}

export interface LaunchedBrowser {
  context: BrowserContext;
  browserSession: CDPSession;
  profileDir: string;
  close(): Promise<void>;
}

/** A fresh profile whose DevTools preferences set the dock side, its size and the theme before DevTools first opens. */
function seedProfile(dock: string, theme: string, devtoolsHeight: number | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'cloud-errors-profile-'));
  mkdirSync(join(dir, 'Default'), { recursive: true });
  const preferences: Record<string, string> = { currentDockState: JSON.stringify(dock) };
  if (theme === 'dark') preferences.uiTheme = JSON.stringify('dark');
  if (devtoolsHeight !== undefined) {
    // The split between the page and DevTools docked at the bottom is DevTools' root SplitWidget, which keeps its
    // size in this setting (older builds spell it InspectorView.splitViewState); the value is JSON in a string.
    // https://chromium.googlesource.com/devtools/devtools-frontend/+/refs/heads/main/front_end/entrypoints/main/MainImpl.ts
    const split = JSON.stringify({ horizontal: { size: devtoolsHeight } });
    preferences['inspector-view.split-view-state'] = split;
    preferences['InspectorView.splitViewState'] = split;
  }
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ devtools: { preferences } }));
  return dir;
}

const WINDOW_HEIGHT = 2400;

export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedBrowser> {
  const profileDir = seedProfile(options.dock ?? 'bottom', options.theme ?? 'light', options.devtoolsHeight);
  const args = [...CHROMIUM_FLAGS, `--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`];
  if (options.autoOpenDevtools) args.push('--auto-open-devtools-for-tabs');
  if (options.extraArgs) args.push(...options.extraArgs);
  // A tall window, so that DevTools docked at the bottom leaves the panel room for every call of the demo burst.
  const windowSize = options.windowSize ?? { width: options.viewport?.width ?? 1280, height: WINDOW_HEIGHT };
  args.push(`--window-size=${windowSize.width},${windowSize.height}`);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: options.executablePath,
    headless: options.headless,
    args,
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
  });
  const browser = context.browser();
  const browserSession = browser ? await browser.newBrowserCDPSession() : await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
  return {
    context,
    browserSession,
    profileDir,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

async function listTargets(browserSession: CDPSession): Promise<TargetInfo[]> {
  const { targetInfos } = (await browserSession.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 15_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError instanceof Error ? lastError.message : JSON.stringify(lastError)}` : ''}`,
      );
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

async function waitForTarget(
  browserSession: CDPSession,
  what: string,
  match: (t: TargetInfo) => boolean,
  exclude: ReadonlySet<string> = new Set(),
): Promise<TargetInfo> {
  return waitFor(what, async () => (await listTargets(browserSession)).find((t) => !exclude.has(t.targetId) && match(t)));
}

/**
 * A non-flattened session to one target (Playwright's CDPSession cannot address flattened child
 * sessions): messages go through Target.sendMessageToTarget and come back as receivedMessageFromTarget.
 */
export class TargetSession {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly onMessage = (event: { sessionId: string; message: string }): void => {
    if (event.sessionId !== this.sessionId) return;
    const msg = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (msg.id === undefined) return;
    const waiter = this.pending.get(msg.id);
    if (!waiter) return;
    this.pending.delete(msg.id);
    if (msg.error) waiter.reject(new Error(msg.error.message));
    else waiter.resolve(msg.result);
  };

  private constructor(
    private readonly browserSession: CDPSession,
    readonly sessionId: string,
    readonly target: TargetInfo,
  ) {
    browserSession.on('Target.receivedMessageFromTarget', this.onMessage);
  }

  static async attach(browserSession: CDPSession, target: TargetInfo): Promise<TargetSession> {
    const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    return new TargetSession(browserSession, sessionId, target);
  }

  send<T = unknown>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    const result = new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    void this.browserSession
      .send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) })
      .catch((e: Error) => {
        this.pending.get(id)?.reject(e);
        this.pending.delete(id);
      });
    return result;
  }

  /** Evaluates an expression (awaiting promises) and returns its JSON value; throws on exceptions. */
  async evaluate<T = unknown>(expression: string): Promise<T> {
    const res = await this.send<{ result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      {
        expression,
        returnByValue: true,
        awaitPromise: true,
      },
    );
    if (res.exceptionDetails) throw new Error(`evaluate failed: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
    return res.result.value as T;
  }

  async detach(): Promise<void> {
    this.browserSession.off('Target.receivedMessageFromTarget', this.onMessage);
    await this.browserSession.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => {});
  }
}

/** The DevTools of one tab: its frontend, the extension's devtools page and (once shown) its panel. */
export interface DevtoolsHandle {
  frontend: TargetSession;
  devtoolsPage: TargetSession;
  extensionOrigin: string;
  /** Shows the Cloud Errors tab and attaches to panel.html. */
  showPanel(): Promise<TargetSession>;
  detach(): Promise<void>;
}

async function pageTargetId(context: BrowserContext, page: Page): Promise<string> {
  const session = await context.newCDPSession(page);
  const { targetInfo } = (await session.send('Target.getTargetInfo')) as { targetInfo: TargetInfo };
  await session.detach();
  return targetInfo.targetId;
}

/**
 * Opens DevTools for `page` (CDP Target.openDevTools) and waits until the extension's devtools page has
 * registered its capture listener. Targets that existed before are ignored, so several tabs can each
 * have their own DevTools.
 */
export async function openDevtools(launched: LaunchedBrowser, page: Page, options: AttachOptions = {}): Promise<DevtoolsHandle> {
  const { browserSession } = launched;
  const before = new Set((await listTargets(browserSession)).map((t) => t.targetId));
  await browserSession.send('Target.openDevTools', { targetId: await pageTargetId(launched.context, page) });
  return attachDevtools(browserSession, before, options);
}

interface AttachOptions {
  /**
   * The extension is the e2e build (dist/e2e/chrome), whose devtools page exposes `globalThis.cloudErrors`:
   * wait on it (true, the default). A production build has no hook: wait until DevTools lists the panel,
   * which the devtools page creates after its capture listener.
   */
  hooked?: boolean;
}

/** Attaches to DevTools targets that appeared after `before` was taken (e.g. from --auto-open-devtools-for-tabs). */
export async function attachDevtools(
  browserSession: CDPSession,
  before: ReadonlySet<string> = new Set(),
  options: AttachOptions = {},
): Promise<DevtoolsHandle> {
  const frontendTarget = await waitForTarget(
    browserSession,
    'the DevTools window',
    (t) => t.type === 'page' && t.url.startsWith('devtools://devtools/bundled/devtools_app.html'),
    before,
  );
  const devtoolsTarget = await waitForTarget(
    browserSession,
    "the extension's devtools page",
    (t) => t.url.startsWith('chrome-extension://') && t.url.endsWith('/devtools.html'),
    before,
  );
  // Node's URL gives "null" as the origin of chrome-extension: URLs.
  const extensionOrigin = /^chrome-extension:\/\/[^/]+/.exec(devtoolsTarget.url)?.[0] ?? '';
  const frontend = await TargetSession.attach(browserSession, frontendTarget);
  const devtoolsPage = await TargetSession.attach(browserSession, devtoolsTarget);
  const panelId = extensionOrigin + PANEL_TITLE.replace(/\s+/g, '');
  if (options.hooked === false) {
    await waitFor('the Cloud Errors panel', () =>
      frontend.evaluate<boolean>(`(async () => {
        const UI = await import('devtools://devtools/bundled/ui/legacy/legacy.js');
        return UI.InspectorView.InspectorView.instance().hasPanel(${JSON.stringify(panelId)});
      })()`),
    );
  } else {
    await waitFor('the capture listener', () => devtoolsPage.evaluate<boolean>('globalThis.cloudErrors?.ready === true'));
  }
  let panel: TargetSession | undefined;
  return {
    frontend,
    devtoolsPage,
    extensionOrigin,
    async showPanel() {
      if (panel) return panel;
      // DevTools-internal API (stable for years, but not a contract); tests fail loudly if it changes.
      await waitFor('the Cloud Errors tab', () =>
        frontend.evaluate<boolean>(`(async () => {
          const UI = await import('devtools://devtools/bundled/ui/legacy/legacy.js');
          const view = UI.InspectorView.InspectorView.instance();
          if (!view.hasPanel(${JSON.stringify(panelId)})) return false;
          await view.showPanel(${JSON.stringify(panelId)});
          return true;
        })()`),
      );
      const target = await waitForTarget(browserSession, 'panel.html', (t) => t.url === `${extensionOrigin}/panel.html`, before);
      panel = await TargetSession.attach(browserSession, target);
      const attached = panel;
      await waitFor('the panel to render', () => attached.evaluate<boolean>(`!!document.querySelector('[data-testid=panel]')`));
      return panel;
    },
    async detach() {
      await panel?.detach();
      await devtoolsPage.detach();
      await frontend.detach();
    },
  };
}
