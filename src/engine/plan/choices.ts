/** What both solvers choose from: per community, stay or one of its packages; per quota, the fewest at its tier. */

import { boundIsMasked, satisfies } from '../../kinds/bounds.js';
import type { Rubric } from '../../model/rubric.js';
import { reaches } from '../rank.js';
import type { Package } from './community.js';
import type { PlanCommunity, PlanProblem, PlanQuota, QuotaBlock, QuotaOutcome } from './problem.js';

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

/** What a quota's bound is measured on when k of its n communities reach the tier: k / n, or k for a count. */
export function quotaMeasureOf(q: Pick<PlanQuota, 'measure' | 'n'>, k: number): number {
  return q.measure === 'count' ? k : k / q.n;
}

/** Whether k of the quota's communities at the tier meet its bound (a share or a count). */
export function quotaHolds(q: Pick<PlanQuota, 'measure' | 'n' | 'bound'>, k: number): boolean {
  return q.n > 0 && satisfies(quotaMeasureOf(q, k), q.bound);
}

/**
 * The fewest at or above the tier so that the bound holds (k / n for a share, k for a count),
 * counting up from what is reached; undefined if none.
 */
export function fewest(
  bound: PlanQuota['bound'],
  n: number,
  reached: number,
  measure?: PlanQuota['measure'],
): number | undefined {
  for (let k = reached; k <= n; k++)
    if (quotaHolds({ bound, n, ...(measure ? { measure } : {}) }, k)) return k;
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
    const need = fewest(q.bound, q.n, reached, q.measure);
    // More at the tier than an upper end allows (2 wanted at most, 3 there): the planner only lifts.
    if (
      need === undefined &&
      reached > 0 &&
      !quotaHolds(q, reached) &&
      fewest(q.bound, q.n, 0, q.measure) !== undefined
    )
      return { quota: q, reached, block: { reason: 'over', reached } };
    const reachable =
      reached +
      members.filter((c) => !reaches(rubric, c.tier, q.tier) && c.options.packages[q.tier]?.length).length;
    if (need === undefined || need > reachable)
      return { quota: q, reached, block: { reason: 'short', reachable, need: need ?? q.n + 1 } };
    return { quota: q, reached, need };
  });
}

/**
 * The most communities at the tier the bound allows, when an upper end (between-count, at-most)
 * could be passed by lifting members; undefined when no lift can break it.
 */
export function most(q: PlanQuota): number | undefined {
  const members = q.members.length;
  for (let k = members; k >= 0; k--) if (quotaHolds(q, k)) return k < members ? k : undefined;
  return undefined;
}

/** What a quota reaches under a plan: the count at its tier, met or not, what blocks it. */
export function quotaOutcome(n: QuotaNeed, reached: number): QuotaOutcome {
  return {
    quota: n.quota,
    reached,
    ...(n.need !== undefined ? { need: n.need } : {}),
    // At least the fewest needed, and within an upper end (a between-count) a lift to a higher
    // tier for another quota may have pushed past.
    met: n.need !== undefined && reached >= n.need && quotaHolds(n.quota, reached),
    ...(n.block ? { block: n.block } : {}),
  };
}
