import { execFileSync } from 'node:child_process';

/** Builds the Chrome and Firefox extensions with the e2e hook (dist/e2e/) and the mock panel page once for every e2e file (unless E2E_SKIP_BUILD=1). */
export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  for (const mode of ['chrome-e2e', 'firefox-e2e', 'mock']) {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--mode', mode, '--logLevel', 'error'], { stdio: 'inherit' });
  }
}
