import { XMLParser } from 'fast-xml-parser';
import { MAX_BODY_BYTES, MAX_XML_DEPTH, formatBytes } from './limits.js';
import { fail, type ParseResult } from './result.js';

/**
 * fast-xml-parser with everything an envelope does not need turned off:
 * - processEntities: false, and any DOCTYPE / ENTITY declaration refused before parsing, so an
 *   entity-expansion bomb ("billion laughs") is never expanded
 *   (https://github.com/NaturalIntelligence/fast-xml-parser/blob/master/docs/v4/6.Security.md);
 * - parseTagValue: false keeps every value a string ("0012" stays "0012", codes stay text);
 * - attributes ignored; nesting capped.
 */
const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: true,
  maxNestedTags: MAX_XML_DEPTH,
});

const DECLARATION = /<!(DOCTYPE|ENTITY)/i;

export function parseXml(text: string, maxBytes = MAX_BODY_BYTES): ParseResult<Record<string, unknown>> {
  if (text.length > maxBytes) return fail(`body of ${formatBytes(text.length)} exceeds the ${formatBytes(maxBytes)} parse cap`);
  if (DECLARATION.test(text)) return fail('XML with a DOCTYPE or ENTITY declaration is refused');
  try {
    const value: unknown = parser.parse(text);
    if (typeof value !== 'object' || value === null) return fail('XML without a root element');
    return { ok: true, value: value as Record<string, unknown> };
  } catch (e) {
    return fail(`invalid XML: ${e instanceof Error ? e.message : String(e)}`);
  }
}
