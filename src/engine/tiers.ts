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
import type { CriterionResult, Fix, NextTierGap, SectionResult, Status, UnmetValue } from './result.js';

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

function requirementsMet(tier: Tier, s: Scored): boolean {
  if (s.unmetValues?.[tier.id]) return false;
  return tier.requires.every((id) => OK.has(statusOf(s, id) ?? ''));
}

/** The highest tier whose score is reached and whose required criteria are met; null after a veto. */
export function tierFor(rubric: Rubric, s: Scored): string | null {
  if (s.vetoes.length || s.unresolvedVetoes.length) return null;
  for (const t of rubric.tiers) if (s.total >= t.minScore - EPS && requirementsMet(t, s)) return t.id;
  return null;
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
  return gapTo(s, target, eventsOf(rubric));
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
export function gapTo(s: Scored, target: Tier, events: ReadonlySet<string> = NO_EVENTS): NextTierGap {
  const isRequired = (id: string) =>
    s.vetoes.includes(id) || s.unresolvedVetoes.includes(id) || target.requires.includes(id);
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
  const values = s.unmetValues?.[target.id];
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
