/** A self-assessment as the engine sees it: typed values keyed by the rubric's ids. Plain data. */
import type { IntactEvidence } from './evidence.js';
import type { MetricValue, ValueProblem } from './figures.js';
import type { LowerResults } from './lower-levels.js';

/** What a file assesses: a compound (小区) inside a community, a community, or a street. */
export type Level = 'compound' | 'community' | 'street';
export const LEVELS: readonly Level[] = ['compound', 'community', 'street'];

export interface Entity {
  id: string;
  name: string;
  level: Level;
  /** A compound's community (its name, as written). */
  community?: string;
  street?: string;
  district?: string;
  /** The kind of community (the rubric's `community-types` id: old-town, new-estate), when given. */
  type?: string;
}

export interface FacilityReport {
  /** How many were reported (entries of the same kind add up). */
  count: number;
  /** Total area in m², when every entry gave one. */
  area?: number;
}

export interface Assessment {
  entity: Entity;
  period: string;
  rubric?: string;
  metrics: Record<string, MetricValue>;
  /** Metrics that were given but could not be read (masked, wrong unit…): no data, with the reason. */
  unreadable: Record<string, ValueProblem>;
  /** undefined when the file reports no facilities at all (no data for checklists). */
  facilities?: Record<string, FacilityReport>;
  /** 台账 found intact, per criterion (set by the pipeline, which reads the files); absent: none. */
  evidence?: IntactEvidence;
  file?: string;
  /**
   * A street's compounds or communities, by roll-up criterion, as `rank` judged them (the
   * pipeline sets it; `check` on one file has none, and its roll-up criteria say so).
   */
  lower?: LowerResults;
}
