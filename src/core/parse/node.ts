import { decodeXmlText } from './xml-text.js';

/** Readers over parsed documents (JSON objects and fast-xml-parser output) that never throw. */
export type Node = Record<string, unknown>;

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(node: Node, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
}

/** A child object; for XML, the first when the element repeats. */
export function child(node: Node | undefined, key: string): Node | undefined {
  if (!node) return undefined;
  const v = own(node, key);
  if (Array.isArray(v)) return v.find(isNode);
  return isNode(v) ? v : undefined;
}

/** Every child object under key (XML repeats become arrays only when there are several). */
export function children(node: Node | undefined, key: string): Node[] {
  if (!node) return [];
  const v = own(node, key);
  if (Array.isArray(v)) return v.filter(isNode);
  return isNode(v) ? [v] : [];
}

/** A JSON string or finite number, as text. Empty strings count as absent. */
export function text(node: Node | undefined, key: string): string | undefined {
  if (!node) return undefined;
  const v = own(node, key);
  if (typeof v === 'string') return v === '' ? undefined : v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** An XML element's text with the predefined entities decoded. */
export function xmlText(node: Node | undefined, key: string): string | undefined {
  const v = text(node, key);
  return v === undefined ? undefined : decodeXmlText(v);
}

export function has(node: Node | undefined, key: string): boolean {
  return !!node && Object.prototype.hasOwnProperty.call(node, key);
}
