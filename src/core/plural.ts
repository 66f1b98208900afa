/** `1 call`, `2 calls`: the count and the noun in the form English uses for that count. */
export function countOf(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
