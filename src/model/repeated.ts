/**
 * Repeated findings said once: of the findings of one code in one file, the first few are kept
 * with their places, and the rest become one `load.repeated` finding that says how many more
 * there are (a file with 4,900 long unknown keys printed 4,900 findings, 5.4 MB). Totals and
 * exit codes are counted before this; JSON carries the count in the finding's params. Pure.
 */
import type { Finding } from './finding.js';

/** How many findings of one code in one file are listed one by one. */
export const REPEATS_SHOWN = 20;

/** `findings` (already in the order they are shown) with each file's repeats past `shown` said once. */
export function collapseRepeats(findings: readonly Finding[], shown = REPEATS_SHOWN): Finding[] {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.file ?? ''}\u0000${f.code}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // Almost always nothing to do: no code repeats past the limit.
  if (![...counts.values()].some((n) => n > shown + 1)) return [...findings];
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.file ?? ''}\u0000${f.code}`;
    const total = counts.get(key)!;
    const k = (seen.get(key) ?? 0) + 1;
    seen.set(key, k);
    if (total <= shown + 1 || k <= shown) out.push(f);
    else if (k === shown + 1)
      out.push({
        code: 'load.repeated',
        severity: f.severity,
        params: { code: f.code, count: total - shown },
        ...(f.file !== undefined ? { file: f.file } : {}),
        ...(f.line !== undefined ? { line: f.line } : {}),
        ...(f.column !== undefined ? { column: f.column } : {}),
        ...(f.sheet !== undefined ? { sheet: f.sheet } : {}),
      });
  }
  return out;
}
