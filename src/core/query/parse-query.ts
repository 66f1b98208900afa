import { CATEGORIES } from '../category.js';
import { PROVIDERS } from '../provider.js';
import { categoryFromValue, categoryWords, closest, providerFromValue, queryKey, QUERY_KEYS, type QueryKey } from './keys.js';

/**
 * The filter language of the panel and of `cloud-errors scan --filter`: whitespace-separated terms, all of
 * which must match. A term is free text, `key:value`, or `/regex/flags`; `-` before any term negates it;
 * `key:a,b` matches either value (for the keys in LIST_KEYS, whose values never hold a comma);
 * `"double quotes"` keep spaces in a value. Parsing never throws: a term that cannot be used carries a
 * `reason` and is ignored by matching, so a typo never blanks the list.
 */
export interface ParsedQuery {
  text: string;
  terms: QueryTerm[];
}

/** How a field value is compared. Strings are lower-cased here once; rows are compared case-insensitively. */
export type ValueTest =
  | { op: 'equals'; value: string }
  | { op: 'prefix'; value: string }
  | { op: 'contains'; value: string }
  /** The host is the value or a subdomain of it (`aliyuncs.com` matches `ecs.aliyuncs.com`). */
  | { op: 'host'; value: string }
  /** Inclusive bounds. */
  | { op: 'range'; min: number; max: number }
  | { op: 'is'; value: boolean }
  /** `provider:aws,gcp`: any of the listed values. */
  | { op: 'any'; tests: ValueTest[] };

interface TermBase {
  /** Offsets of the whole term in the text, `-` included: [start, end). */
  start: number;
  end: number;
  /** The term as typed. */
  raw: string;
  negated: boolean;
  /** Why the term is ignored; absent on a usable term. */
  reason?: string;
}

export type QueryTerm =
  /** Case-insensitive substring of code, message, request id or URL. */
  | (TermBase & { kind: 'text'; value: string })
  /** `key` is the canonical key when known, else the key as typed (lower-cased); `test` is absent when invalid. */
  | (TermBase & { kind: 'field'; key: string; rawKey: string; value: string; test?: ValueTest })
  /** Tested against code, message and URL; `regex` is absent when invalid. */
  | (TermBase & { kind: 'regex'; source: string; flags: string; regex?: RegExp });

/** Longer sources are refused: the cheapest guard against patterns that backtrack for ever. */
export const MAX_REGEX_SOURCE = 200;
/** Only this many characters of a field are given to a regex. */
export const MAX_REGEX_INPUT = 1000;
const REGEX_FLAGS = 'imsu';

const KEY_AT = /([A-Za-z][\w-]*):/y;
const BRACES = /\{\d+(,\d*)?\}/y;

export function parseQuery(text: string): ParsedQuery {
  const terms: QueryTerm[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpace(text, i)) {
      i++;
      continue;
    }
    const term = readTerm(text, i);
    terms.push(term);
    i = term.end;
  }
  return { text, terms };
}

/** The terms matching ignores, in order; empty when the whole query is usable. */
export function invalidTerms(query: ParsedQuery): QueryTerm[] {
  return query.terms.filter((t) => t.reason !== undefined);
}

function readTerm(text: string, start: number): QueryTerm {
  let i = start;
  const negated = text[i] === '-';
  if (negated) {
    i++;
    if (i >= text.length || isSpace(text, i)) return { kind: 'text', start, end: i, raw: '-', negated, value: '', reason: 'nothing after "-"' };
  }
  if (text[i] === '/') return readRegex(text, start, i, negated);
  KEY_AT.lastIndex = i;
  const key = KEY_AT.exec(text);
  const afterColon = i + (key?.[0].length ?? 0);
  // "https://…" pasted into the box is text, not a key named https.
  if (key && !text.startsWith('//', afterColon)) {
    const word = readWord(text, afterColon);
    const rawKey = key[1] as string;
    const base = { start, end: word.end, raw: text.slice(start, word.end), negated, rawKey, value: word.value };
    const known = queryKey(rawKey);
    if (!known) {
      const guess = closest(rawKey, QUERY_KEYS);
      return {
        kind: 'field',
        ...base,
        key: rawKey.toLowerCase(),
        reason: `unknown key "${rawKey}"${guess ? ` — did you mean "${guess}"?` : ` (keys: ${QUERY_KEYS.join(', ')})`}`,
      };
    }
    const checked = LIST_KEYS.has(known) && word.value.includes(',') ? listTest(known, word.value) : valueTest(known, word.value);
    return 'reason' in checked ? { kind: 'field', ...base, key: known, reason: checked.reason } : { kind: 'field', ...base, key: known, test: checked };
  }
  const word = readWord(text, i);
  const base = { start, end: word.end, raw: text.slice(start, word.end), negated, value: word.value };
  return word.value === '' ? { kind: 'text', ...base, reason: 'empty value' } : { kind: 'text', ...base };
}

/**
 * A value runs to the next space outside double quotes; quoted and bare parts join as in a shell
 * (`message:"not found"`). Inside quotes `\"` and `\\` are escapes. An unclosed quote runs to the end of
 * the text, so a query being typed still matches.
 */
function readWord(text: string, from: number): { value: string; end: number } {
  let value = '';
  let i = from;
  while (i < text.length && !isSpace(text, i)) {
    if (text[i] !== '"') {
      value += text[i];
      i++;
      continue;
    }
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) i++;
      value += text[i];
      i++;
    }
    i++;
  }
  return { value, end: Math.min(i, text.length) };
}

function readRegex(text: string, start: number, slash: number, negated: boolean): QueryTerm {
  let inClass = false;
  let close = -1;
  for (let j = slash + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      close = j;
      break;
    }
  }
  if (close < 0) {
    let end = slash;
    while (end < text.length && !isSpace(text, end)) end++;
    const source = text.slice(slash + 1, end);
    return { kind: 'regex', start, end, raw: text.slice(start, end), negated, source, flags: '', reason: 'unterminated regex: add a closing /' };
  }
  let end = close + 1;
  while (end < text.length && !isSpace(text, end)) end++;
  const source = text.slice(slash + 1, close);
  const flags = text.slice(close + 1, end);
  const base = { kind: 'regex' as const, start, end, raw: text.slice(start, end), negated, source, flags };
  const reason = regexProblem(source, flags);
  if (reason) return { ...base, reason };
  try {
    return { ...base, regex: new RegExp(source, flags) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ...base, reason: `bad regex: ${message.slice(message.lastIndexOf(': ') + 2) || message}` };
  }
}

function regexProblem(source: string, flags: string): string | undefined {
  if (source === '') return 'empty regex';
  if (source.length > MAX_REGEX_SOURCE) return `regex too long (at most ${MAX_REGEX_SOURCE} characters)`;
  for (const [k, f] of [...flags].entries()) {
    if (!REGEX_FLAGS.includes(f)) return `unsupported regex flag "${f}" (use ${[...REGEX_FLAGS].join(', ')})`;
    if (flags.indexOf(f) !== k) return `regex flag "${f}" given twice`;
  }
  if (hasNestedQuantifier(source)) return 'nested quantifier such as (a+)+ can take for ever: simplify the regex';
  return undefined;
}

/**
 * True for a quantified group that itself holds a quantifier (`(a+)+`, `(\w*\s?)*`, `(x{2,})+`): the shape
 * behind catastrophic backtracking. A heuristic: it refuses some harmless patterns, never a dangerous one of
 * this shape. Alternation blow-ups (`(a|a)*`) are left to the input cap.
 */
function hasNestedQuantifier(source: string): boolean {
  const groups: boolean[] = [];
  let inClass = false;
  let closedGroupHasQuantifier = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (inClass) {
      if (c === '\\') i++;
      else if (c === ']') inClass = false;
      continue;
    }
    if (c === '{') {
      BRACES.lastIndex = i;
      const braces = BRACES.exec(source);
      // `{3}` repeats a fixed number of times: no choice, no backtracking. `a{` is a literal brace.
      if (braces && braces[1] === undefined) {
        i += braces[0].length - 1;
        continue;
      }
      if (!braces) {
        closedGroupHasQuantifier = false;
        continue;
      }
      i += braces[0].length - 1;
    }
    if (c === '+' || c === '*' || c === '{') {
      if (closedGroupHasQuantifier) return true;
      if (groups.length > 0) groups[groups.length - 1] = true;
      continue;
    }
    if (c === '?') continue;
    closedGroupHasQuantifier = false;
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === '(') groups.push(false);
    else if (c === ')') {
      const inner = groups.pop() ?? false;
      if (inner && groups.length > 0) groups[groups.length - 1] = true;
      closedGroupHasQuantifier = inner;
    }
  }
  return false;
}

/** Keys whose values can be listed with commas (a message or a request id may hold a comma itself). */
export const LIST_KEYS: ReadonlySet<QueryKey> = new Set(['provider', 'code', 'status', 'category', 'action', 'host', 'region']);

/** `status:429,5xx`: each part is a value of its own; empty parts (a list being typed) are skipped. */
function listTest(key: QueryKey, value: string): ValueTest | { reason: string } {
  const tests: ValueTest[] = [];
  for (const part of value.split(',')) {
    if (part.trim() === '') continue;
    const test = valueTest(key, part.trim());
    if ('reason' in test) return test;
    tests.push(test);
  }
  if (tests.length === 0) return { reason: `empty value: type a value after "${key}:"` };
  return tests.length === 1 ? (tests[0] as ValueTest) : { op: 'any', tests };
}

function valueTest(key: QueryKey, value: string): ValueTest | { reason: string } {
  if (value === '') return { reason: `empty value: type a value after "${key}:"` };
  const lower = value.toLowerCase();
  switch (key) {
    case 'provider': {
      const p = providerFromValue(value);
      if (p) return { op: 'equals', value: p };
      const guess = closest(lower, PROVIDERS);
      return { reason: `unknown provider "${value}"${guess ? ` — did you mean "${guess}"?` : ` (one of ${PROVIDERS.join(', ')})`}` };
    }
    case 'category': {
      const c = categoryFromValue(value);
      if (c) return { op: 'equals', value: c };
      const guess = closest(lower, categoryWords());
      const known = guess ? categoryFromValue(guess) : undefined;
      return { reason: `unknown category "${value}"${known ? ` — did you mean "${known}"?` : ` (one of ${CATEGORIES.join(', ')})`}` };
    }
    case 'status':
      return statusTest(value) ?? { reason: `bad status "${value}": use 404, >=500, <400, 4xx or 400-499` };
    case 'retryable':
      if (['yes', 'true', 'y'].includes(lower)) return { op: 'is', value: true };
      if (['no', 'false', 'n'].includes(lower)) return { op: 'is', value: false };
      return { reason: `retryable takes yes or no, not "${value}"` };
    case 'code':
    case 'action':
    case 'region':
      if (lower.endsWith('*')) return { op: 'prefix', value: lower.slice(0, -1) };
      return { op: 'equals', value: lower };
    case 'host': {
      const host = lower.replace(/^\*?\./, '');
      return host === '' ? { reason: `empty value: type a host after "host:"` } : { op: 'host', value: host };
    }
    case 'requestid':
    case 'message':
      return { op: 'contains', value: lower };
    default: {
      const never: never = key;
      return { reason: `unknown key "${String(never)}"` };
    }
  }
}

/** `500`, `=500`, `>=500`, `>499`, `<400`, `<=499`, `4xx`, `400-499`. Status 0 is a request with no response. */
function statusTest(value: string): ValueTest | undefined {
  const v = value.trim().toLowerCase();
  const cls = /^([0-9])xx$/.exec(v);
  if (cls) return { op: 'range', min: Number(cls[1]) * 100, max: Number(cls[1]) * 100 + 99 };
  const range = /^(\d{1,3})-(\d{1,3})$/.exec(v);
  if (range) {
    const min = Number(range[1]);
    const max = Number(range[2]);
    return min <= max ? { op: 'range', min, max } : undefined;
  }
  const cmp = /^(>=|<=|>|<|=)?(\d{1,3})$/.exec(v);
  if (!cmp) return undefined;
  const n = Number(cmp[2]);
  switch (cmp[1]) {
    case '>=':
      return { op: 'range', min: n, max: 999 };
    case '>':
      return { op: 'range', min: n + 1, max: 999 };
    case '<=':
      return { op: 'range', min: 0, max: n };
    case '<':
      return n > 0 ? { op: 'range', min: 0, max: n - 1 } : undefined;
    default:
      return { op: 'range', min: n, max: n };
  }
}

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000;
}
