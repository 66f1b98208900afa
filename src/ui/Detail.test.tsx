// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureToExchange } from '../../fixtures/fixture.js';
import { loadFixtures } from '../../fixtures/load.js';
import { COPY_FAILED } from './copy-announce.js';
import { Detail } from './Detail.js';
import { createPanelStore } from './store.js';
import { withPanel } from './with-panel.js';

const hostile = loadFixtures('tencent').find((f) => f.name === 'tencent/error-hostile-message')!.fixture;
const SIGNATURE = '5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474';

let copied: string[];
let writeText: (text: string) => Promise<void>;

beforeEach(() => {
  copied = [];
  writeText = vi.fn(async (text: string) => void copied.push(text));
  Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => writeText(t) } });
});
afterEach(cleanup);

function setup() {
  const store = createPanelStore();
  store.add([{ exchange: fixtureToExchange(hostile) }]);
  const row = store.visible.value[0]!;
  store.select(row.id);
  render(withPanel(<Detail row={row} />, store));
  return { store, row };
}

describe('Detail', () => {
  it('renders markup from the response as text, never as elements', () => {
    setup();
    const detail = screen.getByTestId('detail');
    expect(detail.querySelector('img')).toBeNull();
    expect(detail.textContent).toContain('<img src=x onerror=');
  });

  it('shows the request with the signature redacted', () => {
    setup();
    expect(screen.getByTestId('detail-headers').textContent).not.toContain(SIGNATURE);
    expect(screen.getByTestId('detail').textContent).not.toContain(SIGNATURE);
  });

  it('the RequestId button copies the RequestId and announces it', async () => {
    const { store } = setup();
    fireEvent.click(screen.getByTestId('copy-request-id'));
    await waitFor(() => expect(store.notice.value?.text).toBe('Copied RequestId deadbeef-0000-4000-8000-00000000cafe'));
    expect(copied).toEqual(['deadbeef-0000-4000-8000-00000000cafe']);
  });

  it('Copy as cURL copies the request with secrets redacted and announces it', async () => {
    const { store } = setup();
    fireEvent.click(screen.getByTestId('copy-curl'));
    await waitFor(() => expect(store.notice.value?.text).toBe('Copied as cURL (secrets redacted)'));
    expect(copied).toHaveLength(1);
    expect(copied[0]).toContain('curl');
    expect(copied[0]).toContain('vpc.tencentcloudapi.com');
    expect(copied[0]).not.toContain(SIGNATURE);
  });

  it('Copy for support copies the RequestId without the credentials', async () => {
    const { store } = setup();
    fireEvent.click(screen.getByTestId('copy-support'));
    await waitFor(() => expect(store.notice.value?.text).toBe('Copied for support'));
    expect(copied[0]).toContain('deadbeef-0000-4000-8000-00000000cafe');
    expect(copied[0]).not.toContain(SIGNATURE);
    expect(copied[0]).not.toContain('AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE');
  });

  it('announces the one failure text when the clipboard is blocked', async () => {
    writeText = () => Promise.reject(new Error('blocked by permissions policy'));
    (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    const { store } = setup();
    fireEvent.click(screen.getByTestId('copy-curl'));
    await waitFor(() => expect(store.notice.value?.text).toBe(COPY_FAILED));
  });
});
