import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disableInnerHtmlSink } from './no-inner-html.js';

describe("the build removes Preact's only HTML sink", () => {
  it('rewrites the innerHTML assignment of the installed Preact to a throw', () => {
    const code = readFileSync('node_modules/preact/dist/preact.mjs', 'utf8');
    const out = disableInnerHtmlSink(code);
    expect(out).not.toMatch(/\.innerHTML\s*=/);
    expect(out).toContain('dangerouslySetInnerHTML is disabled');
  });
  it('fails loudly when the pattern is not there (a Preact upgrade changed it)', () => {
    expect(() => disableInnerHtmlSink('no sink here')).toThrow(/found 0/);
  });
  it('leaves no innerHTML assignment in the built extension', () => {
    const html = readFileSync('dist/chrome/devtools.html', 'utf8');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(readFileSync(`dist/chrome/${script}`, 'utf8')).not.toMatch(/\.(innerHTML|outerHTML)\s*=[^=]/);
  });
});
