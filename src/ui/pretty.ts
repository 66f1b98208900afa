/** The raw envelope, indented for reading. Output is plain text and is only ever rendered as text. */
export function prettyBody(text: string, mimeType: string): string {
  const trimmed = text.trim();
  if (/json/i.test(mimeType) || trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.stringify(JSON.parse(trimmed), null, 2);
    } catch {
      return text;
    }
  }
  if (/xml/i.test(mimeType) || trimmed.startsWith('<')) return prettyXml(trimmed);
  return text;
}

/** Tag-per-line indentation; `<a>text</a>` stays on one line. Never parses entities or DOCTYPEs. */
export function prettyXml(xml: string): string {
  const tokens = xml.match(/<[^>]*>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (!token.startsWith('<')) {
      if (token.trim()) lines.push('  '.repeat(depth) + token.trim());
      continue;
    }
    const isClose = token.startsWith('</');
    const isOpen = !isClose && !token.startsWith('<?') && !token.startsWith('<!') && !token.endsWith('/>');
    if (isOpen) {
      const text = tokens[i + 1];
      const close = tokens[i + 2];
      if (text !== undefined && !text.startsWith('<') && close?.startsWith('</')) {
        lines.push('  '.repeat(depth) + token + text.trim() + close);
        i += 2;
        continue;
      }
      if (text?.startsWith('</')) {
        lines.push('  '.repeat(depth) + token + text);
        i += 1;
        continue;
      }
      lines.push('  '.repeat(depth) + token);
      depth++;
    } else if (isClose) {
      depth = Math.max(0, depth - 1);
      lines.push('  '.repeat(depth) + token);
    } else {
      lines.push('  '.repeat(depth) + token);
    }
  }
  return lines.join('\n');
}
