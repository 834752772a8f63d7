/**
 * Placeholders left in a rubric: the "待填" / "TODO" texts `civscore rubric init` writes, each a
 * warning at its line until it is replaced, so that a skeleton lints clean of errors yet says
 * what is still to fill in. Pure: the rubric as written in, findings out.
 */
import { type Finding, finding, type Path } from './finding.js';

/** What a placeholder starts with (report/rubric/skeleton.ts writes them). */
export const PLACEHOLDER_RE = /^\s*(待填|TODO\b)/;

export function placeholderFindings(raw: unknown): Finding[] {
  const out: Finding[] = [];
  const walk = (v: unknown, path: Path) => {
    if (typeof v === 'string') {
      if (PLACEHOLDER_RE.test(v)) out.push(finding('lint.placeholder', 'warning', { value: v }, path));
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(raw, []);
  return out;
}
