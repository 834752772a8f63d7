/**
 * Scores one community against one rubric. Pure: data in, data out. Every criterion is
 * evaluated by its kind; exemptions granted district-side (never by the community's own
 * file) give full points while unexpired; a failed veto withholds every tier.
 */
import type { Assessment } from '../model/assessment.js';
import { type Finding, finding } from '../model/finding.js';
import type { Criterion, CriterionKind, CriterionOf, Exemption, Rubric } from '../model/rubric.js';
import { clean } from './bounds.js';
import type { KindDef } from './kinds/kind.js';
import { KINDS } from './kinds/registry.js';
import {
  type CommunityResult,
  type CriterionResult,
  type SectionResult,
  STATUSES,
  type Status,
} from './result.js';
import { nextTierGap, tierFor } from './tiers.js';

export interface ScoreOptions {
  /** The day the scoring is for (ISO date), to tell live exemptions from expired ones. */
  asOf: string;
  /** Exemptions from a district's waivers file, besides the rubric's own. */
  waivers?: readonly Exemption[];
}

function evaluate<K extends CriterionKind>(c: CriterionOf<K>, a: Assessment, r: Rubric) {
  return (KINDS[c.kind] as KindDef<K>).evaluate(c, a, r);
}

export function score(rubric: Rubric, assessment: Assessment, options: ScoreOptions): CommunityResult {
  const findings: Finding[] = [];
  const grants = [...rubric.exemptions, ...(options.waivers ?? [])].filter(
    (e) => e.community === assessment.entity.id,
  );

  const scoreCriterion = (c: Criterion): CriterionResult => {
    const base = { id: c.id, section: c.section, kind: c.kind, possible: c.points, veto: c.veto };
    const grant = liveGrant(grants, c.id, options.asOf, findings);
    if (grant) {
      return {
        ...base,
        status: 'exempt',
        earned: c.points,
        shortfalls: [],
        exemption: { reason: grant.reason, expires: grant.expires },
      };
    }
    const out = evaluate(c, assessment, rubric);
    const status: Status = c.veto && out.status !== 'met' && out.status !== 'no-data' ? 'vetoed' : out.status;
    // Spelled out rather than `{ ...base, … }`: V8's spread-then-extend was most of the cost of
    // scoring in a batch (same fields, same order).
    return {
      id: c.id,
      section: c.section,
      kind: c.kind,
      possible: c.points,
      veto: c.veto,
      status,
      earned: clean(out.earned),
      shortfalls: out.shortfalls,
    };
  };

  const sections: SectionResult[] = rubric.sections.map((s) => {
    const criteria = s.criteria.map(scoreCriterion);
    const rawEarned = criteria.reduce((a, c) => a + c.earned, 0);
    const rawPossible = criteria.reduce((a, c) => a + c.possible, 0);
    if (s.weight === undefined)
      return { id: s.id, earned: clean(rawEarned), possible: clean(rawPossible), criteria };
    const earned = rawPossible > 0 ? (rawEarned / rawPossible) * s.weight : 0;
    return { id: s.id, earned: clean(earned), possible: s.weight, weight: s.weight, criteria };
  });

  const all = sections.flatMap((s) => s.criteria);
  const total = clean(sections.reduce((a, s) => a + s.earned, 0));
  const possible = clean(sections.reduce((a, s) => a + s.possible, 0));
  const vetoes = all.filter((c) => c.status === 'vetoed').map((c) => c.id);
  const unresolvedVetoes = all.filter((c) => c.veto && c.status === 'no-data').map((c) => c.id);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const c of all) counts[c.status]++;
  if (all.some((c) => c.shortfalls.some((s) => s.code === 'shortfall.figure-masked'))) {
    findings.push(finding('score.rubric-masked', 'warning', { rubric: rubric.id }));
  }

  const partial = { sections, total, vetoes, unresolvedVetoes };
  const tier = tierFor(rubric, partial);
  const gap = nextTierGap(rubric, partial, tier);
  return {
    rubric: rubric.id,
    entity: assessment.entity,
    period: assessment.period,
    ...(assessment.file ? { file: assessment.file } : {}),
    sections,
    total,
    possible,
    tier,
    vetoes,
    unresolvedVetoes,
    ...(gap ? { nextTier: gap } : {}),
    counts,
    findings,
  };
}

function liveGrant(
  grants: Exemption[],
  criterion: string,
  asOf: string,
  findings: Finding[],
): Exemption | undefined {
  let expired: Exemption | undefined;
  for (const g of grants) {
    if (g.criterion !== criterion) continue;
    if (g.expires >= asOf) return g;
    expired = g;
  }
  if (expired) {
    findings.push(
      finding('score.exemption-expired', 'warning', {
        criterion,
        expires: expired.expires,
        reason: expired.reason,
      }),
    );
  }
  return undefined;
}
