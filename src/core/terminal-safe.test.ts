import { describe, expect, it } from 'vitest';
import { hasUnsafeChars, terminalSafe, terminalSafeJson } from './terminal-safe.js';

describe('terminalSafe', () => {
  it.each([
    ['ESC (clear screen)', 'a\u001b[2Jb', 'a\\x1b[2Jb'],
    ['BEL, NUL, CR, LF, TAB', '\u0007\u0000\r\n\t', '\\x07\\x00\\x0d\\x0a\\x09'],
    ['DEL', 'x\u007fy', 'x\\x7fy'],
    ['C1 CSI', 'x\u009b31m', 'x\\x9b31m'],
    ['bidi override and isolates', 'abc\u202etxt.exe\u2066\u2069\u200f\u061c', 'abc\\u202etxt.exe\\u2066\\u2069\\u200f\\u061c'],
    ['line separator', 'a\u2028b', 'a\\u2028b'],
  ])('escapes %s', (_name, raw, shown) => {
    expect(terminalSafe(raw)).toBe(shown);
    expect(hasUnsafeChars(raw)).toBe(true);
    expect(hasUnsafeChars(terminalSafe(raw))).toBe(false);
  });

  it('leaves ordinary text, including other scripts and emoji, as it is', () => {
    for (const text of ['AuthFailure.SignatureExpire', '请求频率超过限制', 'Größe 😀', 'https://example.com/a?b=c']) {
      expect(terminalSafe(text)).toBe(text);
      expect(hasUnsafeChars(text)).toBe(false);
    }
  });
});

describe('terminalSafeJson', () => {
  it('escapes what JSON.stringify leaves raw, and parses back to the same value', () => {
    const value = { m: 'a\u001b[2J\u007f\u009b\u202e\u2028z' };
    const json = terminalSafeJson(JSON.stringify(value));
    expect(hasUnsafeChars(json)).toBe(false);
    expect(JSON.parse(json)).toEqual(value);
  });
});
