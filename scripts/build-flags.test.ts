/**
 * The e2e hook (`globalThis.cloudErrors` in src/extension/devtools.ts) ships only in the e2e build:
 * the production bundles are built here into a temporary directory and searched for it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];

function build(mode: string): string {
  const outDir = mkdtempSync(join(tmpdir(), `cloud-errors-${mode}-`));
  dirs.push(outDir);
  execFileSync(process.execPath, [
    resolve('node_modules/vite/bin/vite.js'),
    'build',
    '--mode',
    mode,
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'error',
  ]);
  return outDir;
}

function devtoolsBundle(dir: string): string {
  const name = readdirSync(join(dir, 'assets')).find((f) => /^devtools-.*\.js$/.test(f));
  if (!name) throw new Error(`no devtools bundle in ${dir}`);
  return readFileSync(join(dir, 'assets', name), 'utf8');
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the e2e hook is in the e2e build only', () => {
  it.each(['chrome', 'firefox'])('the production %s build has no hook', (mode) => {
    const bundle = devtoolsBundle(build(mode));
    expect(bundle).toContain('Cloud Errors');
    expect(bundle).not.toContain('cloudErrors');
    expect(bundle).not.toContain('__E2E__');
  });

  it('the e2e build has it', () => {
    expect(devtoolsBundle(build('chrome-e2e'))).toContain('cloudErrors');
  });
});
