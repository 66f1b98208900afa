/**
 * Mutation fuzzing of the whole engine: every fixture's body is cut, spliced with hostile characters, or
 * has its JSON / XML structure scrambled (values swapped for numbers, nulls, arrays, deep objects,
 * `__proto__` keys), and its headers and status are varied. Whatever comes in, analysis must return a
 * well-formed answer, and everything built from it (the CLI record, the support block, cURL, the HAR
 * export) must build, without a secret of the request leaking into what the user copies. Seeded: a
 * failure names its seed and is reproducible.
 */
import { describe, expect, it } from 'vitest';
import { fixtureToExchange, type Fixture } from '../../fixtures/fixture.js';
import { loadFixtures } from '../../fixtures/load.js';
import { mulberry32 } from '../../fixtures/prng.js';
import { analyze } from './analyze.js';
import type { HttpExchange } from './exchange.js';
import { PROVIDERS } from './provider.js';
import { toFindingRecord } from './report.js';
import { toCurl } from './support/curl.js';
import { toHar } from './support/har-export.js';
import { supportBlock } from './support/support-block.js';

/** A seeded PRNG, so that a failing case can be replayed from its seed. */
const prng = mulberry32;

const NASTY = [
  '"',
  '\\',
  '<',
  '>',
  '&',
  '&amp;',
  ']]>',
  '<!--',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '\u0000',
  '\uFFFD',
  '\uD800',
  '😀',
  '\r\n',
  '%',
  '#',
  'null',
  '-1e999',
  '__proto__',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function mutateText(rand: () => number, text: string): string {
  const at = Math.floor(rand() * (text.length + 1));
  switch (Math.floor(rand() * 5)) {
    case 0:
      return text.slice(0, at); // truncated
    case 1:
      return text.slice(0, at) + pick(rand, NASTY) + text.slice(at); // inserted
    case 2:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 20)); // a piece deleted
    case 3:
      return text.slice(0, at) + text.slice(Math.floor(rand() * text.length)); // spliced with itself
    default:
      return text.replace(/[A-Za-z]/g, (c) => (rand() < 0.05 ? pick(rand, NASTY) : c));
  }
}

const ODD_VALUES: unknown[] = [null, 0, -1, 1e308, true, '', ' ', [], [1, 'a'], {}, { Code: { Code: 'x' } }, '<b>x</b>', 'A'.repeat(5000)];

/** Replaces values, deletes keys and adds prototype keys at random places of a JSON tree. */
function mutateJson(rand: () => number, value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((v) => mutateJson(rand, v, depth + 1));
  if (typeof value !== 'object' || value === null) return rand() < 0.3 ? pick(rand, ODD_VALUES) : value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const r = rand();
    if (r < 0.1) continue;
    out[r < 0.15 ? k.toLowerCase() : k] = r < 0.35 ? pick(rand, ODD_VALUES) : mutateJson(rand, v, depth + 1);
  }
  if (rand() < 0.1) Object.defineProperty(out, '__proto__', { value: { Code: 'Polluted' }, enumerable: true });
  if (depth === 0 && rand() < 0.1) out['Response'] = { Error: { Code: pick(rand, ODD_VALUES) } };
  return out;
}

function mutateBody(rand: () => number, body: string): string {
  if (rand() < 0.4) {
    try {
      return JSON.stringify(mutateJson(rand, JSON.parse(body)));
    } catch {
      // not JSON (XML, text): mutate as text
    }
  }
  return mutateText(rand, body);
}

const STATUSES = [0, 200, 204, 302, 400, 403, 404, 429, 500, 503, 599, 999, -1];
const CONTENT_TYPES = [
  '',
  'application/json',
  'text/xml',
  'application/xml; charset=gbk',
  'text/html',
  'image/png',
  'application/octet-stream',
  'application/x-amz-json-1.1',
];

function mutateExchange(rand: () => number, exchange: HttpExchange): HttpExchange {
  const responseHeaders = exchange.responseHeaders.filter(() => rand() > 0.2);
  if (rand() < 0.3)
    responseHeaders.push({
      name: pick(rand, ['x-amzn-ErrorType', 'x-ms-request-id', 'X-Request-Id', 'x-acs-request-id', 'opc-request-id', 'content-type']),
      value: mutateText(rand, 'Code:http://x#y'),
    });
  return {
    ...exchange,
    status: rand() < 0.3 ? pick(rand, STATUSES) : exchange.status,
    mimeType: rand() < 0.2 ? pick(rand, CONTENT_TYPES) : exchange.mimeType,
    url: rand() < 0.1 ? mutateText(rand, exchange.url) : exchange.url,
    responseHeaders,
    responseBody: exchange.responseBody === undefined ? undefined : mutateBody(rand, exchange.responseBody),
  };
}

/**
 * Secrets the fixtures put in requests (signatures, tokens, signed-URL parameters): none may reach a copy.
 * A URL whose parameter names were mangled (`Signat re=…`) no longer says which value is secret, so its
 * parameters are checked only when the URL was left intact (a URL that merely lost its "?" still is).
 */
function secretsOf(f: Fixture, urlIntact = true): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(f.request.headers)) {
    if (!/^(authorization|x-amz-security-token|x-tc-token|x-acs-security-token|cookie)$/i.test(name)) continue;
    const signature =
      /Signature=([^,\s"]{6,})/.exec(value)?.[1] ?? /^(?:acs|OSS|SharedKey|AWS) [^:\s]+:(\S{6,})$/.exec(value)?.[1] ?? /^Bearer (\S{6,})$/i.exec(value)?.[1];
    out.push(signature ?? value);
  }
  const signed = urlIntact ? /[?&]Signature=([^&]{6,})/.exec(f.request.url)?.[1] : undefined;
  if (signed) out.push(decodeURIComponent(signed), signed);
  // A key id in the query is a credential too, and providers quote it back (Alibaba's string-to-sign).
  const keyId = urlIntact ? /[?&](?:AccessKeyId|SecretId)=([^&]{8,})/.exec(f.request.url)?.[1] : undefined;
  if (keyId) out.push(keyId);
  return out;
}

const FIXTURES = loadFixtures();
const PER_FIXTURE = 60;

describe('analysis of mutated envelopes (seeded fuzzing)', () => {
  it(`answers well-formed for ${FIXTURES.length * PER_FIXTURE} mutations, and every copy builds without a secret`, () => {
    let errors = 0;
    for (const [n, { name, fixture }] of FIXTURES.entries()) {
      const base = fixtureToExchange(fixture, '2026-11-23T08:00:00.000Z');
      for (let i = 0; i < PER_FIXTURE; i++) {
        const seed = n * 10_000 + i;
        const exchange = mutateExchange(prng(seed), base);
        const where = `${name}, seed ${seed}`;
        const secrets = secretsOf(fixture, exchange.url.replace('?', '') === base.url.replace('?', '') || exchange.url === base.url);
        let analysis;
        try {
          analysis = analyze(exchange);
        } catch (e) {
          throw new Error(`analyze threw on ${where}: ${String(e)}`, { cause: e });
        }
        const d = analysis.detection;
        expect(['error', 'success', 'none', 'skipped'], where).toContain(d.kind);
        if (d.kind === 'error') {
          errors++;
          expect(PROVIDERS, where).toContain(d.finding.provider);
          expect(typeof d.finding.code, where).toBe('string');
          expect(d.finding.code, where).not.toBe('Polluted');
          expect(analysis.annotation, where).toBeDefined();
        }
        if (d.kind === 'skipped') expect(d.reason, where).toMatch(/\S/);
        const copies = [
          supportBlock(exchange, analysis),
          toCurl(exchange),
          JSON.stringify(toHar([exchange], { name: 'fuzz', version: '0' })),
          JSON.stringify(toFindingRecord(0, exchange, analysis) ?? null),
        ].join('\n');
        for (const secret of secrets) expect(copies.includes(secret), `${where}: a secret reached a copy`).toBe(false);
      }
    }
    // The mutations keep many envelopes intact enough to be recognised: the fuzzing reaches the detectors.
    expect(errors).toBeGreaterThan(FIXTURES.length * PER_FIXTURE * 0.2);
    // …and the secret check has secrets to look for.
    expect(FIXTURES.filter((f) => secretsOf(f.fixture).length > 0).length).toBeGreaterThan(20);
  });
});
