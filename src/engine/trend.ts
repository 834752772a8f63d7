/**
 * Scores over time: per community the score and tier of each period, the change, the tier moves
 * and the criteria whose status changed; per group the share reaching each tier by period; and
 * the weighted composite of a cycle of years (15% / 25% / 60% in the national civilized-city
 * assessment). Pure: full results in, data out. A year missing from a community's files, or a
 * file that could not be scored, gives no composite and says why: never a silent zero.
 */

import { clean, EPS } from '../kinds/bounds.js';
import type { Entity } from '../model/assessment.js';
import { idKey } from '../model/assessment-schema.js';
import { foldGroupName } from '../model/group-name.js';
import type { Rubric } from '../model/rubric.js';
import { byCodeUnits } from '../model/text-order.js';
import type { GroupBy } from './rank.js';
import type { CommunityResult, Status } from './result.js';

/** One community's file of one period, as the trend keeps it. */
export interface TrendInput {
  file: string;
  entity: Entity;
  period: string;
  /** Undefined when the file could not be scored: the period is there, the score is not. */
  result?: CommunityResult;
}

export interface TrendPoint {
  period: string;
  file: string;
  /** Null: the file of this period could not be scored. */
  total: number | null;
  possible: number | null;
  tier: string | null;
  /** The self-reported total, when inspections changed or confirmed this period's figures. */
  self?: number;
}

export interface TierMove {
  from: string;
  to: string;
  fromTier: string | null;
  toTier: string | null;
  direction: 'up' | 'down';
  /** A fall to no tier caused by these veto items (一票否决). */
  vetoes?: string[];
}

export interface StatusChange {
  criterion: string;
  from: string;
  to: string;
  before: Status;
  after: Status;
}

/**
 * A name a community keeps across years (its brand, 一社区一品牌): what each scored period gave, and
 * the periods where it became another name (compared after folding, as `rank` compares brands).
 */
export interface ChoiceHistory {
  metric: string;
  values: { period: string; value: string | null }[];
  /** Periods whose name is not the one before (a renamed brand); none: kept throughout. */
  changedIn: string[];
}

export interface Composite {
  /** The weighted score, each year's score taken out of 100. */
  value: number;
  tier: string | null;
}

export interface CommunityTrend {
  id: string;
  name: string;
  street?: string;
  district?: string;
  points: TrendPoint[];
  /**
   * Last scored total minus first scored total; null with fewer than two scored periods, or when
   * the community's latest file was not scored (a change up to an earlier year would read as now).
   */
  change: number | null;
  moves: TierMove[];
  changes: StatusChange[];
  /** The names compared across the district (a brand), period by period, when the rubric has any. */
  histories?: ChoiceHistory[];
  composite?: Composite;
  /** Why there is no composite: the cycle's years with no file, or whose file was not scored. */
  compositeMissing?: { missing: string[]; unscored: string[] };
}

export interface GroupPeriod {
  period: string;
  /** Communities of the group with a file for the period (scored or not). */
  n: number;
  /** Communities at each tier or above, by tier id. */
  reached: Record<string, number>;
  unscored: number;
  /** With a roster: the group's listed communities with no file for the period (counted in n). */
  missing?: number;
}

export interface GroupTrend {
  key: string | null;
  periods: GroupPeriod[];
}

export interface CycleSpec {
  /** Weights as fractions, oldest year first; they sum to 1. */
  weights: number[];
  /** Composite tiers, highest first (from the rubric's cycle), if any. */
  tiers: { id: string; minScore: number }[];
}

export interface RankedComposite {
  rank: number;
  community: CommunityTrend;
}

export interface Trend {
  periods: string[];
  /** The cycle's years (the last `weights.length` periods), when a cycle applies. */
  cycleYears?: string[];
  /**
   * A cycle of more years than the periods there are: no composite (weights of years that are
   * not there never make one), and how many years it takes.
   */
  cycleShort?: { years: number };
  /**
   * Periods with files from fewer than half of the table's communities: shown, but never a year of
   * the cycle, so one community's lone file (a `2007` nobody else has) cannot take every other
   * community's composite away. Each with how many communities sent a file for it, and of how many.
   */
  thinYears?: { period: string; communities: number; of: number }[];
  communities: CommunityTrend[];
  groups: GroupTrend[];
  composite?: RankedComposite[];
}

/** Periods sort as years do ("2005", "2005-H1", "2006"). */
const byPeriod = (a: string, b: string) => byCodeUnits(a, b);

/** The group an entity counts in, by a grouping (the pipeline folds names and asks the roster). */
export type TrendGroupOf = (entity: Entity, by: GroupBy) => string | null | undefined;

export interface TrendOptions {
  groupBy?: GroupBy;
  cycle?: CycleSpec;
  /** Default: the name as the file writes it. */
  groupOf?: TrendGroupOf;
  /**
   * A roster's communities: only they count in the shares, and each counts in every period,
   * with a file or without one (as not reaching any tier).
   */
  members?: readonly Entity[];
}

export function trend(rubric: Rubric, inputs: readonly TrendInput[], options: TrendOptions = {}): Trend {
  const periods = [...new Set(inputs.map((i) => i.period))].sort(byPeriod);
  // One series per community however a year's file writes the id's letter case (idKey).
  const byCommunity = new Map<string, TrendInput[]>();
  for (const i of inputs) {
    const key = idKey(i.entity.id);
    const list = byCommunity.get(key);
    if (list) list.push(i);
    else byCommunity.set(key, [i]);
  }
  // A cycle needs a period for each of its weights: 2005 and 2006 for a three-year cycle would
  // weigh 2005 15% and 2006 25%, a composite of 40 for a community at 100 every year.
  const years = options.cycle?.weights.length ?? 0;
  const thin = options.cycle ? thinPeriods(inputs, periods, byCommunity.size, options.members) : [];
  const cyclePeriods = thin.length ? periods.filter((p) => !thin.some((t) => t.period === p)) : periods;
  const cycleYears = options.cycle && cyclePeriods.length >= years ? cyclePeriods.slice(-years) : undefined;
  const tierPlace = new Map(rubric.tiers.map((t, i) => [t.id, i]));
  const compared = Object.values(rubric.metrics)
    .filter((m) => m.distinctWithin)
    .map((m) => ({ metric: m.id, text: m.type === 'text' }));
  const communities = [...byCommunity.keys()].sort(byCodeUnits).map((id) => {
    const list = byCommunity
      .get(id)!
      .sort((a, b) => byPeriod(a.period, b.period) || byCodeUnits(a.file, b.file));
    return communityTrend(
      list,
      tierPlace,
      options.cycle && cycleYears ? { ...options.cycle, years: cycleYears } : undefined,
      compared,
    );
  });
  const result: Trend = {
    periods,
    communities,
    groups: groupTrends(rubric, inputs, periods, options),
  };
  if (thin.length) result.thinYears = thin;
  if (cycleYears && options.cycle) {
    result.cycleYears = cycleYears;
    result.composite = rankComposite(communities);
  } else if (options.cycle) result.cycleShort = { years };
  return result;
}

/**
 * The periods with files from fewer than half of the table's communities (those with a file in
 * any period, and a roster's members): a year of the cycle needs at least half of them.
 */
function thinPeriods(
  inputs: readonly TrendInput[],
  periods: readonly string[],
  communities: number,
  members: readonly Entity[] | undefined,
): { period: string; communities: number; of: number }[] {
  const ids = new Map<string, Set<string>>();
  for (const i of inputs) {
    let set = ids.get(i.period);
    if (!set) ids.set(i.period, (set = new Set()));
    set.add(idKey(i.entity.id));
  }
  const of = Math.max(communities, members?.length ?? 0);
  const out: { period: string; communities: number; of: number }[] = [];
  for (const period of periods) {
    const n = ids.get(period)?.size ?? 0;
    if (2 * n < of) out.push({ period, communities: n, of });
  }
  return out;
}

/** Each compared name's value by scored period, and where it changed (after folding, for text). */
function choiceHistories(scored: readonly TrendInput[], compared: readonly Compared[]): ChoiceHistory[] {
  const out: ChoiceHistory[] = [];
  for (const { metric, text } of compared) {
    const values = scored.map((i) => ({ period: i.period, value: i.result!.choices?.[metric] ?? null }));
    if (values.every((v) => v.value === null)) continue;
    const key = (v: string | null) => (v === null ? null : text ? foldGroupName(v) : v);
    const changedIn: string[] = [];
    for (let k = 1; k < values.length; k++)
      if (key(values[k]!.value) !== key(values[k - 1]!.value)) changedIn.push(values[k]!.period);
    out.push({ metric, values, changedIn });
  }
  return out;
}

/** The metrics a rubric compares across a street or district (its brand), and whether each is free text. */
interface Compared {
  metric: string;
  text: boolean;
}

function communityTrend(
  list: TrendInput[],
  tierPlace: ReadonlyMap<string, number>,
  cycle: (CycleSpec & { years: string[] }) | undefined,
  compared: readonly Compared[] = [],
): CommunityTrend {
  const latest = list[list.length - 1]!.entity;
  const points: TrendPoint[] = list.map((i) => ({
    period: i.period,
    file: i.file,
    total: i.result ? i.result.total : null,
    possible: i.result ? i.result.possible : null,
    tier: i.result?.tier ?? null,
    ...(i.result?.inspection ? { self: i.result.inspection.self.total } : {}),
  }));
  const scored = list.filter((i) => i.result);
  const latestScored = Boolean(list[list.length - 1]!.result);
  const change =
    scored.length >= 2 && latestScored
      ? clean(scored[scored.length - 1]!.result!.total - scored[0]!.result!.total)
      : null;
  const moves: TierMove[] = [];
  const changes: StatusChange[] = [];
  for (let k = 1; k < scored.length; k++) {
    const a = scored[k - 1]!;
    const b = scored[k]!;
    const ra = a.result!;
    const rb = b.result!;
    if (ra.tier !== rb.tier) {
      const place = (t: string | null) =>
        t === null ? Number.POSITIVE_INFINITY : (tierPlace.get(t) ?? Number.POSITIVE_INFINITY);
      const direction = place(rb.tier) < place(ra.tier) ? 'up' : 'down';
      // A fall caused by a veto says so (新型现代化社区→未定级（一票否决）).
      const vetoes = direction === 'down' && rb.tier === null ? rb.vetoes : [];
      moves.push({
        from: a.period,
        to: b.period,
        fromTier: ra.tier,
        toTier: rb.tier,
        direction,
        ...(vetoes.length ? { vetoes: [...vetoes] } : {}),
      });
    }
    const before = new Map(ra.sections.flatMap((s) => s.criteria.map((c) => [c.id, c.status] as const)));
    for (const s of rb.sections)
      for (const c of s.criteria) {
        const was = before.get(c.id);
        if (was !== undefined && was !== c.status)
          changes.push({ criterion: c.id, from: a.period, to: b.period, before: was, after: c.status });
      }
  }
  const out: CommunityTrend = {
    id: latest.id,
    name: latest.name,
    ...(latest.street !== undefined ? { street: latest.street } : {}),
    ...(latest.district !== undefined ? { district: latest.district } : {}),
    points,
    change,
    moves,
    changes,
  };
  const histories = choiceHistories(scored, compared);
  if (histories.length) out.histories = histories;
  if (cycle) {
    const missing = cycle.years.filter((y) => !list.some((i) => i.period === y));
    const unscored = cycle.years.filter(
      (y) => list.some((i) => i.period === y) && !list.some((i) => i.period === y && i.result),
    );
    if (missing.length || unscored.length) out.compositeMissing = { missing, unscored };
    else {
      let value = 0;
      cycle.years.forEach((y, k) => {
        const r = list.find((i) => i.period === y && i.result)!.result!;
        value += cycle.weights[k]! * (r.possible > 0 ? (100 * r.total) / r.possible : 0);
      });
      value = clean(value);
      const tier = cycle.tiers.find((t) => value >= t.minScore - EPS)?.id ?? null;
      out.composite = { value, tier };
    }
  }
  return out;
}

/** Composites ranked like scores: highest first, equal values share a rank (1, 2, 2, 4), then by id. */
export function rankComposite(communities: readonly CommunityTrend[]): RankedComposite[] {
  const withValue = communities.filter((c) => c.composite);
  withValue.sort((a, b) => b.composite!.value - a.composite!.value || byCodeUnits(a.id, b.id));
  const out: RankedComposite[] = [];
  withValue.forEach((c, i) => {
    const prev = out[i - 1];
    const tied = prev && Math.abs(prev.community.composite!.value - c.composite!.value) <= EPS;
    out.push({ rank: tied ? prev.rank : i + 1, community: c });
  });
  return out;
}

const asWritten: TrendGroupOf = (e, by) =>
  by === 'community' ? e.community : by === 'street' ? e.street : e.district;

function groupTrends(
  rubric: Rubric,
  inputs: readonly TrendInput[],
  periods: readonly string[],
  options: TrendOptions,
): GroupTrend[] {
  const by = options.groupBy;
  const groupOf = options.groupOf ?? asWritten;
  const key = (e: Entity) => (by ? (groupOf(e, by) ?? null) : null);
  const members = options.members;
  const listed = members && new Set(members.map((m) => idKey(m.id)));
  const counted = listed ? inputs.filter((i) => listed.has(idKey(i.entity.id))) : inputs;
  const keys = [...new Set([...counted.map((i) => key(i.entity)), ...(members ?? []).map(key)])].sort(
    (a, b) => (a === null ? 1 : b === null ? -1 : byCodeUnits(a, b)),
  );
  const place = new Map(rubric.tiers.map((t, i) => [t.id, i]));
  return keys.map((k) => ({
    key: k,
    periods: periods.map((period) => {
      const here = counted.filter((i) => i.period === period && key(i.entity) === k);
      const reached: Record<string, number> = {};
      for (const t of rubric.tiers) {
        const want = place.get(t.id)!;
        reached[t.id] = here.filter((i) => {
          const got = i.result?.tier;
          return got != null && (place.get(got) ?? Number.POSITIVE_INFINITY) <= want;
        }).length;
      }
      const unscored = here.filter((i) => !i.result).length;
      if (!members) return { period, n: here.length, reached, unscored };
      const sent = new Set(here.map((i) => idKey(i.entity.id)));
      const missing = members.filter((m) => key(m) === k && !sent.has(idKey(m.id))).length;
      return { period, n: here.length + missing, reached, unscored, missing };
    }),
  }));
}

/** Weights as written ("15%", 15, 0.15) to fractions; they must sum to 100%. */
export function normalizeWeights(raw: readonly number[]): { weights: number[]; sum: number } {
  const asPercent = raw.some((w) => w > 1);
  const weights = raw.map((w) => (asPercent ? w / 100 : w));
  return { weights, sum: clean(weights.reduce((a, b) => a + b, 0)) };
}
