import { describe, expect, it } from 'vitest';
import { fixtureToExchange } from '../../../fixtures/fixture.js';
import { loadFixtures } from '../../../fixtures/load.js';
import { analyze } from '../analyze.js';
import { parseHar } from '../har.js';
import { scanEntries } from '../report.js';
import { toHar, toScanReport } from './har-export.js';

const CREATOR = { name: 'Cloud Errors', version: '0.1.0' };
const errors = loadFixtures()
  .filter((f) => f.fixture.expect.kind === 'error')
  .map((f, i) => fixtureToExchange(f.fixture, new Date(Date.UTC(2026, 10, 23, 8, 0, i)).toISOString()));
const SECRETS = ['LTAI5tExampleAccessKey01', 'OLeaidS1', 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', '5da7a33f6993f0614b047e5df4582db'];

describe('toHar', () => {
  it('writes HAR 1.2 that parseHar reads back, with the required fields', () => {
    const text = JSON.stringify(toHar(errors, CREATOR));
    const parsed = parseHar(text);
    expect(parsed.ok).toBe(true);
    const log = JSON.parse(text).log;
    expect(log.version).toBe('1.2');
    expect(log.creator).toEqual(CREATOR);
    for (const key of ['startedDateTime', 'time', 'request', 'response', 'cache', 'timings']) expect(log.entries[0]).toHaveProperty(key);
    for (const key of ['method', 'url', 'httpVersion', 'cookies', 'headers', 'queryString', 'headersSize', 'bodySize'])
      expect(log.entries[0].request).toHaveProperty(key);
  });

  it('redacts signatures, access keys and credential headers', () => {
    const text = JSON.stringify(toHar(errors, CREATOR));
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
  });

  it('round-trips through the CLI scan: the same codes and RequestIds, in order', () => {
    const report = scanEntries(toHar(errors, CREATOR).log.entries);
    const expected = errors.map((ex) => analyze(ex).detection).map((d) => (d.kind === 'error' ? [d.finding.code, d.finding.requestId ?? null] : null));
    expect(report.findings.map((f) => [f.code, f.requestId])).toEqual(expected);
    expect(toScanReport(errors, CREATOR)).toEqual(report);
  });
});
