/** A parser's answer: the value, or why there is none. Parsers never throw on untrusted input. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export function fail<T>(reason: string): ParseResult<T> {
  return { ok: false, reason };
}
