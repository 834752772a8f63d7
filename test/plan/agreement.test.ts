/**
 * The exact planner against HiGHS (the second implementation holds the first to account, as the
 * simple YAML reader is held to `yaml`): on random small districts scored by the 2005 rubric with
 * random prices, both find the same least cost (or both find none), and every plan each returns
 * re-scores to its claimed tiers and meets the quotas it claims (verifyPlan). Guarded against
 * being vacuous: most districts need lifting, and some have no plan at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyPlan } from '../../src/engine/plan/plan.js';
import { exactApplies, solveExact } from '../../src/engine/plan/solve-exact.js';
import { solveHighs } from '../../src/engine/plan/solve-highs.js';
import { arbDistrict, type District, problemOf } from './random-district.js';

describe('plan: the exact planner and HiGHS agree', () => {
  it('give the same least cost on random small districts, and every plan re-scores to its claims', async () => {
    let lifted = 0;
    let infeasible = 0;
    let upper = 0;
    await fc.assert(
      fc.asyncProperty(arbDistrict, async (d) => {
        const problem = problemOf(d);
        // The exact DP counts "at least"; an upper end a lift could pass is HiGHS's alone.
        if (exactApplies(problem) === 'upper') {
          const highs = await solveHighs(problem, { timeLimit: 30 });
          verifyPlan(problem, highs);
          if (highs.feasible && highs.quotas.every((q) => q.met)) upper++;
          return;
        }
        const exact = solveExact(problem);
        const highs = await solveHighs(problem, { timeLimit: 30 });
        const met = (s: typeof exact) => s.feasible && s.quotas.every((q) => q.met);
        expect(met(highs)).toBe(met(exact));
        if (!met(exact)) {
          infeasible++;
          return;
        }
        expect(highs.optimal).toBe(true);
        expect(Math.abs(highs.cost - exact.cost)).toBeLessThanOrEqual(1e-6 * Math.max(1, exact.cost));
        // The marginal cost of each quota (5 points lower): read off the DP, solved again by HiGHS.
        exact.quotas.forEach((q, i) => {
          const h = highs.quotas[i]!.saving;
          if (q.saving && h)
            expect(Math.abs(q.saving.saving - h.saving)).toBeLessThanOrEqual(1e-6 * Math.max(1, exact.cost));
        });
        verifyPlan(problem, exact);
        verifyPlan(problem, highs);
        if (exact.lifts.length) lifted++;
      }),
      { numRuns: 120, seed: 20260 },
    );
    expect(lifted).toBeGreaterThan(15);
    expect(upper).toBeGreaterThan(0);
    expect(infeasible).toBeGreaterThan(0);
  }, 120_000);
});

describe('plan: nested tiers (a tier carries every lower tier’s requirements)', () => {
  // fast-check's counterexample (seed 20260): 社区 s0c0 scores 90 without a police officer, so
  // the packages for 新型现代化社区 skipped 一区一警 (safe-civilized's requirement, nested in modern)
  // and the plan claimed a tier the community did not reach.
  const base = { health: false, patrol: false, open: false, incident: false, facilities: [] as string[] };
  const d: District = {
    streets: [
      [
        {
          ...base,
          service: 198,
          officeExtra: 394,
          households: 2000,
          seats: 20,
          police: 0,
          cadre: 84,
          facilities: ['求助站'],
        },
        {
          ...base,
          service: 60,
          officeExtra: 0,
          households: 1500,
          seats: 20,
          police: 0,
          cadre: 60,
          incident: true,
        },
      ],
    ],
    prices: { build: 1000, rent: 500, seat: 500, officer: 20000, flag: 1000, facility: 10000, train: 500 },
    modern: 20,
    safe: 50,
    scope: 'district',
    counts: undefined,
  };
  it('every package reaching a tier re-scores to it, lower tiers’ requirements included', async () => {
    const problem = problemOf(d);
    const c = problem.communities[0]!;
    const modern = c.options.packages.modern ?? [];
    expect(modern.length).toBeGreaterThan(0);
    for (const p of modern) expect(p.fixes.map((f) => f.key)).toContain('m:community-police-officers');
    const exact = solveExact(problem);
    const highs = await solveHighs(problem, { timeLimit: 30 });
    verifyPlan(problem, exact);
    verifyPlan(problem, highs);
    expect(exact.cost).toBeCloseTo(highs.cost, 6);
    expect(exact.quotas.every((q) => q.met)).toBe(true);
  });
});
