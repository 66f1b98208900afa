import { describe, expect, it } from 'vitest';
import { prettyBody, prettyXml } from './pretty.js';

describe('prettyBody', () => {
  it('indents JSON', () => {
    expect(prettyBody('{"Response":{"RequestId":"r"}}', 'application/json')).toBe('{\n  "Response": {\n    "RequestId": "r"\n  }\n}');
  });
  it('indents XML, one element per line, text elements on one line', () => {
    expect(prettyXml('<?xml version="1.0"?><Response><Errors><Error><Code>A</Code><Message/></Error></Errors><RequestID>r</RequestID></Response>')).toBe(
      [
        '<?xml version="1.0"?>',
        '<Response>',
        '  <Errors>',
        '    <Error>',
        '      <Code>A</Code>',
        '      <Message/>',
        '    </Error>',
        '  </Errors>',
        '  <RequestID>r</RequestID>',
        '</Response>',
      ].join('\n'),
    );
  });
  it('returns broken or other bodies unchanged', () => {
    expect(prettyBody('{"a":', 'application/json')).toBe('{"a":');
    expect(prettyBody('plain text', 'text/plain')).toBe('plain text');
  });
});
