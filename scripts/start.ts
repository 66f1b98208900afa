/**
 * `npm start`: the demo cloud on 127.0.0.1, Chromium with the freshly built extension, DevTools open on
 * the demo console, and the Cloud Errors tab showing the burst of calls it made.
 *
 *   npm start                         headed when there is a display (DevTools docked at the bottom)
 *   npm start -- --headless           headless (default without DISPLAY on Linux): screenshot, print path, exit
 *   npm start -- --screenshot <file>  where the headless screenshot goes (default dist/screenshots/panel.png)
 *
 * The browser is CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own download.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { startDemoServer } from '../demo/server.js';
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium.js';
import { launchWithExtension, openDevtools, waitFor, type DevtoolsHandle } from './devtools-driver.js';

interface StartOptions {
  headless: boolean;
  screenshot: string;
}

function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv, platform: string): StartOptions {
  const at = argv.indexOf('--screenshot');
  const screenshot = (at !== -1 ? argv[at + 1] : undefined) ?? 'dist/screenshots/panel.png';
  const noDisplay = platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY;
  return { headless: argv.includes('--headless') || noDisplay, screenshot: resolve(screenshot) };
}

/** Picks the Tencent HTTP-200 error so the screenshot shows the detail pane too. */
async function selectExampleRow(devtools: DevtoolsHandle): Promise<void> {
  const panel = await devtools.showPanel();
  await waitFor('the burst in the panel', () => panel.evaluate<boolean>(`document.querySelectorAll('[data-testid=row]').length >= 8`));
  await panel.evaluate(`(() => {
    const row = document.querySelector('[data-code="AuthFailure.SignatureExpire"]') ?? document.querySelector('[data-testid=row]');
    row?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  })()`);
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2), process.env, process.platform);
  const extensionDir = resolve('dist/chrome');
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    console.error('dist/chrome is missing: run `npm start` (it builds first) or `npm run build`.');
    return 1;
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(NO_CHROMIUM_MESSAGE);
    return 1;
  }

  const demo = await startDemoServer({ port: Number(process.env.DEMO_PORT ?? 0) });
  console.log(`Demo cloud: ${demo.origin}/ (${demo.fixtures.length} fixture responses)`);
  const browser = await launchWithExtension({
    executablePath,
    extensionDir,
    headless: options.headless,
    // Headless, DevTools gets a window of its own so the screenshot shows the whole panel.
    dock: options.headless ? 'undocked' : 'bottom',
    // Headed, a real window the user can resize: the page follows it, DevTools takes its lower half.
    viewport: options.headless ? { width: 1400, height: 820 } : null,
    ...(options.headless ? {} : { windowSize: { width: 1400, height: 1000 }, devtoolsHeight: 480 }),
  });
  const shutdown = async (): Promise<void> => {
    await browser.close();
    await demo.close();
  };

  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    // dist/chrome is the production build: no e2e hook to wait on.
    const devtools = await openDevtools(browser, page, { hooked: false });
    if (options.headless) {
      // The undocked DevTools window opens small in headless mode: size it for a readable screenshot.
      const { windowId } = await browser.browserSession.send('Browser.getWindowForTarget', { targetId: devtools.frontend.target.targetId });
      await browser.browserSession.send('Browser.setWindowBounds', { windowId, bounds: { width: 1400, height: 820 } });
    }
    await page.goto(`${demo.origin}/`);
    await page.evaluate('window.burstDone');
    await selectExampleRow(devtools);

    if (options.headless) {
      await new Promise((r) => setTimeout(r, 300)); // let the detail pane paint
      const { data } = await devtools.frontend.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      mkdirSync(dirname(options.screenshot), { recursive: true });
      writeFileSync(options.screenshot, Buffer.from(data, 'base64'));
      console.log(`Screenshot of the Cloud Errors panel: ${options.screenshot}`);
      await devtools.detach();
      await shutdown();
      return 0;
    }

    await devtools.detach();
    console.log('Chromium is open on the demo console with DevTools → Cloud Errors. Close the browser or press Ctrl+C to stop.');
    await new Promise<void>((resolveClosed) => {
      browser.context.once('close', () => resolveClosed());
      process.once('SIGINT', () => resolveClosed());
      process.once('SIGTERM', () => resolveClosed());
    });
    await shutdown();
    return 0;
  } catch (e) {
    await shutdown();
    throw e;
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
