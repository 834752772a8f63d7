/**
 * An English count with its noun: `1 file`, `3 files`, `0 files`. Catalogue parameters arrive as
 * strings, so the count is compared as written. Chinese needs no plural; only the English
 * catalogue uses this, so that English output never falls back to `file(s)`.
 */
export function counted(count: string | undefined, one: string, other = `${one}s`): string {
  const n = count ?? '0';
  return `${n} ${n === '1' ? one : other}`;
}
