/**
 * Many communities at once: the ranking (ties share a rank), groups by street or district,
 * and the rubric's quotas per group (met, or short by N communities, with the nearest
 * candidates). Pure: small per-community entries in, data out. Every ordering is total and
 * uses code-unit comparison, so the output never depends on input order or the machine.
 */
import type { Entity } from '../model/assessment.js';
import type { Bound, Quota, Rubric } from '../model/rubric.js';
import { byCodeUnits } from '../model/text-order.js';
import { boundIsMasked, clean, EPS, figureValue, satisfies } from './bounds.js';
import type { CommunityResult } from './result.js';
import { gapTo } from './tiers.js';

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
  /** Warnings the file carried (it was still scored). */
  warnings: number;
}

export interface RankedRow {
  rank: number;
  entry: RankEntry;
}

export type GroupBy = 'street' | 'district';

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
  tier: string;
  by: Quota['group'];
  key: string | null;
  bound: Bound;
  n: number;
  /** Communities at the quota's tier or above. */
  reached: number;
  /** reached / n, a fraction. */
  share: number;
  status: QuotaStatus;
  /** short: the fewest more communities that must reach the tier; over: the fewest fewer. */
  delta?: number;
  /** short, and even every community below the tier would not be enough (e.g. "more than 100%"). */
  unreachable?: boolean;
  /** short: the communities below the tier closest to it, nearest first. */
  candidates: Candidate[];
}

/** Highest total first; equal totals share a rank and are then ordered by id (then file). */
export function byScore(a: RankEntry, b: RankEntry): number {
  return b.total - a.total || byCodeUnits(a.id, b.id) || byCodeUnits(a.file, b.file);
}

/** Standard competition ranking: 1, 2, 2, 4. */
export function rank(entries: readonly RankEntry[]): RankedRow[] {
  const sorted = [...entries].sort(byScore);
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
  return (by === 'street' ? e.street : e.district) ?? null;
}

/** Groups in key order (no key last), each ranked within itself. */
function partition(entries: readonly RankEntry[], by: GroupBy | 'all'): Map<string | null, RankEntry[]> {
  const map = new Map<string | null, RankEntry[]>();
  for (const e of entries) {
    const k = groupKey(e, by);
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    list.push(e);
  }
  const keys = [...map.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : byCodeUnits(a, b)));
  return new Map(keys.map((k) => [k, map.get(k)!]));
}

export function groups(entries: readonly RankEntry[], by: GroupBy | 'all'): Group[] {
  return [...partition(entries, by)].map(([key, list]) => {
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
): { status: 'met' | 'short' | 'over'; delta?: number; unreachable?: boolean } {
  const ok = (k: number) => satisfies(k / n, bound);
  if (ok(reached)) return { status: 'met' };
  const low = figureValue(bound.value)!;
  const tooFew = lowerBounded(bound) && reached / n < low + EPS;
  if (tooFew) {
    for (let k = reached + 1; k <= n; k++) if (ok(k)) return { status: 'short', delta: k - reached };
    return { status: 'short', delta: n - reached, unreachable: true };
  }
  for (let k = reached - 1; k >= 0; k--) if (ok(k)) return { status: 'over', delta: reached - k };
  return { status: 'over', delta: reached, unreachable: true };
}

/** Nearest first: reachable, fewest points needed, fewest fixes, highest total, then id. */
export function byGap(a: Candidate, b: Candidate): number {
  return (
    Number(b.gap.reachable) - Number(a.gap.reachable) ||
    a.gap.needed - b.gap.needed ||
    a.gap.fixes.length - b.gap.fixes.length ||
    byScore(a.entry, b.entry)
  );
}

const NO_GAP: TierGap = { needed: 0, fixes: [], reachable: false };
const NO_CANDIDATES: Candidate[] = [];

/**
 * The `k` communities below the tier nearest to it, in byGap order: the first k of all of them
 * sorted, found without sorting them all (a street's few candidates among its hundred
 * communities, for every street of a province). byGap is a total order (it ends with the file),
 * so this is exactly the sorted list's head.
 */
function nearest(
  list: readonly RankEntry[],
  tier: string,
  reachesTier: (e: RankEntry) => boolean,
  k: number,
): Candidate[] {
  const below: Candidate[] = [];
  if (k <= 0) return below;
  // Many candidates wanted: sorting them all is as quick.
  if (k * 8 >= list.length) {
    for (const entry of list) if (!reachesTier(entry)) below.push({ entry, gap: entry.gaps[tier] ?? NO_GAP });
    return below.sort(byGap).slice(0, k);
  }
  for (const entry of list) {
    if (reachesTier(entry)) continue;
    const c = { entry, gap: entry.gaps[tier] ?? NO_GAP };
    if (below.length === k && byGap(c, below[k - 1]!) >= 0) continue;
    // Insert after every candidate that comes first (or ties), as a stable sort would.
    let at = below.length;
    while (at > 0 && byGap(c, below[at - 1]!) < 0) at--;
    below.splice(at, 0, c);
    if (below.length > k) below.pop();
  }
  return below;
}

export interface QuotaOptions {
  /** How many candidates to list beyond the number short (default 2). */
  extraCandidates?: number;
}

/** Every quota of the rubric, for every group its `group` names, over the rubric's entries. */
export function quotas(
  rubric: Rubric,
  entries: readonly RankEntry[],
  options: QuotaOptions = {},
): QuotaResult[] {
  const mine = entries.filter((e) => e.rubric === rubric.id);
  const extra = options.extraCandidates ?? 2;
  const out: QuotaResult[] = [];
  // Quotas that count by the same grouping share one partition.
  const partitions = new Map<Quota['group'], Map<string | null, RankEntry[]>>();
  for (const q of rubric.quotas) {
    let parts = partitions.get(q.group);
    if (!parts) partitions.set(q.group, (parts = partition(mine, q.group)));
    // Tier places looked up once per quota: a province's entries are counted for every quota.
    const tierReached = atOrAbove(rubric, q.tier);
    const reachesTier = (e: RankEntry) => tierReached(e.tier);
    const masked = boundIsMasked(q.bound) !== undefined;
    for (const [key, list] of parts) {
      const n = list.length;
      let reached = 0;
      for (const e of list) if (reachesTier(e)) reached++;
      // One object of one shape per group and quota (a province has thousands of streets).
      const result: QuotaResult = {
        quota: q.id,
        tier: q.tier,
        by: q.group,
        key,
        bound: q.bound,
        n,
        reached,
        share: reached / n,
        status: 'masked',
        candidates: NO_CANDIDATES,
      };
      out.push(result);
      if (masked) continue;
      const a = quotaArithmetic(reached, n, q.bound);
      result.status = a.status;
      if (a.delta !== undefined) result.delta = a.delta;
      if (a.unreachable) result.unreachable = true;
      if (a.status === 'short')
        result.candidates = nearest(list, q.tier, reachesTier, (a.delta ?? 0) + extra);
    }
  }
  return out;
}

/** The tiers a rubric's quotas count, worked out once per rubric (not once per community). */
const quotaTiersByRubric = new WeakMap<Rubric, ReadonlySet<string>>();
function quotaTiers(rubric: Rubric): ReadonlySet<string> {
  let tiers = quotaTiersByRubric.get(rubric);
  if (!tiers) quotaTiersByRubric.set(rubric, (tiers = new Set(rubric.quotas.map((q) => q.tier))));
  return tiers;
}

/** The batch's small record of one scored community, with its gap to the quota tiers it did not reach. */
export function toRankEntry(rubric: Rubric, r: CommunityResult, file: string, warnings = 0): RankEntry {
  const gaps: Record<string, TierGap> = {};
  const counted = quotaTiers(rubric);
  for (const t of rubric.tiers) {
    if (!counted.has(t.id) || reaches(rubric, r.tier, t.id)) continue;
    const g = gapTo(r, t);
    gaps[t.id] = { needed: g.needed, fixes: g.fixes.map((f) => f.criterion), reachable: g.reachable };
  }
  let worst: RankEntry['shortfall'];
  for (const s of r.sections) {
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
  return {
    file,
    rubric: r.rubric,
    id: e.id,
    name: e.name,
    level: e.level,
    ...(e.street !== undefined ? { street: e.street } : {}),
    ...(e.district !== undefined ? { district: e.district } : {}),
    period: r.period,
    total: r.total,
    possible: r.possible,
    tier: r.tier,
    vetoes: r.vetoes,
    unresolvedVetoes: r.unresolvedVetoes,
    ...(worst ? { shortfall: worst } : {}),
    gaps,
    warnings,
  };
}
