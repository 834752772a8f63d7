/**
 * rank scores the levels in order: compounds, then communities, then streets. Once the lower
 * levels are judged, each street (or community) whose rubric has roll-up criteria is given its
 * members' results here, counted as its quotas count them: every compound or community of the
 * group (the roster decides who belongs where; names folded by the one group key), one whose file
 * had errors, whose id is in several files or that has no file counting as not reaching, with 0
 * points. The street is then judged again with them (judgeAgain): the engine only reads them.
 */
import type { RankEntry } from '../engine/rank.js';
import { lowerRubricPath } from '../load/roll-up-refs.js';
import { builtinPath, loadRubric } from '../load/rubrics.js';
import type { LowerGroup, LowerMember, LowerResults } from '../model/lower-levels.js';
import { allCriteria, type Rubric } from '../model/rubric.js';
import type { BuiltRankReport, TableMembers } from './rank-report.js';

type By = 'street' | 'community';

/** By the file (or row label) of each street to judge again: its members for each roll-up criterion. */
export function lowerResults(
  built: Pick<BuiltRankReport, 'members' | 'groupOf' | 'nameOf'>,
): Map<string, LowerResults> {
  const out = new Map<string, LowerResults>();
  const partitions = new Map<TableMembers, Map<string | undefined, LowerMember[]>>();
  const partition = (t: TableMembers, by: By) => {
    let p = partitions.get(t);
    if (!p) partitions.set(t, (p = membersBy(t, by, built.groupOf)));
    return p;
  };
  for (const t of built.members) {
    const rolls = allCriteria(t.rubric).flatMap((c) => (c.kind === 'roll-up' && c.lower ? [c] : []));
    if (!rolls.length) continue;
    const by: By = t.rubric.level === 'street' ? 'street' : 'community';
    // The lower tables each criterion reads: its rubric (or one extending it), level and period.
    const read = rolls.map((c) => ({
      c,
      sources: built.members.filter(
        (m) => m.period === t.period && m.rubric.level === c.from && descendsFrom(m.rubric, c.lower!.id),
      ),
    }));
    for (const e of t.counted) {
      const key = built.nameOf({ id: '', [by]: e.name }, by);
      const record: Record<string, LowerGroup> = {};
      for (const { c, sources } of read) {
        // No compound (or community) of that rubric and period in the run: nothing to roll up.
        if (!sources.length) continue;
        const members = sources.flatMap((s) => partition(s, by).get(key) ?? []);
        record[c.id] = { tiers: sources[0]!.rubric.tiers.map((x) => x.id), members };
      }
      if (Object.keys(record).length) out.set(e.file, record);
    }
  }
  return out;
}

/** A table's members by the group they count in: scored entries and those in doubt, as its quotas count them. */
function membersBy(
  t: TableMembers,
  by: By,
  groupOf: BuiltRankReport['groupOf'],
): Map<string | undefined, LowerMember[]> {
  const out = new Map<string | undefined, LowerMember[]>();
  const add = (k: string | null | undefined, m: LowerMember) => {
    const key = k ?? undefined;
    let list = out.get(key);
    if (!list) out.set(key, (list = []));
    list.push(m);
  };
  for (const e of t.counted) add(groupOf(e, by), scored(e));
  for (const d of t.doubts)
    add(d.groups[by], {
      id: d.id,
      ...(d.name !== undefined ? { name: d.name } : {}),
      tier: null,
      unscored: d.reason,
    });
  // Nobody of the group is placed in no group: those naming none count in no street's roll-up.
  out.delete(undefined);
  return out;
}

const scored = (e: RankEntry): LowerMember => ({ id: e.id, name: e.name, tier: e.tier, total: e.total });

/** Whether a rubric is the one named or extends it (a district's override of a built-in rubric). */
function descendsFrom(rubric: Rubric, id: string, depth = 0): boolean {
  if (rubric.id === id) return true;
  if (!rubric.extends || depth > 8) return false;
  const path = lowerRubricPath(rubric.extends, rubric.file, builtinPath);
  const parent = path === undefined ? undefined : loadRubric(path).rubric;
  return parent !== undefined && descendsFrom(parent, id, depth + 1);
}
