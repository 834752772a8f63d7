/** A self-assessment as the engine sees it: typed values keyed by the rubric's ids. Plain data. */
import type { MetricValue, ValueProblem } from './figures.js';

export interface Entity {
  id: string;
  name: string;
  level: 'community' | 'street';
  street?: string;
  district?: string;
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
  file?: string;
}
