/**
 * Whether one query can only let through fewer rows than another, so that the panel filters the previous
 * result instead of every row: typing `Th` after `T`, or `code:Auth*` after `code:Au*`. Sound, not complete:
 * when unsure it answers false and the filter starts over from every row.
 */
import type { ParsedQuery, QueryTerm, ValueTest } from '../core/query/parse-query.js';

const usable = (q: ParsedQuery): QueryTerm[] => q.terms.filter((t) => t.reason === undefined);

/** True when every row `next` lets through, `previous` lets through too. */
export function narrows(next: ParsedQuery, previous: ParsedQuery): boolean {
  const mine = usable(next);
  // Each term of the previous query is implied by some term of the next one (further terms only narrow: AND).
  return usable(previous).every((old) => mine.some((term) => implies(term, old)));
}

function implies(term: QueryTerm, old: QueryTerm): boolean {
  if (term.raw === old.raw && term.kind === old.kind) return true;
  if (term.negated || old.negated) return false;
  if (term.kind === 'text' && old.kind === 'text') return term.value.toLowerCase().includes(old.value.toLowerCase());
  if (term.kind === 'field' && old.kind === 'field' && term.key === old.key && term.test && old.test) return testImplies(term.test, old.test);
  return false;
}

/** Values are lower-cased by the parser. */
function testImplies(test: ValueTest, old: ValueTest): boolean {
  if (old.op === 'prefix' && (test.op === 'prefix' || test.op === 'equals')) return test.value.startsWith(old.value);
  if (old.op === 'contains' && (test.op === 'contains' || test.op === 'equals' || test.op === 'prefix')) return test.value.includes(old.value);
  return false;
}
