/**
 * The one order of text in civscore's output: UTF-16 code units, as `<` compares strings. The
 * same on every machine and in every locale (localeCompare follows the machine's language).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
