/**
 * `civscore plan status` (销号): a saved plan against the latest submissions, read through the
 * same intake as the plan was (rankBatch with keepAssessment). Per planned fix: done when the
 * metric (or facility) now meets the value the plan set; closed (已销号) when besides the
 * community now reaches the tier the plan lifted it to; overdue when not done after its due day
 * (the plan's day plus the fix's months) by the day judged on. Per quota: the verdict rank gives
 * now. What the plan still costs: the fixes not done, and the shared stations not all done.
 * A plan made by another rubric (its sha256 differs) is never compared: the caller refuses it.
 */

import { type QuotaResult, reaches } from '../engine/rank.js';
import { EPS } from '../kinds/bounds.js';
import type { Assessment } from '../model/assessment.js';
import { IdMap } from '../model/assessment-schema.js';
import { GRADES } from '../model/figures.js';
import { type InspectedMetric, type InspectionsView, inspectedValueOf } from '../model/inspection.js';
import type { SavedFix, SavedLift, SavedPlan, SavedStation, SavedTable } from '../model/plan-file.js';
import type { Rubric } from '../model/rubric.js';
import type { RankReport } from '../report/rank/types.js';
import { tierQuotas } from './plan.js';

/** todo: nothing moved yet; started: moved toward the value, not there; overdue: not done after its due day. */
export type ItemState = 'closed' | 'done' | 'started' | 'todo' | 'overdue';

export interface ItemStatus {
  fix: SavedFix;
  state: ItemState;
  /** The metric's value now (a facility: its count, or its area for an enlargement); absent: not reported. */
  now?: number | boolean | string;
  /**
   * --inspections: where the value now comes from: an inspection found it (`inspected`, the
   * record), or it is the self-reported one.
   */
  nowSource?: 'inspected' | 'self-reported';
  inspected?: InspectedMetric;
}

export interface LiftStatus {
  lift: SavedLift;
  /** The community's tier now; absent: it has no scored submission now. */
  tier?: string | null;
  missing: boolean;
  /** It now reaches the tier the plan lifts it to. */
  reached: boolean;
  items: ItemStatus[];
}

export interface StationStatus {
  station: SavedStation;
  done: boolean;
}

export interface StatusTable {
  saved: SavedTable;
  rubric: Rubric;
  lifts: LiftStatus[];
  stations: StationStatus[];
  /** Every quota of the rubric's table, as rank judges it now. */
  quotas: QuotaResult[];
  /** What the plan still costs: fixes not done, stations not all done. */
  remaining: number;
}

export interface PlanStatusReport {
  /** The plan's day, and the day the submissions are judged on. */
  planDay: string;
  asOf: string;
  unit: boolean;
  tables: StatusTable[];
  counts: Record<ItemState, number> & { items: number };
  remaining: number;
  /** Every quota of the plan's tables is met now (and no verdict is provisional). */
  allMet: boolean;
  /** --inspections: the values now are the inspected ones (a fix is done when an inspection found it so). */
  inspections?: InspectionsView;
}

/** Why a plan cannot be compared: no submissions of its rubric and period, or another rubric. */
export type StatusRefusal =
  | { reason: 'no-table'; rubric: string; period: string }
  | { reason: 'rubric-changed'; rubric: string; planned: string; now: string };

export class PlanStatusRefused extends Error {
  constructor(readonly refusal: StatusRefusal) {
    super(`plan status refused: ${refusal.reason} (${refusal.rubric})`);
  }
}

/** The value now of what a fix moves: a metric's value, a facility's count (or area, for an enlargement). */
function valueNow(a: Assessment | undefined, fix: SavedFix): number | boolean | string | undefined {
  if (!a) return undefined;
  if (fix.metric !== undefined) return a.metrics[fix.metric];
  const f = fix.facility !== undefined ? a.facilities?.[fix.facility] : undefined;
  if (fix.unit === 'area') return f?.area ?? 0;
  return f?.count ?? 0;
}

/** Whether the value now meets what the fix set (at least the planned value, in the fix's direction). */
function meets(fix: SavedFix, now: number | boolean | string | undefined): boolean {
  if (now === undefined) return false;
  if (fix.unit === 'grade') {
    const at = GRADES.indexOf(now as never);
    return at >= 0 && at <= GRADES.indexOf(fix.to as never);
  }
  if (typeof fix.to === 'number' && typeof now === 'number') {
    const down = typeof fix.from === 'number' && fix.to < fix.from;
    return down ? now <= fix.to + EPS : now >= fix.to - EPS;
  }
  return now === fix.to;
}

/** Moved from where it was toward the planned value, but not there. */
function started(fix: SavedFix, now: number | boolean | string | undefined): boolean {
  return typeof now === 'number' && typeof fix.from === 'number' && Math.abs(now - fix.from) > EPS;
}

function itemStatus(fix: SavedFix, a: Assessment | undefined, reached: boolean, asOf: string): ItemStatus {
  const now = valueNow(a, fix);
  const done = meets(fix, now);
  const state: ItemState = done
    ? reached
      ? 'closed'
      : 'done'
    : asOf > fix.due
      ? 'overdue'
      : started(fix, now)
        ? 'started'
        : 'todo';
  return { fix, state, ...(now !== undefined ? { now } : {}) };
}

/** Under --inspections (`found` given), where the item's value now comes from. */
function withSource(it: ItemStatus, found: readonly InspectedMetric[] | undefined): ItemStatus {
  if (!found) return it;
  const m = inspectedValueOf(found, it.fix.metric ?? it.fix.facility ?? '');
  return m ? { ...it, nowSource: 'inspected', inspected: m } : { ...it, nowSource: 'self-reported' };
}

export function planStatus(
  saved: SavedPlan,
  report: RankReport,
  assessments: ReadonlyMap<string, Assessment>,
  asOf: string,
): PlanStatusReport {
  const counts = { closed: 0, done: 0, started: 0, todo: 0, overdue: 0, items: 0 };
  let remaining = 0;
  let allMet = true;
  const tables: StatusTable[] = saved.tables.map((t) => {
    const table = report.tables.find((x) => x.rubric.id === t.rubric && x.period === t.period);
    if (!table) throw new PlanStatusRefused({ reason: 'no-table', rubric: t.rubric, period: t.period });
    if (table.identity.sha256 !== t.sha256)
      throw new PlanStatusRefused({
        reason: 'rubric-changed',
        rubric: t.rubric,
        planned: t.sha256,
        now: table.identity.sha256,
      });
    const { rubric } = table;
    // The plan's community however its file now writes the id's letter case (idKey).
    const rows = new IdMap(table.rows.map((r) => [r.entry.id, r.entry]));
    let left = 0;
    const lifts = t.lifts.map((lift) => {
      const entry = rows.get(lift.community);
      const a = entry ? assessments.get(entry.file) : undefined;
      const reached = entry !== undefined && reaches(rubric, entry.tier, lift.tier);
      // --inspections: the records whose values an inspection found (the values now are those).
      const found = report.inspections ? (entry?.inspection?.metrics ?? []) : undefined;
      const items = lift.fixes.map((f) => withSource(itemStatus(f, a, reached, asOf), found));
      for (const it of items) {
        counts[it.state]++;
        counts.items++;
        if (it.state !== 'done' && it.state !== 'closed') left += it.fix.cost;
      }
      return {
        lift,
        ...(entry ? { tier: entry.tier } : {}),
        missing: entry === undefined,
        reached,
        items,
      };
    });
    const byCommunity = new IdMap(lifts.map((l) => [l.lift.community, l]));
    const stations = t.stations.map((station) => {
      const key = station.metric ?? station.facility;
      const done = station.serves.every((id) =>
        byCommunity
          .get(id)
          ?.items.some(
            (i) => (i.fix.metric ?? i.fix.facility) === key && (i.state === 'done' || i.state === 'closed'),
          ),
      );
      if (!done) left += station.cost;
      return { station, done };
    });
    // The quotas the plan was made for: those of a tier (a criterion's is not planned).
    const quotas = tierQuotas(table).quotas;
    if (quotas.some((q) => q.status !== 'met' || q.provisional)) allMet = false;
    remaining += left;
    return { saved: t, rubric, lifts, stations, quotas, remaining: left };
  });
  return {
    planDay: saved.asOf,
    asOf,
    unit: saved.unit === 'fixes',
    tables,
    counts,
    remaining,
    allMet,
    ...(report.inspections ? { inspections: report.inspections } : {}),
  };
}
