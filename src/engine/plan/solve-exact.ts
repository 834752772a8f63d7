/**
 * The exact planner, for fixes that belong to one community and one budget: the problem splits by
 * group (the communities of one street and the quotas over them), and within a group a dynamic
 * program over (how many more reach tier A, how many more reach tier B, …) chooses each
 * community's level at its cheapest package. Nested quotas (50% and 85% of one street) are one
 * program: lifting a community to the higher tier counts for both. Exact, so proven optimal.
 */
import type { Rubric } from '../../model/rubric.js';
import { reaches } from '../rank.js';
import { type Choice, choicesOf, fewest, most, type QuotaNeed, quotaNeeds, quotaOutcome } from './choices.js';
import type { Lift, PlanCommunity, PlanProblem, PlanSolution, QuotaOutcome } from './problem.js';

/** Why the exact planner does not apply: the problem does not split (use HiGHS). */
export type NotSeparable = 'shared' | 'months' | 'groupings' | 'upper';

export function exactApplies(problem: PlanProblem): NotSeparable | undefined {
  if (problem.months !== undefined) return 'months';
  for (const c of problem.communities)
    for (const list of Object.values(c.options.packages))
      if (list.some((p) => p.shared.length)) return 'shared';
  const needs = quotaNeeds(problem);
  const clusters = clustersOf(problem, needs);
  if (clusters === undefined) return 'groupings';
  // The program counts "at least" per quota; an upper end a lift could pass is for HiGHS.
  if (needs.some((n) => n.need !== undefined && most(n.quota) !== undefined)) return 'upper';
  return undefined;
}

interface Cluster {
  members: PlanCommunity[];
  needs: QuotaNeed[];
}

/** The quotas grouped by the communities they count (one street's quotas together); undefined if two groups share a community. */
function clustersOf(problem: PlanProblem, needs: QuotaNeed[]): Cluster[] | undefined {
  const byId = new Map(problem.communities.map((c) => [c.id, c]));
  const clusters = new Map<string, Cluster>();
  const owner = new Map<string, string>();
  for (const n of needs) {
    const k = `${n.quota.by}\u0000${n.quota.key ?? ''}`;
    let cl = clusters.get(k);
    if (!cl) {
      cl = { members: n.quota.members.map((id) => byId.get(id)!).filter(Boolean), needs: [] };
      clusters.set(k, cl);
      for (const m of cl.members) {
        const had = owner.get(m.id);
        if (had !== undefined && had !== k) return undefined;
        owner.set(m.id, k);
      }
    }
    cl.needs.push(n);
  }
  return [...clusters.values()];
}

interface DpResult {
  cost: number;
  choice: Map<string, Choice>;
  /**
   * The least cost of ending with quota j's extra count at `v` (at least, at the last place) and
   * every other at its goal: what a lower target would cost, read off the same program.
   */
  lower(j: number, v: number): number;
}

/**
 * The cheapest choice per member so that, for each quota, at least `extra[j]` more communities
 * reach its tier; undefined when no choice does.
 */
function dp(rubric: Rubric, all: PlanCommunity[], tiers: string[], extra: number[]): DpResult | undefined {
  // Who can only stay changes no count: left out of the program, and staying.
  const choiceLists = all.map((m) => choicesOf(rubric, m, false));
  const members = all.filter((_, i) => choiceLists[i]!.length > 1);
  const stay = all.filter((_, i) => choiceLists[i]!.length === 1);
  const dims = extra.map((e) => Math.max(0, e) + 1);
  const size = dims.reduce((a, b) => a * b, 1);
  const stride: number[] = [];
  let s = 1;
  for (const d of dims) {
    stride.push(s);
    s *= d;
  }
  let cur = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  // Two rows, reused: the program's row for the members so far, and the next.
  let next = new Float64Array(size);
  cur[0] = 0;
  // Each state's coordinates, worked out once (not once per state, member and choice).
  const coords = new Int32Array(size * dims.length);
  for (let st = 0; st < size; st++)
    for (let j = 0; j < dims.length; j++)
      coords[st * dims.length + j] = Math.floor(st / stride[j]!) % dims[j]!;
  const lists = choiceLists.filter((l) => l.length > 1);
  const picks: Int32Array[] = [];
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    const choices = lists[i]!;
    const adds = choices.map((c) =>
      tiers.map((t) => Number(reaches(rubric, c.tier, t)) - Number(reaches(rubric, m.tier, t))),
    );
    next.fill(Number.POSITIVE_INFINITY);
    const pick = new Int32Array(size).fill(-1);
    // Each choice as a step in each dimension (0 or 1: lifts only add), and its cost.
    const steps = adds.map((add) => add.map((a, j) => Math.max(0, a) * stride[j]!));
    const costs = choices.map((c) => c.cost);
    const nd = dims.length;
    for (let st = 0; st < size; st++) {
      const here = cur[st]!;
      if (here === Number.POSITIVE_INFINITY) continue;
      const at = st * nd;
      for (let k = 0; k < choices.length; k++) {
        const step = steps[k]!;
        let to = st;
        // A count already at its goal stays there (at least the goal).
        for (let j = 0; j < nd; j++) if (step[j]! && coords[at + j]! < dims[j]! - 1) to += step[j]!;
        const cost = here + costs[k]!;
        // Ties keep the first (fewer lifts, as staying comes first), so the plan is stable.
        if (cost < next[to]! - 1e-9) {
          next[to] = cost;
          pick[to] = st * 64 + k;
        }
      }
    }
    picks.push(pick);
    [cur, next] = [next, cur];
  }
  const goal = size - 1;
  if (cur[goal] === Number.POSITIVE_INFINITY) return undefined;
  const final = cur;
  const lower = (j: number, v: number) => {
    let best = Number.POSITIVE_INFINITY;
    for (let x = Math.max(0, v); x < dims[j]!; x++)
      best = Math.min(best, final[goal - (dims[j]! - 1 - x) * stride[j]!]!);
    return best;
  };
  const choice = new Map<string, Choice>();
  for (const m of stay) choice.set(m.id, { tier: m.tier, cost: 0, months: 0 });
  let st = goal;
  for (let i = members.length - 1; i >= 0; i--) {
    const p = picks[i]![st]!;
    const k = p % 64;
    choice.set(members[i]!.id, lists[i]![k]!);
    st = Math.floor(p / 64);
  }
  return { cost: cur[goal]!, choice, lower };
}

const LOWER_BY = 0.05;

function solveCluster(rubric: Rubric, cl: Cluster) {
  const open = cl.needs.filter((n) => n.need !== undefined);
  const tiers = open.map((n) => n.quota.tier);
  const extra = open.map((n) => n.need! - n.reached);
  const best = dp(rubric, cl.members, tiers, extra);
  // The marginal cost of each quota: its share 5 points lower.
  const savings = new Map<QuotaNeed, { bound: number; saving: number }>();
  if (best)
    open.forEach((n, j) => {
      const b = n.quota.bound;
      if (n.quota.measure === 'count') return;
      if (!('value' in b.value) || (b.op !== 'at-least' && b.op !== 'more-than')) return;
      const lower = Math.max(0, Math.round((b.value.value - LOWER_BY) * 1e6) / 1e6);
      const need = fewest({ ...b, value: { value: lower } }, n.quota.n, n.reached);
      if (need === undefined || need >= n.need!) {
        savings.set(n, { bound: lower, saving: 0 });
        return;
      }
      const alt = best.lower(j, need - n.reached);
      if (Number.isFinite(alt)) savings.set(n, { bound: lower, saving: best.cost - alt });
    });
  return { best, savings };
}

export function solveExact(problem: PlanProblem): PlanSolution {
  const { rubric } = problem;
  const needs = quotaNeeds(problem);
  const clusters = clustersOf(problem, needs);
  if (!clusters) throw new Error('the exact planner needs quotas that split by group (use HiGHS)');
  const lifts: Lift[] = [];
  const outcomes = new Map<QuotaNeed, QuotaOutcome>();
  let cost = 0;
  let months = 0;
  let feasible = needs.every((n) => n.need !== undefined);
  const after = new Map<string, string | null>();
  for (const cl of clusters) {
    const { best, savings } = solveCluster(rubric, cl);
    if (!best) {
      feasible = false;
      continue;
    }
    cost += best.cost;
    for (const [id, c] of best.choice) {
      after.set(id, c.tier);
      if (c.package?.fixes.length) {
        lifts.push({ community: id, package: c.package });
        months += c.package.months;
      }
    }
    for (const [n, s] of savings) outcomes.set(n, { quota: n.quota, reached: 0, met: false, saving: s });
  }
  const byId = new Map(problem.communities.map((c) => [c.id, c]));
  const quotas = needs.map((n) => {
    const reached = n.quota.members.filter((id) => {
      const c = byId.get(id);
      return reaches(rubric, after.has(id) ? after.get(id)! : (c?.tier ?? null), n.quota.tier);
    }).length;
    const saving = outcomes.get(n)?.saving;
    return { ...quotaOutcome(n, reached), ...(saving ? { saving } : {}) };
  });
  const solution: PlanSolution = {
    solver: 'exact',
    optimal: true,
    feasible,
    lifts,
    stations: [],
    cost,
    months,
    quotas,
  };
  if (problem.budget !== undefined && cost > problem.budget + 1e-9) {
    solution.feasible = false;
    solution.overBudget = { budget: problem.budget, least: cost };
  }
  return solution;
}
