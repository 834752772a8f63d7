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
import type { Lift, PlanCommunity, PlanProblem, PlanSolution } from './problem.js';

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

export interface Cluster {
  members: PlanCommunity[];
  needs: QuotaNeed[];
}

/** The quotas grouped by the communities they count (one street's quotas together); undefined if two groups share a community. */
export function clustersOf(problem: PlanProblem, needs: QuotaNeed[]): Cluster[] | undefined {
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
 * reach its tier; undefined when no choice does. Two tiers (the 50% and 85% of one street) have a
 * program of their own, in about n² steps rather than n·x·y (twoTiers); more go to the general one.
 * Exported with dpGeneral for the test that holds the two to the same least cost.
 */
export function dp(
  rubric: Rubric,
  all: PlanCommunity[],
  tiers: string[],
  extra: number[],
): DpResult | undefined {
  const two = twoTiers(rubric, all, tiers, extra);
  if (two !== null) return two;
  return dpGeneral(rubric, all, tiers, extra);
}

/** The extra count per distinct tier (the most any quota of that tier asks), highest tier first. */
function byTier(rubric: Rubric, tiers: string[], extra: number[]): [string, number][] {
  const m = new Map<string, number>();
  tiers.forEach((t, j) => m.set(t, Math.max(m.get(t) ?? 0, Math.max(0, extra[j]!))));
  const order = (t: string) => rubric.tiers.findIndex((x) => x.id === t);
  return [...m.entries()].sort((a, b) => order(a[0]) - order(b[0]));
}

/** The cheapest of a member's choices that reaches a tier. */
function cheapestTo(rubric: Rubric, choices: Choice[], tier: string): Choice | undefined {
  let best: Choice | undefined;
  for (const c of choices)
    if (c.package && reaches(rubric, c.tier, tier) && (!best || c.cost < best.cost)) best = c;
  return best;
}

/** Sums of the k smallest of `xs` (k = 0..cap), in a fresh array; Infinity past the finite ones. */
function smallestSums(xs: readonly number[], cap: number): Float64Array {
  const sorted = [...xs].sort((a, b) => a - b);
  const out = new Float64Array(cap + 1).fill(Number.POSITIVE_INFINITY);
  out[0] = 0;
  for (let k = 1; k <= cap && k <= sorted.length; k++) out[k] = out[k - 1]! + sorted[k - 1]!;
  return out;
}

const TWO_TIER_CELLS = 8_000_000;

/**
 * Two nested tiers, A above B, with at least xA more at A and xB more at B or above. Members at B
 * already (M) can only be lifted to A: the cheapest μ of them. Members below B (L) are lifted to A
 * (counting for both), to B, or stay. For α lifted from L to A, μ = xA − α and β = xB − α to B;
 * and there is an optimum in which every member lifted to A has cA − cB no greater than any lifted
 * to B (swapping two that break this costs no more), so ordered by cA − cB the A-lifts are the α
 * cheapest of a prefix and the B-lifts the β cheapest of the rest: the least over every split is
 * the optimum. null: not two tiers, or too large a table (the general program then runs).
 */
function twoTiers(
  rubric: Rubric,
  all: PlanCommunity[],
  tiers: string[],
  extra: number[],
): DpResult | undefined | null {
  const split = byTier(rubric, tiers, extra);
  if (split.length !== 2) return null;
  const [[A, maxA], [B, maxB]] = split as [[string, number], [string, number]];
  const { L, M, stay } = membersAt(rubric, all, A, B);
  const n = L.length;
  L.sort((x, y) => {
    const dx = (x.a?.cost ?? Number.POSITIVE_INFINITY) - x.b.cost;
    const dy = (y.a?.cost ?? Number.POSITIVE_INFINITY) - y.b.cost;
    return dx === dy ? 0 : dx < dy ? -1 : 1;
  });
  if ((n + 1) * (maxB + 1) > TWO_TIER_CELLS) return null;
  const at = solveTwo(L, M, maxA, maxB);
  if (!Number.isFinite(at.cost)) return undefined;
  const lower = (j: number, v: number) => {
    const e = [...extra];
    e[j] = v;
    const [[, xA], [, xB]] = byTier(rubric, tiers, e) as [[string, number], [string, number]];
    return solveTwo(L, M, xA, xB).cost;
  };
  return { cost: at.cost, choice: twoTierChoices(at, { L, M, stay }, maxA, maxB), lower };
}

/** A member below B: its cheapest way to A (if any) and to B. */
interface BelowB {
  m: PlanCommunity;
  a?: Choice;
  b: Choice;
}

/** A member at B already: its cheapest way to A. */
interface AtB {
  m: PlanCommunity;
  a: Choice;
}

/** The members of two tiers: below B (L), at B already (M), and those that stay as they are. */
interface TwoTierMembers {
  L: BelowB[];
  M: AtB[];
  stay: PlanCommunity[];
}

function membersAt(rubric: Rubric, all: readonly PlanCommunity[], A: string, B: string): TwoTierMembers {
  const L: BelowB[] = [];
  const M: AtB[] = [];
  const stay: PlanCommunity[] = [];
  for (const m of all) {
    if (reaches(rubric, m.tier, A)) {
      stay.push(m);
      continue;
    }
    const choices = choicesOf(rubric, m, false);
    const a = cheapestTo(rubric, choices, A);
    if (reaches(rubric, m.tier, B)) {
      if (a) M.push({ m, a });
      else stay.push(m);
      continue;
    }
    const b = cheapestTo(rubric, choices, B);
    if (b) L.push({ m, ...(a ? { a } : {}), b });
    else stay.push(m);
  }
  return { L, M, stay };
}

const costToA = (x: BelowB) => x.a?.cost ?? Number.POSITIVE_INFINITY;

/** The least cost of xA more at A and xB more at B or above: α from L to A, split at s. */
function solveTwo(
  L: readonly BelowB[],
  M: readonly AtB[],
  xA: number,
  xB: number,
): { cost: number; alpha: number; s: number } {
  const n = L.length;
  const K = Math.min(n, Math.max(xA, xB));
  const SB = cheapestBFrom(L, xB);
  const PM = smallestSums(
    M.map((x) => x.a.cost),
    xA,
  );
  const best = new Float64Array(K + 1).fill(Number.POSITIVE_INFINITY);
  const bestS = new Int32Array(K + 1).fill(-1);
  const prefix: number[] = [];
  for (let s = 0; s <= n; s++) {
    if (s > 0) {
      const c = costToA(L[s - 1]!);
      let at = prefix.length;
      while (at > 0 && prefix[at - 1]! > c) at--;
      prefix.splice(at, 0, c);
    }
    let pa = 0;
    for (let alpha = 0; alpha <= K && alpha <= s; alpha++) {
      if (alpha > 0) pa += prefix[alpha - 1]!;
      if (pa === Number.POSITIVE_INFINITY) break;
      const v = pa + SB[s * (xB + 1) + Math.max(0, xB - alpha)]!;
      if (v < best[alpha]! - 1e-9) {
        best[alpha] = v;
        bestS[alpha] = s;
      }
    }
  }
  let cost = Number.POSITIVE_INFINITY;
  let alpha = -1;
  for (let a = 0; a <= K; a++) {
    const mu = Math.max(0, xA - a);
    const total = best[a]! + (mu < PM.length ? PM[mu]! : Number.POSITIVE_INFINITY);
    if (total < cost - 1e-9) {
      cost = total;
      alpha = a;
    }
  }
  return { cost, alpha, s: alpha >= 0 ? bestS[alpha]! : -1 };
}

/** SB[s][β]: the β cheapest B-lifts among L[s..n). */
function cheapestBFrom(L: readonly BelowB[], xB: number): Float64Array {
  const n = L.length;
  const SB = new Float64Array((n + 1) * (xB + 1)).fill(Number.POSITIVE_INFINITY);
  const suffix: number[] = [];
  for (let s = n; s >= 0; s--) {
    if (s < n) {
      const c = L[s]!.b.cost;
      let at = suffix.length;
      while (at > 0 && suffix[at - 1]! > c) at--;
      suffix.splice(at, 0, c);
    }
    const row = s * (xB + 1);
    SB[row] = 0;
    for (let k = 1; k <= xB && k <= suffix.length; k++) SB[row + k] = SB[row + k - 1]! + suffix[k - 1]!;
  }
  return SB;
}

/** Each member's choice in the optimum found: the α cheapest A-lifts of L[0..s), the B-lifts of the rest, μ of M. */
function twoTierChoices(
  at: { alpha: number; s: number },
  { L, M, stay }: TwoTierMembers,
  maxA: number,
  maxB: number,
): Map<string, Choice> {
  const n = L.length;
  const choice = new Map<string, Choice>();
  for (const m of stay) choice.set(m.id, { tier: m.tier, cost: 0, months: 0 });
  const byCost = (xs: number[], cost: (i: number) => number) => xs.sort((i, j) => cost(i) - cost(j) || i - j);
  const aSet = byCost([...Array(at.s).keys()], (i) => costToA(L[i]!)).slice(0, at.alpha);
  const bSet = byCost(
    Array.from({ length: n - at.s }, (_, k) => at.s + k),
    (i) => L[i]!.b.cost,
  ).slice(0, Math.max(0, maxB - at.alpha));
  const mSet = new Set(byCost([...M.keys()], (i) => M[i]!.a.cost).slice(0, Math.max(0, maxA - at.alpha)));
  const inA = new Set(aSet);
  const inB = new Set(bSet);
  L.forEach((x, i) =>
    choice.set(x.m.id, inA.has(i) ? x.a! : inB.has(i) ? x.b : { tier: x.m.tier, cost: 0, months: 0 }),
  );
  M.forEach((x, i) => choice.set(x.m.id, mSet.has(i) ? x.a : { tier: x.m.tier, cost: 0, months: 0 }));
  return choice;
}

/** The general program: a table over every quota's count, member by member. */
export function dpGeneral(
  rubric: Rubric,
  all: PlanCommunity[],
  tiers: string[],
  extra: number[],
): DpResult | undefined {
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
  const savingOf = new Map<QuotaNeed, { bound: number; saving: number }>();
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
    for (const [n, s] of savings) savingOf.set(n, s);
  }
  const byId = new Map(problem.communities.map((c) => [c.id, c]));
  const quotas = needs.map((n) => {
    const reached = n.quota.members.filter((id) => {
      const c = byId.get(id);
      return reaches(rubric, after.has(id) ? after.get(id)! : (c?.tier ?? null), n.quota.tier);
    }).length;
    const saving = savingOf.get(n);
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
