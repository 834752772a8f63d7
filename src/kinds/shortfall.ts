/** What a criterion kind's evaluation says: a status, and the shortfalls in the metric's own terms. */
import type { ShortfallCode } from '../model/codes/index.js';
import type { MetricType } from '../model/figures.js';
import type { Params } from '../model/finding.js';

export const STATUSES = ['met', 'partial', 'unmet', 'vetoed', 'exempt', 'no-data'] as const;
export type Status = (typeof STATUSES)[number];

/** A shortfall in the metric's own terms: numbers stay numbers; `unit` says how to print them. */
export interface Shortfall {
  code: ShortfallCode;
  params: Params;
  unit?: MetricType;
}
