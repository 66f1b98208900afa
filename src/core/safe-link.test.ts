import { describe, expect, it } from 'vitest';
import { safeLink } from './safe-link.js';

describe('safeLink', () => {
  it.each([
    ['https://cloud.tencent.com/document/api/213/15694', 'https://cloud.tencent.com/document/api/213/15694'],
    ['http://example.com', 'http://example.com/'],
    ['https://Docs.AWS.amazon.com/a b'.replace(' ', '%20'), 'https://docs.aws.amazon.com/a%20b'],
  ])('shows %s as a link', (url, href) => {
    expect(safeLink(url)).toBe(href);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['a custom scheme', 'vscode://open?x'],
    ['a user name', 'https://docs.aws.amazon.com@evil.example/'],
    ['a password', 'https://u:p@example.com/'],
    ['ESC', 'https://example.com/\u001b[2J'],
    ['a bidi override', 'https://example.com/\u202egnp.exe'],
    ['white space', 'https://example.com/a b'],
    ['a newline', 'https://example.com/\nFake: line'],
    ['no URL at all', 'see the docs'],
    ['a relative path', '/docs/x'],
    ['an empty string', ''],
    ['a huge string', 'https://example.com/' + 'a'.repeat(3000)],
  ])('refuses %s', (_name, url) => {
    expect(safeLink(url)).toBeUndefined();
  });

  it('refuses nothing given', () => {
    expect(safeLink(undefined)).toBeUndefined();
    expect(safeLink(null)).toBeUndefined();
  });
});
