/**
 * Text from a HAR (codes, messages, request ids, URLs, links) and from the command line is untrusted: printed
 * raw, ESC sequences could clear the screen, move the cursor, recolour or retitle the terminal, or write a
 * fake line, and bidi controls could show text in another order than it is
 * (https://trojansource.codes/). These are the characters no untrusted text may carry to a terminal:
 * C0 controls, DEL, C1 controls (U+009B is a one-byte CSI), the Unicode bidi controls, and the line and
 * paragraph separators.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Whether the text holds a character a terminal would act on or that reorders text. */
export function hasUnsafeChars(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

/** The text with every unsafe character shown as an escape (`\x1b`, `\u202e`), so it is visible and inert. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * JSON text with the unsafe characters JSON.stringify leaves raw (DEL, C1, bidi, separators) written as
 * `\uXXXX` escapes: the same JSON when parsed, inert when printed. They can only occur inside strings.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
