/**
 * Where a table's rubric came from and what it says: built in or a file, and the sha256 of the
 * resolved rubric (after `extends`, figures read), so that a report names exactly the rubric it
 * was judged by, and two different rubrics under one id are told apart and never merged.
 */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { BUILTIN_DIR } from '../load/rubrics.js';
import type { Rubric } from '../model/rubric.js';

export interface RubricIdentity {
  id: string;
  source: 'builtin' | 'path';
  /** The rubric file, for a rubric that is not built in. */
  path?: string;
  sha256: string;
}

const identities = new WeakMap<Rubric, RubricIdentity>();

export function rubricIdentity(rubric: Rubric): RubricIdentity {
  let hit = identities.get(rubric);
  if (hit) return hit;
  const file = rubric.file;
  const builtin =
    file !== undefined && (file.startsWith('builtin:') || dirname(resolve(file)) === BUILTIN_DIR);
  hit = {
    id: rubric.id,
    source: builtin || file === undefined ? 'builtin' : 'path',
    ...(!builtin && file !== undefined ? { path: file } : {}),
    sha256: createHash('sha256').update(JSON.stringify(rubric, withoutFiles)).digest('hex'),
  };
  identities.set(rubric, hit);
  return hit;
}

/**
 * Leaves out where the rubric, its criteria and exemptions were read from (a copy of the same
 * rubric elsewhere is the same rubric); a source document's `file` stays, it is content.
 */
function withoutFiles(this: Record<string, unknown>, key: string, value: unknown): unknown {
  return key === 'file' && ('id' in this || 'community' in this) ? undefined : value;
}

/**
 * Rubrics with the same id and different contents, by the reference each file was judged
 * under: the references that lose, each with the file of the one kept. Kept is the built-in
 * one when there is one, else the first by path: never one table for two rubrics.
 */
export function rubricConflicts(
  byRef: ReadonlyMap<string, Rubric>,
): Map<string, { id: string; file: string; other: string }> {
  const byId = new Map<string, [string, RubricIdentity][]>();
  for (const [ref, rubric] of byRef) {
    const list = byId.get(rubric.id) ?? [];
    list.push([ref, rubricIdentity(rubric)]);
    byId.set(rubric.id, list);
  }
  const out = new Map<string, { id: string; file: string; other: string }>();
  for (const [id, list] of byId) {
    if (new Set(list.map(([, x]) => x.sha256)).size < 2) continue;
    const rank = ([ref, x]: [string, RubricIdentity]) => `${x.source === 'builtin' ? 0 : 1}${ref}`;
    const kept = [...list].sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0))[0]!;
    const shown = (x: RubricIdentity) => x.path ?? `${x.id} (built-in)`;
    for (const [ref, x] of list)
      if (x.sha256 !== kept[1].sha256) out.set(ref, { id, file: shown(x), other: shown(kept[1]) });
  }
  return out;
}
