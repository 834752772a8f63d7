/**
 * One community's cheapest ways to each tier, found by scoring through the engine, never by
 * estimating. The fixes fall into independent parts: two fixes are in one part when a criterion
 * reads both (the area ratio reads area and households) or one way moves both (more service rooms
 * raise both areas). A part's combinations are each scored in full; since a rubric's total is a
 * sum over criteria (a weighted section is a fixed multiple of its criteria's points), a part's
 * change of total and of its criteria's statuses do not depend on the other parts. The parts are
 * then joined by a multiple-choice knapsack over a Pareto frontier (points up, money down,
 * optionally months down, and which shared fixes are used): exact over the candidate fixes.
 */

import { EPS } from '../../kinds/bounds.js';
import { usesOf } from '../../kinds/registry.js';
import type { Assessment } from '../../model/assessment.js';
import { evidenceSatisfies } from '../../model/evidence.js';
import { allCriteria, type Criterion, type Rubric } from '../../model/rubric.js';
import { grantsFor } from '../exemptions.js';
import { adjustResult, type InspectionPenalty } from '../inspect.js';
import type { CommunityResult } from '../result.js';
import { type ScoreOptions, score, scoreCriteria } from '../score.js';
import { eventsOf, requiredFor, unmetValuesFor } from '../tiers.js';
import { applyFixes, type FixOption } from './candidates.js';

/** Why a community cannot reach a tier at any price. */
export interface Blocker {
  reason: 'event' | 'unpriced' | 'no-data' | 'evidence' | 'history' | 'veto' | 'points' | 'overstated';
  /** A criterion (or, for history, a metric). */
  id: string;
}

export interface Package {
  /** The tier the package reaches (at least). */
  tier: string;
  cost: number;
  months: number;
  fixes: FixOption[];
  /** Keys of shared fixes it uses (each paid once per station, not here). */
  shared: string[];
}

export interface CommunityOptions {
  /** The tier it reaches as it is (its full result is not kept: a district's would fill memory). */
  tier: string | null;
  /** By tier id: the Pareto-best packages reaching at least that tier (cheapest first). */
  packages: Record<string, Package[]>;
  /** By tier id: what makes the tier unreachable at any price. */
  blocked: Record<string, Blocker[]>;
}

export interface CommunityInput {
  rubric: Rubric;
  assessment: Assessment;
  options: readonly FixOption[];
  score: ScoreOptions;
  /** Keep months as a dimension of the frontier (a months limit applies). */
  months?: boolean;
  /**
   * Inspected (--inspections): the assessment holds the inspected values, and this is what the
   * inspections take off whatever is fixed (points deducted; a 虚报 veto, which no fix lifts).
   */
  penalty?: InspectionPenalty;
}

interface Combo {
  fixes: FixOption[];
  cost: number;
  months: number;
  delta: number;
  shared: string;
  /** Tiers whose conditions inside the part hold: bit i for the rubric's tier i. */
  ok: number;
}

const OK: ReadonlySet<string | undefined> = new Set(['met', 'exempt']);

/** What the planner works out once per rubric, and what it remembers for it. */
interface Facts {
  criteria: Criterion[];
  byId: Map<string, Criterion>;
  /** What each criterion reads (as `m:`/`f:` nodes), by id, in the rubric's order. */
  reads: Map<string, string[]>;
  vetoIds: Set<string>;
  /** Each tier's requirements (with nested tiers, the lower tiers' too). */
  required: { id: string; requires: readonly string[] }[];
  /** Parts scored, by partKey (see there). */
  scored: Map<string, { delta: number; ok: number }[]>;
}
const FACTS = new WeakMap<Rubric, Facts>();
function factsOf(rubric: Rubric): Facts {
  let facts = FACTS.get(rubric);
  if (!facts) {
    const criteria = allCriteria(rubric);
    facts = {
      criteria,
      byId: new Map(criteria.map((c) => [c.id, c])),
      reads: new Map(
        criteria.map((c) => [
          c.id,
          usesOf(c).map((u) => ('metric' in u ? `m:${u.metric}` : `f:${u.facility}`)),
        ]),
      ),
      vetoIds: new Set(criteria.filter((c) => c.veto).map((c) => c.id)),
      required: rubric.tiers.map((t) => ({ id: t.id, requires: requiredFor(rubric, t) })),
      scored: new Map(),
    };
    FACTS.set(rubric, facts);
  }
  return facts;
}

/** Groups of keys that must be decided together (union-find over what criteria read and ways move). */
function parts(rubric: Rubric, options: readonly FixOption[]): { keys: string[][]; touched: Set<string>[] } {
  // A node's parent, up to its part's root (a root has none). A few dozen nodes: no path compression.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x);
    return p === undefined ? x : find(p);
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  const { reads } = factsOf(rubric);
  for (const n of reads.values()) for (const x of n) union(n[0]!, x);
  for (const o of options) for (const m of o.way.also) union(o.key, `m:${m}`);
  const byRoot = new Map<string, Set<string>>();
  for (const o of options) {
    const r = find(o.key);
    byRoot.set(r, (byRoot.get(r) ?? new Set()).add(o.key));
  }
  const touchedByRoot = new Map<string, Set<string>>();
  for (const r of byRoot.keys()) touchedByRoot.set(r, new Set());
  for (const [id, nodes] of reads)
    for (const n of nodes) {
      const t = touchedByRoot.get(find(n));
      if (t) t.add(id);
    }
  return {
    keys: [...byRoot.values()].map((k) => [...k]),
    touched: [...byRoot.keys()].map((r) => touchedByRoot.get(r)!),
  };
}

/** The statuses of a result's criteria, by id. */
function statuses(r: CommunityResult): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of r.sections) for (const c of s.criteria) m.set(c.id, c.status);
  return m;
}

/**
 * Whether the tier's conditions on these criteria hold: required ones met (with nested tiers, the
 * lower tiers' requirements too: `requires`, from requiredFor), vetoes neither failed nor unknown.
 */
function holds(
  requires: readonly string[],
  ids: Iterable<string>,
  st: Map<string, string>,
  vetoIds: ReadonlySet<string>,
): boolean {
  for (const id of ids) if ((requires.includes(id) || vetoIds.has(id)) && !OK.has(st.get(id))) return false;
  return true;
}

const MAX_COMBOS = 4096;

/**
 * Of the ways to make one change (build or rent the same 30 ㎡), those another beats: the same
 * effect (value, metrics moved with it, shared or not) at no less money (and no fewer months,
 * when months count). The effect is scored once per change, not once per way.
 */
function cheapest(options: FixOption[], withMonths: boolean): FixOption[] {
  const groups = new Map<string, FixOption[]>();
  for (const o of options) {
    const k = `${String(o.to)}\u0000${[...o.way.also].sort().join(',')}\u0000${o.way.shared ?? ''}`;
    const list = groups.get(k) ?? [];
    list.push(o);
    groups.set(k, list);
  }
  const out: FixOption[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => a.cost - b.cost || a.months - b.months);
    if (!withMonths) out.push(list[0]!);
    else {
      let best = Number.POSITIVE_INFINITY;
      for (const o of list)
        if (o.months < best) {
          out.push(o);
          best = o.months;
        }
    }
  }
  return out;
}

/** The most parts remembered per rubric: a province's worth of unlike parts would only cost memory. */
const SCORED_MAX = 20_000;

/**
 * The key under which a part's scored combinations are remembered (Facts.scored): what decides
 * them, the values of everything the part's criteria read, the evidence intact for them, and each
 * option's effect (not its price nor its station: only the delta and the statuses are kept). Two
 * communities alike in these get the same changes of total and statuses from the engine (the rest
 * of the rubric is not touched: see the top), so a district's many alike communities are scored
 * once. A community with exemptions is always scored (no key).
 */
function partKey(input: CommunityInput, byKey: FixOption[][], ids: Set<string>): string | undefined {
  const a = input.assessment;
  if (grantsFor(input.rubric, input.score.waivers, a.entity.id, []).length) return undefined;
  const nodes = new Set<string>();
  // 材料审核: a criterion's claim counts only with its evidence intact, so that is read too.
  const evidence: unknown[] = [];
  const { reads } = factsOf(input.rubric);
  for (const id of ids) {
    for (const n of reads.get(id)!) nodes.add(n);
    evidence.push(a.evidence?.[id] ?? null);
  }
  const values: unknown[] = [a.period, a.entity.level, a.facilities === undefined, evidence];
  for (const n of [...nodes].sort())
    values.push(n, n.startsWith('m:') ? a.metrics[n.slice(2)] : a.facilities?.[n.slice(2)]);
  for (const list of byKey) values.push(list.map((o) => [o.key, o.from, o.to, o.amount, o.unit, o.way.also]));
  return JSON.stringify(values);
}

/** Every combination of a part's options (none, or one option per key), scored (or found scored). */
function combos(input: CommunityInput, base: CommunityResult, keys: string[], ids: Set<string>): Combo[] {
  const { rubric } = input;
  const byKey = keys.map((k) =>
    cheapest(
      input.options.filter((o) => o.key === k),
      input.months === true,
    ),
  );
  const { vetoIds, required, byId, scored: memo } = factsOf(rubric);
  // In the rubric's order, as the part's ids are.
  const touched = [...ids].map((id) => byId.get(id)!);
  const baseEarned = new Map<string, number>();
  // A weighted section's points are its criteria's raw points times weight / raw possible.
  const factor = new Map<string, number>();
  for (const sec of base.sections) {
    const raw = sec.criteria.reduce((a, c) => a + c.possible, 0);
    for (const c of sec.criteria) {
      baseEarned.set(c.id, c.earned);
      if (sec.weight !== undefined) factor.set(c.id, raw > 0 ? sec.weight / raw : 0);
    }
  }
  const key = partKey(input, byKey, ids);
  const known = key !== undefined ? memo.get(key) : undefined;
  const found: { delta: number; ok: number }[] = [];
  const out: Combo[] = [];
  const pick: FixOption[] = [];
  let count = 0;
  const walk = (i: number) => {
    if (count >= MAX_COMBOS) return;
    if (i === byKey.length) {
      const at = count++;
      const fixes = [...pick];
      let delta: number;
      let ok: number;
      if (known) ({ delta, ok } = known[at]!);
      else {
        // The part's criteria scored by the engine on the fixed assessment (with no fix: as they
        // are); the rest are unchanged. Only the part's criteria are read by holds().
        const st = new Map<string, string>();
        delta = 0;
        for (const c of scoreCriteria(rubric, applyFixes(input.assessment, fixes), touched, input.score)) {
          st.set(c.id, c.status);
          delta += (c.earned - (baseEarned.get(c.id) ?? 0)) * (factor.get(c.id) ?? 1);
        }
        ok = 0;
        required.forEach((t, bit) => {
          if (holds(t.requires, ids, st, vetoIds)) ok |= 1 << bit;
        });
        found.push({ delta, ok });
      }
      let cost = 0;
      let months = 0;
      const shared: string[] = [];
      for (const f of fixes) {
        if (f.way.shared !== undefined) shared.push(f.key);
        else cost += f.cost;
        months += f.way.shared !== undefined ? 0 : f.months;
      }
      out.push({ fixes, cost, months, delta, shared: shared.sort().join(','), ok });
      return;
    }
    walk(i + 1);
    for (const o of byKey[i]!) {
      pick.push(o);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  if (!known && key !== undefined && memo.size < SCORED_MAX) memo.set(key, found);
  return out;
}

interface Node {
  delta: number;
  cost: number;
  months: number;
  shared: string;
  fixes: FixOption[];
}

/** Drops what another point beats: at least the points, at most the money (and months), same shared fixes. */
function pareto(nodes: Node[], withMonths: boolean): Node[] {
  nodes.sort((a, b) => a.cost - b.cost || b.delta - a.delta || a.months - b.months);
  const kept: Node[] = [];
  for (const n of nodes) {
    const beaten = kept.some(
      // Sorted by cost: every one kept costs no more.
      (k) => k.shared === n.shared && k.delta >= n.delta - EPS && (!withMonths || k.months <= n.months + EPS),
    );
    if (!beaten) kept.push(n);
  }
  return kept;
}

function joinShared(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return [...a.split(','), ...b.split(',')].sort().join(',');
}

/**
 * The criteria that earn nothing for want of their evidence (台账): a claim counted as no data, or
 * one not met whose evidence the file lacks (a fix would not count without it either).
 */
function withoutEvidence(rubric: Rubric, a: Assessment, result: CommunityResult): Set<string> {
  const needs = new Map(
    allCriteria(rubric).flatMap((c) => (c.evidence ? [[c.id, c.evidence] as const] : [])),
  );
  const ids = new Set<string>();
  if (!needs.size) return ids;
  for (const sec of result.sections)
    for (const c of sec.criteria) {
      const req = needs.get(c.id);
      if (req && !OK.has(c.status) && !evidenceSatisfies(req, a.evidence?.[c.id])) ids.add(c.id);
    }
  return ids;
}

/**
 * Short of the score at any price; and which claims count as no data for want of their 台账 (no
 * fix gives evidence), or an office reads the shortfall as one that more money would close.
 */
function shortOfPoints(tier: string, unevidenced: ReadonlySet<string>): Blocker[] {
  return [
    { reason: 'points', id: tier },
    ...[...unevidenced].map((id): Blocker => ({ reason: 'evidence', id })),
  ];
}

/** The cheapest packages reaching each tier, and what blocks the tiers no package reaches. */
export function communityOptions(input: CommunityInput): CommunityOptions {
  const { rubric } = input;
  const scored = score(rubric, input.assessment, input.score);
  const deducted = input.penalty?.deducted ?? 0;
  // Inspected: the tier it is at is the verified one (less the deductions, a 虚报 veto: none).
  const base = input.penalty ? adjustResult(rubric, scored, input.penalty) : scored;
  if (input.penalty?.veto) {
    const blocked: Record<string, Blocker[]> = {};
    for (const t of rubric.tiers) blocked[t.id] = [{ reason: 'overstated', id: t.id }];
    return { tier: base.tier, packages: {}, blocked };
  }
  const { keys, touched } = parts(rubric, input.options);
  const all = keys.map((k, i) => combos(input, base, k, touched[i]!));
  const anyTouched = new Set<string>();
  for (const t of touched) for (const id of t) anyTouched.add(id);
  const st = statuses(base);
  const unevidenced = withoutEvidence(rubric, input.assessment, base);
  const events = eventsOf(rubric);
  const { vetoIds, required, criteria } = factsOf(rubric);
  const exact: Record<string, Node[]> = {};
  const blocked: Record<string, Blocker[]> = {};
  for (const tier of rubric.tiers) {
    const why: Blocker[] = [];
    // With nested tiers a tier carries every lower tier's requirements (criteria and values).
    const requires = required.find((r) => r.id === tier.id)!.requires;
    for (const v of unmetValuesFor(rubric, base, tier) ?? []) why.push({ reason: 'history', id: v.metric });
    for (const c of criteria) {
      if (anyTouched.has(c.id)) continue;
      const s = st.get(c.id);
      const needed = requires.includes(c.id) || vetoIds.has(c.id);
      if (!needed || OK.has(s)) continue;
      if (unevidenced.has(c.id)) why.push({ reason: 'evidence', id: c.id });
      else if (vetoIds.has(c.id) && s === 'no-data') why.push({ reason: 'no-data', id: c.id });
      else if (events.has(c.id)) why.push({ reason: 'event', id: c.id });
      else if (s === 'no-data') why.push({ reason: 'no-data', id: c.id });
      else why.push({ reason: vetoIds.has(c.id) ? 'veto' : 'unpriced', id: c.id });
    }
    const bit = 1 << rubric.tiers.indexOf(tier);
    const usable = all.map((cs) => cs.filter((c) => (c.ok & bit) !== 0));
    usable.forEach((cs, i) => {
      if (cs.length) return;
      // Nothing priced in this part meets what the tier requires of it.
      for (const id of touched[i]!)
        if ((requires.includes(id) || vetoIds.has(id)) && !OK.has(st.get(id)))
          why.push({ reason: events.has(id) ? 'event' : 'unpriced', id });
    });
    if (why.length) {
      blocked[tier.id] = why;
      continue;
    }
    // The points still to find: the deductions stay whatever is fixed (a total is never below 0).
    const needed = tier.minScore > 0 ? tier.minScore - (scored.total - deducted) : tier.minScore - base.total;
    let frontier: Node[] = [{ delta: 0, cost: 0, months: 0, shared: '', fixes: [] }];
    for (const cs of usable) {
      const next: Node[] = [];
      for (const f of frontier)
        for (const c of cs)
          next.push({
            delta: Math.min(f.delta + c.delta, Math.max(needed, 0)),
            cost: f.cost + c.cost,
            months: f.months + c.months,
            shared: joinShared(f.shared, c.shared),
            fixes: c.fixes.length ? f.fixes.concat(c.fixes) : f.fixes,
          });
      frontier = pareto(next, input.months === true);
    }
    const reaching = frontier.filter((n) => n.delta >= needed - EPS);
    if (reaching.length) exact[tier.id] = reaching;
    else blocked[tier.id] = shortOfPoints(tier.id, unevidenced);
  }
  // At least a tier: the packages of that tier or any above it.
  const packages: Record<string, Package[]> = {};
  rubric.tiers.forEach((tier, i) => {
    const nodes: Node[] = [];
    for (const above of rubric.tiers.slice(0, i + 1)) nodes.push(...(exact[above.id] ?? []));
    if (!nodes.length) return;
    packages[tier.id] = pareto(nodes, input.months === true).map((n) => ({
      tier: tier.id,
      cost: n.cost,
      months: n.months,
      fixes: n.fixes,
      shared: n.shared ? n.shared.split(',') : [],
    }));
    delete blocked[tier.id];
  });
  return { tier: base.tier, packages, blocked };
}
