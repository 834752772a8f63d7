/** One criterion kind: how it reads an assessment and what it earns. Registered in registry.ts. */
import type { Assessment } from '../../model/assessment.js';
import type { CriterionKind, CriterionOf, Rubric } from '../../model/rubric.js';
import type { Shortfall, Status } from '../result.js';

export interface Outcome {
  status: Extract<Status, 'met' | 'partial' | 'unmet' | 'no-data'>;
  earned: number;
  shortfalls: Shortfall[];
}

/**
 * One thing a criterion reads from a self-assessment: a metric (`per`: the size a ratio divides
 * by), or a facility (`area`: whether its area is judged).
 */
export type Use = { metric: string; per?: true } | { facility: string; area: boolean };

export interface KindDef<K extends CriterionKind> {
  kind: K;
  evaluate(criterion: CriterionOf<K>, assessment: Assessment, rubric: Rubric): Outcome;
  /** What it reads, in the order the criterion names them: the one list every consumer asks. */
  uses(criterion: CriterionOf<K>): Use[];
}

export function defineKind<K extends CriterionKind>(def: KindDef<K>): KindDef<K> {
  return def;
}

export const noData = (shortfalls: Shortfall[]): Outcome => ({ status: 'no-data', earned: 0, shortfalls });

/** Status from points: all earned is met, none is unmet, anything between is partial. */
export function statusOf(earned: number, possible: number): Outcome['status'] {
  if (earned >= possible - 1e-9) return 'met';
  return earned <= 1e-9 ? 'unmet' : 'partial';
}
