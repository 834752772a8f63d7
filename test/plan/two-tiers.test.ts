/**
 * The two-tier program (solve-exact.ts twoTiers: the split over cA − cB) against the general
 * table over both counts, on random groups larger than the HiGHS agreement test reaches (up to 60
 * communities, below, at and above the lower tier, some unable to reach a tier at any price): the
 * same least cost for the targets, and for every lower target read off for the marginal cost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Package } from '../../src/engine/plan/community.js';
import type { PlanCommunity } from '../../src/engine/plan/problem.js';
import { dp, dpGeneral } from '../../src/engine/plan/solve-exact.js';
import { loadRubric } from '../../src/load/rubrics.js';

const rubric = loadRubric('district-2005-community').rubric!;
const [A, B] = ['modern', 'safe-civilized'];

const pkg = (tier: string, cost: number): Package[] => [{ tier, cost, months: 0, fixes: [], shared: [] }];

const arbMember = fc.record({
  at: fc.constantFrom<string | null>(null, null, B, A),
  costB: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
  more: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
});

function community(i: number, m: { at: string | null; costB?: number; more?: number }): PlanCommunity {
  const packages: Record<string, Package[]> = {};
  // At least A costs no less than at least B (a package reaching A reaches B).
  if (m.at === null && m.costB !== undefined) packages[B] = pkg(B, m.costB);
  const base = m.at === B ? 0 : m.costB;
  if (m.at !== A && m.more !== undefined && base !== undefined) {
    packages[A] = pkg(A, base + m.more);
    packages[B] = [...(packages[B] ?? []), ...pkg(B, base + m.more)].sort((x, y) => x.cost - y.cost);
  }
  return {
    id: `c${i}`,
    name: `c${i}`,
    file: '',
    groups: { all: null },
    tier: m.at,
    assessment: {
      entity: { id: `c${i}`, name: `c${i}`, level: 'community' },
      period: '2005',
      metrics: {},
    } as never,
    options: { tier: m.at, packages, blocked: {} },
  };
}

describe('plan: the two-tier program', () => {
  it('gives the general program’s least cost, and its lower targets’ costs', () => {
    let feasible = 0;
    fc.assert(
      fc.property(
        fc.array(arbMember, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 70 }),
        (ms, pa, pb) => {
          // How many more each tier needs: a share of the group (up to half, and 70%).
          const xA = Math.floor((ms.length * pa) / 100);
          const xB = Math.floor((ms.length * pb) / 100);
          const all = ms.map((m, i) => community(i, m));
          const tiers = [A, B];
          const extra = [xA, xB];
          const fast = dp(rubric, all, tiers, extra);
          const slow = dpGeneral(rubric, all, tiers, extra);
          expect(fast === undefined).toBe(slow === undefined);
          if (!fast || !slow) return;
          feasible++;
          expect(fast.cost).toBeCloseTo(slow.cost, 6);
          // The choice it returns costs what it says and meets both counts.
          let cost = 0;
          let a = 0;
          let b = 0;
          for (const c of all) {
            const ch = fast.choice.get(c.id)!;
            cost += ch.cost;
            if (ch.tier === A && c.tier !== A) a++;
            if ((ch.tier === A || ch.tier === B) && c.tier === null) b++;
          }
          expect(cost).toBeCloseTo(fast.cost, 6);
          expect(a).toBeGreaterThanOrEqual(xA);
          expect(b).toBeGreaterThanOrEqual(xB);
          for (const [j, v] of [
            [0, xA - 2],
            [1, xB - 3],
          ] as const)
            expect(fast.lower(j, v)).toBeCloseTo(slow.lower(j, v), 6);
        },
      ),
      { numRuns: 300, seed: 2005 },
    );
    expect(feasible).toBeGreaterThan(50);
  });
});
