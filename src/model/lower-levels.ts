/**
 * What a street's roll-up criteria read: the results of its compounds or communities, as `rank`
 * judged them, handed to the street's scoring by the pipeline (the engine never looks for them).
 * Plain data, ready to cross a worker boundary.
 */
import type { Bound } from './rubric.js';

/** The lower level a roll-up reads: compounds (小区) or communities (社区). */
export type LowerLevel = 'compound' | 'community';
export const LOWER_LEVELS: readonly LowerLevel[] = ['compound', 'community'];

/** What a roll-up measures: how many reach a tier, their share of all, or their mean score. */
export type RollUpMeasure = 'count' | 'share' | 'mean-score';
export const ROLL_UP_MEASURES: readonly RollUpMeasure[] = ['count', 'share', 'mean-score'];

/** One compound or community of the street, as its quotas count it. */
export interface LowerMember {
  id: string;
  name?: string;
  /** Its tier; null below every tier, or not scored. */
  tier: string | null;
  /** Its total; absent when it was not scored (then it counts as not reaching, with 0 points). */
  total?: number;
  /** Why it was not scored: its file had errors, its id is in several files, or it has no file. */
  unscored?: 'invalid' | 'duplicate' | 'missing' | 'unfilled' | 'misplaced';
}

/** Every member of one street for one roll-up criterion, with the lower rubric's tier ladder. */
export interface LowerGroup {
  /** The lower rubric's tier ids, highest first (a member reaches a tier at or above it). */
  tiers: readonly string[];
  members: readonly LowerMember[];
}

/** By criterion id: the street's members for each of its roll-up criteria. */
export type LowerResults = Readonly<Record<string, LowerGroup>>;

/** What a roll-up criterion measured, and from what: shown beside its verdict in every format. */
export interface RolledUp {
  from: LowerLevel;
  measure: RollUpMeasure;
  tier?: string;
  /** The lower rubric has tiers above the one counted: the words say "or above" (及以上). */
  above?: boolean;
  /** How many reach the tier (count), their share (a fraction), or the mean score. */
  value: number;
  /** Every member counted: scored, not scored and missing alike. */
  n: number;
  /** Members at the tier or above (count and share). */
  reached: number;
  /** Counted as not reaching: a file with errors or an id in several files. */
  unscored: number;
  /** Counted as not reaching: on the roster with no file. */
  missing: number;
  bound: Bound;
}
