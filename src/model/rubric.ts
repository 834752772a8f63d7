/** The rubric as the engine sees it: normalized, figures read, names resolved. Plain data. */
import type { CountNoun } from './count-nouns.js';
import type { Grade, MetricType } from './figures.js';
import type { Path } from './finding.js';
import type { Localized } from './localized.js';
import type { RatioSource } from './ratio-source.js';

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
}

interface CriterionBase {
  id: string;
  title: Localized;
  points: number;
  veto: boolean;
  /** Something that happened in the period (a major fire): never proposed as a fix. */
  event?: boolean;
  source?: SourceRef;
  section: string;
  /** Where the criterion stands in its rubric file, for positions. */
  path: Path;
  /** The rubric file that defined it (after `extends`, the parent's file for inherited ones). */
  file?: string;
}

export interface ChecklistItem {
  facility: string;
  minArea?: Figure;
  minCount?: number;
}

export type Condition =
  | { type: 'facility'; facility: string; minArea?: Figure }
  | { type: 'metric'; metric: string; bound?: Bound; expect?: boolean };

export type Criterion =
  | (CriterionBase & { kind: 'checklist'; items: ChecklistItem[]; scoring: 'proportional' | 'all' })
  | (CriterionBase & { kind: 'threshold'; metric: string; bound: Bound })
  // The value's source is written into the criterion itself (`metric`, or `facility` and `measure`),
  // so that a metric ratio keeps the shape (and the rubric its sha256) it always had.
  | (CriterionBase & RatioSource & { kind: 'ratio'; per: RatioSource & { every: number }; bound: Bound })
  | (CriterionBase & { kind: 'count'; items: Condition[]; bands?: { met: number; points: number }[] })
  | (CriterionBase & { kind: 'graded'; metric: string; grades?: { grade: Grade; bound: Bound }[] })
  | (CriterionBase & {
      kind: 'deduction';
      metric: string;
      perOccurrence?: number;
      bands?: { bound: Bound; deduct: number }[];
    })
  | (CriterionBase & { kind: 'flag'; metric: string; expect: boolean });

export type CriterionKind = Criterion['kind'];
export type CriterionOf<K extends CriterionKind> = Extract<Criterion, { kind: K }>;

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
}

export interface Quota {
  id: string;
  title: Localized;
  group: 'street' | 'district' | 'all';
  tier: string;
  bound: Bound;
  source?: SourceRef;
}

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
  level: 'community' | 'street';
  year?: number;
  description?: Localized;
  source?: SourceRef;
  extends?: string;
  facilities: Record<string, FacilityDef>;
  metrics: Record<string, MetricDef>;
  sections: Section[];
  tiers: Tier[];
  quotas: Quota[];
  exemptions: Exemption[];
  cycle?: Cycle;
  /** The file it came from, or `builtin:<id>`. */
  file?: string;
}

/** The most points a rubric gives: each section's weight, or the sum of its criteria's points. */
export function maxScore(
  sections: readonly { weight?: number | undefined; criteria: readonly { points: number }[] }[],
): number {
  return sections.reduce((sum, s) => sum + (s.weight ?? s.criteria.reduce((a, c) => a + c.points, 0)), 0);
}

export function allCriteria(rubric: Rubric): Criterion[] {
  return rubric.sections.flatMap((s) => s.criteria);
}

export function isMaskedFigure(f: Figure | undefined): f is { masked: string } {
  return f !== undefined && 'masked' in f;
}
