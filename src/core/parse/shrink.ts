/**
 * Bodies over the parse cap are usually data, but an error envelope can be that large too: Tencent 3.0 and
 * Alibaba echo a rejected parameter in `Message`, and a huge parameter makes a huge error. Cutting every long
 * string keeps the envelope's structure (code, request id) and bounds what is parsed; each cut string says
 * how long it was, so the user sees that the message was cut and by how much.
 */
export interface Shrunk {
  text: string;
  /** How many strings (JSON) or text runs (XML) were cut. */
  cut: number;
}

/** The marker put at the end of a cut string; `length` is the string's length in the body, in characters. */
export function cutMarker(length: number): string {
  return `… [cut: ${length.toLocaleString('en-US')} characters in all]`;
}

/** Every JSON string literal longer than `maxChars` cut to that length (never inside an escape), still valid JSON. */
export function shrinkJsonStrings(text: string, maxChars: number): Shrunk {
  const parts: string[] = [];
  let cut = 0;
  let copied = 0;
  let i = text.indexOf('"');
  while (i !== -1) {
    const end = stringEnd(text, i);
    if (end === -1) break; // unterminated: left for JSON.parse to report
    const length = end - i - 1;
    if (length > maxChars) {
      const keep = safeCut(text, i + 1, i + 1 + maxChars);
      parts.push(text.slice(copied, keep), cutMarker(length), '"');
      copied = end + 1;
      cut++;
    }
    i = text.indexOf('"', end + 1);
  }
  if (cut === 0) return { text, cut };
  parts.push(text.slice(copied));
  return { text: parts.join(''), cut };
}

/** Every XML text run (between `>` and `<`) longer than `maxChars` cut to that length, never inside an entity. */
export function shrinkXmlText(text: string, maxChars: number): Shrunk {
  const parts: string[] = [];
  let cut = 0;
  let copied = 0;
  let gt = text.indexOf('>');
  while (gt !== -1) {
    const lt = text.indexOf('<', gt + 1);
    const end = lt === -1 ? text.length : lt;
    const length = end - gt - 1;
    if (length > maxChars) {
      let keep = gt + 1 + maxChars;
      const amp = text.lastIndexOf('&', keep);
      if (amp > gt && text.indexOf(';', amp) >= keep) keep = amp;
      parts.push(text.slice(copied, keep), cutMarker(length));
      copied = end;
      cut++;
    }
    if (lt === -1) break;
    gt = text.indexOf('>', lt + 1);
  }
  if (cut === 0) return { text, cut };
  parts.push(text.slice(copied));
  return { text: parts.join(''), cut };
}

/** Index of the quote that closes the string opened at `open`, or -1. */
function stringEnd(text: string, open: number): number {
  let q = text.indexOf('"', open + 1);
  while (q !== -1) {
    let backslashes = 0;
    for (let k = q - 1; k > open && text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
    q = text.indexOf('"', q + 1);
  }
  return -1;
}

/** A cut point at or before `at` that splits no escape sequence and no surrogate pair. */
function safeCut(text: string, start: number, at: number): number {
  let i = start;
  let last = start;
  while (i < at) {
    last = i;
    if (text.charCodeAt(i) === 0x5c) i += text[i + 1] === 'u' ? 6 : 2;
    else if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff) i += 2;
    else i++;
  }
  return i === at ? at : last;
}
