/** A value as the query parser reads it back as one value: in double quotes, escaped, when it holds spaces, quotes or backslashes. */
export function quoteValue(value: string): string {
  return /[\s"\\]/.test(value) ? `"${value.replace(/["\\]/g, '\\$&')}"` : value;
}
