/**
 * The same community (or street) id in two files: a finding on each file, naming the others.
 * Within a scope (level, rubric, period). Pure and linear in the number of entries; validate and rank both use it.
 */
import { type Finding, finding } from './finding.js';

export interface IdEntry {
  file: string;
  id: string;
  line?: number;
  column?: number;
  /**
   * Where ids must be unique, e.g. level, rubric and period: the same community assessed for 2002
   * and for 2005 is not a duplicate. Entries without a scope share one.
   */
  scope?: string;
  /** A workbook's sheet, when the id is in a cell (line = row, column = column). */
  sheet?: string;
  /** The file itself, when `file` names one row of it (`自评.xlsx:Sheet!A7`). */
  source?: string;
}

/** How many other files a finding names before it says "and N more". */
const NAMED = 3;

export function duplicateIds<E extends IdEntry>(
  entries: readonly E[],
  scopeOf: (e: E) => string = (e) => e.scope ?? '',
): Finding[] {
  // Per id, where it was first seen; only an id seen again is told apart by scope (per scope:
  // where it was first seen, and a list once it is seen again in that scope). Most ids are seen
  // once: one lookup each, and no scope worked out.
  const byId = new Map<string, number | Map<string, number | E[]>>();
  const repeated: { at: number; group: E[] }[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const first = byId.get(e.id);
    if (first === undefined) {
      byId.set(e.id, i);
      continue;
    }
    let byScope: Map<string, number | E[]>;
    if (typeof first === 'number') {
      byScope = new Map([[scopeOf(entries[first]!), first]]);
      byId.set(e.id, byScope);
    } else byScope = first;
    const scope = scopeOf(e);
    const seen = byScope.get(scope);
    if (seen === undefined) byScope.set(scope, i);
    else if (typeof seen === 'number') {
      const group = [entries[seen]!, e];
      byScope.set(scope, group);
      repeated.push({ at: seen, group });
    } else seen.push(e);
  }
  // In the order the ids first appear, whatever their scopes.
  repeated.sort((a, b) => a.at - b.at);
  const out: Finding[] = [];
  for (const { group } of repeated) {
    const id = group[0]!.id;
    const files = [...new Set(group.map((e) => e.file))];
    if (files.length < 2) continue;
    const sorted = files.sort();
    // The first few files, in a fixed order, so each finding names at most NAMED others.
    const head = sorted.slice(0, NAMED + 1);
    for (const e of group) {
      const others = head.filter((f) => f !== e.file).slice(0, NAMED);
      out.push({
        ...finding('validate.duplicate-id', 'error', {
          id,
          others: others.join(', '),
          more: String(sorted.length - 1 - others.length),
        }),
        file: e.source ?? e.file,
        line: e.line ?? 1,
        column: e.column ?? 1,
        ...(e.sheet !== undefined ? { sheet: e.sheet } : {}),
      });
    }
  }
  return out;
}
