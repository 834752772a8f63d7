/**
 * Many communities at once: the ranking (ties share a rank), groups by street or district,
 * and the rubric's quotas per group (met, or short by N communities, with the nearest
 * candidates). Pure: small per-community entries in, data out. Every ordering is total and
 * uses code-unit comparison, so the output never depends on input order or the machine.
 */

import { boundIsMasked, clean, EPS, figureValue, satisfies } from '../kinds/bounds.js';
import type { Entity } from '../model/assessment.js';
import type { InspectionOutcome } from '../model/inspection.js';
import type { RolledUp } from '../model/lower-levels.js';
import type { Bound, Quota, QuotaMeasure, Rubric } from '../model/rubric.js';
import { byCodeUnits } from '../model/text-order.js';
import type { CommunityResult, Status } from './result.js';
import { eventsOf, gapTo } from './tiers.js';

/** What a community lacks for one tier: points, and the fewest criteria to fix (ids). */
export interface TierGap {
  needed: number;
  fixes: string[];
  reachable: boolean;
}

/** One scored community as a batch keeps it: a few hundred bytes, never the document. */
export interface RankEntry {
  file: string;
  rubric: string;
  id: string;
  name: string;
  level: Entity['level'];
  /** A compound's community (compounds are grouped by it as communities by their street). */
  community?: string;
  street?: string;
  district?: string;
  period: string;
  total: number;
  possible: number;
  tier: string | null;
  vetoes: string[];
  unresolvedVetoes: string[];
  /** The criterion that lost the most points, and how many. */
  shortfall?: { criterion: string; lost: number };
  /** For every tier a quota counts that the community did not reach: what it lacks for it. */
  gaps: Record<string, TierGap>;
  /** The criteria a quota counts (大多数 ≥ 300 ㎡) that the community meets, in the rubric's order. */
  met?: string[];
  /** Warnings the file carried (it was still scored). */
  warnings: number;
  /** Options chosen for the metrics a street compares (一社区一品牌), by metric id. */
  choices?: Record<string, string>;
  /** A street's roll-up criteria: each one's verdict and what it was computed from (its compounds or communities). */
  rollUps?: EntryRollUp[];
  /** Inspected (--inspections): total and tier above are the verified ones; this is the rest. */
  inspection?: InspectionOutcome;
}

/** One roll-up criterion of a street's entry: absent `rolledUp`, it was judged without its lower level. */
export interface EntryRollUp {
  criterion: string;
  status: Status;
  earned: number;
  possible: number;
  rolledUp?: RolledUp;
}

export interface RankedRow {
  rank: number;
  entry: RankEntry;
}

export type GroupBy = 'community' | 'street' | 'district';

export interface Group {
  by: GroupBy | 'all';
  /** The street or district name; null when the files do not say. */
  key: string | null;
  count: number;
  mean: number;
  /** Communities per tier id; `none` for no tier. */
  tiers: Record<string, number>;
  /** Ranked within the group. */
  rows: RankedRow[];
}

export type QuotaStatus = 'met' | 'short' | 'over' | 'masked';

export interface Candidate {
  entry: RankEntry;
  gap: TierGap;
}

export interface QuotaResult {
  quota: string;
  /** The tier counted; '' when the quota counts a criterion. */
  tier: string;
  /** Counted instead of a tier: those meeting this criterion. */
  criterion?: string;
  by: Quota['group'];
  key: string | null;
  bound: Bound;
  /** What the bound is of: the share of the group at the tier, or how many are. */
  measure: QuotaMeasure;
  n: number;
  /** Communities at the quota's tier or above. */
  reached: number;
  /** reached / n, a fraction. */
  share: number;
  status: QuotaStatus;
  /** short: the fewest more communities that must reach the tier; over: the fewest fewer. */
  delta?: number;
  /**
   * A share short or over: how far the share reached is from the target, in percentage points
   * (50% wanted, 22.2% reached: 27.8), read beside `delta` ("比目标低27.8个百分点，还需3个社区达标").
   */
  points?: number;
  /** short, and even every community below the tier would not be enough (e.g. "more than 100%"). */
  unreachable?: boolean;
  /** short: the communities below the tier closest to it, nearest first, and every one tied with the last. */
  candidates: Candidate[];
  /** Counted in n as not reaching the tier: files that could not be scored, ids in several files. */
  unscored: number;
  /** Counted in n as not reaching the tier: on the roster, with no file. */
  missing: number;
  /** Communities of the table that name no group of this quota's kind (no street): counted nowhere. */
  unplaced: number;
  /** The verdict may change once the communities in doubt are scored or placed. */
  provisional: boolean;
  /** Who is in doubt, and why (by id). */
  doubts: Doubt[];
  /**
   * A quota over a district (or everyone): each street's part of it, as information for the street,
   * never a verdict (a street's share of a district target is not the target).
   */
  parts?: QuotaPart[];
}

/** One street's part of a wider quota: how many of its communities count, and how many reach the tier. */
export interface QuotaPart {
  key: string | null;
  n: number;
  reached: number;
  share: number;
}

/**
 * A community counted in a quota without a score it can be judged by: its file could not be
 * scored, its id is in several files (none is scored), or it is on the roster with no file.
 */
export interface Doubt {
  id: string;
  name?: string;
  /** unfilled: a row of the fill-in workbook nobody filled in (not submitted, like missing). */
  /** misplaced: sent, but its own rubric or period would take it out of its street's table. */
  reason: 'invalid' | 'duplicate' | 'missing' | 'unfilled' | 'misplaced';
  files: string[];
  /** The group it counts in, per grouping (as groupOf gives them); absent: none. */
  groups: Partial<Record<Quota['group'], string | null>>;
}

/** Highest total first; equal totals share a rank and are then ordered by id (then file). */
export function byScore(a: RankEntry, b: RankEntry): number {
  return b.total - a.total || byCodeUnits(a.id, b.id) || byCodeUnits(a.file, b.file);
}

/** The entries in byScore order (a copy). */
export function inScoreOrder(entries: readonly RankEntry[]): RankEntry[] {
  return [...entries].sort(byScore);
}

/** Standard competition ranking: 1, 2, 2, 4. */
export function rank(entries: readonly RankEntry[]): RankedRow[] {
  return rankInOrder(inScoreOrder(entries));
}

/** rank of entries already in byScore order (inScoreOrder). */
export function rankInOrder(sorted: readonly RankEntry[]): RankedRow[] {
  const rows: RankedRow[] = [];
  sorted.forEach((entry, i) => {
    const prev = rows[i - 1];
    const tied = prev && Math.abs(prev.entry.total - entry.total) <= EPS;
    rows.push({ rank: tied ? prev.rank : i + 1, entry });
  });
  return rows;
}

export function groupKey(e: RankEntry, by: GroupBy | 'all'): string | null {
  if (by === 'all') return null;
  return (by === 'community' ? e.community : by === 'street' ? e.street : e.district) ?? null;
}

/** The group an entry counts in for a grouping: null for 'all', undefined for none (no street given). */
export type GroupOf = (e: RankEntry, by: GroupBy | 'all') => string | null | undefined;

/** Groups in key order (no key last), each ranked within itself. */
function partition(
  entries: readonly RankEntry[],
  by: GroupBy | 'all',
  groupOf: GroupOf = groupKey,
): Map<string | null | undefined, RankEntry[]> {
  const map = new Map<string | null | undefined, RankEntry[]>();
  for (const e of entries) {
    const k = groupOf(e, by);
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    list.push(e);
  }
  return new Map([...map.keys()].sort(byGroupKey).map((k) => [k, map.get(k)!]));
}

/** Names in code-unit order, then no name (null), then none (undefined). */
function byGroupKey(a: string | null | undefined, b: string | null | undefined): number {
  const rank = (k: string | null | undefined) => (k === undefined ? 2 : k === null ? 1 : 0);
  return rank(a) - rank(b) || byCodeUnits(a ?? '', b ?? '');
}

export function groups(entries: readonly RankEntry[], by: GroupBy | 'all', groupOf?: GroupOf): Group[] {
  return [...partition(entries, by, groupOf)].map(([key = null, list]) => {
    const tiers: Record<string, number> = {};
    for (const e of list) tiers[e.tier ?? 'none'] = (tiers[e.tier ?? 'none'] ?? 0) + 1;
    const sum = list.reduce((a, e) => a + e.total, 0);
    return { by, key, count: list.length, mean: clean(sum / list.length), tiers, rows: rank(list) };
  });
}

/** Whether a tier is the given tier or above it (a rubric lists its tiers highest first). */
export function reaches(rubric: Rubric, got: string | null, want: string): boolean {
  return atOrAbove(rubric, want)(got);
}

/** The test of reaches for one wanted tier, with the places looked up once. */
function atOrAbove(rubric: Rubric, want: string): (got: string | null) => boolean {
  const order = tierOrder(rubric);
  const w = order.get(want);
  return (got) => {
    if (got === null || w === undefined) return false;
    const g = order.get(got);
    return g !== undefined && g <= w;
  };
}

/** Each tier's place in the rubric's list (highest first), worked out once per rubric. */
const tierOrders = new WeakMap<Rubric, ReadonlyMap<string, number>>();
function tierOrder(rubric: Rubric): ReadonlyMap<string, number> {
  let order = tierOrders.get(rubric);
  if (!order) tierOrders.set(rubric, (order = new Map(rubric.tiers.map((t, i) => [t.id, i]))));
  return order;
}

const lowerBounded = (b: Bound) => b.op === 'at-least' || b.op === 'more-than' || b.op === 'between';

/**
 * The fewest communities to add to (short) or take from (over) those at the tier so that
 * k / n meets the bound, counted with the same inclusive / exclusive rules as every bound.
 */
export function quotaArithmetic(
  reached: number,
  n: number,
  bound: Bound,
  measure?: QuotaMeasure,
): { status: 'met' | 'short' | 'over'; delta?: number; unreachable?: boolean } {
  // A share (50%的社区, the default) is k / n; a count (每街1-2个, **个) is k itself.
  const of = (k: number) => (measure === 'count' ? k : k / n);
  const ok = (k: number) => satisfies(of(k), bound);
  if (ok(reached)) return { status: 'met' };
  const low = figureValue(bound.value)!;
  const tooFew = lowerBounded(bound) && of(reached) < low + EPS;
  if (tooFew) {
    for (let k = reached + 1; k <= n; k++) if (ok(k)) return { status: 'short', delta: k - reached };
    return { status: 'short', delta: n - reached, unreachable: true };
  }
  for (let k = reached - 1; k >= 0; k--) if (ok(k)) return { status: 'over', delta: reached - k };
  return { status: 'over', delta: reached, unreachable: true };
}

/**
 * How far a share is from a bound it misses, in percentage points, to one decimal: below the
 * lower end (at-least, more-than, between) or above the upper end (at-most, less-than, between).
 */
export function pointsOff(share: number, bound: Bound): number {
  const low = figureValue(bound.value) ?? 0;
  const high = bound.op === 'between' && bound.upper ? (figureValue(bound.upper) ?? low) : low;
  const gap = lowerBounded(bound) && share < low + EPS ? low - share : share - high;
  return Math.round(Math.max(0, gap) * 1000) / 10;
}

/** Nearest first: reachable, fewest points needed, fewest fixes, highest total, then id. */
export function byGap(a: Candidate, b: Candidate): number {
  return gapOrder(a, b) || byScore(a.entry, b.entry);
}

/** byGap without the id: 0 for candidates equally near (tied). */
function gapOrder(a: Candidate, b: Candidate): number {
  return (
    Number(b.gap.reachable) - Number(a.gap.reachable) ||
    a.gap.needed - b.gap.needed ||
    a.gap.fixes.length - b.gap.fixes.length ||
    b.entry.total - a.entry.total
  );
}

const NO_CANDIDATES: Candidate[] = [];
const NO_DOUBTS: Doubt[] = [];

/**
 * The `k` communities below the tier nearest to it, in byGap order, and then every other one
 * tied with the last of them (a cut-off never falls between equals). Found without sorting them
 * all (a street's few candidates among its hundred communities, for every street of a province).
 * A community with no gap to the tier can reach it only by undoing an event of the period (a
 * major fire that happened): it is no candidate.
 */
export function nearest(
  list: readonly RankEntry[],
  tier: string,
  reachesTier: (e: RankEntry) => boolean,
  k: number,
  /** The list is in byScore order (as rank leaves it): candidates equally near keep their places. */
  inScoreOrder = false,
): Candidate[] {
  const below: Candidate[] = [];
  if (k <= 0) return below;
  // Many candidates wanted: sorting them all is as quick.
  if (k * 8 >= list.length) return sortedHead(list, tier, reachesTier, k, inScoreOrder);
  for (const entry of list) {
    const gap = entry.gaps[tier];
    if (!gap || reachesTier(entry)) continue;
    const c = { entry, gap };
    if (below.length === k && byGap(c, below[k - 1]!) >= 0) continue;
    // Insert after every candidate that comes first (or ties), as a stable sort would.
    let at = below.length;
    while (at > 0 && byGap(c, below[at - 1]!) < 0) at--;
    below.splice(at, 0, c);
    if (below.length > k) below.pop();
  }
  if (below.length < k) return below;
  // Those tied with the last one listed, in id order after it.
  const last = below[k - 1]!;
  const tied: Candidate[] = [];
  for (const entry of list) {
    const gap = entry.gaps[tier];
    if (!gap || reachesTier(entry)) continue;
    const c = { entry, gap };
    if (gapOrder(c, last) === 0 && byGap(c, last) > 0) tied.push(c);
  }
  return tied.length ? below.concat(tied.sort(byGap)) : below;
}

/** A candidate with the keys byGap compares, in one object shape (entries come in many). */
interface Keyed {
  c: Candidate;
  unreachable: number;
  needed: number;
  fixes: number;
  total: number;
  id: string;
  file: string;
  /** The place in a list in byScore order. */
  place: number;
}

/** gapOrder on Keyed. */
function keyedGap(a: Keyed, b: Keyed): number {
  return a.unreachable - b.unreachable || a.needed - b.needed || a.fixes - b.fixes || b.total - a.total;
}

/** byGap on Keyed (byScore's total is already gapOrder's last key). */
function keyedOrder(a: Keyed, b: Keyed): number {
  return keyedGap(a, b) || byCodeUnits(a.id, b.id) || byCodeUnits(a.file, b.file);
}

/** keyedOrder on a list in byScore order: after gapOrder, byScore's order is the list's. */
function keyedPlaceOrder(a: Keyed, b: Keyed): number {
  return keyedGap(a, b) || a.place - b.place;
}

/**
 * nearest's answer when many are wanted, by sorting them all: byGap's order and ties, with each
 * candidate's keys read once into one shape. A province's quota short by tens of thousands
 * sorted its candidates through entries of many shapes, each key looked up anew in every
 * comparison. test/rank/engine.test.ts holds it to byGap on random streets.
 */
function sortedHead(
  list: readonly RankEntry[],
  tier: string,
  reachesTier: (e: RankEntry) => boolean,
  k: number,
  inScoreOrder: boolean,
): Candidate[] {
  const keyed: Keyed[] = [];
  for (let place = 0; place < list.length; place++) {
    const entry = list[place]!;
    const gap = entry.gaps[tier];
    if (!gap || reachesTier(entry)) continue;
    keyed.push({
      c: { entry, gap },
      unreachable: gap.reachable ? 0 : 1,
      needed: gap.needed,
      fixes: gap.fixes.length,
      total: entry.total,
      id: entry.id,
      file: entry.file,
      place,
    });
  }
  keyed.sort(inScoreOrder ? keyedPlaceOrder : keyedOrder);
  let end = Math.min(k, keyed.length);
  while (end < keyed.length && keyedGap(keyed[end]!, keyed[k - 1]!) === 0) end++;
  const out: Candidate[] = new Array(end);
  for (let i = 0; i < end; i++) out[i] = keyed[i]!.c;
  return out;
}

export interface QuotaOptions {
  /** How many candidates to list beyond the number short (default 2). */
  extraCandidates?: number;
  /** The group an entry counts in (default: its street or district as written). */
  groupOf?: GroupOf;
  /** Communities counted without a score (each once per group), as not reaching any tier. */
  doubts?: readonly Doubt[];
  /** Files of the table that could not be tied to any community: every verdict is provisional. */
  unattributed?: number;
  /** The entries are in byScore order (inScoreOrder): the candidates are found without comparing ids. */
  inScoreOrder?: boolean;
}

/** Every quota of the rubric, for every group its `group` names, over the rubric's entries. */
export function quotas(
  rubric: Rubric,
  entries: readonly RankEntry[],
  options: QuotaOptions = {},
): QuotaResult[] {
  const mine = entries.filter((e) => e.rubric === rubric.id);
  const extra = options.extraCandidates ?? 2;
  const doubts = options.doubts ?? NO_DOUBTS;
  const out: QuotaResult[] = [];
  // Quotas that count by the same grouping share one partition.
  const partitions = new Map<Quota['group'], Map<string | null | undefined, RankEntry[]>>();
  let streetsIn: ReturnType<typeof streetsOf> | undefined;
  for (const q of rubric.quotas) {
    let parts = partitions.get(q.group);
    if (!parts) partitions.set(q.group, (parts = partition(mine, q.group, options.groupOf)));
    const doubted = new Map<string | null | undefined, Doubt[]>();
    for (const d of doubts) {
      const k = q.group in d.groups ? d.groups[q.group] : undefined;
      let list = doubted.get(k);
      if (!list) doubted.set(k, (list = []));
      list.push(d);
    }
    let unplaced = (parts.get(undefined)?.length ?? 0) + (doubted.get(undefined)?.length ?? 0);
    const keys = [...new Set([...parts.keys(), ...doubted.keys()])].filter((k) => k !== undefined);
    keys.sort(byGroupKey);
    // Nobody names a group: one provisional verdict over them all, never none.
    const nameless = keys.length === 0 && unplaced > 0;
    if (nameless) {
      keys.push(null);
      parts = new Map([[null, parts.get(undefined) ?? []]]);
      doubted.set(null, doubted.get(undefined) ?? []);
      unplaced = 0;
    }
    // Tier places looked up once per quota: a province's entries are counted for every quota.
    const tierReached = atOrAbove(rubric, q.tier);
    const criterion = q.criterion;
    const reachesTier =
      criterion !== undefined
        ? (e: RankEntry) => e.met?.includes(criterion) === true
        : (e: RankEntry) => tierReached(e.tier);
    const masked = boundIsMasked(q.bound) !== undefined;
    // Every key listed has an entry or a doubt (nobody named: some are unplaced), so n ≥ 1.
    for (const key of keys) {
      const list = parts.get(key) ?? [];
      const inDoubt = doubted.get(key) ?? NO_DOUBTS;
      const n = list.length + inDoubt.length;
      let reached = 0;
      for (const e of list) if (reachesTier(e)) reached++;
      let missing = 0;
      for (const d of inDoubt) if (d.reason === 'missing' || d.reason === 'unfilled') missing++;
      // One object of one shape per group and quota (a province has thousands of streets).
      const result: QuotaResult = {
        quota: q.id,
        tier: q.tier,
        ...(criterion !== undefined ? { criterion } : {}),
        by: q.group,
        key,
        bound: q.bound,
        measure: q.measure ?? 'share',
        n,
        reached,
        share: reached / n,
        status: 'masked',
        candidates: NO_CANDIDATES,
        unscored: inDoubt.length - missing,
        missing,
        unplaced,
        provisional: nameless || inDoubt.length > 0 || unplaced > 0 || (options.unattributed ?? 0) > 0,
        doubts: inDoubt,
      };
      if ((q.group === 'district' || q.group === 'all') && rubric.level !== 'street')
        result.parts = streetParts(list, inDoubt, reachesTier, (streetsIn ??= streetsOf(options.groupOf)));
      out.push(result);
      if (masked) continue;
      const a = quotaArithmetic(reached, n, q.bound, q.measure);
      result.status = a.status;
      if (a.delta !== undefined) result.delta = a.delta;
      if (a.status !== 'met' && q.measure !== 'count') result.points = pointsOff(reached / n, q.bound);
      if (a.unreachable) result.unreachable = true;
      // A criterion's quota names no candidates: a tier's gap says what a community lacks, a
      // criterion's shortfall is the community's own page.
      if (a.status === 'short' && criterion === undefined)
        result.candidates = nearest(list, q.tier, reachesTier, (a.delta ?? 0) + extra, options.inScoreOrder);
    }
  }
  return out;
}

/**
 * Each street's part of a district-wide quota, in street order (no street last): communities
 * counted (those in doubt too, as not reaching) and those reaching the tier.
 */
function streetParts(
  list: readonly RankEntry[],
  inDoubt: readonly Doubt[],
  reachesTier: (e: RankEntry) => boolean,
  streetsIn: (list: readonly RankEntry[]) => readonly (string | null | undefined)[],
): QuotaPart[] {
  const by = new Map<string | null, { n: number; reached: number }>();
  const add = (k: string | null | undefined, reached: boolean) => {
    const key = k ?? null;
    let p = by.get(key);
    if (!p) by.set(key, (p = { n: 0, reached: 0 }));
    p.n++;
    if (reached) p.reached++;
  };
  const streets = streetsIn(list);
  for (let i = 0; i < list.length; i++) add(streets[i], reachesTier(list[i]!));
  for (const d of inDoubt) add(d.groups.street, false);
  // Each part was made for a community or a doubt: n ≥ 1.
  return [...by.keys()].sort(byGroupKey).map((key) => {
    const p = by.get(key)!;
    return { key, n: p.n, reached: p.reached, share: p.reached / p.n };
  });
}

/**
 * The streets of a group's entries, in the list's order, as groupOf gives them: asked once per
 * list however many district quotas list the streets' parts (a province's district of 80,000
 * communities, for each such quota). Quotas by one grouping share their lists (partition).
 */
function streetsOf(
  groupOf: GroupOf = groupKey,
): (list: readonly RankEntry[]) => readonly (string | null | undefined)[] {
  const known = new Map<readonly RankEntry[], (string | null | undefined)[]>();
  return (list) => {
    let streets = known.get(list);
    if (!streets) known.set(list, (streets = list.map((e) => groupOf(e, 'street'))));
    return streets;
  };
}

/** The tiers a rubric's quotas count, worked out once per rubric (not once per community). */
const quotaTiersByRubric = new WeakMap<Rubric, ReadonlySet<string>>();
function quotaTiers(rubric: Rubric): ReadonlySet<string> {
  let tiers = quotaTiersByRubric.get(rubric);
  if (!tiers) quotaTiersByRubric.set(rubric, (tiers = new Set(rubric.quotas.map((q) => q.tier))));
  return tiers;
}

/** The criteria a rubric's quotas count (none for most), worked out once per rubric. */
const quotaCriteriaByRubric = new WeakMap<Rubric, ReadonlySet<string>>();
function quotaCriteria(rubric: Rubric): ReadonlySet<string> {
  let set = quotaCriteriaByRubric.get(rubric);
  if (!set)
    quotaCriteriaByRubric.set(
      rubric,
      (set = new Set(rubric.quotas.flatMap((q) => (q.criterion !== undefined ? [q.criterion] : [])))),
    );
  return set;
}

/** The batch's small record of one scored community, with its gap to the quota tiers it did not reach. */
export function toRankEntry(rubric: Rubric, r: CommunityResult, file: string, warnings = 0): RankEntry {
  const gaps: Record<string, TierGap> = {};
  const counted = quotaTiers(rubric);
  // Vetoed for 虚报 (the rubric's overstatement veto): no fix this period makes it a candidate.
  for (const t of r.inspection?.veto ? [] : rubric.tiers) {
    if (!counted.has(t.id) || reaches(rubric, r.tier, t.id)) continue;
    // The gap to the next tier was worked out by score() from the same result: not again.
    const g = r.nextTier?.tier === t.id ? r.nextTier : gapTo(r, t, eventsOf(rubric), rubric);
    // Only by undoing an event (a major fire that happened): no candidate for this tier.
    // Or only with another earlier award: the past is no candidate either.
    if (g.events || g.values) continue;
    gaps[t.id] = { needed: g.needed, fixes: g.fixes.map((f) => f.criterion), reachable: g.reachable };
  }
  let met: string[] | undefined;
  const countedCriteria = quotaCriteria(rubric);
  let worst: RankEntry['shortfall'];
  for (const s of r.sections) {
    if (countedCriteria.size)
      for (const c of s.criteria)
        if (c.status === 'met' && countedCriteria.has(c.id)) (met ??= []).push(c.id);
    const raw = s.criteria.reduce((a, c) => a + c.possible, 0);
    for (const c of s.criteria) {
      // Points lost to the total, after the section's weight.
      const missing = c.possible - c.earned;
      const lost = clean(s.weight === undefined ? missing : raw > 0 ? (missing / raw) * s.weight : 0);
      if (lost > EPS && (!worst || lost > worst.lost)) {
        worst = { criterion: c.id, lost };
      }
    }
  }
  const e = r.entity;
  // Every key, in the order the JSON report lists them, an absent part undefined (JSON leaves it
  // out): one shape for every entry (entry-wire.ts makes the same). The report reads a hundred
  // thousand entries over and over (placement, names, quotas, the table); entries of a shape per
  // combination of parts made each of those reads a slow one.
  return {
    file,
    rubric: r.rubric,
    id: e.id,
    name: e.name,
    level: e.level,
    community: e.community,
    street: e.street,
    district: e.district,
    period: r.period,
    total: r.total,
    possible: r.possible,
    tier: r.tier,
    vetoes: r.vetoes,
    unresolvedVetoes: r.unresolvedVetoes,
    shortfall: worst,
    gaps,
    met,
    warnings,
    choices: r.choices,
    // A street's roll-ups and an inspected community's outcome: few entries have them, and only
    // entries made here (entry-wire.ts sends those as they are), so they are added when present.
    ...withRare(rollUpsOf(r), r.inspection),
  };
}

function withRare(
  rollUps: RankEntry['rollUps'],
  inspection: RankEntry['inspection'],
): Pick<RankEntry, 'rollUps' | 'inspection'> {
  if (!rollUps && !inspection) return NO_RARE;
  return { ...(rollUps ? { rollUps } : {}), ...(inspection ? { inspection } : {}) };
}
const NO_RARE = {};

/** The roll-up criteria of a result, for its entry (none for most rubrics: nothing is added). */
function rollUpsOf(r: CommunityResult): EntryRollUp[] | undefined {
  let out: EntryRollUp[] | undefined;
  for (const s of r.sections)
    for (const c of s.criteria)
      if (c.kind === 'roll-up')
        (out ??= []).push({
          criterion: c.id,
          status: c.status,
          earned: c.earned,
          possible: c.possible,
          ...(c.rolledUp ? { rolledUp: c.rolledUp } : {}),
        });
  return out;
}
