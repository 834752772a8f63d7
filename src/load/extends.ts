/**
 * `extends`: a rubric inherits a built-in id or a relative path inside its own folder tree,
 * and overrides by id. (Placeholder until the rubric-authoring work lands: a rubric that
 * extends another is refused with a clear finding rather than half-merged.)
 */
import type { Finding, Path, Position } from '../model/finding.js';
import { finding } from '../model/finding.js';

export interface ExtendsResult {
  data: unknown;
  findings: Finding[];
  /** Where a path of the merged rubric stands, when it differs from the child file's own. */
  locate?: (path: Path) => Position;
}

export function resolveExtends(data: Record<string, unknown>, file: string): ExtendsResult {
  if (data.extends === undefined || data.extends === null) return { data, findings: [] };
  return {
    data,
    findings: [
      {
        ...finding('rubric.extends-unsupported', 'error', { parent: String(data.extends) }, ['extends']),
        file,
        line: 1,
        column: 1,
      },
    ],
  };
}
