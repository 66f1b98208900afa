/**
 * Drives real Firefox DevTools with the extension installed, for the end-to-end tests. Playwright cannot
 * reach Firefox's toolbox, so this speaks Firefox's Remote Debugging Protocol (./firefox-rdp.ts): it
 * starts Firefox headless with a debugger server and the toolbox open (-devtools), installs the built
 * extension as a temporary add-on, watches the extension's documents (the devtools page, the panel) as
 * frame targets, and evaluates in them. The parent process is used only to select the Cloud Errors tab.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RdpClient } from './firefox-rdp.js';
import { PANEL_TITLE, waitFor } from './devtools-driver.js';

export const NO_FIREFOX_MESSAGE = "Firefox not found: install Debian's firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH.";

export function findFirefox(): string | undefined {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && existsSync(p));
}

/** A document of the extension (or the browser's parent process) to evaluate in. */
export interface FirefoxContext {
  url: string;
  /** Evaluates an expression; returns strings, numbers and booleans as they are (JSON.stringify anything else). */
  evaluate<T = unknown>(expression: string): Promise<T>;
}

export interface FirefoxWithExtension {
  devtoolsPage: FirefoxContext;
  /** Selects the Cloud Errors tab of the toolbox and returns its panel document. */
  showPanel(): Promise<FirefoxContext>;
  /** Evaluates in Firefox's parent process (chrome privileges): prefs, the toolbox. */
  parent: FirefoxContext;
  close(): Promise<void>;
}

const PREFS: Record<string, string | boolean> = {
  'devtools.debugger.remote-enabled': true,
  'devtools.chrome.enabled': true,
  'devtools.debugger.prompt-connection': false,
  'devtools.toolbox.host': 'bottom',
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

interface FrameTarget {
  url?: string;
  consoleActor: string;
}

export async function launchFirefoxWithExtension(options: { firefoxPath: string; extensionDir: string }): Promise<FirefoxWithExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'cloud-errors-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(PREFS)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const port = await freePort();
  // -devtools opens the toolbox on the first tab (about:blank); the test navigates it from the devtools page.
  const firefox: ChildProcess = spawn(
    options.firefoxPath,
    ['-headless', '-no-remote', '-profile', profile, '-start-debugger-server', String(port), '-devtools', 'about:blank'],
    { stdio: 'ignore' },
  );
  let rdp: RdpClient | undefined;
  const close = async (): Promise<void> => {
    rdp?.close();
    if (firefox.exitCode === null) {
      const exited = new Promise((r) => firefox.once('exit', r));
      firefox.kill();
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    rdp = await RdpClient.connect(port);
    const client = rdp;
    const context = (url: string, consoleActor: string): FirefoxContext => ({
      url,
      evaluate: async <T>(expression: string) => (await client.evaluate(consoleActor, expression)) as T,
    });

    const root = await client.request('root', 'getRoot');
    const installed = await client.request(String(root.addonsActor), 'installTemporaryAddon', {
      addonPath: resolve(options.extensionDir),
      openDevTools: false,
    });
    const id = (installed.addon as { id: string }).id;
    const { addons } = (await client.request('root', 'listAddons')) as unknown as { addons: { id: string; actor: string }[] };
    const addon = addons.find((a) => a.id === id);
    if (!addon) throw new Error(`the temporary add-on ${id} is not listed`);

    // Every document of the extension arrives as a frame target (and again after a reload).
    const targets: FrameTarget[] = [];
    client.on('event', (e: { type?: string; target?: FrameTarget }) => {
      if (e.type === 'target-available-form' && e.target) targets.push(e.target);
    });
    const watcher = await client.request(addon.actor, 'getWatcher', { isServerTargetSwitchingEnabled: true });
    await client.request(String(watcher.actor), 'watchTargets', { targetType: 'frame' });
    const document = (path: string): Promise<FirefoxContext> =>
      waitFor(`the extension's ${path}`, () => {
        const t = targets.findLast((x) => x.url?.endsWith(path));
        return Promise.resolve(t ? context(t.url ?? path, t.consoleActor) : undefined);
      });
    const devtoolsPage = await document('/devtools.html');
    await waitFor('the capture listener', () => devtoolsPage.evaluate<boolean>('globalThis.cloudErrors?.ready === true'));

    const proc = await client.request('root', 'getProcess', { id: 0 });
    const parentTarget = await client.request((proc.processDescriptor as { actor: string }).actor, 'getTarget');
    const parentForm = parentTarget.process as { url: string; consoleActor: string };
    const parent = context(parentForm.url, parentForm.consoleActor);

    return {
      devtoolsPage,
      parent,
      async showPanel() {
        // Firefox registers an extension panel as an "additional tool" of the toolbox, labelled with its title.
        const selected = await waitFor('the Cloud Errors tab', () =>
          parent.evaluate<boolean>(`(() => {
            const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
            const toolbox = require('devtools/client/framework/devtools').gDevTools.getToolboxes()[0];
            const tool = toolbox && [...toolbox.additionalToolDefinitions.values()].find((t) => t.label === ${JSON.stringify(PANEL_TITLE)});
            if (!tool) return false;
            toolbox.selectTool(tool.id);
            return true;
          })()`),
        );
        if (!selected) throw new Error('no Cloud Errors tab');
        const panel = await document('/panel.html');
        await waitFor('the panel to render', () => panel.evaluate<boolean>(`!!document.querySelector('[data-testid=panel]')`));
        return panel;
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
