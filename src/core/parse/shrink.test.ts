import { describe, expect, it } from 'vitest';
import { cutMarker, shrinkJsonStrings, shrinkXmlText } from './shrink.js';

describe('shrinkJsonStrings', () => {
  it('cuts only strings over the limit and keeps the JSON valid, with the full length in the marker', () => {
    const long = 'a'.repeat(5000);
    const { text, cut } = shrinkJsonStrings(JSON.stringify({ Code: 'X', Message: long, RequestId: 'r' }), 100);
    expect(cut).toBe(1);
    const value = JSON.parse(text) as Record<string, string>;
    expect(value['Code']).toBe('X');
    expect(value['RequestId']).toBe('r');
    expect(value['Message']).toBe('a'.repeat(100) + cutMarker(5000));
  });

  it('never splits an escape sequence or a surrogate pair at the cut', () => {
    for (let shift = 0; shift < 8; shift++) {
      const long = 'x'.repeat(shift) + '\\u00e9\\"\\\\😀'.repeat(500);
      const body = `{"Message":"${long}","Code":"C"}`;
      const { text } = shrinkJsonStrings(body, 50);
      const value = JSON.parse(text) as Record<string, string>;
      expect(value['Code']).toBe('C');
      expect(value['Message']).toContain('[cut:');
      expect(value['Message']).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });

  it('leaves a body without long strings untouched, and an unterminated string for the parser to report', () => {
    const small = '{"a":"b"}';
    expect(shrinkJsonStrings(small, 10)).toEqual({ text: small, cut: 0 });
    const broken = '{"a":"' + 'b'.repeat(100);
    expect(shrinkJsonStrings(broken, 10).cut).toBe(0);
  });
});

describe('shrinkXmlText', () => {
  it('cuts long text runs, never inside an entity', () => {
    const long = 'ab&amp;'.repeat(1000);
    const { text, cut } = shrinkXmlText(`<Error><Code>C</Code><Message>${long}</Message></Error>`, 101);
    expect(cut).toBe(1);
    expect(text).toMatch(/^<Error><Code>C<\/Code><Message>(ab&amp;)+(ab?)?… \[cut: 7,000 characters in all\]<\/Message><\/Error>$/);
  });
});
