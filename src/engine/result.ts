/** What the engine returns: plain data, ready for any formatter or to cross a worker boundary. */

import type { Shortfall, Status } from '../kinds/shortfall.js';
import type { Entity } from '../model/assessment.js';
import type { Finding } from '../model/finding.js';
import type { InspectionOutcome } from '../model/inspection.js';
import type { RolledUp } from '../model/lower-levels.js';
import type { CriterionKind } from '../model/rubric.js';

// What a criterion kind says of one criterion (kinds/shortfall.ts), part of every result.
export { type Shortfall, STATUSES, type Status } from '../kinds/shortfall.js';

export interface CriterionResult {
  id: string;
  section: string;
  kind: CriterionKind;
  status: Status;
  earned: number;
  possible: number;
  veto: boolean;
  shortfalls: Shortfall[];
  exemption?: { reason: string; expires: string };
  /** A roll-up's measure and what it was computed from (its street's compounds or communities). */
  rolledUp?: RolledUp;
}

export interface SectionResult {
  id: string;
  earned: number;
  possible: number;
  weight?: number;
  criteria: CriterionResult[];
}

export interface Fix {
  criterion: string;
  status: Status;
  /** Points (after section weights) that fixing it fully would add. */
  gain: number;
  /** Fixing it is required whatever the score: a veto item, or a criterion the tier requires. */
  required: boolean;
}

export interface NextTierGap {
  tier: string;
  minScore: number;
  /** Points still needed: min-score − total (0 when only vetoes or requirements stand in the way). */
  needed: number;
  /** The fewest criteria to fix, largest gain first after the required ones. */
  fixes: Fix[];
  /** False when even fixing everything fixable would not reach the tier. */
  reachable: boolean;
  /** Events of the period (a major fire) that stand in the way: they cannot be undone. */
  events?: string[];
  /** Values the tier needs that the community does not have (an earlier award): not a fix this period. */
  values?: UnmetValue[];
}

/**
 * The score reaches a tier above the one given: the tier, and what holds it back, by the tier that
 * sets each requirement (with nested tiers, the tier itself or one below it).
 */
export interface HeldBack {
  tier: string;
  unmet: { tier: string; criteria: string[]; metrics?: string[] }[];
}

/** A tier's value requirement not met: the metric, what was given (absent: nothing), what it needs. */
export interface UnmetValue {
  metric: string;
  option?: string;
  oneOf: string[];
}

export interface CommunityResult {
  rubric: string;
  entity: Entity;
  period: string;
  file?: string;
  sections: SectionResult[];
  total: number;
  possible: number;
  /** The tier reached, or null (below every tier, or disqualified by a veto). */
  tier: string | null;
  /** Veto criteria failed (一票否决). */
  vetoes: string[];
  /** Veto criteria with no data: no tier can be given until they are known. */
  unresolvedVetoes: string[];
  nextTier?: NextTierGap;
  /** The score reaches a higher tier than the one given: which, and the requirements that hold it back. */
  heldBack?: HeldBack;
  /** Tiers whose value requirements (an earlier award) the community does not meet, by tier id. */
  unmetValues?: Record<string, UnmetValue[]>;
  /**
   * The options chosen for the rubric's choice metrics that a street (or district) compares
   * (`distinct-within`: 一社区一品牌), by metric id.
   */
  choices?: Record<string, string>;
  counts: Record<Status, number>;
  /** Problems met while scoring (an expired exemption, a masked rubric figure in use). */
  findings: Finding[];
  /**
   * Set when the file had errors: the score is provisional (what could be read), and no tier
   * is given, so a broken file is never reported as passing.
   */
  withheld?: 'invalid-file';
  /**
   * With inspections (--inspections) of this community: total and tier are the verified ones,
   * and this says what the self-report claimed, what was found and what it cost.
   */
  inspection?: InspectionOutcome;
}

/** A provisional result for a file with errors: the criteria stay, the tier and gap go. */
export function withholdTier(r: CommunityResult): CommunityResult {
  // The parts gone are undefined, not removed: the result keeps score()'s one shape (score.ts).
  return { ...r, tier: null, nextTier: undefined, heldBack: undefined, withheld: 'invalid-file' };
}
