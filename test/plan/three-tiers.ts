/**
 * A three-tier rubric (A, B, C) and plan problems priced by hand on it, for the exact planner's
 * tests (solve-exact, alternatives-exact): members with one package per tier, quotas by street.
 */
import type { FixOption } from '../../src/engine/plan/candidates.js';
import type { Package } from '../../src/engine/plan/community.js';
import type { PlanCommunity, PlanProblem, PlanQuota } from '../../src/engine/plan/problem.js';
import type { Bound, Rubric } from '../../src/model/rubric.js';

export const rubric = {
  id: 'r',
  tiers: [
    { id: 'A', minScore: 90, requires: [] },
    { id: 'B', minScore: 75, requires: [] },
    { id: 'C', minScore: 60, requires: [] },
  ],
} as unknown as Rubric;

export type Tier = 'A' | 'B' | 'C';

export const fix = (key: string, way = 'build', to: number | boolean = 1, title?: Record<string, string>) =>
  ({ key, way: { way, ...(title ? { title } : {}) }, to }) as unknown as FixOption;

/** One package per tier: [cost, months] (its fixes `m:<id>-<tier>`, sharing `shared`), or a package given whole. */
export function member(
  id: string,
  tier: Tier | null,
  prices: Partial<Record<Tier, [number, number] | Package>>,
  street = 'X',
  shared: string[] = [],
): PlanCommunity {
  const packages: Record<string, Package[]> = {};
  for (const [t, p] of Object.entries(prices) as [Tier, [number, number] | Package][])
    packages[t] = [
      Array.isArray(p) ? { tier: t, cost: p[0], months: p[1], fixes: [fix(`m:${id}-${t}`)], shared } : p,
    ];
  return {
    id,
    name: id,
    file: `${id}.yaml`,
    groups: { street, district: 'D' },
    tier,
    assessment: {} as never,
    options: { tier, packages, blocked: {} },
  };
}

export const atLeast = (v: number): Bound => ({ op: 'at-least', value: { value: v } });

/** A quota of street X (or `extra.key`) over its members. */
export function quota(
  id: string,
  tier: Tier,
  bound: Bound,
  members: string[],
  extra: Partial<PlanQuota> = {},
): PlanQuota {
  return { quota: id, tier, by: 'street', key: 'X', n: members.length, bound, members, doubts: [], ...extra };
}

export const problem = (
  communities: PlanCommunity[],
  quotas: PlanQuota[],
  extra: Partial<PlanProblem> = {},
) => ({ rubric, score: {}, communities, quotas, ...extra }) as PlanProblem;
