/**
 * The cheapest other plans within a few percent of the best, found exactly. A district official
 * asks "what else could we do for about the same money?": which other communities could be lifted
 * instead, at what extra cost. Each alternative is a different set of lifts (which communities, to
 * which tier, each at its cheapest package for that tier), meets every quota, and is not plainly
 * wasteful: no lifted community in it could be lifted less (or not at all) for less money with every
 * quota still met (a plan that lifts one community more than needed is not offered).
 *
 * Per group (the communities of one street and their quotas, as the exact planner splits them) a
 * dynamic program keeps, for each count of lifts per tier, the K cheapest partial plans, pruned by
 * the least cost to finish (a backward pass of the same program): every plan within the margin
 * is reached, and the K cheapest at the goal are the group's K cheapest plans. Wasteful ones are
 * dropped; K grows until enough are left whose cost is below the last one kept (so ties at the edge
 * are never silently chosen). The groups' lists are then merged into the district's cheapest
 * combinations: a district plan is the best plan with one or more groups changed.
 */
import { reaches } from '../rank.js';
import { type Choice, choicesOf, type QuotaNeed, quotaNeeds, quotaOutcome } from './choices.js';
import type { Lift, PlanCommunity, PlanProblem, PlanSolution, QuotaOutcome } from './problem.js';
import { clustersOf } from './solve-exact.js';

export interface Alternative {
  cost: number;
  months: number;
  /** What it costs more than the best plan (0: as cheap, another way). */
  extra: number;
  lifts: Lift[];
  /** The shared stations it builds (HiGHS's plans; the exact planner's have none). */
  stations?: PlanSolution['stations'];
  /** Against the best plan, by community id: lifted here only, lifted there only, lifted both ways but to another tier or with other fixes. */
  added: string[];
  dropped: string[];
  changed: string[];
  quotas: QuotaOutcome[];
}

export interface AlternativesRequest {
  /** How many to list (0: none). */
  count: number;
  /** How much dearer than the best plan an alternative may be, as a fraction (0.05). */
  within: number;
}

export interface Alternatives extends AlternativesRequest {
  list: Alternative[];
  /** More plans within the margin than listed. */
  more: boolean;
  /** The search stopped at its size limit in some group: plans within the margin may be missing. */
  capped: boolean;
  /** Not worked out: HiGHS stopped short of a proven optimum (so "within P% of it" means nothing), or there is no plan. */
  skipped?: 'highs' | 'infeasible';
}

/** One way a member may go: stay, or a package reaching a tier (the cheapest for that tier). */
interface Opt {
  choice: Choice;
  /** 1 for each tier of the group it counts for that the member did not reach before. */
  adds: number[];
  sig: string;
}

export const fixSig = (c: Choice): string =>
  c.package
    ? c.package.fixes
        .map((f) => `${f.key}|${String(f.to)}|${f.way.way}|${f.way.title ? JSON.stringify(f.way.title) : ''}`)
        .sort()
        .join(';')
    : '';

/**
 * A member's options: stay, then each distinct package (the same fixes listed for two tiers count
 * once, at the higher); a package dearer than one reaching a higher tier is never worth taking.
 */
function optionsOf(problem: PlanProblem, m: PlanCommunity, tiers: string[]): Opt[] {
  const { rubric } = problem;
  const out: Opt[] = [];
  const seen = new Set<string>();
  for (const c of choicesOf(rubric, m, false)) {
    const sig = fixSig(c);
    if (seen.has(sig)) continue;
    seen.add(sig);
    if (c.package && out.some((o) => o.choice.package && o.choice.cost < c.cost - eps(c.cost))) continue;
    out.push({
      choice: c,
      adds: tiers.map((t) => Number(reaches(rubric, c.tier, t)) - Number(reaches(rubric, m.tier, t))),
      sig,
    });
  }
  return out;
}

export const eps = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

/** A group's plan: each member's option (by index into its options). */
interface GroupPlan {
  cost: number;
  picks: Int32Array;
}

interface GroupResult {
  plans: GroupPlan[];
  /** Plans within the limit beyond those returned, or the search stopped early. */
  more: boolean;
  capped: boolean;
}

const MAX_K = 1024;
const MAX_CELLS = 8_000_000;

/** The group's cheapest non-wasteful plans up to `limit` in cost, at most `want` of them. */
function groupPlans(opts: Opt[][], goalCounts: number[], limit: number, want: number): GroupResult {
  const dims = goalCounts.map((x) => x + 1);
  const size = dims.reduce((a, b) => a * b, 1);
  if ((opts.length + 1) * size > MAX_CELLS || dims.length > 30)
    return { plans: [], more: true, capped: true };
  const search = new GroupSearch(opts, goalCounts, limit);
  if (search.cheapest() > limit + eps(limit)) return { plans: [], more: false, capped: false };
  for (let K = want + 2; ; K *= 4) {
    const found = search.kBest(K);
    const full = found.length >= K;
    // Full: a plan as dear as the last found may have been left out for another of the same cost.
    const edge = full ? found[found.length - 1]!.cost : Number.POSITIVE_INFINITY;
    const sure = found.filter((p) => (!full || p.cost < edge - eps(edge)) && !search.wasteful(p));
    if (sure.length > want || !full)
      return { plans: sure.slice(0, want), more: sure.length > want || full, capped: false };
    if (K * 4 > MAX_K) return { plans: sure, more: true, capped: true };
  }
}

/**
 * The search of one group's plans over the states of its counts (each count from 0 up to its
 * goal, one state a mixed-radix number): the least cost from each state to the goal, then the
 * K cheapest plans within the limit.
 */
class GroupSearch {
  private readonly n: number;
  private readonly size: number;
  private readonly stride: number[] = [];
  private readonly goal: number;
  /** Which counts are still below their goal in each state (bit j). */
  private readonly open: Int32Array;
  /** Each member's options as the counts they add to (bit j). */
  private readonly addMask: number[][];
  /** h[i][s]: the least cost to reach the goal from state s with members i… . */
  private readonly h: Float64Array;

  constructor(
    private readonly opts: Opt[][],
    private readonly goalCounts: number[],
    private readonly limit: number,
  ) {
    const dims = goalCounts.map((x) => x + 1);
    this.size = dims.reduce((a, b) => a * b, 1);
    this.n = opts.length;
    let acc = 1;
    for (const d of dims) {
      this.stride.push(acc);
      acc *= d;
    }
    this.goal = this.size - 1;
    // Worked out once; an option steps up each count it adds to that is not there yet.
    this.open = new Int32Array(this.size);
    for (let st = 0; st < this.size; st++)
      for (let j = 0; j < dims.length; j++)
        if (Math.floor(st / this.stride[j]!) % dims[j]! < dims[j]! - 1) this.open[st]! |= 1 << j;
    this.addMask = opts.map((os) => os.map((o) => o.adds.reduce((m, a, j) => (a > 0 ? m | (1 << j) : m), 0)));
    this.h = this.leastCosts();
  }

  private step(st: number, mask: number): number {
    let m = mask & this.open[st]!;
    let to = st;
    for (let j = 0; m; j++, m >>= 1) if (m & 1) to += this.stride[j]!;
    return to;
  }

  private leastCosts(): Float64Array {
    const { n, size } = this;
    const h = new Float64Array((n + 1) * size).fill(Number.POSITIVE_INFINITY);
    h[n * size + this.goal] = 0;
    for (let i = n - 1; i >= 0; i--) {
      const os = this.opts[i]!;
      const masks = this.addMask[i]!;
      const next = (i + 1) * size;
      for (let st = 0; st < size; st++) {
        let best = Number.POSITIVE_INFINITY;
        for (let k = 0; k < os.length; k++) {
          const v = os[k]!.choice.cost + h[next + this.step(st, masks[k]!)]!;
          if (v < best) best = v;
        }
        h[i * size + st] = best;
      }
    }
    return h;
  }

  /** The least cost of any plan of the group. */
  cheapest(): number {
    return this.h[0]!;
  }

  /** The K cheapest plans within the limit, cheapest first. */
  kBest(K: number): GroupPlan[] {
    const { n, size, h, limit } = this;
    const cost: number[] = [0];
    const parent: number[] = [-1];
    const pick: number[] = [-1];
    let cur = new Map<number, number[]>([[0, [0]]]);
    for (let i = 0; i < n; i++) {
      const next = new Map<number, number[]>();
      for (const [s, list] of cur)
        for (const e of list)
          this.opts[i]!.forEach((o, k) => {
            const to = this.step(s, this.addMask[i]![k]!);
            const c = cost[e]! + o.choice.cost;
            if (c + h[(i + 1) * size + to]! > limit + eps(limit)) return;
            let at = next.get(to);
            if (!at) next.set(to, (at = []));
            if (at.length >= K && c >= cost[at[at.length - 1]!]! - eps(c)) return;
            const id = cost.length;
            cost.push(c);
            parent.push(e);
            pick.push(k);
            let p = at.length;
            while (p > 0 && cost[at[p - 1]!]! > c + eps(c)) p--;
            at.splice(p, 0, id);
            if (at.length > K) at.pop();
          });
      cur = next;
    }
    const ends = cur.get(this.goal) ?? [];
    return ends.map((e) => {
      const picks = new Int32Array(n);
      let x = e;
      for (let i = n - 1; i >= 0; i--) {
        picks[i] = pick[x]!;
        x = parent[x]!;
      }
      return { cost: cost[e]!, picks };
    });
  }

  /** A plan with a package some cheaper option of the same member could replace, the goal still met. */
  wasteful(p: GroupPlan): boolean {
    const { n, opts, goalCounts } = this;
    const counts = goalCounts.map(() => 0);
    for (let i = 0; i < n; i++) opts[i]![p.picks[i]!]!.adds.forEach((a, j) => (counts[j]! += Math.max(0, a)));
    for (let i = 0; i < n; i++) {
      const mine = opts[i]![p.picks[i]!]!;
      if (!mine.choice.package) continue;
      for (const o of opts[i]!) {
        if (o.choice.cost >= mine.choice.cost - eps(mine.choice.cost)) continue;
        if (
          counts.every((c, j) => c - Math.max(0, mine.adds[j]!) + Math.max(0, o.adds[j]!) >= goalCounts[j]!)
        )
          return true;
      }
    }
    return false;
  }
}

/** A lift's fixes, as a key (the same fixes are the same lift, whatever tier it is listed for). */
export const liftSig = (l: Lift): string =>
  fixSig({ package: l.package, tier: l.package.tier, cost: 0, months: 0 });

/** The alternatives to an exact plan; the caller checks each by re-scoring (verifyPlan). */
export function alternativesOf(
  problem: PlanProblem,
  best: PlanSolution,
  req: AlternativesRequest,
): Alternatives {
  const base = { ...req, list: [] as Alternative[], more: false, capped: false };
  if (req.count <= 0) return base;
  if (best.solver !== 'exact') return { ...base, skipped: 'highs' };
  if (!best.feasible || best.quotas.some((q) => !q.met)) return { ...base, skipped: 'infeasible' };
  const needs = quotaNeeds(problem);
  const clusters = clustersOf(problem, needs) ?? [];
  const bestLift = new Map(best.lifts.map((l) => [l.community, l]));
  let slack = req.within * best.cost;
  if (problem.budget !== undefined) slack = Math.min(slack, problem.budget - best.cost);
  if (!(slack >= 0) || best.cost <= 0) return base;
  // The cheapest combinations so far: the extra cost and which groups take which of their plans.
  type Combo = { extra: number; picks: [number, number][] };
  let combos: Combo[] = [{ extra: 0, picks: [] }];
  // The best plan, the count asked for, and one more to know whether there are more.
  const keep = req.count + 2;
  const groups: { ids: string[]; opts: Opt[][]; plans: GroupPlan[] }[] = [];
  let more = false;
  let capped = false;
  for (const cl of clusters) {
    const byTier = new Map<string, number>();
    for (const x of cl.needs)
      if (x.need !== undefined)
        byTier.set(x.quota.tier, Math.max(byTier.get(x.quota.tier) ?? 0, x.need - x.reached));
    const tiers = [...byTier.keys()];
    const goalCounts = tiers.map((t) => Math.max(0, byTier.get(t)!));
    if (goalCounts.every((x) => x === 0)) continue;
    const movers = cl.members
      .map((m) => ({ m, opts: optionsOf(problem, m, tiers) }))
      .filter((x) => x.opts.length > 1);
    const ids = movers.map((x) => x.m.id);
    const opts = movers.map((x) => x.opts);
    let baseCost = 0;
    for (const id of ids) baseCost += bestLift.get(id)?.package.cost ?? 0;
    // Past the last combination kept so far, no plan of this group can enter the list.
    const room = combos.length >= keep ? Math.min(slack, combos[keep - 1]!.extra) : slack;
    const found = groupPlans(opts, goalCounts, baseCost + room, keep);
    capped ||= found.capped;
    if (found.more) more = true;
    const others = found.plans.filter(
      (p) =>
        !ids.every((id, i) => {
          const o = opts[i]![p.picks[i]!]!;
          const l = bestLift.get(id);
          return o.choice.package ? !!l && liftSig(l) === o.sig : !l;
        }),
    );
    const g = groups.push({ ids, opts, plans: others }) - 1;
    const next: Combo[] = [...combos];
    for (const c of combos)
      others.forEach((p, j) => {
        const extra = c.extra + Math.max(0, p.cost - baseCost);
        if (extra <= slack + eps(best.cost)) next.push({ extra, picks: [...c.picks, [g, j]] });
      });
    // Stable: on a tie, the combination found first (fewer groups changed, earlier groups) first.
    next.sort((a, b) => a.extra - b.extra);
    if (next.length > keep) more = true;
    combos = next.slice(0, keep);
  }
  const others = combos.filter((c) => c.picks.length);
  if (others.length > req.count) more = true;
  const order = new Map(problem.communities.map((c, i) => [c.id, i]));
  const list = others.slice(0, req.count).map((c) => {
    const lifts = new Map(bestLift);
    for (const [g, j] of c.picks) {
      const grp = groups[g]!;
      const p = grp.plans[j]!;
      grp.opts.forEach((os, i) => {
        const o = os[p.picks[i]!]!;
        const id = grp.ids[i]!;
        if (o.choice.package) lifts.set(id, { community: id, package: o.choice.package });
        else lifts.delete(id);
      });
    }
    const sorted = [...lifts.values()].sort((a, b) => order.get(a.community)! - order.get(b.community)!);
    return alternativeOf(problem, best, sorted, needs);
  });
  return { ...base, list, more, capped };
}

/** An alternative from its lifts (and, from HiGHS, its stations and total, stations included). */
export function alternativeOf(
  problem: PlanProblem,
  best: PlanSolution,
  lifts: Lift[],
  needs: QuotaNeed[],
  shared?: { stations: PlanSolution['stations']; cost: number; months: number },
): Alternative {
  const { rubric } = problem;
  const byId = new Map(problem.communities.map((c) => [c.id, c]));
  const after = new Map(lifts.map((l) => [l.community, l.package.tier]));
  const cost = shared?.cost ?? lifts.reduce((a, l) => a + l.package.cost, 0);
  const months = shared?.months ?? lifts.reduce((a, l) => a + l.package.months, 0);
  const quotas = needs.map((n) =>
    quotaOutcome(
      n,
      n.quota.members.filter((id) =>
        reaches(rubric, after.has(id) ? after.get(id)! : (byId.get(id)?.tier ?? null), n.quota.tier),
      ).length,
    ),
  );
  const was = new Map(best.lifts.map((l) => [l.community, l]));
  const now = new Map(lifts.map((l) => [l.community, l]));
  const added = lifts.filter((l) => !was.has(l.community)).map((l) => l.community);
  const dropped = best.lifts.filter((l) => !now.has(l.community)).map((l) => l.community);
  const changed = lifts
    .filter((l) => was.has(l.community) && liftSig(was.get(l.community)!) !== liftSig(l))
    .map((l) => l.community);
  return {
    cost,
    months,
    extra: cost - best.cost,
    lifts,
    ...(shared ? { stations: shared.stations } : {}),
    added,
    dropped,
    changed,
    quotas,
  };
}
