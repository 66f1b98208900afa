/**
 * The HAR `npm run bench:panel` imports: `count` failed calls, cycling through the JSON error envelopes of
 * Tencent Cloud, Alibaba Cloud and AWS from the fixtures, each with its own RequestId and start time, as a
 * long console session that kept failing would produce.
 */
import type { Fixture } from '../fixtures/fixture.js';
import { loadFixtures } from '../fixtures/load.js';
import { fixtureToHarEntry } from '../fixtures/to-har.js';
import type { HarLog } from '../src/core/har.js';

const GROUPS = ['tencent', 'aliyun', 'aws'];

/** The JSON error fixtures of the three providers (XML and header-only envelopes left out). */
function panelBenchFixtures(): Fixture[] {
  return GROUPS.flatMap((g) => loadFixtures(g))
    .map((f) => f.fixture)
    .filter((f) => f.expect.kind === 'error' && f.response.body.trimStart().startsWith('{'));
}

export function panelBenchHar(count: number, start = Date.parse('2026-11-23T08:00:00.000Z')): HarLog {
  const fixtures = panelBenchFixtures();
  const entries = [];
  for (let i = 0; i < count; i++) {
    const f = fixtures[i % fixtures.length] as Fixture;
    const id = f.expect.requestId;
    const unique = `${(i + 1).toString(16).padStart(8, '0')}-bench`;
    const body = id ? f.response.body.split(id).join(unique) : f.response.body;
    const headers = Object.fromEntries(Object.entries(f.response.headers).map(([k, v]) => [k, id ? v.split(id).join(unique) : v]));
    entries.push(fixtureToHarEntry({ ...f, response: { ...f.response, body, headers } }, new Date(start + i * 250).toISOString()));
  }
  return { log: { version: '1.2', creator: { name: 'cloud-errors bench:panel', version: '1' }, entries } };
}
