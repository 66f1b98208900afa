/**
 * `npm run bench:panel`: the built extension in real Chromium DevTools (undocked, 1400×900), a HAR of
 * 10,000 failed calls (Tencent, Alibaba, AWS JSON errors) imported through *Import HAR…*, then the filter
 * typed into one character at a time (`T`, `Th`, … then cleared), each keystroke timed from its `input`
 * event to the first task after the next animation frame (the frame that paints it). Prints median, p90 and
 * max keystroke-to-paint, the scroll frame time, the import time and the JS heap, from one run.
 * Figures are printed, not asserted: a benchmark, not a timed test. BENCH_PROFILE=1 adds a CPU profile of the
 * typing (self time per function), BENCH_ENTRIES and BENCH_HEIGHT change the size.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, it } from 'vitest';
import { attachDevtools, launchWithExtension, waitFor, type LaunchedBrowser } from '../scripts/devtools-driver.js';
import { chromiumPath } from '../e2e/harness.js';
import { panelBenchHar } from './panel-har.js';
import { summarizeProfile, type CpuProfile } from './panel-profile.js';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000);
const WIDTH = 1400;
const HEIGHT = Number(process.env.BENCH_HEIGHT ?? 900);
const EXTENSION = resolve(process.env.BENCH_EXTENSION ?? 'dist/chrome');
const QUERIES = ['Throttling', 'provider:aws', 'code:Auth*', 'AccessDenied', 'status:4xx'];
/** A typist's pace: deferred work of one keystroke may run before the next, as it would for a person. */
const KEY_GAP_MS = 120;

let launched: LaunchedBrowser | undefined;
const dir = mkdtempSync(join(tmpdir(), 'cloud-errors-bench-panel-'));
afterAll(async () => {
  await launched?.close();
  rmSync(dir, { recursive: true, force: true });
});

function stats(values: number[]): { median: number; p90: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] ?? NaN };
}
const ms = (n: number): string => `${n.toFixed(1)} ms`;

it(`types into the filter over ${ENTRIES} imported calls in real DevTools`, async () => {
  const file = join(dir, 'bench-10k.har');
  const text = JSON.stringify(panelBenchHar(ENTRIES));
  writeFileSync(file, text);

  launched = await launchWithExtension({
    executablePath: chromiumPath(),
    extensionDir: EXTENSION,
    headless: true,
    dock: 'undocked',
    viewport: { width: WIDTH, height: HEIGHT },
    windowSize: { width: WIDTH, height: HEIGHT },
    autoOpenDevtools: true,
  });
  const page = launched.context.pages()[0] ?? (await launched.context.newPage());
  await page.goto('data:text/html,<title>bench</title>');
  const devtools = await attachDevtools(launched.browserSession);
  const panel = await devtools.showPanel();
  const size = await panel.evaluate<string>('`${innerWidth}x${innerHeight}`');

  // Import HAR…: the file input gets the file as a user's pick would give it.
  const { result } = await panel.send<{ result: { objectId: string } }>('Runtime.evaluate', {
    expression: `document.querySelector('[data-testid=import-file]')`,
  });
  await panel.send('DOM.enable');
  const t0 = Date.now();
  await panel.send('DOM.setFileInputFiles', { files: [file], objectId: result.objectId });
  await waitFor(
    'the import',
    () => panel.evaluate<boolean>(`document.querySelector('[data-testid=import-progress]')?.textContent === '${ENTRIES} entries'`),
    600_000,
    100,
  );
  const importMs = Date.now() - t0;
  const listed = await panel.evaluate<number>(`Number(document.querySelector('[data-testid=list]').dataset.count)`);

  // The panel's script runs in the extension's devtools page (it renders into the panel's window): its heap is the panel's.
  await devtools.devtoolsPage.send('HeapProfiler.collectGarbage');
  const heap = await devtools.devtoolsPage.send<{ usedSize: number }>('Runtime.getHeapUsage');

  await panel.evaluate(`(() => {
    const input = document.querySelector('[data-testid=filter]');
    input.focus();
    window.benchKey = (value) => new Promise((resolve) => {
      const t0 = performance.now();
      input.value = value;
      input.setSelectionRange(value.length, value.length);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
    });
  })()`);
  const profile = process.env.BENCH_PROFILE === '1';
  if (profile) {
    await devtools.devtoolsPage.send('Profiler.enable');
    await devtools.devtoolsPage.send('Profiler.setSamplingInterval', { interval: 200 });
    await devtools.devtoolsPage.send('Profiler.start');
  }
  const times: number[] = [];
  const clears: number[] = [];
  const labelled: [string, number][] = [];
  for (const query of QUERIES) {
    for (let i = 1; i <= query.length; i++) {
      const t = await panel.evaluate<number>(`benchKey(${JSON.stringify(query.slice(0, i))})`);
      times.push(t);
      labelled.push([query.slice(0, i), t]);
      await new Promise((r) => setTimeout(r, KEY_GAP_MS));
    }
    const t = await panel.evaluate<number>(`benchKey('')`);
    clears.push(t);
    labelled.push([`(clear ${query})`, t]);
    await new Promise((r) => setTimeout(r, KEY_GAP_MS));
  }
  let hot: string | undefined;
  if (profile) {
    const { profile: cpu } = await devtools.devtoolsPage.send<{ profile: CpuProfile }>('Profiler.stop');
    hot = summarizeProfile(cpu, 15);
  }

  // Scrolling: the list moved by ten rows every frame for 120 frames; the time between frames.
  const frames = await panel.evaluate<number[]>(`new Promise((resolve) => {
    const list = document.querySelector('[data-testid=list]');
    const out = [];
    let last = performance.now();
    let n = 0;
    const step = () => {
      const now = performance.now();
      if (n > 0) out.push(now - last);
      last = now;
      if (n++ === 120) return resolve(out);
      list.scrollTop += 220;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  })`);

  const all = [...times, ...clears];
  const k = stats(all);
  const typed = stats(times);
  const f = stats(frames);
  console.log(
    [
      `bench:panel — ${ENTRIES} calls imported in real Chromium DevTools, panel ${size}, ${listed} listed`,
      `import: ${importMs} ms for ${(text.length / 2 ** 20).toFixed(1)} MB; JS heap after import (after GC): ${(heap.usedSize / 2 ** 20).toFixed(1)} MB`,
      `keystroke to paint (${all.length} keystrokes: ${times.length} typed, ${clears.length} clears): median ${ms(k.median)}, p90 ${ms(k.p90)}, max ${ms(k.max)}`,
      `  typed only: median ${ms(typed.median)}, p90 ${ms(typed.p90)}, max ${ms(typed.max)}; clears: ${clears.map((c) => c.toFixed(0)).join(', ')} ms`,
      `  slowest: ${[...labelled]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([q, t]) => `${JSON.stringify(q)} ${t.toFixed(0)}`)
        .join(', ')} ms`,
      `scroll (10 rows a frame, ${frames.length} frames): frame time median ${ms(f.median)}, p90 ${ms(f.p90)}, max ${ms(f.max)}`,
      ...(hot ? ['CPU profile of the typing (devtools page, self time):', hot] : []),
    ].join('\n'),
  );
}, 900_000);
