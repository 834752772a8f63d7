/**
 * Tiers and the next-tier gap. The gap is the fewest criteria to fix: required ones first
 * (failed vetoes, criteria the tier requires), then the largest gains. Gains are independent,
 * so taking the largest first gives the fewest criteria.
 */

import { clean, EPS } from '../kinds/bounds.js';
import { choiceShortfall } from '../kinds/choice.js';
import type { Assessment } from '../model/assessment.js';
import { allCriteria, type Rubric, type Tier } from '../model/rubric.js';
import { byCodeUnits } from '../model/text-order.js';
import type {
  CriterionResult,
  Fix,
  HeldBack,
  NextTierGap,
  SectionResult,
  Status,
  UnmetValue,
} from './result.js';

export interface Scored {
  sections: SectionResult[];
  total: number;
  vetoes: string[];
  unresolvedVetoes: string[];
  /** Tiers whose value requirements are not met (an earlier award), by tier id. */
  unmetValues?: Record<string, UnmetValue[]>;
}

/**
 * Each tier's value requirements against a community's values: what an earlier award must have
 * been. A value not given meets none (a tier is never given on a missing fact). Undefined when
 * every requirement is met, so most results carry nothing.
 */
export function unmetValueRequirements(
  rubric: Rubric,
  a: Assessment,
): Record<string, UnmetValue[]> | undefined {
  let out: Record<string, UnmetValue[]> | undefined;
  for (const t of rubric.tiers)
    for (const r of t.requiresValues ?? []) {
      if (choiceShortfall(a, r.metric, r.oneOf).ok) continue;
      const v = a.metrics[r.metric];
      out ??= {};
      (out[t.id] ??= []).push({
        metric: r.metric,
        ...(v !== undefined ? { option: String(v) } : {}),
        oneOf: r.oneOf,
      });
    }
  return out;
}

const OK = new Set(['met', 'exempt']);
const NO_EVENTS: ReadonlySet<string> = new Set();

/** A criterion's status by id (the last one, were an id repeated), or undefined. */
function statusOf(s: Scored, id: string): Status | undefined {
  let status: Status | undefined;
  for (const section of s.sections) for (const c of section.criteria) if (c.id === id) status = c.status;
  return status;
}

/**
 * The tiers whose conditions a tier carries, itself first: with nested tiers (the default: an
 * award ladder is climbed rung by rung) every tier below it too; with `nested-tiers: false` only
 * itself.
 */
export function tierLadder(rubric: Rubric, tier: Tier): Tier[] {
  if (rubric.nestedTiers === false) return [tier];
  const i = rubric.tiers.indexOf(tier);
  return i < 0 ? [tier] : rubric.tiers.slice(i);
}

/**
 * Every criterion a tier requires, its own and (nested) those of the tiers below it, once each.
 * Worked out once per rubric and tier: every community's gap asks (twice per file in a batch).
 */
export function requiredFor(rubric: Rubric, tier: Tier): readonly string[] {
  let byTier = REQUIRED.get(rubric);
  if (!byTier) REQUIRED.set(rubric, (byTier = new Map()));
  let required = byTier.get(tier);
  if (!required)
    byTier.set(tier, (required = [...new Set(tierLadder(rubric, tier).flatMap((t) => t.requires))]));
  return required;
}
const REQUIRED = new WeakMap<Rubric, Map<Tier, readonly string[]>>();

/** The value requirements a tier carries (nested: the lower tiers' too) that a community does not meet. */
export function unmetValuesFor(rubric: Rubric, s: Scored, tier: Tier): UnmetValue[] | undefined {
  // Most communities meet every value requirement (or the rubric has none): nothing to gather.
  if (!s.unmetValues) return undefined;
  const out = tierLadder(rubric, tier).flatMap((t) => s.unmetValues?.[t.id] ?? []);
  return out.length ? out : undefined;
}

function ownRequirementsMet(tier: Tier, s: Scored): boolean {
  if (s.unmetValues?.[tier.id]) return false;
  return tier.requires.every((id) => OK.has(statusOf(s, id) ?? ''));
}

function requirementsMet(rubric: Rubric, tier: Tier, s: Scored): boolean {
  return tierLadder(rubric, tier).every((t) => ownRequirementsMet(t, s));
}

/** The highest tier whose score is reached and whose required criteria are met; null after a veto. */
export function tierFor(rubric: Rubric, s: Scored): string | null {
  if (s.vetoes.length || s.unresolvedVetoes.length) return null;
  for (const t of rubric.tiers) if (s.total >= t.minScore - EPS && requirementsMet(rubric, t, s)) return t.id;
  return null;
}

/**
 * When the score reaches a tier above the one given (and no veto withholds every tier): that tier,
 * and the requirements that hold it back, each with the tier that sets it (with nested tiers, a
 * lower one: "分数达到新型现代化社区，但未达到安全文明社区的一区一警要求").
 */
export function heldBack(rubric: Rubric, s: Scored, given: string | null): HeldBack | undefined {
  if (s.vetoes.length || s.unresolvedVetoes.length) return undefined;
  const top = rubric.tiers.find((t) => s.total >= t.minScore - EPS);
  if (!top || top.id === given) return undefined;
  const unmet: HeldBack['unmet'] = [];
  // A requirement a higher rung already names is said once, with the highest tier that sets it.
  const said = new Set<string>();
  const first = (key: string) => !said.has(key) && said.add(key) !== undefined;
  for (const t of tierLadder(rubric, top)) {
    const criteria = t.requires.filter((id) => !OK.has(statusOf(s, id) ?? '') && first(`c:${id}`));
    const metrics = (s.unmetValues?.[t.id] ?? []).map((v) => v.metric).filter((m) => first(`m:${m}`));
    if (criteria.length || metrics.length)
      unmet.push({ tier: t.id, criteria, ...(metrics.length ? { metrics } : {}) });
  }
  return unmet.length ? { tier: top.id, unmet } : undefined;
}

/** Points a criterion adds to the total when fixed fully, after its section's weight (`raw`: the section's possible points before it). */
function gainOf(c: CriterionResult, section: SectionResult, raw: number): number {
  const missing = c.possible - c.earned;
  if (section.weight === undefined) return missing;
  return raw > 0 ? (missing / raw) * section.weight : 0;
}

export function nextTierGap(rubric: Rubric, s: Scored, tier: string | null): NextTierGap | undefined {
  if (rubric.tiers.length === 0) return undefined;
  const blocked = s.vetoes.length > 0 || s.unresolvedVetoes.length > 0;
  let target: Tier | undefined;
  if (tier) {
    const i = rubric.tiers.findIndex((t) => t.id === tier);
    target = i > 0 ? rubric.tiers[i - 1] : undefined;
  } else if (blocked) {
    target = rubric.tiers.find((t) => s.total >= t.minScore - EPS) ?? rubric.tiers[rubric.tiers.length - 1];
  } else {
    target = rubric.tiers[rubric.tiers.length - 1];
  }
  if (!target) return undefined;
  return gapTo(s, target, eventsOf(rubric), rubric);
}

/** The criteria a rubric marks as events (a major fire that happened): never a fix. */
const EVENTS = new WeakMap<Rubric, ReadonlySet<string>>();
export function eventsOf(rubric: Rubric): ReadonlySet<string> {
  let events = EVENTS.get(rubric);
  if (!events)
    EVENTS.set(
      rubric,
      (events = new Set(
        allCriteria(rubric)
          .filter((c) => c.event)
          .map((c) => c.id),
      )),
    );
  return events;
}

/**
 * What a community lacks for one given tier: the points, and the fewest criteria to fix. An
 * event (a major fire that happened) is never a fix: a tier that needs one undone is out of reach
 * this period, and its gap says which events stand in the way.
 */
export function gapTo(
  s: Scored,
  target: Tier,
  events: ReadonlySet<string> = NO_EVENTS,
  rubric?: Rubric,
): NextTierGap {
  // With nested tiers the target carries the requirements of every tier below it.
  const requires = rubric ? requiredFor(rubric, target) : target.requires;
  const isRequired = (id: string) =>
    s.vetoes.includes(id) || s.unresolvedVetoes.includes(id) || requires.includes(id);
  const fixes: Fix[] = [];
  const optional: Fix[] = [];
  const blocking: string[] = [];
  for (const section of s.sections) {
    const raw = section.weight === undefined ? 0 : section.criteria.reduce((a, x) => a + x.possible, 0);
    for (const c of section.criteria) {
      if (OK.has(c.status)) continue;
      const gain = clean(gainOf(c, section, raw));
      const required = isRequired(c.id);
      if (gain <= EPS && !required) continue;
      if (events.has(c.id)) {
        if (required) blocking.push(c.id);
        continue;
      }
      (required ? fixes : optional).push({ criterion: c.id, status: c.status, gain, required });
    }
  }
  let reached = s.total + fixes.reduce((a, f) => a + f.gain, 0);
  // Equal gains in code-unit order of their ids: the same on every machine and in every locale.
  optional.sort((a, b) => b.gain - a.gain || byCodeUnits(a.criterion, b.criterion));
  for (const f of optional) {
    if (reached >= target.minScore - EPS) break;
    fixes.push(f);
    reached += f.gain;
  }
  const values = rubric ? unmetValuesFor(rubric, s, target) : s.unmetValues?.[target.id];
  return {
    tier: target.id,
    minScore: target.minScore,
    needed: clean(Math.max(0, target.minScore - s.total)),
    fixes,
    reachable: blocking.length === 0 && !values && reached >= target.minScore - EPS,
    ...(blocking.length ? { events: blocking } : {}),
    ...(values ? { values } : {}),
  };
}
