/**
 * The plan as JSON for other tools: ids, codes and numbers (元, months, fractions), never
 * sentences. Stable field order; money in 元 (or a count of fixes when `unit` is true).
 */
import type { FixOption } from '../../engine/plan/candidates.js';
import type { Lift } from '../../engine/plan/problem.js';
import { addMonths } from '../../model/dates.js';
import type { InspectedMetric } from '../../model/inspection.js';
import type { PlanReport, PlanTable } from '../../pipeline/plan.js';
import type { FormatOptions } from '../types.js';
import { startInspection } from './view.js';

/** A fix; `inspected`: under --inspections, the community's inspected metrics (maybe none). */
function fixJson(f: FixOption, day: string, inspected?: readonly InspectedMetric[]) {
  const m = startInspection(f, inspected);
  return {
    ...('metric' in f.target ? { metric: f.target.metric } : { facility: f.target.facility }),
    way: f.way.way,
    ...(f.from !== undefined ? { from: f.from } : {}),
    to: f.to,
    unit: f.unit,
    amount: f.amount,
    cost: f.way.shared !== undefined ? 0 : f.cost,
    months: f.months,
    // When it is due: its months after the plan's day.
    due: addMonths(day, f.months),
    ...(f.way.responsible ? { responsible: f.way.responsible } : {}),
    ...(f.way.shared !== undefined ? { shared: f.way.shared } : {}),
    // --inspections: where `from` comes from (the ledger's 起点数值来源), for every fix; with
    // `inspected`, the value an inspection found, not the self-reported one.
    ...(inspected ? { source: m ? 'inspected' : 'self-reported' } : {}),
    ...(m
      ? {
          inspected: {
            metric: m.metric,
            found: m.found,
            ...(m.reported !== undefined ? { reported: m.reported } : {}),
            kind: m.kind,
            date: m.date,
            inspector: m.inspector,
          },
        }
      : {}),
  };
}

type Started = (community: string) => readonly InspectedMetric[] | undefined;
/** Under --inspections, a community's inspected metrics (maybe none); else undefined. */
const startedOf =
  (report: PlanReport, t: PlanTable): Started =>
  (community) =>
    report.inspections ? (t.inspected.get(community) ?? []) : undefined;

/**
 * The cheapest other plans: each as its total, its extra cost over the best, and what differs
 * from the best (the communities lifted only here, with their fixes; those the best lifts and
 * this one does not; those lifted both ways but otherwise). The rest is the best plan's.
 */
function alternativesJson(t: PlanTable, day: string, started: Started) {
  const a = t.solution.alternatives!;
  const byId = new Map(t.problem.communities.map((c) => [c.id, c]));
  const best = new Map(t.solution.lifts.map((l) => [l.community, l]));
  const lift = (l: Lift) => ({
    tier: l.package.tier,
    cost: l.package.cost,
    months: l.package.months,
    fixes: l.package.fixes.map((f) => fixJson(f, day, started(l.community))),
  });
  return {
    count: a.count,
    within: a.within,
    ...(a.skipped ? { skipped: a.skipped } : {}),
    more: a.more,
    capped: a.capped,
    list: a.list.map((alt) => {
      const now = new Map(alt.lifts.map((l) => [l.community, l]));
      const change = (id: string) => ({
        community: id,
        name: byId.get(id)?.name ?? id,
        was: best.has(id) ? lift(best.get(id)!) : null,
        now: now.has(id) ? lift(now.get(id)!) : null,
      });
      return {
        cost: alt.cost,
        months: alt.months,
        extra: alt.extra,
        lifted: alt.lifts.length,
        added: alt.added.map(change),
        dropped: alt.dropped.map(change),
        changed: alt.changed.map(change),
        quotas: alt.quotas.map((q) => ({
          quota: q.quota.quota,
          key: q.quota.key,
          reached: q.reached,
          met: q.met,
        })),
      };
    }),
  };
}

export function planJson(report: PlanReport) {
  return {
    // What `plan status` reads back: the plan's day (deadlines run from it) and each rubric's sha256.
    kind: 'civscore-plan',
    asOf: report.day,
    unit: report.unit ? 'fixes' : 'yuan',
    feasible: report.feasible,
    cost: report.cost,
    months: report.months,
    ...(report.budget !== undefined ? { budget: report.budget } : {}),
    ...(report.monthsLimit !== undefined ? { monthsLimit: report.monthsLimit } : {}),
    ...(report.inspections ? { inspections: report.inspections } : {}),
    // The quotas the plan does not plan for: why, whether rank finds them met now, and after the plan.
    leftOut: report.leftOut.map((x) => ({
      rubric: x.rubric.id,
      period: x.period,
      quota: x.quota,
      reason: x.reason,
      metNow: x.metNow,
      metAfter: x.metAfter,
    })),
    tables: report.tables.map((t) => {
      const s = t.solution;
      const byId = new Map(t.problem.communities.map((c) => [c.id, c]));
      const started = startedOf(report, t);
      return {
        rubric: t.rubric.id,
        sha256: t.sha256,
        period: t.period,
        costs: t.costs.unit ? null : (t.costs.file ?? null),
        solver: s.solver,
        optimal: s.optimal,
        ...(s.gap !== undefined ? { gap: s.gap } : {}),
        feasible: s.feasible,
        cost: s.cost,
        months: s.months,
        lifts: s.lifts.map((l) => {
          const c = byId.get(l.community);
          return {
            community: l.community,
            name: c?.name ?? l.community,
            file: c?.file ?? '',
            groups: c?.groups ?? {},
            from: c?.tier ?? null,
            tier: l.package.tier,
            cost: l.package.cost,
            months: l.package.months,
            fixes: l.package.fixes.map((f) => fixJson(f, report.day, started(l.community))),
          };
        }),
        stations: s.stations.map((st) => ({
          street: st.street,
          ...('metric' in st.option.target
            ? { metric: st.option.target.metric }
            : { facility: st.option.target.facility }),
          count: st.count,
          cost: st.option.cost * st.count,
          serves: st.serves,
        })),
        quotas: s.quotas.map((q) => ({
          quota: q.quota.quota,
          tier: q.quota.tier,
          by: q.quota.by,
          key: q.quota.key,
          n: q.quota.n,
          bound: q.quota.bound,
          // What the bound is of: the share of the group at the tier, or how many are.
          measure: q.quota.measure ?? 'share',
          ...(q.quota.overridden ? { overridden: true } : {}),
          reached: q.reached,
          ...(q.need !== undefined ? { need: q.need } : {}),
          met: q.met,
          ...(q.block ? { block: q.block } : {}),
          ...(q.saving ? { saving: q.saving } : {}),
          blockers: q.met
            ? []
            : [
                ...q.quota.members.flatMap((id) =>
                  (byId.get(id)?.options.blocked[q.quota.tier] ?? []).map((b) => ({ community: id, ...b })),
                ),
                ...q.quota.doubts.map((d) => ({ community: d.id, reason: d.reason })),
              ],
        })),
        ...(s.alternatives ? { alternatives: alternativesJson(t, report.day, started) } : {}),
        ...(s.overBudget ? { overBudget: s.overBudget } : {}),
        ...(s.overMonths ? { overMonths: s.overMonths } : {}),
      };
    }),
  };
}

export function* planJsonChunks(report: PlanReport, _o: FormatOptions): Iterable<string> {
  yield `${JSON.stringify(planJson(report), null, 2)}\n`;
}
