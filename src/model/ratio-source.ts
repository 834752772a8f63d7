/**
 * What a `ratio` reads on either side: a metric, or a facility kind's entries, their area summed
 * (每百户30平方米 of 活动室) or their number (健身点 per 1,000 residents). Written as one of
 * `metric`, `facility-area` or `facility-count`, beside the ratio's bound for the value and in
 * `per:` for the size. Everything the ratio kind needs about its sources is here, apart from the
 * kind's own file (src/kinds/ratio.ts), so that the change stays in one place.
 */

import { IdSchema as Id } from './criterion-schema.js';
import type { MetricType } from './figures.js';
import { type Finding, finding, type Path } from './finding.js';
import type { MetricDef } from './rubric.js';

/** The three ways of naming a source, exactly one of which is given (checked when built). */
export const RatioSourceFields = {
  metric: Id.optional(),
  /** The summed area of a facility kind's entries. */
  'facility-area': Id.optional(),
  /** How many of a facility kind there are (entries and their `count:` add up). */
  'facility-count': Id.optional(),
};
export const RATIO_SOURCE_KEYS = ['metric', 'facility-area', 'facility-count'] as const;
type RawSource = Partial<Record<(typeof RATIO_SOURCE_KEYS)[number], string>>;

export type RatioSource = { metric: string } | { facility: string; measure: 'area' | 'count' };

/**
 * The source as written, or a finding: none or more than one of the three keys. Whether the
 * metric or facility exists is checked by the caller (the rubric's own catalogue checks).
 */
export function readRatioSource(raw: RawSource, path: Path): RatioSource | Finding {
  const given = RATIO_SOURCE_KEYS.filter((k) => raw[k] !== undefined);
  if (given.length > 1) return finding('rubric.ratio-source-multiple', 'error', { keys: given }, path);
  if (!given.length) return finding('rubric.ratio-source-missing', 'error', {}, path);
  const key = given[0]!;
  const id = raw[key]!;
  return key === 'metric'
    ? { metric: id }
    : { facility: id, measure: key === 'facility-area' ? 'area' : 'count' };
}

/** The type a source's figures are read in: the metric's, area for an area, count for a count. */
export function ratioSourceType(s: RatioSource, metrics: Record<string, MetricDef>): MetricType | undefined {
  return 'metric' in s ? metrics[s.metric]?.type : s.measure;
}

/** The key a source is written under, for positions: `metric`, `facility-area` or `facility-count`. */
export function ratioSourceKey(s: RatioSource): (typeof RATIO_SOURCE_KEYS)[number] {
  return 'metric' in s ? 'metric' : s.measure === 'area' ? 'facility-area' : 'facility-count';
}

/** The id a source names, metric or facility, as a shortfall's parameter carries it. */
export const ratioSourceId = (s: RatioSource): string => ('metric' in s ? s.metric : s.facility);

/** The ids a ratio as written names, built or not (for lint's "defined but unused"). */
export function rawRatioNames(c: RawSource & { per: RawSource }): {
  metrics: string[];
  facilities: string[];
} {
  const metrics: string[] = [];
  const facilities: string[] = [];
  for (const s of [c, c.per]) {
    if (s.metric) metrics.push(s.metric);
    if (s['facility-area']) facilities.push(s['facility-area']);
    if (s['facility-count']) facilities.push(s['facility-count']);
  }
  return { metrics, facilities };
}
