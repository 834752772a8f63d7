/**
 * A roll-up criterion names the lower rubric it reads (a built-in id, or a path beside the rubric
 * that names it) and a tier of it. Loading the rubric checks that reference, as `extends` is
 * checked: the rubric exists, scores the level the criterion reads, and has the tier; and keeps
 * the lower rubric's id and tier titles on the criterion, for rank and for the words.
 */
import type { Level } from '../model/assessment.js';
import { type Finding, finding } from '../model/finding.js';
import { allCriteria, type Rubric } from '../model/rubric.js';
import { closestName } from '../model/similar.js';
import { resolveParentRef } from './extends.js';

/** The levels a rubric of each level may roll up: those below it. */
const BELOW: Record<Level, readonly Level[]> = {
  street: ['community', 'compound'],
  community: ['compound'],
  compound: [],
};

/**
 * Where a roll-up's rubric reference points: a built-in id, or a relative path inside the naming
 * rubric's folder tree, as `extends` is read (never a URL, an absolute path, or out of the tree).
 */
export function lowerRubricPath(
  ref: string,
  from: string | undefined,
  builtin: (id: string) => string | undefined,
): string | undefined {
  // A built-in id by its own path, as loadRubric names it (one cached rubric, one `file`).
  const b = /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref) ? undefined : builtin(ref);
  if (b || !from) return b;
  const r = resolveParentRef(ref, from, { builtin });
  return 'file' in r ? r.file : undefined;
}

/**
 * Checks every roll-up criterion of a built rubric and fills in its `lower` (the lower rubric's id
 * and tiers). `load` loads a rubric file (the lower one) or returns undefined.
 */
export function resolveRollUps(
  rubric: Rubric,
  file: string | undefined,
  builtin: (id: string) => string | undefined,
  load: (file: string) => Rubric | undefined,
): Finding[] {
  const out: Finding[] = [];
  for (const c of allCriteria(rubric)) {
    if (c.kind !== 'roll-up') continue;
    if (!BELOW[rubric.level].includes(c.from)) {
      out.push(
        finding('rubric.roll-up-level', 'error', { from: c.from, level: rubric.level }, [...c.path, 'from']),
      );
      continue;
    }
    const path = lowerRubricPath(c.rubric, file, builtin);
    const lower = path === undefined ? undefined : load(path);
    if (!lower) {
      out.push(finding('rubric.roll-up-rubric', 'error', { rubric: c.rubric }, [...c.path, 'rubric']));
      continue;
    }
    if (lower.level !== c.from) {
      out.push(
        finding(
          'rubric.roll-up-rubric-level',
          'error',
          { rubric: c.rubric, level: lower.level, from: c.from },
          [...c.path, 'rubric'],
        ),
      );
      continue;
    }
    const ids = lower.tiers.map((t) => t.id);
    if (c.tier !== undefined && !ids.includes(c.tier)) {
      const suggestion = closestName(c.tier, ids);
      out.push(
        finding(
          'rubric.roll-up-unknown-tier',
          'error',
          {
            tier: c.tier,
            rubric: lower.id,
            tiers: ids.join(', '),
            ...(suggestion ? { suggestion } : {}),
          },
          [...c.path, 'tier'],
        ),
      );
      continue;
    }
    c.lower = {
      id: lower.id,
      title: lower.title,
      tiers: lower.tiers.map((t) => ({ id: t.id, title: t.title })),
    };
  }
  return out;
}
