/**
 * The check every plan passes before anyone sees it (src/engine/plan/plan.ts verifyPlan), made to
 * fail: a lift of a community the problem lacks, a package that does not re-score to its tier,
 * a station serving more than its cap or a community that did not ask for it, a quota claimed met
 * that the re-scored tiers do not meet. And which solver solvePlan runs. The agreement tests
 * only ever give it plans that pass.
 */
import { describe, expect, it } from 'vitest';
import type { FixOption } from '../../src/engine/plan/candidates.js';
import { ExactNotApplicable, PlanCheckError, solvePlan, verifyPlan } from '../../src/engine/plan/plan.js';
import type { PlanSolution } from '../../src/engine/plan/problem.js';
import { solveExact } from '../../src/engine/plan/solve-exact.js';
import { nestedTiersDistrict, problemOf } from './random-district.js';

const d = nestedTiersDistrict;

const problem = problemOf(d);
const best = solveExact(problem);
const check = (s: Partial<PlanSolution>) => () => verifyPlan(problem, { ...best, ...s });
const failure = (f: () => void): PlanCheckError => {
  try {
    f();
  } catch (e) {
    if (e instanceof PlanCheckError) return e;
    throw e;
  }
  throw new Error('the plan passed its check');
};

describe('verifyPlan', () => {
  it('passes the exact plan, which lifts s0c0 to 新型现代化社区 and meets the quotas', () => {
    expect(best.lifts.map((l) => [l.community, l.package.tier])).toEqual([['s0c0', 'modern']]);
    expect(best.quotas.every((q) => q.met)).toBe(true);
    expect(check({})).not.toThrow();
  });

  it('a lift of a community the problem does not list', () => {
    const e = failure(check({ lifts: [{ ...best.lifts[0]!, community: 'ghost' }] }));
    expect([e.community, e.detail]).toEqual(['ghost', 'not among the communities']);
  });

  it('a package that does not re-score to the tier it claims', () => {
    const lift = best.lifts[0]!;
    const e = failure(check({ lifts: [{ ...lift, package: { ...lift.package, fixes: [] } }] }));
    expect(e.community).toBe('s0c0');
    expect(e.detail).toMatch(/^reaches (safe-civilized|no tier), not modern$/);
    expect(e.message).toBe(`plan check failed for s0c0: ${e.detail}`);
  });

  it('takes a tier already re-scored from the map it is given, and fills the map', () => {
    const rescored = new Map<string, string | null>();
    verifyPlan(problem, best, rescored);
    expect([...rescored.values()]).toEqual(['modern']);
    // The same lift, remembered as reaching no tier: the check believes the map.
    const [key] = [...rescored.keys()];
    expect(key!.startsWith('s0c0\u0000')).toBe(true);
    rescored.set(key!, null);
    expect(failure(() => verifyPlan(problem, best, rescored)).detail).toBe('reaches no tier, not modern');
  });

  it('a quota claimed met that the re-scored tiers do not meet, or with another count', () => {
    const e = failure(check({ lifts: [] }));
    expect(e.community).toBe('district');
    expect(e.detail).toMatch(/^quota modern-share reaches 0 of 2$/);
    const q = best.quotas.find((x) => x.quota.quota === 'modern-share')!;
    const miscounted = best.quotas.map((x) => (x === q ? { ...x, reached: x.reached + 1 } : x));
    expect(failure(check({ quotas: miscounted })).detail).toBe('quota modern-share reaches 1 of 2');
    // A quota not claimed met is not checked.
    const unclaimed = best.quotas.map((x) => ({ ...x, met: false }));
    expect(check({ lifts: [], quotas: unclaimed })).not.toThrow();
  });

  it('counts a quota’s members not lifted at the tier they have; one the problem lacks reaches none', () => {
    // s0c1 at 新型现代化社区 already (not lifted), and a member no file gave: 2 of 3 reach it.
    const atTier = {
      ...problem,
      communities: problem.communities.map((c) => (c.id === 's0c1' ? { ...c, tier: 'modern' } : c)),
    };
    // It is at 安全文明社区 too: 2 of 2 there.
    const quotas = best.quotas.map((q) =>
      q.quota.quota === 'modern-share'
        ? { ...q, reached: 2, quota: { ...q.quota, members: [...q.quota.members, 'ghost'], n: 3 } }
        : { ...q, reached: 2 },
    );
    expect(() => verifyPlan(atTier, { ...best, quotas })).not.toThrow();
    // Without s0c1 at the tier, 1 of 3: the claim of 2 fails.
    expect(failure(check({ quotas })).detail).toBe('quota modern-share reaches 1 of 3');
  });

  it('a quota over everyone (no key) fails under an empty name', () => {
    const quotas = best.quotas.map((q) => ({ ...q, quota: { ...q.quota, key: null } }));
    expect(failure(check({ lifts: [], quotas })).community).toBe('');
  });

  it('a station serving more than its cap, or a community that did not ask for it', () => {
    const option = {
      key: 'f:求助站',
      target: { facility: '求助站' },
      way: { way: 'build', fixed: 1, perUnit: 0, months: 1, also: [], shared: 2 },
      to: 1,
      unit: 'count',
      amount: 0,
      cost: 1,
      months: 1,
    } as unknown as FixOption;
    const lift = best.lifts[0]!;
    const asking = { ...lift, package: { ...lift.package, shared: ['f:求助站'] } };
    const station = { street: 'street0', key: 'f:求助站', count: 1, option, serves: ['s0c0'] };
    expect(check({ lifts: [asking], stations: [station] })).not.toThrow();
    // Two may share one; three may not.
    const three = { ...station, serves: ['s0c0', 'a', 'b'] };
    const e = failure(check({ lifts: [asking], stations: [three] }));
    expect([e.community, e.detail]).toEqual(['s0c0,a,b', '3 communities share 1 of f:求助站']);
    // Two stations of cap 2 serve up to four (s0c0 listed thrice stands for three that asked).
    const twice = { ...station, count: 2, serves: ['s0c0', 's0c0', 's0c0'] };
    expect(check({ lifts: [asking], stations: [twice] })).not.toThrow();
    // No cap given: one each.
    const solo = { ...station, option: { ...option, way: { ...option.way, shared: undefined } } };
    expect(check({ lifts: [asking], stations: [solo] })).not.toThrow();
    expect(failure(check({ lifts: [asking], stations: [{ ...solo, serves: ['s0c0', 'a'] }] })).detail).toBe(
      '2 communities share 1 of f:求助站',
    );
    // s0c0's package does not use the station; s0c1 is not lifted at all.
    expect(failure(check({ stations: [station] })).detail).toBe('served by f:求助站 it did not ask for');
    const other = failure(check({ lifts: [asking], stations: [{ ...station, serves: ['s0c1'] }] }));
    expect([other.community, other.detail]).toEqual(['s0c1', 'served by f:求助站 it did not ask for']);
  });
});

describe('solvePlan', () => {
  it('the exact planner by default, HiGHS when asked or when the problem does not split', async () => {
    expect((await solvePlan(problem, { solver: 'auto', timeLimit: 30 })).solver).toBe('exact');
    expect((await solvePlan(problem, { solver: 'exact', timeLimit: 30 })).solver).toBe('exact');
    const highs = await solvePlan(problem, { solver: 'highs', timeLimit: 30 });
    expect(highs.solver).toBe('highs');
    expect(highs.cost).toBeCloseTo(best.cost, 6);
    const limited = { ...problem, months: 100 };
    expect((await solvePlan(limited, { solver: 'auto', timeLimit: 30 })).solver).toBe('highs');
    await expect(solvePlan(limited, { solver: 'exact', timeLimit: 30 })).rejects.toThrow(ExactNotApplicable);
    await expect(solvePlan(limited, { solver: 'exact', timeLimit: 30 })).rejects.toMatchObject({
      why: 'months',
      message: 'the exact planner does not apply: months',
    });
  });

  it('lists alternatives only when asked', async () => {
    expect((await solvePlan(problem, { solver: 'exact', timeLimit: 30 })).alternatives).toBeUndefined();
    const asked = await solvePlan(problem, {
      solver: 'exact',
      timeLimit: 30,
      alternatives: { count: 2, within: 10 },
    });
    expect(asked.alternatives).toMatchObject({ count: 2, within: 10 });
    const viaHighs = await solvePlan(problem, {
      solver: 'highs',
      timeLimit: 30,
      alternatives: { count: 2, within: 10 },
    });
    // s0c1 cannot reach 新型现代化社区 (its incident): no other plan is listed.
    expect(asked.alternatives!.list).toEqual([]);
    expect(viaHighs.alternatives).toMatchObject({ count: 2, within: 10, list: [] });
    // HiGHS's own search, not the exact one's refusal of a HiGHS plan.
    expect(viaHighs.alternatives!.skipped).toBeUndefined();
  });

  it('each alternative is checked like the best; the exact planner’s build no stations', async () => {
    // Without its incident s0c1 can reach 新型现代化社区 too: lifting it instead is another plan.
    const [c0, c1] = d.streets[0]!;
    const both = problemOf({ ...d, streets: [[c0!, { ...c1!, incident: false }]] });
    const s = await solvePlan(both, {
      solver: 'exact',
      timeLimit: 30,
      alternatives: { count: 2, within: 100 },
    });
    const list = s.alternatives!.list;
    expect(list.length).toBeGreaterThan(0);
    expect(list.some((a) => a.lifts.some((l) => l.community === 's0c1'))).toBe(true);
    expect(list.every((a) => !('stations' in a))).toBe(true);
  });
});
