import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserManifest } from './manifest.js';

const source = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;

describe('manifest.json, the single source', () => {
  it('asks for no permissions and no host access (a devtools page needs none)', () => {
    expect(Object.keys(source).filter((k) => /permissions|host|content_scripts|background/.test(k))).toEqual([]);
  });
  it('gives Firefox its gecko id and a no-data-collection declaration, and Chrome neither', () => {
    const firefox = browserManifest(source, 'firefox');
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { id: expect.any(String), data_collection_permissions: { required: ['none'] } } });
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(browserManifest(source, 'chrome').browser_specific_settings).toBeUndefined();
  });
});
