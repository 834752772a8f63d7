/**
 * `civscore plan`'s flow: from the rank report of the same intake (every community that counts,
 * doubts and roster included) to one plan per rubric table. Each community below the quotas'
 * highest tier has its priced fixes listed from the assessment the intake kept (keepAssessment: the
 * one judgement, never a second reading), its cheapest packages per tier found by scoring; then
 * the solver picks who to lift. With --inspections the plan starts from the verified values: the
 * intake keeps the inspected assessment, and the points the inspections took off (and a 虚报 veto)
 * stay whatever is fixed. Pure.
 */

import { applyFixes, candidates } from '../engine/plan/candidates.js';
import { type CommunityOptions, communityOptions } from '../engine/plan/community.js';
import { type PlanOptions, solvePlan } from '../engine/plan/plan.js';
import type { PlanCommunity, PlanProblem, PlanQuota, PlanSolution } from '../engine/plan/problem.js';
import { type Candidate, type GroupOf, quotaArithmetic, reaches } from '../engine/rank.js';
import { type ScoreOptions, score } from '../engine/score.js';
import type { Roster } from '../load/roster.js';
import type { Assessment } from '../model/assessment.js';
import { type CostModel, pricesFor, unitCosts } from '../model/costs.js';
import type { InspectedMetric, InspectionsView } from '../model/inspection.js';
import type { QuotaMeasure, Rubric } from '../model/rubric.js';
import type { RankReport, RankTable } from '../report/rank/types.js';
import { rubricIdentity } from './rubric-identity.js';

export interface PlanRequest {
  report: RankReport;
  groupOf: GroupOf;
  /** The intake's kept assessments, by the entry's file (rankBatch with keepAssessment). */
  assessments: ReadonlyMap<string, Assessment>;
  /** The day and waivers the submissions were judged with, to score the fixed ones alike. */
  asOf?: string;
  waivers?: ScoreOptions['waivers'];
  roster?: Roster;
  /** By rubric id; none at all: every fix costs 1. */
  costs: Map<string, CostModel>;
  /** --target: quota id → a share (fraction) or, for a quota that counts, how many. */
  targets: Map<string, PlanTarget>;
  budget?: number;
  months?: number;
  solver: PlanOptions;
  /** The plan's day (--as-of, else today): deadlines run from it, and `plan status` reads it back. */
  day: string;
}

/** A --target: the share of the group (0.6), or a count (at least 2) for a quota measured as one. */
export interface PlanTarget {
  value: number;
  measure: QuotaMeasure;
}

export interface PlanTable {
  rubric: Rubric;
  period: string;
  /** The sha256 of the rubric the plan was made by (rubric-identity.ts): `plan status` refuses another. */
  sha256: string;
  costs: CostModel;
  problem: PlanProblem;
  solution: PlanSolution;
  /** The nearest candidates rank lists for each short quota, for comparison (ids by quota and group). */
  nearest: { quota: string; key: string | null; candidates: Candidate[] }[];
  /**
   * --inspections: by community id, the metrics whose value the plan starts from is the one an
   * inspection found, not the self-reported one (the ledger marks their fixes).
   */
  inspected: ReadonlyMap<string, readonly InspectedMetric[]>;
}

/**
 * A quota the plan does not plan for, and why: one that counts a criterion (大多数 ≥ 300 ㎡), not
 * a tier (a plan lifts communities to tiers), or one of a rubric no cost file prices. Said in
 * every format, and counted in the exit code (rank's rule) when the plan leaves it not met.
 */
export interface LeftOutQuota {
  rubric: Rubric;
  period: string;
  quota: string;
  reason: 'criterion' | 'no-costs';
  /** Whether rank finds it met now (in every group it is judged in). */
  metNow: boolean;
  /**
   * Whether it is met once the plan is carried out: the fixes made for the tiers may meet the
   * criterion as well (more office rooms), each lifted community scored again.
   */
  metAfter: boolean;
}

export interface PlanReport {
  /** The plan's day (YYYY-MM-DD): each fix is due its months after it. */
  day: string;
  tables: PlanTable[];
  /** No cost file: costs are numbers of fixes. */
  unit: boolean;
  cost: number;
  months: number;
  feasible: boolean;
  budget?: number;
  monthsLimit?: number;
  /** --inspections: the plan starts from the values the inspections found (which files, as of when). */
  inspections?: InspectionsView;
  /** The quotas of the run that the plan leaves out, each with its reason. */
  leftOut: LeftOutQuota[];
}

const EMPTY_OPTIONS = (tier: string | null): CommunityOptions => ({ tier, packages: {}, blocked: {} });

function problemOf(table: RankTable, req: PlanRequest, costs: CostModel): PlanProblem {
  const { rubric } = table;
  const quotaTiers = rubric.quotas.flatMap((q) => (q.criterion === undefined ? [q.tier] : []));
  const top = rubric.tiers.find((t) => quotaTiers.includes(t.id))?.id;
  const score = {
    ...(req.asOf ? { asOf: req.asOf } : {}),
    ...(req.waivers ? { waivers: req.waivers } : {}),
  };
  const listed =
    req.roster && rubric.level !== 'street' ? new Set(req.roster.communities.map((c) => c.id)) : undefined;
  const communities: PlanCommunity[] = [];
  for (const row of table.rows) {
    const e = row.entry;
    if (listed && !listed.has(e.id)) continue;
    // A community at the quotas' highest tier already is not planned for: it stays.
    const below = top !== undefined && !reaches(rubric, e.tier, top);
    const assessment = below ? req.assessments.get(e.file) : undefined;
    // Inspected (--inspections): the kept assessment holds the inspected values, and the points
    // deducted and a 虚报 veto stay whatever is fixed.
    const penalty = e.inspection ? { deducted: e.inspection.deducted, veto: e.inspection.veto } : undefined;
    const options = assessment
      ? communityOptions({
          rubric,
          assessment,
          options: candidates(rubric, assessment, pricesFor(costs, e.id)),
          score,
          ...(req.months !== undefined ? { months: true } : {}),
          ...(penalty ? { penalty } : {}),
        })
      : EMPTY_OPTIONS(e.tier);
    communities.push({
      id: e.id,
      name: e.name,
      file: e.file,
      groups: {
        all: null,
        ...(req.groupOf(e, 'community') !== undefined ? { community: req.groupOf(e, 'community') } : {}),
        ...(req.groupOf(e, 'street') !== undefined ? { street: req.groupOf(e, 'street') } : {}),
        ...(req.groupOf(e, 'district') !== undefined ? { district: req.groupOf(e, 'district') } : {}),
      },
      tier: e.tier,
      ...(penalty ? { penalty } : {}),
      assessment: assessment ?? {
        entity: { id: e.id, name: e.name, level: e.level },
        period: e.period,
        metrics: {},
        unreadable: {},
      },
      options,
    });
  }
  // Each quota's members, by its grouping and key: one pass per grouping, not one per quota.
  const byGroup = new Map<string, string[]>();
  for (const by of new Set(table.quotas.map((q) => q.by)))
    for (const c of communities) {
      const k = `${by}\u0000${c.groups[by] ?? ''}`;
      if (!(by in c.groups)) continue;
      const list = byGroup.get(k) ?? [];
      list.push(c.id);
      byGroup.set(k, list);
    }
  const quotas: PlanQuota[] = table.quotas.map((q) => {
    const target = req.targets.get(q.quota);
    const members = byGroup.get(`${q.by}\u0000${q.key ?? ''}`) ?? [];
    return {
      quota: q.quota,
      tier: q.tier,
      by: q.by,
      key: q.key,
      n: q.n,
      bound: target !== undefined ? { op: 'at-least', value: { value: target.value } } : q.bound,
      // A count (at-least-count, between-count; a --target of a count is at least that many) or a share.
      ...((target?.measure ?? q.measure) === 'count' ? { measure: 'count' as const } : {}),
      ...(target !== undefined ? { overridden: true } : {}),
      members,
      doubts: q.doubts,
    };
  });
  return {
    rubric,
    score,
    communities,
    quotas,
    ...(req.budget !== undefined ? { budget: req.budget } : {}),
    ...(req.months !== undefined ? { months: req.months } : {}),
  };
}

export async function buildPlan(req: PlanRequest): Promise<PlanReport> {
  const unit = req.costs.size === 0;
  const tables: PlanTable[] = [];
  let cost = 0;
  let months = 0;
  let feasible = true;
  const leftOut: LeftOutQuota[] = [];
  const leave = (
    t: RankTable,
    quotas: RankTable['quotas'],
    reason: LeftOutQuota['reason'],
    problem?: PlanProblem,
    solution?: PlanSolution,
  ) => {
    // A quota is judged per group: it is left out once, met only where every group meets it.
    const byId = problem && new Map(problem.communities.map((c) => [c.id, c]));
    for (const id of new Set(quotas.map((q) => q.quota))) {
      const groups = quotas.filter((q) => q.quota === id);
      leftOut.push({
        rubric: t.rubric,
        period: t.period,
        quota: id,
        reason,
        metNow: groups.every((q) => q.status === 'met'),
        metAfter: groups.every((q) => metAfterPlan(q, t.rubric, problem, byId, solution)),
      });
    }
  };
  for (const ranked of req.report.tables) {
    // A plan lifts communities to tiers: a quota of a criterion (大多数 ≥ 300 ㎡) is not planned for.
    const table = tierQuotas(ranked);
    const ofCriteria = ranked.quotas.filter((q) => q.criterion !== undefined);
    if (!table.quotas.length) {
      leave(ranked, ofCriteria, 'criterion');
      continue;
    }
    const costs = unit ? unitCosts(table.rubric) : req.costs.get(table.rubric.id);
    if (!costs) {
      leave(ranked, table.quotas, 'no-costs');
      continue;
    }
    const problem = problemOf(table, req, costs);
    const solution = await solvePlan(problem, req.solver);
    leave(ranked, ofCriteria, 'criterion', problem, solution);
    cost += solution.cost;
    months += solution.months;
    if (!solution.feasible || solution.quotas.some((q) => !q.met)) feasible = false;
    const nearest = table.quotas
      .filter((q) => q.status === 'short')
      .map((q) => ({ quota: q.quota, key: q.key, candidates: q.candidates }));
    tables.push({
      rubric: table.rubric,
      period: table.period,
      sha256: rubricIdentity(table.rubric).sha256,
      costs,
      problem,
      solution,
      nearest,
      inspected: inspectedMetrics(table),
    });
  }
  return {
    day: req.day,
    tables,
    unit,
    cost,
    months,
    feasible,
    ...(req.budget !== undefined ? { budget: req.budget } : {}),
    ...(req.months !== undefined ? { monthsLimit: req.months } : {}),
    ...(req.report.inspections ? { inspections: req.report.inspections } : {}),
    leftOut,
  };
}

/**
 * Whether a quota of a criterion is met once the plan is carried out: in its group, those meeting
 * the criterion now, plus the lifted members that meet it only after their fixes (each scored
 * again), judged as rank judges the quota. A target the source masks is not met.
 */
function metAfterPlan(
  q: RankTable['quotas'][number],
  rubric: Rubric,
  problem: PlanProblem | undefined,
  byId: ReadonlyMap<string, PlanCommunity> | undefined,
  solution: PlanSolution | undefined,
): boolean {
  if (q.status !== 'met' && q.status !== 'short' && q.status !== 'over') return false;
  if (!problem || !byId || !solution || q.criterion === undefined) return q.status === 'met';
  // Fixes only add: a quota met now with no upper end stays met, and needs no scoring again.
  if (q.status === 'met' && (q.bound.op === 'at-least' || q.bound.op === 'more-than')) return true;
  const meets = (a: Assessment) =>
    score(rubric, a, problem.score).sections.some((sec) =>
      sec.criteria.some((c) => c.id === q.criterion && c.status === 'met'),
    );
  let reached = q.reached;
  for (const lift of solution.lifts) {
    const c = byId.get(lift.community);
    if (!c || (c.groups[q.by] ?? null) !== q.key || !(q.by in c.groups)) continue;
    reached += Number(meets(applyFixes(c.assessment, lift.package.fixes))) - Number(meets(c.assessment));
  }
  return quotaArithmetic(reached, q.n, q.bound, q.measure).status === 'met';
}

/** Each inspected community's metrics whose value an inspection found (the plan starts from it). */
function inspectedMetrics(table: RankTable): Map<string, InspectedMetric[]> {
  const out = new Map<string, InspectedMetric[]>();
  for (const row of table.rows) {
    const found = row.entry.inspection?.metrics.filter((m) => m.found !== undefined) ?? [];
    if (found.length) out.set(row.entry.id, found);
  }
  return out;
}

/** The table with only the quotas that count a tier, which are the ones a plan lifts toward. */
export function tierQuotas(table: RankTable): RankTable {
  return table.quotas.every((q) => q.criterion === undefined)
    ? table
    : { ...table, quotas: table.quotas.filter((q) => q.criterion === undefined) };
}
