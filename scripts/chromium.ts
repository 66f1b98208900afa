import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found: set CHROMIUM_PATH, or install it (Debian/Ubuntu: `sudo apt install chromium`; elsewhere: `npx playwright install chromium`).';

/** `CHROMIUM_PATH`, else Debian's /usr/bin/chromium, else Playwright's own download; undefined when none exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const downloaded = chromium.executablePath();
    if (downloaded && existsSync(downloaded)) return downloaded;
  } catch {
    // playwright has no browser registry entry here
  }
  return undefined;
}
