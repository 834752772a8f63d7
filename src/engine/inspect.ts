/**
 * Inspections over a self-assessment: the inspected values replace the self-reported ones, the
 * community is scored again (its verified score), and each inspected metric is judged: 虚报 when
 * the inspected value loses points the self-report claimed, a 整改 item open, closed by a 复查
 * (销号) or overdue on the day judged. The rubric's `overstatement` takes points off or vetoes.
 * Pure: the result of `score` and the records in, the verified result out.
 */
import { clean, EPS } from '../kinds/bounds.js';
import { usesOf } from '../kinds/registry.js';
import type { Assessment } from '../model/assessment.js';
import { type MetricValue, parseMetricValue } from '../model/figures.js';
import { type Finding, finding } from '../model/finding.js';
import type {
  InspectedMetric,
  InspectionOutcome,
  InspectionPlace,
  InspectionRecord,
  ItemStatus,
} from '../model/inspection.js';
import { metricByTitle } from '../model/interpret.js';
import { suggest } from '../model/names.js';
import { allCriteria, type Rubric } from '../model/rubric.js';
import type { CommunityResult } from './result.js';
import { type ScoreOptions, score } from './score.js';
import { heldBack, nextTierGap, tierFor } from './tiers.js';

export interface InspectOptions extends ScoreOptions {
  /** The day 整改 items are judged by (--as-of, else the latest day the inspections name). */
  itemsAsOf: string;
}

const OK = new Set(['met', 'exempt']);

/** A record read against the rubric: its metric's id and its value, or the problem. */
interface Applied {
  record: InspectionRecord;
  metric: string;
  found?: MetricValue;
}

const placed = (f: Finding, at: InspectionPlace): Finding => ({ ...f, ...at });

function readRecords(rubric: Rubric, records: readonly InspectionRecord[], problems: Finding[]): Applied[] {
  const out: Applied[] = [];
  for (const r of records) {
    const metric = Object.hasOwn(rubric.metrics, r.metric) ? r.metric : metricByTitle(rubric, r.metric);
    if (metric === undefined) {
      const s = suggest(r.metric, Object.keys(rubric.metrics));
      problems.push(
        placed(
          finding('inspection.unknown-metric', 'error', {
            metric: r.metric,
            community: r.community,
            rubric: rubric.id,
            ...(s ? { suggestion: s } : {}),
          }),
          r.metricAt,
        ),
      );
      continue;
    }
    if (r.value === undefined) {
      out.push({ record: r, metric });
      continue;
    }
    const def = rubric.metrics[metric]!;
    const v = parseMetricValue(def.type, r.value, def.options);
    if (!v.ok) {
      problems.push(
        placed(
          finding('inspection.bad-value', 'error', {
            metric,
            actual: String(r.value),
            community: r.community,
          }),
          r.valueAt,
        ),
      );
      continue;
    }
    out.push({ record: r, metric, found: v.value });
  }
  return out;
}

/** A copy of the self-reported values (no prototype, as interpret.ts keeps them). */
const metrics0 = (a: Assessment): Assessment['metrics'] => Object.assign(Object.create(null), a.metrics);

/** The points the criteria that use a metric earn in a result. */
function pointsOf(result: CommunityResult, criteria: ReadonlySet<string>): number {
  let sum = 0;
  for (const s of result.sections) for (const c of s.criteria) if (criteria.has(c.id)) sum += c.earned;
  return sum;
}

function criteriaUsing(rubric: Rubric, metric: string): Set<string> {
  const ids = new Set<string>();
  for (const c of allCriteria(rubric))
    if (usesOf(c).some((u) => 'metric' in u && u.metric === metric)) ids.add(c.id);
  return ids;
}

function allMet(result: CommunityResult, criteria: ReadonlySet<string>): boolean {
  for (const s of result.sections)
    for (const c of s.criteria) if (criteria.has(c.id) && !OK.has(c.status)) return false;
  return true;
}

/**
 * The verified result of a community whose records are given (already its own, of its period):
 * scored on the inspected values, less the deductions, with `inspection` saying what changed; and
 * the assessment it scored (the inspected values in place of the self-reported ones), which
 * `plan` fixes and scores again.
 */
export function inspectAssessment(
  rubric: Rubric,
  assessment: Assessment,
  self: CommunityResult,
  records: readonly InspectionRecord[],
  options: InspectOptions,
): { result: CommunityResult; assessment: Assessment } {
  const problems: Finding[] = [];
  const asOf = options.itemsAsOf;
  const byMetric = recordsByMetric(
    readRecords(
      rubric,
      records.filter((r) => r.date <= asOf),
      problems,
    ),
  );
  const inspectedAssessment = withInspectedValues(assessment, byMetric);
  const verified = score(rubric, inspectedAssessment, options);
  const judged = { rubric, assessment, inspectedAssessment, self, verified, options };
  const inspected = [...byMetric]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([metric, list]) => inspectMetric(judged, metric, list));
  let recordDeductions = 0;
  let overstatedCount = 0;
  for (const m of inspected) {
    if (m.overstated) overstatedCount++;
    recordDeductions += m.recordDeduct;
  }
  const policy = rubric.overstatement;
  const deducted = clean(recordDeductions + (policy?.deduct ?? 0) * overstatedCount);
  const veto = !!policy?.veto && overstatedCount > 0;
  const adjusted = adjustResult(rubric, verified, { deducted, veto });
  const outcome: InspectionOutcome = {
    self: { total: self.total, tier: self.tier },
    difference: clean(adjusted.total - self.total),
    deducted,
    veto,
    metrics: inspected.map((m) => m.metric),
    asOf,
    problems,
  };
  return { result: { ...adjusted, inspection: outcome }, assessment: inspectedAssessment };
}

/** The records of each metric, in the order read. */
function recordsByMetric(applied: readonly Applied[]): Map<string, Applied[]> {
  const byMetric = new Map<string, Applied[]>();
  for (const a of applied) {
    let list = byMetric.get(a.metric);
    if (!list) byMetric.set(a.metric, (list = []));
    list.push(a);
  }
  return byMetric;
}

/** The assessment with each inspected metric's latest value found in place of the reported one. */
function withInspectedValues(assessment: Assessment, byMetric: ReadonlyMap<string, Applied[]>): Assessment {
  const metrics: Assessment['metrics'] = Object.assign(Object.create(null), assessment.metrics);
  const unreadable: Assessment['unreadable'] = Object.assign(Object.create(null), assessment.unreadable);
  for (const [metric, list] of byMetric) {
    list.sort((a, b) => (a.record.date < b.record.date ? -1 : a.record.date > b.record.date ? 1 : 0));
    const last = list.findLast((a) => a.found !== undefined);
    if (last) {
      metrics[metric] = last.found!;
      delete unreadable[metric];
    }
  }
  return { ...assessment, metrics, unreadable };
}

/** What one metric's inspection is judged against: the rubric, the community as it said and as found. */
interface Judged {
  rubric: Rubric;
  assessment: Assessment;
  /** The assessment with every inspected metric's latest value found. */
  inspectedAssessment: Assessment;
  self: CommunityResult;
  verified: CommunityResult;
  options: InspectOptions;
}

/** One metric as inspected: its values, 虚报 (points lost), deductions and 整改 item. */
function inspectMetric(
  j: Judged,
  metric: string,
  list: readonly Applied[],
): { metric: InspectedMetric; overstated: boolean; recordDeduct: number } {
  const criteria = criteriaUsing(j.rubric, metric);
  const reported = j.assessment.metrics[metric];
  const found = list.findLast((a) => a.found !== undefined)?.found;
  const { lost, overstatedFound } =
    reported !== undefined ? pointsLost(j, metric, list, criteria) : { lost: 0 };
  const overstated = lost > EPS || overstatedFound !== undefined;
  let deduct = 0;
  for (const a of list) deduct += a.record.deduct ?? 0;
  const latest = list[list.length - 1]!.record;
  const item = itemOf(list, j.options.itemsAsOf, (a) => metWith(j, metric, a, list, criteria));
  const withFinding = list.findLast((a) => a.record.finding !== undefined)?.record.finding;
  return {
    overstated,
    recordDeduct: deduct,
    metric: {
      metric,
      ...(reported !== undefined ? { reported } : {}),
      ...(found !== undefined ? { found } : {}),
      ...(withFinding !== undefined ? { finding: withFinding } : {}),
      date: latest.date,
      inspector: latest.inspector,
      kind: latest.kind,
      records: list.length,
      overstated,
      lost,
      // Stryker disable next-line LogicalOperator: equivalent, overstatedFound is set only with a loss above EPS, which is overstated
      ...(overstated && overstatedFound !== undefined ? { overstatedFound } : {}),
      deduct: clean(deduct),
      ...(item ? { item } : {}),
      at: latest.at,
    },
  };
}

/**
 * Whether the value a record found meets every criterion that uses the metric, the community's
 * other metrics as inspected: the verified result for the latest value found, else scored again
 * with this one (a 复查 that found it fixed before a later 暗访 found it broken again).
 */
function metWith(
  j: Judged,
  metric: string,
  a: Applied,
  list: readonly Applied[],
  criteria: ReadonlySet<string>,
): boolean {
  if (a.found === undefined) return false;
  if (a === list.findLast((x) => x.found !== undefined)) return allMet(j.verified, criteria);
  const one = Object.assign(metrics0(j.inspectedAssessment), { [metric]: a.found });
  return allMet(score(j.rubric, { ...j.inspectedAssessment, metrics: one }, j.options), criteria);
}

/**
 * 虚报: the most points the claim loses when one value an inspection found replaces it. It is
 * judged on what the inspections found before any 复查: a claim false when it was made stays a
 * finding after the 整改 that fixed it.
 */
function pointsLost(
  j: Judged,
  metric: string,
  list: readonly Applied[],
  criteria: ReadonlySet<string>,
): { lost: number; overstatedFound?: MetricValue } {
  const claimed = pointsOf(j.self, criteria);
  const claimedMet = allMet(j.self, criteria);
  let lost = 0;
  let overstatedFound: MetricValue | undefined;
  for (const a of list) {
    if (a.found === undefined || a.record.kind === 'reinspection') continue;
    const one = Object.assign(metrics0(j.assessment), { [metric]: a.found });
    const alone = score(j.rubric, { ...j.assessment, metrics: one }, j.options);
    const off = claimed - pointsOf(alone, criteria);
    if (off > lost + EPS) {
      lost = off;
      overstatedFound = a.found;
    } else if (overstatedFound === undefined && claimedMet && !allMet(alone, criteria)) {
      // A claim that met a condition worth no points (a veto kept at 0 points: 无重大事故 said
      // where one happened) is 虚报 as much as one that gained points: it hid a veto or a tier's
      // condition, and the rubric's 虚报 deduction or veto applies to it.
      overstatedFound = a.found;
    }
  }
  return { lost: clean(lost), ...(overstatedFound !== undefined ? { overstatedFound } : {}) };
}

/** What the inspections take off a community whatever it fixes: points deducted, and a 虚报 veto. */
export interface InspectionPenalty {
  deducted: number;
  veto: boolean;
}

/**
 * A result scored on inspected values, less the penalty: its total less the points deducted (never
 * below 0), and its tier, next-tier gap and held-back tier judged on that total (a veto: no tier).
 * `inspect` makes the verified result with it, and the planner judges a fixed community with it.
 */
export function adjustResult(
  rubric: Rubric,
  scored: CommunityResult,
  penalty: InspectionPenalty,
): CommunityResult {
  const { veto } = penalty;
  const total = clean(Math.max(0, scored.total - penalty.deducted));
  const partial = {
    sections: scored.sections,
    total,
    vetoes: scored.vetoes,
    unresolvedVetoes: scored.unresolvedVetoes,
    ...(scored.unmetValues ? { unmetValues: scored.unmetValues } : {}),
  };
  const tier = veto ? null : tierFor(rubric, partial);
  const gap = veto ? undefined : nextTierGap(rubric, partial, tier);
  const held = veto ? undefined : heldBack(rubric, partial, tier);
  const { nextTier: _g, heldBack: _h, ...rest } = scored;
  return {
    ...rest,
    total,
    tier,
    ...(gap ? { nextTier: gap } : {}),
    ...(held ? { heldBack: held } : {}),
  };
}

/**
 * A metric's 整改 item: opened by the first record with a deadline that is no 复查, then each later
 * 复查 closes it (fixed, by its word or by its value meeting every criterion that uses the metric)
 * or keeps it (a new deadline if it gives one). A 明查 or 暗访 after the item was closed that finds
 * the value short again, or sets a deadline, opens it again (with that deadline, else the old one):
 * the problem came back. A repeat finding while the item is open keeps its deadline; only a 复查
 * moves it.
 */
function itemOf(
  list: readonly Applied[],
  asOf: string,
  metBy: (a: Applied) => boolean,
): InspectedMetric['item'] | undefined {
  const opening = list.findIndex((a) => a.record.kind !== 'reinspection' && a.record.deadline !== undefined);
  if (opening < 0) return undefined;
  let deadline = list[opening]!.record.deadline!;
  let closedOn: string | undefined;
  // Stryker disable next-line MethodExpression: equivalent, the opening record is no 复查 and is skipped below
  for (const a of list.slice(opening + 1)) {
    const r = a.record;
    if (r.kind !== 'reinspection') {
      // After 销号, a 明查 or 暗访 that orders 整改 again, or finds a value short again, reopens it.
      if (closedOn !== undefined && (r.deadline !== undefined || (a.found !== undefined && !metBy(a)))) {
        closedOn = undefined;
        if (r.deadline) deadline = r.deadline;
      }
      continue;
    }
    const fixed = r.fixed ?? metBy(a);
    if (fixed) closedOn = r.date;
    else {
      closedOn = undefined;
      if (r.deadline) deadline = r.deadline;
    }
  }
  const status: ItemStatus = closedOn ? 'closed' : deadline < asOf ? 'overdue' : 'open';
  return { deadline, status, ...(closedOn ? { closedOn } : {}) };
}

/** A value as a finding's parameter: numbers stay numbers (the labeller gives them their unit). */
// Stryker disable next-line StringLiteral: equivalent, a note is made only for a value reported and found
const shown = (v: MetricValue | undefined): string | number => (typeof v === 'number' ? v : String(v ?? ''));

/** A community's 虚报 and overdue 整改 items, at the records that found them. */
/** The notes of an inspected community: its 虚报 and overdue items, named by `name` (its id when absent). */
export function inspectionNotes(
  community: string,
  rubric: string,
  o: InspectionOutcome,
  name?: string,
): Finding[] {
  const who = name ? { community, name } : { community };
  const out: Finding[] = [];
  for (const m of o.metrics) {
    if (m.overstated)
      out.push(
        placed(
          finding('inspection.overstated', 'warning', {
            ...who,
            metric: m.metric,
            reported: shown(m.reported),
            found: shown(m.overstatedFound ?? m.found),
            points: m.lost,
            rubric,
            ...(m.item?.status === 'closed' && m.item.closedOn ? { closedOn: m.item.closedOn } : {}),
          }),
          m.at,
        ),
      );
    if (m.item?.status === 'overdue')
      out.push(
        placed(
          finding('inspection.overdue', 'warning', {
            ...who,
            metric: m.metric,
            deadline: m.item.deadline,
            asOf: o.asOf,
            rubric,
          }),
          m.at,
        ),
      );
  }
  return out;
}
