/**
 * Scores one community against one rubric. Pure: data in, data out. Every criterion is
 * evaluated by its kind; exemptions granted district-side (never by the community's own
 * file) give full points while unexpired; a failed veto withholds every tier.
 */

import { clean } from '../kinds/bounds.js';
import { criterionMax, kindOf } from '../kinds/registry.js';
import type { RollUpCriterion } from '../kinds/roll-up.js';
import type { Assessment } from '../model/assessment.js';
import { periodEnd } from '../model/dates.js';
import { evidenceSatisfies } from '../model/evidence.js';
import { type Finding, finding } from '../model/finding.js';
import type { Criterion, Exemption, Rubric } from '../model/rubric.js';
import { grantsFor, liveGrant } from './exemptions.js';
import {
  type CommunityResult,
  type CriterionResult,
  type SectionResult,
  STATUSES,
  type Status,
} from './result.js';
import { heldBack, nextTierGap, type Scored, tierFor, unmetValueRequirements } from './tiers.js';

export interface ScoreOptions {
  /**
   * The day the scoring is for (ISO date), to tell live exemptions from expired ones; by default
   * the last day of the assessment's period.
   */
  asOf?: string | undefined;
  /** Exemptions from a district's waivers file, besides the rubric's own. */
  waivers?: readonly Exemption[];
}

function evaluate(c: Criterion, a: Assessment, r: Rubric) {
  return kindOf(c.kind).evaluate(c, a, r);
}

/** Every status at 0, in STATUSES order: copied per result (a copy of a constant is cheap). */
const NO_COUNTS = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;

/**
 * A criterion's result. Spelled out rather than `{ ...base, … }`: V8's spread-then-extend was
 * most of the cost of scoring in a batch (same fields, same order, one shape for them all).
 */
function criterionResult(
  c: Criterion,
  status: Status,
  earned: number,
  shortfalls: CriterionResult['shortfalls'],
): CriterionResult {
  return {
    id: c.id,
    section: c.section,
    kind: c.kind,
    possible: criterionMax(c),
    veto: c.veto,
    status,
    earned,
    shortfalls,
  };
}

/** The options chosen for the metrics a street compares (`distinct-within`); undefined when none. */
function comparedChoices(rubric: Rubric, a: Assessment): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  for (const id in rubric.metrics) {
    if (!rubric.metrics[id]!.distinctWithin) continue;
    const v = a.metrics[id];
    if (typeof v === 'string') (out ??= {})[id] = v;
  }
  return out;
}

/** The street's file judged alone: its roll-up criteria need its compounds or communities, ranked with it. */
function rollUpAlone(c: RollUpCriterion): Finding {
  return finding('score.roll-up-alone', 'warning', { criterion: c.id, from: c.from });
}

/**
 * How one community's criteria are scored: by their kind, a live exemption giving full points, a
 * veto short of met earning nothing. `score` scores every criterion with it; `scoreCriteria` some.
 * `alone` collects the roll-up criteria with no lower level to read (the street's file alone).
 */
function criterionScorer(
  rubric: Rubric,
  assessment: Assessment,
  options: ScoreOptions,
  findings: Finding[],
  // Stryker disable next-line ArrayDeclaration: equivalent, only score reads what is collected and it passes its own list
  alone: RollUpCriterion[] = [],
): (c: Criterion) => CriterionResult {
  const grants = grantsFor(rubric, options.waivers, assessment.entity.id, findings);
  // The day matters only to an exemption: worked out only when there is one.
  const asOf = grants.length
    ? (options.asOf ?? periodEnd(assessment.period) ?? '')
    : // Stryker disable next-line StringLiteral: equivalent, with no exemption the day is never read
      '';
  return (c: Criterion): CriterionResult => {
    const grant = grants.length ? liveGrant(grants, c, asOf, findings) : undefined;
    if (grant)
      return {
        ...criterionResult(c, 'exempt', criterionMax(c), []),
        exemption: { reason: grant.reason, expires: grant.expires },
      };
    const out = evaluate(c, assessment, rubric);
    // A veto holds only when every condition holds: anything short of met earns nothing.
    // 材料审核: what the file claims for this criterion counts only with its evidence intact.
    const r =
      c.veto && out.status !== 'met' && out.status !== 'no-data'
        ? criterionResult(c, 'vetoed', 0, out.shortfalls)
        : c.evidence &&
            (out.status === 'met' || out.status === 'partial') &&
            !evidenceSatisfies(c.evidence, assessment.evidence?.[c.id])
          ? criterionResult(c, 'no-data', 0, [
              { code: 'shortfall.evidence-missing', params: { kinds: c.evidence.kinds } },
            ])
          : criterionResult(c, out.status, clean(out.earned), out.shortfalls);
    if (c.kind === 'roll-up') {
      if (out.rolledUp) r.rolledUp = out.rolledUp;
      else alone.push(c);
    }
    return r;
  };
}

/**
 * Some criteria of a rubric scored for one community, exactly as `score` scores them (the plan
 * scores the criteria a fix can change; a rubric's total is a sum over its criteria).
 */
export function scoreCriteria(
  rubric: Rubric,
  assessment: Assessment,
  criteria: readonly Criterion[],
  options: ScoreOptions,
): CriterionResult[] {
  // Stryker disable next-line ArrayDeclaration: equivalent, scoreCriteria returns no findings, so none are read
  return criteria.map(criterionScorer(rubric, assessment, options, []));
}

export function score(rubric: Rubric, assessment: Assessment, options: ScoreOptions): CommunityResult {
  const findings: Finding[] = [];
  /** Roll-up criteria with no lower level to read (the street's file alone). */
  const alone: RollUpCriterion[] = [];
  const scoreCriterion = criterionScorer(rubric, assessment, options, findings, alone);
  const counts = { ...NO_COUNTS };
  const vetoes: string[] = [];
  const unresolvedVetoes: string[] = [];
  let masked = false;
  let rawTotal = 0;
  let rawPossibleTotal = 0;
  const sections: SectionResult[] = rubric.sections.map((s) => {
    const criteria = s.criteria.map(scoreCriterion);
    let rawEarned = 0;
    let rawPossible = 0;
    for (const c of criteria) {
      rawEarned += c.earned;
      rawPossible += c.possible;
      counts[c.status]++;
      if (c.status === 'vetoed') vetoes.push(c.id);
      else if (c.veto && c.status === 'no-data') unresolvedVetoes.push(c.id);
      if (!masked) masked = c.shortfalls.some((x) => x.code === 'shortfall.figure-masked');
    }
    const section: SectionResult =
      s.weight === undefined
        ? { id: s.id, earned: clean(rawEarned), possible: clean(rawPossible), criteria }
        : {
            id: s.id,
            earned: clean(rawPossible > 0 ? (rawEarned / rawPossible) * s.weight : 0),
            possible: s.weight,
            weight: s.weight,
            criteria,
          };
    rawTotal += section.earned;
    rawPossibleTotal += section.possible;
    return section;
  });
  const total = clean(rawTotal);
  const possible = clean(rawPossibleTotal);
  if (masked) findings.push(finding('score.rubric-masked', 'warning', { rubric: rubric.id }));
  for (const c of alone) findings.push(rollUpAlone(c));

  const unmetValues = unmetValueRequirements(rubric, assessment);
  const choices = comparedChoices(rubric, assessment);
  // One shape for every community (absent parts undefined, never missing keys): gapTo and tierFor
  // read it a hundred thousand times in a batch, and a shape per combination of parts made V8
  // optimise them again and again. JSON and YAML leave an undefined key out, as they did the
  // missing one.
  const partial: Scored = { sections, total, vetoes, unresolvedVetoes, unmetValues };
  const tier = tierFor(rubric, partial);
  const gap = nextTierGap(rubric, partial, tier);
  const held = heldBack(rubric, partial, tier);
  return {
    rubric: rubric.id,
    entity: assessment.entity,
    period: assessment.period,
    file: assessment.file || undefined,
    sections,
    total,
    possible,
    tier,
    vetoes,
    unresolvedVetoes,
    nextTier: gap,
    heldBack: held,
    unmetValues,
    choices,
    counts,
    findings,
    withheld: undefined,
    inspection: undefined,
  };
}
