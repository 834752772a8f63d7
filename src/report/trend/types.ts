/** What the trend formatters receive: one trend per rubric family, the files not scored. */
import type { Trend } from '../../engine/trend.js';
import type { Finding } from '../../model/finding.js';
import type { Rubric } from '../../model/rubric.js';

export interface TrendTable {
  /** The newest rubric of the family: titles, tiers, the cycle. */
  rubric: Rubric;
  trend: Trend;
  /** The cycle's weights (fractions) and where they came from, when a composite was made. */
  weights?: { values: number[]; from: 'rubric' | 'flag' };
}

export interface TrendReport {
  tables: TrendTable[];
  invalid: { file: string; findings: Finding[] }[];
  /** A composite that could not be made, and why (a year missing or not scored). */
  notes: Finding[];
  /** Inspections were given (--inspections): a scored period without `self` was not inspected. */
  inspections?: boolean;
  /**
   * errors: at the inspections (a record that applies to nobody), when any. warnings: those
   * printed (the notes, and on stderr); fileWarnings: the scored files' own, not printed one by
   * one (validate lists them), as rank counts them.
   */
  summary: {
    files: number;
    communities: number;
    periods: number;
    invalid: number;
    errors?: number;
    warnings: number;
    fileWarnings: number;
  };
}
