/** A plan's problem and its answer, as data: who can be lifted to what at what price, and the quotas to meet. */
import type { Assessment } from '../../model/assessment.js';
import type { Bound, Quota, QuotaMeasure, Rubric } from '../../model/rubric.js';
import type { InspectionPenalty } from '../inspect.js';
import type { Doubt } from '../rank.js';
import type { ScoreOptions } from '../score.js';
import type { Alternatives } from './alternatives.js';
import type { FixOption } from './candidates.js';
import type { CommunityOptions, Package } from './community.js';

export interface PlanCommunity {
  id: string;
  name: string;
  file: string;
  /** The group it counts in, per grouping (null for 'all'). */
  groups: Partial<Record<Quota['group'], string | null>>;
  tier: string | null;
  assessment: Assessment;
  options: CommunityOptions;
  /** Inspected: the assessment holds the inspected values; this stays off whatever is fixed. */
  penalty?: InspectionPenalty;
}

export interface PlanQuota {
  quota: string;
  tier: string;
  by: Quota['group'];
  key: string | null;
  n: number;
  bound: Bound;
  /** count: the bound is how many reach the tier (at-least-count, between-count); absent: the share. */
  measure?: QuotaMeasure;
  /** Set by --target. */
  overridden?: boolean;
  /** Members that were scored (ids); the rest of n are doubts. */
  members: string[];
  doubts: Doubt[];
}

export interface PlanProblem {
  rubric: Rubric;
  score: ScoreOptions;
  communities: PlanCommunity[];
  quotas: PlanQuota[];
  /** 元 (or fixes, without a cost file). */
  budget?: number;
  /** Total effort in months. */
  months?: number;
}

export interface Lift {
  community: string;
  package: Package;
}

export type Solver = 'exact' | 'highs';

/** Why a quota cannot be met at any price. */
export type QuotaBlock =
  | { reason: 'masked'; value: string }
  | { reason: 'short'; reachable: number; need: number }
  /** Already more at the tier than the bound allows (a between-count's upper end): no lift helps. */
  | { reason: 'over'; reached: number };

export interface QuotaOutcome {
  quota: PlanQuota;
  /** Communities at the tier after the plan, and the fewest needed. */
  reached: number;
  need?: number;
  met: boolean;
  block?: QuotaBlock;
  /** 5 percentage points lower: what the plan would cost less (undefined: not worked out). */
  saving?: { bound: number; saving: number };
}

export interface PlanSolution {
  solver: Solver;
  /** Proven optimal over the candidate fixes (the exact DP, or HiGHS with a zero gap). */
  optimal: boolean;
  /** HiGHS's relative gap when stopped by the time limit. */
  gap?: number;
  feasible: boolean;
  lifts: Lift[];
  /** Stations of shared fixes to build: how many per street and key. */
  stations: { street: string | null; key: string; count: number; option: FixOption; serves: string[] }[];
  cost: number;
  months: number;
  quotas: QuotaOutcome[];
  /** A --budget or --months too small: the least the quotas need. */
  overBudget?: { budget: number; least: number };
  overMonths?: { months: number; least: number };
  /** The cheapest other plans within a margin, when asked for. */
  alternatives?: Alternatives;
}
