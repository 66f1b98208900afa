/**
 * Levenshtein distance between two strings, for "did you mean" hints (filter keys and values, catalog codes).
 * With `max`, it stops as soon as every alignment is over it and returns `max + 1`: a hint only needs to
 * know that a word is far.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous = row;
  }
  return previous[b.length]!;
}
