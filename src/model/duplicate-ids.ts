/**
 * The same community (or street) id in two files: a finding on each file, naming the others.
 * Within a scope (level, rubric, period). Pure and linear in the number of entries; validate and rank both use it.
 * Ids are compared by their identity key (idKey): `GuLou` beside `gulou` is the same claim, and the
 * finding names the other spellings.
 */
import { idKey } from './assessment-schema.js';
import { type Finding, finding, type Position } from './finding.js';
import { nameKey } from './names.js';

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
    const key = idKey(e.id);
    const first = byId.get(key);
    if (first === undefined) {
      byId.set(key, i);
      continue;
    }
    let byScope: Map<string, number | E[]>;
    if (typeof first === 'number') {
      byScope = new Map([[scopeOf(entries[first]!), first]]);
      byId.set(key, byScope);
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
    const files = [...new Set(group.map((e) => e.file))];
    if (files.length < 2) continue;
    const sorted = files.sort();
    // The first few files, in a fixed order, so each finding names at most NAMED others.
    const head = sorted.slice(0, NAMED + 1);
    // The id as each file writes it: one community, however many spellings (named, a few).
    const spellings = [...new Set(group.map((g) => g.id))];
    for (const e of group) {
      const others = head.filter((f) => f !== e.file).slice(0, NAMED);
      const spelled = spellings.length > 1 ? spellings.filter((id) => id !== e.id) : [];
      out.push({
        ...finding('validate.duplicate-id', 'error', {
          id: e.id,
          // Lists: the edge joins them in the reader's language (、 in Chinese).
          others,
          more: String(sorted.length - 1 - others.length),
          ...(spelled.length ? { spelled: spelled.slice(0, NAMED) } : {}),
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

/** A claim with the name it gives and the group it counts in (a community's street). */
export interface NamedClaim extends IdEntry {
  name?: string;
  /** The group, folded as the quotas fold it; claims with none are compared with none. */
  group?: string;
  /**
   * Where the name is (a YAML key's value, a row's name cell): a look-alike warning is about the
   * name, so every command puts it there; without it, at the claim's place (its id).
   */
  nameAt?: Position;
}

/** A name as two claims are compared: nameKey, with format characters (zero-width …) removed. */
const FORMAT = /\p{Cf}/gu;

/**
 * Communities of one group with one name but different ids (not one id in two cases: that is a
 * duplicate): a look-alike claim. One warning per name, at its first claim in file order, naming
 * the other ids and their files (a few, and how many more), so that a folder of copies says it
 * once per name, not once per file. Per scope, as duplicateIds.
 */
export function lookAlikeClaims<E extends NamedClaim>(
  entries: readonly E[],
  scopeOf: (e: E) => string = (e) => e.scope ?? '',
  /** The group as the quotas fold it (a batch's entries are passed as they are, never copied). */
  groupOf: (e: E) => string | undefined = (e) => e.group,
): Finding[] {
  // By scope and group first (a few thousand), then by name within each: no key string is kept
  // per entry, and each group's spellings are folded once (a folder of copies repeats its names).
  const groups = new Map<string, Map<string, E[]>>();
  for (const e of entries) {
    const group = e.name === undefined ? undefined : groupOf(e);
    if (group === undefined) continue;
    const scope = scopeOf(e);
    let g = groups.get(scope);
    if (!g) groups.set(scope, (g = new Map()));
    const members = g.get(group);
    if (members) members.push(e);
    else g.set(group, [e]);
  }
  const out: Finding[] = [];
  for (const g of groups.values())
    for (const members of g.values()) if (members.length > 1) out.push(...sameNames(members));
  return out;
}

/** Within one scope and group: one warning per name given under two ids or more. */
function sameNames<E extends NamedClaim>(members: readonly E[]): Finding[] {
  const keys = new Map<string, string>();
  const keyOf = (name: string) => {
    let k = keys.get(name);
    if (k === undefined) keys.set(name, (k = nameKey(name.replace(FORMAT, ''))));
    return k;
  };
  const byName = new Map<string, E[]>();
  for (const e of members) {
    const k = keyOf(e.name!);
    const list = byName.get(k);
    if (list) list.push(e);
    else byName.set(k, [e]);
  }
  const out: Finding[] = [];
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    // One claim per id (its first file), in file order.
    const ids = new Map<string, E>();
    for (const e of [...list].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)))
      if (!ids.has(idKey(e.id))) ids.set(idKey(e.id), e);
    if (ids.size < 2) continue;
    const [first, ...rest] = [...ids.values()];
    const named = rest.slice(0, NAMED);
    out.push({
      ...finding('claim.same-name', 'warning', {
        name: first!.name!,
        id: first!.id,
        others: named.map((o) => o.id),
        files: named.map((o) => o.file),
        more: String(rest.length - named.length),
      }),
      file: first!.source ?? first!.file,
      ...namePlace(first!),
    });
  }
  return out;
}

/** Where a claim's name is: its own place when known, else the claim's (its id). */
function namePlace(e: NamedClaim): Position {
  const at = e.nameAt ?? { line: e.line ?? 1, column: e.column ?? 1, sheet: e.sheet };
  return { line: at.line, column: at.column, ...(at.sheet !== undefined ? { sheet: at.sheet } : {}) };
}
