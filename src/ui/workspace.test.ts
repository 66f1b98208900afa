import { effect } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../fixtures/load.js';
import { fixturesToHar } from '../../fixtures/to-har.js';
import { createPanelStore } from './store.js';
import { createWorkspace } from './workspace.js';

describe('workspace', () => {
  it('shows an imported HAR apart from live capture (parsed on the main thread where no Worker exists)', async () => {
    const live = createPanelStore();
    const ws = createWorkspace(live);
    const fixtures = loadFixtures();
    await ws.importHar('customer.har', JSON.stringify(fixturesToHar(fixtures.map((f) => f.fixture))));
    expect(ws.showing.value).toBe('import');
    expect(ws.imported.value).toMatchObject({ name: 'customer.har', done: fixtures.length, total: fixtures.length, thread: 'main' });
    expect(ws.active.value.failed.value).toBe(fixtures.filter((f) => f.fixture.expect.kind === 'error').length);
    expect(live.rows.value).toHaveLength(0);
    ws.show('live');
    expect(ws.active.value).toBe(live);
    ws.closeImport();
    expect(ws.imported.value).toBeUndefined();
  });

  it('reports a file that is not a HAR and keeps showing live capture', async () => {
    const ws = createWorkspace(createPanelStore());
    await ws.importHar('notes.txt', 'hello');
    expect(ws.importError.value).toMatch(/^notes\.txt: not valid JSON/);
    expect(ws.showing.value).toBe('live');
  });

  it('shows the progress of a file being read, then the listing, and clears it when done', async () => {
    const ws = createWorkspace(createPanelStore());
    const fixtures = loadFixtures().map((f) => f.fixture);
    const file = new Blob([JSON.stringify(fixturesToHar(fixtures))]);
    const phases: string[] = [];
    const stop = effect(() => {
      const loading = ws.loading.value;
      const imported = ws.imported.value;
      const phase = loading ? loading.phase : imported ? (imported.done < imported.total ? 'listing' : 'done') : 'idle';
      if (phases.at(-1) !== phase) phases.push(phase);
    });
    const pending = ws.importHar('customer.har', file);
    expect(ws.loading.value).toEqual({ name: 'customer.har', phase: 'reading', done: 0, total: file.size });
    await pending;
    stop();
    // The file is read, parsed and analysed as one stream: one phase counting its bytes.
    expect(phases).toEqual(['idle', 'reading', 'listing', 'done']);
    expect(ws.loading.value).toBeUndefined();
  });

  it('keeps the imported file shown when the next one is not a HAR, and stops a read on cancel', async () => {
    const ws = createWorkspace(createPanelStore());
    await ws.importHar('first.har', JSON.stringify(fixturesToHar(loadFixtures().map((f) => f.fixture))));
    await ws.importHar('second.har', '{"log": {"entries": 3}}');
    expect(ws.imported.value?.name).toBe('first.har');
    expect(ws.importError.value).toMatch(/^second\.har: not a HAR file/);
    const pending = ws.importHar('third.har', new Blob(['{"log": {"entries": []}}']));
    ws.cancelRead();
    await pending;
    expect(ws.loading.value).toBeUndefined();
    expect(ws.imported.value?.name).toBe('first.har');
    expect(ws.importError.value).toBeUndefined();
  });
});
