import { MAX_BODY_BYTES, formatBytes } from './limits.js';
import { fail, type ParseResult } from './result.js';

/**
 * JSON.parse behind a size cap. JSON.parse itself is safe for hostile text: it builds plain data
 * (`__proto__` becomes an own property, not a prototype) and V8 parses deep nesting iteratively.
 * Detectors read fixed paths only, so no recursive walk ever meets the nesting.
 */
export function parseJson(text: string, maxBytes = MAX_BODY_BYTES): ParseResult<unknown> {
  if (text.length > maxBytes) return fail(`body of ${formatBytes(text.length)} exceeds the ${formatBytes(maxBytes)} parse cap`);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return fail(`invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}
