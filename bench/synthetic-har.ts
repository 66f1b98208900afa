import type { HarEntry, HarLog } from '../src/core/har.js';
import type { Fixture } from '../fixtures/fixture.js';
import { mulberry32 } from '../fixtures/prng.js';
import { fixtureToHarEntry } from '../fixtures/to-har.js';

/** A small deterministic PRNG, so every run measures the same HAR. */
const rng = mulberry32;

function entry(url: string, mimeType: string, text: string, extra: Partial<HarEntry['response']['content']> = {}, status = 200): HarEntry {
  return {
    startedDateTime: new Date(Date.UTC(2026, 10, 23, 8) + Math.floor(text.length % 1000)).toISOString(),
    request: { method: 'GET', url, headers: [{ name: 'Accept', value: '*/*' }] },
    response: { status, headers: [{ name: 'Content-Type', value: mimeType }], content: { size: text.length, mimeType, text, ...extra } },
  };
}

/** Application JSON of roughly `bytes` characters: records with ids, names and a "code" field, as real APIs have. */
function appJson(random: () => number, bytes: number): string {
  const items: unknown[] = [];
  let size = 0;
  while (size < bytes) {
    const item = {
      id: Math.floor(random() * 1e9),
      name: `item-${size}`,
      code: `SKU-${Math.floor(random() * 1e6)}`,
      tags: ['a', 'b', 'c'],
      price: random() * 100,
      active: random() > 0.5,
    };
    items.push(item);
    size += 110;
  }
  return JSON.stringify({ data: items, page: { next: null } });
}

function script(random: () => number, bytes: number): string {
  const line = `function f${Math.floor(random() * 1e6)}(a,b){return a.map(x=>x*b).filter(Boolean)}\n`;
  return line.repeat(Math.ceil(bytes / line.length));
}

function imageBase64(random: () => number, bytes: number): string {
  const raw = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) raw[i] = Math.floor(random() * 256);
  let bin = '';
  for (let i = 0; i < raw.length; i++) bin += String.fromCharCode(raw[i] as number);
  return btoa(bin);
}

/**
 * `count` entries: about 80% ordinary traffic (small and medium JSON, 1–2 MB JSON bodies, scripts,
 * stylesheets, base64 images, HTML) and 20% cloud envelopes of every family, taken from the fixtures.
 * `scale` multiplies the size of the ordinary bodies (the 2 GB benchmark HAR uses a larger one).
 * A generator, so a HAR larger than memory can be written entry by entry.
 */
export function* syntheticEntries(count: number, envelopes: readonly Fixture[], seed = 42, scale = 1): Generator<HarEntry> {
  const random = rng(seed);
  const shared = {
    bigJson: [appJson(random, 1_100_000), appJson(random, 1_600_000), appJson(random, 2_000_000)],
    js: script(random, Math.round(30_000 * scale)),
    img: imageBase64(random, Math.round(8_000 * scale)),
    css: '.a{color:red}\n'.repeat(Math.round(400 * scale)),
    html: '<!DOCTYPE html><html><body>' + '<div>row</div>'.repeat(Math.round(500 * scale)) + '</body></html>',
  };
  for (let i = 0; i < count; i++) {
    const r = random();
    if (r < 0.2) {
      const f = envelopes[i % envelopes.length] as Fixture;
      yield fixtureToHarEntry(f, new Date(Date.UTC(2026, 10, 23, 8) + i).toISOString());
    } else if (r < 0.2025) {
      yield entry(`https://api.example.com/export/${i}`, 'application/json', shared.bigJson[i % 3] as string);
    } else if (r < 0.5) {
      yield entry(`https://api.example.com/items?page=${i}`, 'application/json', appJson(random, Math.round((500 + Math.floor(random() * 10_000)) * scale)));
    } else if (r < 0.62) {
      yield entry(`https://cdn.example.com/app.${i}.js`, 'application/javascript', shared.js);
    } else if (r < 0.75) {
      yield entry(`https://cdn.example.com/img/${i}.png`, 'image/png', shared.img, { encoding: 'base64' });
    } else if (r < 0.85) {
      yield entry(`https://cdn.example.com/app.${i}.css`, 'text/css', shared.css);
    } else if (r < 0.92) {
      yield entry(`https://console.example.com/page/${i}`, 'text/html', shared.html);
    } else {
      yield entry(`https://api.example.com/ping/${i}`, 'application/json', JSON.stringify({ ok: true, code: 0, ts: i }));
    }
  }
}

/** The same entries as one HAR object (for the import bench and small runs). */
export function syntheticHar(count: number, envelopes: readonly Fixture[], seed = 42, scale = 1): HarLog {
  return { log: { version: '1.2', creator: { name: 'cloud-errors bench', version: '1' }, entries: [...syntheticEntries(count, envelopes, seed, scale)] } };
}
