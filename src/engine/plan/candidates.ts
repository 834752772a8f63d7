/**
 * The fixes a community could make, priced: for each priced metric, the values its criteria name
 * (150 ㎡, 300 ㎡, 30 ㎡ per 100 households of this community, 85%…), reached by each way the cost
 * model offers (build, rent…); for each priced facility, adding it (at the area a criterion asks of
 * it) or enlarging it. Nothing here says what a fix is worth: plan/community.ts finds that by
 * scoring the fixed assessment through the engine. A value the community did not report is no
 * fix (its data comes first), nor is an event (what happened) or a choice (an earlier award).
 */

import { figureValue } from '../../kinds/bounds.js';
import { usesOf } from '../../kinds/registry.js';
import type { Assessment } from '../../model/assessment.js';
import type { Prices, Way } from '../../model/costs.js';
import { GRADES, type MetricType } from '../../model/figures.js';
import { allCriteria, type Bound, type Criterion, type Figure, type Rubric } from '../../model/rubric.js';

export type FixTarget = { metric: string } | { facility: string };

export interface FixOption {
  /** `m:<metric>` or `f:<facility>`: options of one key are alternatives (at most one is taken). */
  key: string;
  target: FixTarget;
  way: Way;
  /** The value before, and after (a facility: its area, when one is asked; its count otherwise). */
  from?: number | boolean | string;
  to: number | boolean | string;
  /** The metric's type (a facility: area when an area is asked, count otherwise). */
  unit: MetricType;
  /** What the way is priced by: ㎡, people, percentage points (a flag or a new facility: 0). */
  amount: number;
  /** 元 (or 1 a fix, without a cost file), and months. */
  cost: number;
  months: number;
}

const STEP: Partial<Record<MetricType, number>> = { count: 1, area: 1, rate: 0.01, number: 1 };

/** The value that first meets a bound from `v` (rounded up to a whole unit for counts). */
function meeting(b: Bound, v: number, type: MetricType, scale: number): number | undefined {
  const x = figureValue(b.value);
  if (x === undefined) return undefined;
  const lo = x * scale;
  const step = STEP[type] ?? 1;
  const whole = type === 'count';
  const up = (n: number) => (whole ? Math.ceil(n - 1e-9) : type === 'area' ? Math.ceil(n - 1e-9) : n);
  const down = (n: number) => (whole || type === 'area' ? Math.floor(n + 1e-9) : n);
  switch (b.op) {
    case 'at-least':
      return v < lo ? up(lo) : undefined;
    case 'more-than':
      return v <= lo ? (whole || type === 'area' ? Math.floor(lo + 1e-9) + 1 : lo + step) : undefined;
    case 'at-most':
      return v > lo ? down(lo) : undefined;
    case 'less-than':
      return v >= lo ? (whole || type === 'area' ? Math.ceil(lo - 1e-9) - 1 : lo - step) : undefined;
    case 'between': {
      const hi = b.upper ? figureValue(b.upper) : undefined;
      if (v < lo) return up(lo);
      if (hi !== undefined && v > hi * scale) return down(hi * scale);
      return undefined;
    }
  }
}

const BOUND_OPS: ReadonlySet<unknown> = new Set(['at-least', 'more-than', 'at-most', 'less-than', 'between']);
/** An object of a criterion's data that is a bound (asks has checked it is an object). */
const isBound = (o: Record<string, unknown>): boolean => BOUND_OPS.has(o.op) && 'value' in o;

/**
 * What a criterion asks of one metric: its bounds and expected flags, found in the criterion's
 * own data (a bound, grade bands, deduction bands, a count's conditions), never in another metric's part.
 */
function asks(node: unknown, metric: string, out: { bounds: Bound[]; expects: boolean[] }): void {
  // Arrays too: their items are their values. Nothing else in a built criterion (its `per`, path,
  // source, a facility's item) holds a bound or an expected flag of another metric.
  if (!(node instanceof Object)) return;
  const o = node as Record<string, unknown>;
  if ('metric' in o && o.metric !== metric) return;
  if (isBound(o)) {
    out.bounds.push(o as unknown as Bound);
    return;
  }
  if (typeof o.expect === 'boolean') out.expects.push(o.expect);
  for (const v of Object.values(o)) asks(v, metric, out);
}

/** The size a ratio criterion divides by for this community (households / 100), or 1. */
function scaleOf(c: Criterion, a: Assessment): number | undefined {
  if (c.kind !== 'ratio') return 1;
  const per = c.per;
  const size = 'metric' in per ? a.metrics[per.metric] : undefined;
  return typeof size === 'number' && size > 0 ? size / per.every : undefined;
}

/** What each criterion asks of a facility: the largest area and count asked. */
function facilityAsks(node: unknown, facility: string, out: { area: number; count: number }): void {
  if (!(node instanceof Object)) return;
  const o = node as Record<string, unknown>;
  if (o.facility === facility) {
    // A min-area is a figure (a value, or masked: none asked).
    const area = o.minArea ? figureValue(o.minArea as Figure) : undefined;
    if (area !== undefined) out.area = Math.max(out.area, area);
    if (typeof o.minCount === 'number') out.count = Math.max(out.count, o.minCount);
    return;
  }
  for (const v of Object.values(o)) facilityAsks(v, facility, out);
}

function priced(way: Way, amount: number): { cost: number; months: number } {
  return { cost: way.fixed + way.perUnit * amount, months: way.months };
}

/** The amount a way is priced by, between two values of a metric. */
function amountOf(type: MetricType, from: number, to: number): number {
  const d = Math.abs(to - from);
  return type === 'rate' ? Math.round(d * 10000) / 100 : d;
}

/** What the rubric's criteria ask of each metric and facility, worked out once per rubric. */
interface Asked {
  metrics: Map<string, { c: Criterion; bounds: Bound[]; expects: boolean[] }[]>;
  facilities: Map<string, { area: number; count: number }>;
}
const ASKED = new WeakMap<Rubric, Asked>();
function askedOf(rubric: Rubric): Asked {
  let asked = ASKED.get(rubric);
  if (asked) return asked;
  asked = { metrics: new Map(), facilities: new Map() };
  const criteria = allCriteria(rubric).filter((c) => !c.event);
  for (const c of criteria)
    for (const u of usesOf(c)) {
      if ('metric' in u && !u.per) {
        // A criterion reading a metric twice is asked twice: the same targets, kept once below.
        const list = asked.metrics.get(u.metric) ?? [];
        const found = { bounds: [] as Bound[], expects: [] as boolean[] };
        asks(c, u.metric, found);
        list.push({ c, ...found });
        asked.metrics.set(u.metric, list);
      } else if ('facility' in u) {
        const ask = asked.facilities.get(u.facility) ?? { area: 0, count: 1 };
        facilityAsks(c, u.facility, ask);
        asked.facilities.set(u.facility, ask);
      }
    }
  ASKED.set(rubric, asked);
  return asked;
}

/** Every priced fix open to one community. */
export function candidates(rubric: Rubric, a: Assessment, prices: Prices): FixOption[] {
  const out: FixOption[] = [];
  const asked = askedOf(rubric);
  for (const [metric, ways] of Object.entries(prices.metrics)) {
    const def = rubric.metrics[metric];
    if (!def) continue;
    const v = a.metrics[metric];
    if (v === undefined) continue;
    // Each value to move to, with what a way is priced by: ㎡, people, percentage points, grades
    // (a flag: 0). A flag criterion, or a count's flag item, always names the value it expects.
    const targets = new Map<number | boolean | string, number>();
    for (const { c, ...found } of asked.metrics.get(metric) ?? []) {
      if (def.type === 'flag') {
        for (const e of found.expects) if (v !== e) targets.set(e, 0);
      } else if (def.type === 'grade') {
        const at = GRADES.indexOf(v as never);
        for (let g = 0; g < at; g++) targets.set(GRADES[g]!, at - g);
      } else if (typeof v === 'number') {
        const scale = scaleOf(c, a);
        if (scale === undefined) continue;
        for (const b of found.bounds) {
          const t = meeting(b, v, def.type, scale);
          if (t !== undefined && t !== v && t >= 0 && (def.type !== 'rate' || t <= 1))
            targets.set(t, amountOf(def.type, v, t));
        }
      }
    }
    for (const [to, amount] of targets)
      for (const way of ways) {
        out.push({
          key: `m:${metric}`,
          target: { metric },
          way,
          from: v,
          to,
          unit: def.type,
          amount,
          ...priced(way, amount),
        });
      }
  }
  for (const [facility, ways] of Object.entries(prices.facilities)) {
    const ask = asked.facilities.get(facility);
    if (!ask) continue;
    const have = a.facilities?.[facility];
    const count = have?.count ?? 0;
    const area = have?.area;
    if (count >= ask.count && (area ?? 0) >= ask.area) continue;
    for (const way of ways) {
      if (count < ask.count) {
        // New facilities: priced per facility, and per ㎡ of the area a criterion asks of it.
        const added = ask.count - count;
        const needArea = Math.max(0, ask.area - (area ?? 0));
        out.push({
          key: `f:${facility}`,
          target: { facility },
          way,
          from: count,
          to: ask.count,
          unit: 'count',
          amount: needArea,
          cost: way.fixed * added + way.perUnit * needArea,
          months: way.months,
        });
      } else {
        const from = area ?? 0;
        out.push({
          key: `f:${facility}`,
          target: { facility },
          way,
          from,
          to: ask.area,
          unit: 'area',
          amount: ask.area - from,
          cost: way.perUnit * (ask.area - from),
          months: way.months,
        });
      }
    }
  }
  return out;
}

/** The assessment with the fixes made: each metric moved (and the metrics its way moves too), each facility added or enlarged. */
export function applyFixes(a: Assessment, fixes: readonly FixOption[]): Assessment {
  if (fixes.length === 0) return a;
  const metrics = { ...a.metrics };
  let facilities = a.facilities;
  for (const f of fixes) {
    if ('metric' in f.target) {
      const before = metrics[f.target.metric];
      metrics[f.target.metric] =
        typeof f.to === 'number' && typeof before === 'number' && typeof f.from === 'number'
          ? before + (f.to - f.from)
          : f.to;
      if (typeof f.to === 'number' && typeof f.from === 'number')
        for (const m of f.way.also) {
          const x = metrics[m];
          if (typeof x === 'number') metrics[m] = Math.max(0, x + (f.to - f.from));
        }
    } else {
      facilities = { ...(facilities ?? {}) };
      const have = facilities[f.target.facility];
      if (f.unit === 'count') {
        const area = f.amount > 0 ? (have?.area ?? 0) + f.amount : have?.area;
        facilities[f.target.facility] = { count: f.to as number, ...(area !== undefined ? { area } : {}) };
      } else facilities[f.target.facility] = { count: have?.count ?? 1, area: f.to as number };
    }
  }
  return { ...a, metrics, ...(facilities ? { facilities } : {}) };
}
