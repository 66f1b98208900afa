import type { Category } from '../category.js';
import { hostMatches } from '../exchange.js';
import type { Provider } from '../provider.js';
import type { QueryKey } from './keys.js';
import { MAX_REGEX_INPUT, type ParsedQuery, type QueryTerm, type ValueTest } from './parse-query.js';

/** What a filter sees of one failed call; the panel fills it from its rows, the CLI from a FindingRecord. */
export interface QueryRow {
  provider: Provider;
  code?: string;
  message?: string;
  requestId?: string;
  url: string;
  status: number;
  category?: Category;
  retryable?: boolean;
  action?: string;
  /** Lower-case host of the URL. */
  host: string;
  region?: string;
}

export type RowPredicate = (row: QueryRow) => boolean;

type FieldValue = string | number | boolean | undefined;

const FIELDS: Record<QueryKey, (row: QueryRow) => FieldValue> = {
  provider: (r) => r.provider,
  code: (r) => r.code,
  status: (r) => r.status,
  category: (r) => r.category,
  retryable: (r) => r.retryable,
  action: (r) => r.action,
  host: (r) => r.host,
  requestid: (r) => r.requestId,
  region: (r) => r.region,
  message: (r) => r.message,
};

/** One predicate for the whole query: each term is turned into a closure once, not per row. */
export function compileQuery(query: ParsedQuery): RowPredicate {
  const predicates = query.terms.filter((t) => t.reason === undefined).map(compileTerm);
  if (predicates.length === 0) return () => true;
  return (row) => {
    for (const p of predicates) if (!p(row)) return false;
    return true;
  };
}

function compileTerm(term: QueryTerm): RowPredicate {
  const p = positive(term);
  return term.negated ? (row) => !p(row) : p;
}

function positive(term: QueryTerm): RowPredicate {
  switch (term.kind) {
    case 'text': {
      const v = term.value.toLowerCase();
      const has = (s: string | undefined): boolean => typeof s === 'string' && s.toLowerCase().includes(v);
      return (row) => has(row.code) || has(row.message) || has(row.requestId) || has(row.url);
    }
    case 'regex': {
      const re = term.regex;
      if (!re) return () => true;
      const test = (s: string | undefined): boolean => typeof s === 'string' && re.test(s.length > MAX_REGEX_INPUT ? s.slice(0, MAX_REGEX_INPUT) : s);
      return (row) => test(row.code) || test(row.message) || test(row.url);
    }
    case 'field': {
      const field = FIELDS[term.key as QueryKey] as ((row: QueryRow) => FieldValue) | undefined;
      if (!field || !term.test) return () => true;
      const test = valuePredicate(term.test);
      return (row) => test(field(row));
    }
    default: {
      const never: never = term;
      return never;
    }
  }
}

function valuePredicate(t: ValueTest): (value: FieldValue) => boolean {
  switch (t.op) {
    case 'equals':
      return (v) => typeof v === 'string' && v.toLowerCase() === t.value;
    case 'prefix':
      return (v) => typeof v === 'string' && v.toLowerCase().startsWith(t.value);
    case 'contains':
      return (v) => typeof v === 'string' && v.toLowerCase().includes(t.value);
    case 'host':
      return (v) => typeof v === 'string' && hostMatches(v.toLowerCase(), t.value);
    case 'range':
      return (v) => typeof v === 'number' && v >= t.min && v <= t.max;
    case 'is':
      return (v) => v === t.value;
    case 'any': {
      const tests = t.tests.map(valuePredicate);
      return (v) => tests.some((test) => test(v));
    }
    default: {
      const never: never = t;
      return never;
    }
  }
}
