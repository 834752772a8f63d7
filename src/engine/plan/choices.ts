/** What both solvers choose from: per community, stay or one of its packages; per quota, the fewest at its tier. */

import { boundIsMasked, satisfies } from '../../kinds/bounds.js';
import type { Rubric } from '../../model/rubric.js';
import { reaches } from '../rank.js';
import type { Package } from './community.js';
import type { PlanCommunity, PlanProblem, PlanQuota, QuotaBlock } from './problem.js';

export interface Choice {
  /** undefined: stay as it is. */
  package?: Package;
  tier: string | null;
  cost: number;
  months: number;
}

/**
 * A community's choices: stay, then for each tier above its own the packages reaching it
 * (`all`: every Pareto package, for HiGHS; otherwise the cheapest, for the exact DP).
 */
export function choicesOf(rubric: Rubric, c: PlanCommunity, all: boolean): Choice[] {
  const out: Choice[] = [{ tier: c.tier, cost: 0, months: 0 }];
  for (const t of rubric.tiers) {
    if (reaches(rubric, c.tier, t.id)) break;
    const list = c.options.packages[t.id] ?? [];
    for (const p of all ? list : list.slice(0, 1))
      out.push({ package: p, tier: t.id, cost: p.cost, months: p.months });
  }
  return out;
}

export interface QuotaNeed {
  quota: PlanQuota;
  reached: number;
  /** The fewest communities at the tier for the bound to hold (undefined when blocked). */
  need?: number;
  block?: QuotaBlock;
}

/** The fewest at or above the tier so that k / n meets the bound, counting up from what is reached; undefined if none. */
export function fewest(bound: PlanQuota['bound'], n: number, reached: number): number | undefined {
  if (n === 0) return undefined;
  for (let k = reached; k <= n; k++) if (satisfies(k / n, bound)) return k;
  return undefined;
}

export function quotaNeeds(problem: PlanProblem): QuotaNeed[] {
  const { rubric } = problem;
  const byId = new Map(problem.communities.map((c) => [c.id, c]));
  return problem.quotas.map((q) => {
    const members = q.members.map((id) => byId.get(id)!).filter(Boolean);
    const reached = members.filter((c) => reaches(rubric, c.tier, q.tier)).length;
    const masked = boundIsMasked(q.bound);
    if (masked !== undefined) return { quota: q, reached, block: { reason: 'masked', value: masked } };
    const need = fewest(q.bound, q.n, reached);
    const reachable =
      reached +
      members.filter((c) => !reaches(rubric, c.tier, q.tier) && c.options.packages[q.tier]?.length).length;
    if (need === undefined || need > reachable)
      return { quota: q, reached, block: { reason: 'short', reachable, need: need ?? q.n + 1 } };
    return { quota: q, reached, need };
  });
}
