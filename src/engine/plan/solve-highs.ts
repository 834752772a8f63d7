/**
 * The coupled planner: one integer program over every community's packages, solved by HiGHS
 * (the `highs` package, HiGHS compiled to WebAssembly), loaded only here and only when a plan
 * needs it. It handles what does not split by group: a fix several communities share (a health
 * station for 2–3 committees of a street: stations are bought whole and each serves up to its
 * cap), a limit on money and months together, quotas over streets and the district at once.
 * Proven optimal when HiGHS says Optimal; stopped by the time limit, the gap to the LP bound is said.
 */
import { createRequire } from 'node:module';
import { reaches } from '../rank.js';
import {
  type Alternative,
  type Alternatives,
  type AlternativesRequest,
  alternativeOf,
  fixSig,
} from './alternatives.js';
import type { FixOption } from './candidates.js';
import { type Choice, choicesOf, fewest, most, type QuotaNeed, quotaNeeds, quotaOutcome } from './choices.js';
import type { Lift, PlanCommunity, PlanProblem, PlanSolution, QuotaOutcome } from './problem.js';

interface HighsSolution {
  Status: string;
  ObjectiveValue: number;
  Columns: Record<string, { Primal?: number }>;
}
interface Highs {
  solve(problem: string, options?: Record<string, unknown>): HighsSolution;
}

let loaded: Promise<Highs> | undefined;
/**
 * HiGHS, loaded on first use only (require: the bundle runs from a V8 code cache, where a dynamic
 * import() has no loader), from node_modules, where the package keeps its .wasm beside its loader.
 */
async function highs(): Promise<Highs> {
  loaded ??= (createRequire(import.meta.url)('highs') as () => Promise<Highs>)();
  return loaded;
}

export interface HighsOptions {
  /** Seconds. */
  timeLimit: number;
}

interface Station {
  street: string | null;
  key: string;
  option: FixOption;
  serves: { v: string; community: string }[];
}

interface Model {
  lp: string;
  vars: { name: string; community: PlanCommunity; choice: Choice }[];
  stations: Map<string, Station & { name: string }>;
  fixedCost: number;
}

const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(15).replace(/\.?0+$/, ''));

function buildModel(
  problem: PlanProblem,
  needs: QuotaNeed[],
  limits: { budget?: number | undefined; months?: number | undefined },
  needOverride?: Map<QuotaNeed, number>,
): Model {
  const { rubric } = problem;
  const vars: Model['vars'] = [];
  const byCommunity = new Map<string, { name: string; choice: Choice }[]>();
  const stations = new Map<string, Station & { name: string }>();
  for (const c of problem.communities) {
    const list = choicesOf(rubric, c, true);
    if (list.length < 2) continue;
    const mine = list.map((choice) => {
      const v = { name: `z${vars.length}`, community: c, choice };
      vars.push(v);
      for (const key of choice.package?.shared ?? []) {
        const street = c.groups.street ?? null;
        const id = `${street ?? ''}\u0000${key}`;
        let s = stations.get(id);
        if (!s) {
          const option = choice.package!.fixes.find((f) => f.key === key)!;
          s = { name: `y${stations.size}`, street, key, option, serves: [] };
          stations.set(id, s);
        }
        s.serves.push({ v: v.name, community: c.id });
      }
      return { name: v.name, choice };
    });
    byCommunity.set(c.id, mine);
  }
  const obj: string[] = [];
  for (const v of vars) if (v.choice.cost) obj.push(`+ ${num(v.choice.cost)} ${v.name}`);
  for (const s of stations.values()) obj.push(`+ ${num(s.option.cost)} ${s.name}`);
  const rows: string[] = [];
  let r = 0;
  for (const list of byCommunity.values())
    rows.push(` c${r++}: ${list.map((x) => `+ ${x.name}`).join('\n ')} = 1`);
  for (const n of needs) {
    if (n.need === undefined) continue;
    const need = needOverride?.get(n) ?? n.need;
    const terms: string[] = [];
    for (const id of n.quota.members) {
      const list = byCommunity.get(id);
      if (!list) continue;
      const c = list[0]!.choice;
      for (const x of list)
        if (reaches(rubric, x.choice.tier, n.quota.tier) && !reaches(rubric, c.tier, n.quota.tier))
          terms.push(`+ ${x.name}`);
    }
    const extra = need - n.reached;
    // An upper end (between-count): no more lifted to the tier than it leaves room for.
    const top = most(n.quota);
    if (top !== undefined && terms.length)
      rows.push(` c${r++}: ${terms.join('\n ')} <= ${Math.max(0, top - n.reached)}`);
    if (extra <= 0) continue;
    rows.push(` c${r++}: ${terms.length ? terms.join('\n ') : '0 z_none'} >= ${extra}`);
  }
  for (const s of stations.values())
    rows.push(
      ` c${r++}: ${s.serves.map((x) => `+ ${x.v}`).join('\n ')}\n - ${s.option.way.shared} ${s.name} <= 0`,
    );
  if (limits.budget !== undefined) {
    const terms = [...vars.filter((v) => v.choice.cost).map((v) => `+ ${num(v.choice.cost)} ${v.name}`)];
    for (const s of stations.values()) terms.push(`+ ${num(s.option.cost)} ${s.name}`);
    if (terms.length) rows.push(` c${r++}: ${terms.join('\n ')} <= ${num(limits.budget)}`);
  }
  if (limits.months !== undefined) {
    const terms = [...vars.filter((v) => v.choice.months).map((v) => `+ ${num(v.choice.months)} ${v.name}`)];
    for (const s of stations.values()) if (s.option.months) terms.push(`+ ${num(s.option.months)} ${s.name}`);
    if (terms.length) rows.push(` c${r++}: ${terms.join('\n ')} <= ${num(limits.months)}`);
  }
  const lp = [
    'Minimize',
    ` obj: ${obj.length ? obj.join('\n ') : '0 z_none'}`,
    'Subject To',
    ...(rows.length ? rows : [' c_empty: 0 z_none >= 0']),
    'Bounds',
    ...vars.map((v) => ` 0 <= ${v.name} <= 1`),
    ...[...stations.values()].map((s) => ` ${s.name} >= 0`),
    ' z_none = 0',
    'General',
    ...[...stations.values()].map((s) => ` ${s.name}`),
    'Binary',
    ...vars.map((v) => ` ${v.name}`),
    'End',
    '',
  ].join('\n');
  return { lp, vars, stations, fixedCost: 0 };
}

async function run(model: Model, options: HighsOptions) {
  const h = await highs();
  const sol = h.solve(model.lp, { time_limit: options.timeLimit, mip_rel_gap: 0, output_flag: false });
  return sol;
}

/** The LP relaxation's bound (the program without its integer sections): a floor under any plan. */
async function relaxedBound(model: Model, options: HighsOptions): Promise<number | undefined> {
  const h = await highs();
  const lp = model.lp.replace(/\nGeneral\n[\s\S]*?\nEnd\n/, '\nEnd\n');
  const sol = h.solve(lp, { time_limit: options.timeLimit, output_flag: false });
  return sol.Status === 'Optimal' ? sol.ObjectiveValue : undefined;
}

/**
 * The marginal cost of a quota needs the program solved once more per quota: done for programs
 * of up to this many choices (a district of a few hundred communities), not for a province's.
 */
const MARGINAL_VARS = 3000;

const SOLVED = new Set(['Optimal', 'Time limit reached', 'Target for objective reached']);

export async function solveHighs(problem: PlanProblem, options: HighsOptions): Promise<PlanSolution> {
  const { rubric } = problem;
  const needs = quotaNeeds(problem);
  const limits = { budget: problem.budget, months: problem.months };
  const model = buildModel(problem, needs, limits);
  const sol = await run(model, options);
  const feasibleQuotas = needs.every((n) => n.need !== undefined);
  const has =
    SOLVED.has(sol.Status) && Object.keys(sol.Columns).length > 0 && Number.isFinite(sol.ObjectiveValue);
  if (!has) {
    const out: PlanSolution = {
      solver: 'highs',
      optimal: sol.Status === 'Infeasible',
      feasible: false,
      lifts: [],
      stations: [],
      cost: 0,
      months: 0,
      quotas: needs.map((n) => quotaOutcome(n, n.reached)),
    };
    // Too little money or time: what the quotas need without the limit.
    if (sol.Status === 'Infeasible' && (limits.budget !== undefined || limits.months !== undefined)) {
      const free = buildModel(problem, needs, {});
      const s = await run(free, options);
      if (s.Status === 'Optimal') {
        const picked = pickedOf(free, s);
        if (limits.budget !== undefined && s.ObjectiveValue > limits.budget + 1e-9)
          out.overBudget = { budget: limits.budget, least: s.ObjectiveValue };
        const m = picked.months;
        if (limits.months !== undefined && m > limits.months + 1e-9)
          out.overMonths = { months: limits.months, least: m };
      }
    }
    return out;
  }
  const picked = pickedOf(model, sol);
  const optimal = sol.Status === 'Optimal';
  let gap: number | undefined;
  if (!optimal) {
    const bound = await relaxedBound(model, options);
    if (bound !== undefined && sol.ObjectiveValue > 0)
      gap = Math.max(0, (sol.ObjectiveValue - bound) / sol.ObjectiveValue);
  }
  const after = new Map<string, string | null>();
  for (const l of picked.lifts) after.set(l.community, l.package.tier);
  const byId = new Map(problem.communities.map((c) => [c.id, c]));
  const quotas: QuotaOutcome[] = [];
  for (const n of needs) {
    const reached = n.quota.members.filter((id) =>
      reaches(rubric, after.has(id) ? after.get(id)! : (byId.get(id)?.tier ?? null), n.quota.tier),
    ).length;
    const o = quotaOutcome(n, reached);
    // The marginal cost of the quota: its share 5 points lower, solved again (a few quotas only).
    if (optimal && n.need !== undefined && needs.length <= 40 && model.vars.length <= MARGINAL_VARS) {
      const b = n.quota.bound;
      if (
        n.quota.measure !== 'count' &&
        'value' in b.value &&
        (b.op === 'at-least' || b.op === 'more-than')
      ) {
        const lower = Math.max(0, Math.round((b.value.value - 0.05) * 1e6) / 1e6);
        const need = fewest({ ...b, value: { value: lower } }, n.quota.n, n.reached);
        if (need !== undefined && need < n.need) {
          const alt = buildModel(problem, needs, limits, new Map([[n, need]]));
          const s = await run(alt, options);
          if (s.Status === 'Optimal')
            o.saving = { bound: lower, saving: sol.ObjectiveValue - s.ObjectiveValue };
        } else o.saving = { bound: lower, saving: 0 };
      }
    }
    quotas.push(o);
  }
  return {
    solver: 'highs',
    optimal,
    ...(gap !== undefined ? { gap } : {}),
    feasible: feasibleQuotas,
    lifts: picked.lifts,
    stations: picked.stations,
    cost: sol.ObjectiveValue,
    months: picked.months,
    quotas,
  };
}

function pickedOf(model: Model, sol: HighsSolution) {
  const lifts: Lift[] = [];
  let months = 0;
  for (const v of model.vars) {
    const x = sol.Columns[v.name]?.Primal ?? 0;
    if (x < 0.5 || !v.choice.package || !v.choice.package.fixes.length) continue;
    lifts.push({ community: v.community.id, package: v.choice.package });
    months += v.choice.months;
  }
  const stations: PlanSolution['stations'] = [];
  for (const s of model.stations.values()) {
    const count = Math.round(sol.Columns[s.name]?.Primal ?? 0);
    if (count <= 0) continue;
    months += s.option.months * count;
    stations.push({
      street: s.street,
      key: s.key,
      count,
      option: s.option,
      serves: s.serves.filter((x) => (sol.Columns[x.v]?.Primal ?? 0) >= 0.5).map((x) => x.community),
    });
  }
  return { lifts, months, stations };
}

/**
 * HiGHS's alternatives: the program solved again with the plans found so far cut off (no-good
 * cuts on which tier each community ends at) and the total held within the margin, so each solve
 * gives the next cheapest plan, stations included. A plan in which a lifted community could be
 * lifted less (or not at all) for less money with every quota still met is cut off and not listed.
 * Only after a proven optimum; at most a few solves a plan asked for, within the time limit.
 */
export async function highsAlternatives(
  problem: PlanProblem,
  best: PlanSolution,
  req: AlternativesRequest,
  options: HighsOptions,
): Promise<Alternatives> {
  const base = { ...req, list: [] as Alternative[], more: false, capped: false };
  if (req.count <= 0) return base;
  if (!best.feasible || best.quotas.some((q) => !q.met)) return { ...base, skipped: 'infeasible' };
  if (!best.optimal) return { ...base, skipped: 'highs' };
  let limit = best.cost * (1 + req.within);
  if (problem.budget !== undefined) limit = Math.min(limit, problem.budget);
  if (best.cost <= 0) return base;
  const needs = quotaNeeds(problem);
  const model = buildModel(problem, needs, { budget: problem.budget, months: problem.months });
  const alt = new AltCuts(problem, needs, model, limit);
  alt.cut(alt.tierOf(best.lifts));
  const list: Alternative[] = [];
  const deadline = Date.now() + options.timeLimit * 1000;
  let exhausted = false;
  for (let solves = 0; list.length <= req.count && solves < 4 * req.count + 20; solves++) {
    const left = (deadline - Date.now()) / 1000;
    if (left <= 0) break;
    const h = await highs();
    const sol = h.solve(alt.lp(), { time_limit: left, mip_rel_gap: 0, output_flag: false });
    if (sol.Status === 'Infeasible') {
      exhausted = true;
      break;
    }
    if (sol.Status !== 'Optimal') break;
    const picked = pickedOf(model, sol);
    const tiers = alt.tierOf(picked.lifts);
    alt.cut(tiers);
    if (alt.wasteful(picked.lifts, tiers)) continue;
    list.push(
      alternativeOf(problem, best, picked.lifts, needs, {
        stations: picked.stations,
        cost: sol.ObjectiveValue,
        months: picked.months,
      }),
    );
  }
  const more = list.length > req.count;
  return { ...base, list: list.slice(0, req.count), more, capped: !more && !exhausted };
}

/** A choice of a community as the program names it, with the tier it reaches. */
interface Named {
  name: string;
  choice: Choice;
  tier: string | null;
}

/**
 * The program of the alternatives: the model with the total held within the limit and a cut for
 * each plan found (which tier each community ends at), and what a plan is judged by.
 */
class AltCuts {
  /** Each choice's tier as reached: the same fixes listed under two tiers reach the higher. */
  private readonly byCommunity = new Map<string, Named[]>();
  private readonly byId: Map<string, PlanCommunity>;
  private readonly rows: string[] = [];

  constructor(
    private readonly problem: PlanProblem,
    private readonly needs: QuotaNeed[],
    private readonly model: Model,
    limit: number,
  ) {
    this.byId = new Map(problem.communities.map((c) => [c.id, c]));
    for (const v of model.vars) {
      const list = this.byCommunity.get(v.community.id) ?? [];
      const sig = fixSig(v.choice);
      const same = v.choice.package
        ? list.find((x) => x.choice.package && fixSig(x.choice) === sig)
        : undefined;
      list.push({ name: v.name, choice: v.choice, tier: same ? same.tier : v.choice.tier });
      this.byCommunity.set(v.community.id, list);
    }
    const objective = [
      ...model.vars.filter((v) => v.choice.cost).map((v) => `+ ${num(v.choice.cost)} ${v.name}`),
      ...[...model.stations.values()].map((s) => `+ ${num(s.option.cost)} ${s.name}`),
    ];
    this.rows.push(
      ` alt_cost: ${objective.length ? objective.join('\n ') : '0 z_none'} <= ${num(limit * (1 + 1e-9))}`,
    );
  }

  /** The program with the rows so far. */
  lp(): string {
    return this.model.lp.replace('\nBounds\n', `\n${this.rows.join('\n')}\nBounds\n`);
  }

  /** The tier each community ends at with these lifts. */
  tierOf(lifts: readonly Lift[]): Map<string, string | null> {
    const m = new Map<string, string | null>();
    for (const [id, list] of this.byCommunity) m.set(id, list[0]!.tier);
    for (const l of lifts) {
      const list = this.byCommunity.get(l.community)!;
      const sig = fixSig({ package: l.package, tier: null, cost: 0, months: 0 });
      m.set(
        l.community,
        list.find((x) => x.choice.package && fixSig(x.choice) === sig)?.tier ?? l.package.tier,
      );
    }
    return m;
  }

  /** A row that cuts off every plan ending each community at these tiers. */
  cut(tiers: ReadonlyMap<string, string | null>): void {
    const terms: string[] = [];
    for (const [id, list] of this.byCommunity)
      for (const x of list) if (x.tier === tiers.get(id)) terms.push(`+ ${x.name}`);
    this.rows.push(` alt_cut${this.rows.length}: ${terms.join('\n ')} <= ${this.byCommunity.size - 1}`);
  }

  private metAll(tiers: ReadonlyMap<string, string | null>): boolean {
    const { rubric } = this.problem;
    return this.needs.every((n) => {
      const reached = n.quota.members.filter((id) =>
        reaches(rubric, tiers.has(id) ? tiers.get(id)! : (this.byId.get(id)?.tier ?? null), n.quota.tier),
      ).length;
      return quotaOutcome(n, reached).met;
    });
  }

  /** A lifted community that could be lifted less (or not at all) for less, every quota still met. */
  wasteful(lifts: readonly Lift[], tiers: ReadonlyMap<string, string | null>): boolean {
    const { rubric } = this.problem;
    return lifts.some((l) => {
      const mine = tiers.get(l.community)!;
      return this.byCommunity.get(l.community)!.some((x) => {
        if (x.tier === mine || reaches(rubric, x.tier, mine ?? '')) return false;
        if (x.choice.package && x.choice.cost >= l.package.cost - 1e-9) return false;
        const t = new Map(tiers);
        t.set(l.community, x.tier);
        return this.metAll(t);
      });
    });
  }
}
