/** Reading one metric or facility from an assessment, with the shortfall to report when it can't be. */

import type { Assessment } from '../model/assessment.js';
import type { ShortfallCode } from '../model/codes/index.js';
import type { MetricType, MetricValue } from '../model/figures.js';
import type { Params } from '../model/finding.js';
import type { Bound, Rubric } from '../model/rubric.js';
import { atLeast, boundIsMasked, clean, figureValue } from './bounds.js';
import type { Shortfall } from './shortfall.js';

/** The metric types a bound can judge: numbers of any kind. */
export const NUMERIC: readonly MetricType[] = ['area', 'count', 'rate', 'number'];

export type Read<T> = { ok: true; value: T } | { ok: false; shortfall: Shortfall };

export function readMetric(a: Assessment, metric: string): Read<MetricValue> {
  const v = a.metrics[metric];
  if (v !== undefined) return { ok: true, value: v };
  const problem = a.unreadable[metric];
  if (problem) return { ok: false, shortfall: { code: 'shortfall.unreadable', params: { metric, problem } } };
  return { ok: false, shortfall: { code: 'shortfall.no-data', params: { metric } } };
}

export function readNumber(a: Assessment, metric: string): Read<number> {
  const r = readMetric(a, metric);
  if (!r.ok) return r;
  return typeof r.value === 'number'
    ? { ok: true, value: r.value }
    : { ok: false, shortfall: { code: 'shortfall.no-data', params: { metric } } };
}

export function maskedShortfall(b: Bound): Shortfall | undefined {
  const m = boundIsMasked(b);
  return m === undefined ? undefined : { code: 'shortfall.figure-masked', params: { raw: m } };
}

/** The shortfall of a value against a bound, in the metric's own unit. */
export function boundShortfall(
  metric: string,
  actual: number,
  b: Bound,
  rubric: Rubric,
  scale = 1,
): Shortfall {
  const x = clean(figureValue(b.value)! * scale);
  let code: ShortfallCode;
  let params: Params;
  switch (b.op) {
    case 'at-least':
      code = 'shortfall.below';
      params = { metric, actual, needed: x, gap: clean(x - actual) };
      break;
    case 'more-than':
      code = 'shortfall.not-above';
      params = { metric, actual, needed: x };
      break;
    case 'at-most':
      code = 'shortfall.above';
      params = { metric, actual, needed: x, gap: clean(actual - x) };
      break;
    case 'less-than':
      code = 'shortfall.not-below';
      params = { metric, actual, needed: x };
      break;
    case 'between':
      code = 'shortfall.outside';
      params = { metric, actual, low: x, high: clean(figureValue(b.upper!)! * scale) };
      break;
  }
  const unit = rubric.metrics[metric]?.type;
  return unit ? { code, params, unit } : { code, params };
}

/** A facility condition: present (count), large enough (area). Returns the shortfall, or undefined when met. */
export function facilityShortfall(
  a: Assessment,
  facility: string,
  minArea: number | undefined,
  minCount = 1,
): Shortfall | undefined {
  const rep = a.facilities?.[facility];
  if (!rep || rep.count === 0) return { code: 'shortfall.facility-missing', params: { facility } };
  if (rep.count < minCount)
    return { code: 'shortfall.facility-count', params: { facility, actual: rep.count, needed: minCount } };
  if (minArea !== undefined) {
    if (rep.area === undefined)
      return { code: 'shortfall.facility-area-unknown', params: { facility, needed: minArea }, unit: 'area' };
    if (!atLeast(rep.area, minArea))
      return {
        code: 'shortfall.facility-area',
        // The area is a sum of entries: rounded, so that their order leaves no binary noise.
        params: { facility, actual: clean(rep.area), needed: minArea, gap: clean(minArea - rep.area) },
        unit: 'area',
      };
  }
  return undefined;
}
