/** The rubric as the engine sees it: normalized, figures read, names resolved. Plain data. */

import type { Criterion } from '../kinds/registry.js';
import type { Level } from './assessment.js';
import type { ChoiceOption } from './choice.js';
import type { CountNoun } from './count-nouns.js';
import type { EvidenceRequirement } from './evidence.js';
import type { MetricType } from './figures.js';
import type { Path } from './finding.js';
import type { Localized } from './localized.js';
import type { PracticeFacet } from './practice.js';

/** A figure from a rubric: a number, or a placeholder the source masked (`**`) and nobody has set. */
export type Figure = { value: number } | { masked: string };
export type BoundOp = 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'between';
export interface Bound {
  op: BoundOp;
  value: Figure;
  /** The upper end, for `between` (both ends included). */
  upper?: Figure;
}

export interface SourceRef {
  /** The source document's title. */
  title?: Localized;
  file?: string;
  quote?: string;
  year?: number;
  note?: string;
  /** Not in the source document: added from common scoring practice. */
  inferred?: boolean;
  /** Figures of the item from common scoring practice (see practice.ts). */
  practice?: PracticeFacet[];
}

export interface FacilityDef {
  id: string;
  label: Localized;
  aliases: string[];
}

export interface MetricDef {
  id: string;
  type: MetricType;
  /** For a count: what it counts (households, people). */
  unit?: CountNoun;
  title: Localized;
  description?: Localized;
  /** For a choice: the options, in the rubric's order. */
  options?: ChoiceOption[];
  /**
   * For a choice: each community of a street (or district) should choose its own option
   * (一社区一品牌); communities sharing one are flagged for review, never failed.
   */
  distinctWithin?: 'street' | 'district';
}

/** The fields every criterion has; each kind adds its own (src/kinds/<kind>.ts). */
export interface CriterionBase {
  id: string;
  title: Localized;
  points: number;
  veto: boolean;
  /** Something that happened in the period (a major fire): never proposed as a fix. */
  event?: boolean;
  /** 材料审核: counts only with its evidence intact (the kinds that will do; empty: any). */
  evidence?: EvidenceRequirement;
  source?: SourceRef;
  section: string;
  /** Where the criterion stands in its rubric file, for positions. */
  path: Path;
  /** The rubric file that defined it (after `extends`, the parent's file for inherited ones). */
  file?: string;
}

// The criteria are the kinds the registry lists: their types live with their kinds.
export type { Criterion, CriterionKind } from '../kinds/registry.js';

export interface Section {
  id: string;
  title: Localized;
  weight?: number;
  criteria: Criterion[];
}

export interface Tier {
  id: string;
  title: Localized;
  minScore: number;
  requires: string[];
  /** Where the tier comes from; its `practice` marks its threshold or requirements (practice.ts). */
  source?: SourceRef;
  /**
   * A title an authority confers (省级文明社区, named by the 文明委): a self-assessment can only
   * say a community meets the standard to apply for it (达到…申报标准, 可申报…).
   */
  conferred?: true;
  /**
   * Values the tier needs a community to have reported (an earlier award: a provincial award
   * needs an earlier city award); history of the community, so never a fix this period.
   */
  requiresValues?: ValueRequirement[];
}

/** A choice metric whose value must be one of the options listed. */
export interface ValueRequirement {
  metric: string;
  oneOf: string[];
}

export interface Quota {
  id: string;
  title: Localized;
  /** community: over the compounds of each community (a compound rubric's quotas). */
  group: 'community' | 'street' | 'district' | 'all';
  /** The tier counted (those at it or above); '' for a quota that counts a criterion instead. */
  tier: string;
  /** Counted instead of a tier: those meeting this criterion (status met). */
  criterion?: string;
  bound: Bound;
  /** count: the bound is how many reach the tier (每街1-2个, **个); absent: the share of the group. */
  measure?: QuotaMeasure;
  source?: SourceRef;
}

/** What a quota's bound is of: the share of the group at the tier, or how many are. */
export type QuotaMeasure = 'share' | 'count';

export interface Exemption {
  community: string;
  criterion: string;
  reason: string;
  /** ISO date, the last day the exemption holds. */
  expires: string;
  grantedBy?: string;
  /** Where it was granted: a rubric or a waivers file, and the line of its `expires`. */
  file?: string;
  line?: number;
  column?: number;
  /** The rubric a waivers file names: the exemption applies only to communities scored by it. */
  rubric?: string;
  /** Granted knowingly for a veto item (一票否决): without it a veto is never waived. */
  veto?: boolean;
}

/** A cycle of years combined into one weighted score (see rubric-schema.ts, CycleSchema). */
export interface Cycle {
  years: number;
  /** Fractions, oldest year first. */
  weights: number[];
  tiers: { id: string; title: Localized; minScore: number }[];
  source?: SourceRef;
}

export interface Rubric {
  id: string;
  title: Localized;
  level: Level;
  year?: number;
  description?: Localized;
  source?: SourceRef;
  extends?: string;
  facilities: Record<string, FacilityDef>;
  /** Kinds of community with figures of their own (old town, new estate), in the rubric's order. */
  communityTypes?: ChoiceOption[];
  metrics: Record<string, MetricDef>;
  sections: Section[];
  tiers: Tier[];
  /**
   * false (`nested-tiers: false`): each tier is judged on its own requirements. Otherwise (the
   * default) a tier includes every lower tier's requirements, as an award ladder does.
   */
  nestedTiers?: false;
  quotas: Quota[];
  exemptions: Exemption[];
  cycle?: Cycle;
  /** What an inspection's finding of overstatement (虚报) costs (rubric-schema.ts, OverstatementSchema). */
  overstatement?: { deduct?: number; veto?: boolean };
  /** The file it came from, or `builtin:<id>`. */
  file?: string;
}

/**
 * The most points a rubric gives: each section's weight, or the sum of its criteria's most points
 * (`max`: src/kinds/registry.ts criterionMax for a built rubric; a raw file's `points`).
 */
export function maxScore<C extends { points: number }>(
  sections: readonly { weight?: number | undefined; criteria: readonly C[] }[],
  max: (c: C) => number = (c) => c.points,
): number {
  return sections.reduce((sum, s) => sum + (s.weight ?? s.criteria.reduce((a, c) => a + max(c), 0)), 0);
}

export function allCriteria(rubric: Rubric): Criterion[] {
  return rubric.sections.flatMap((s) => s.criteria);
}
