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
});
