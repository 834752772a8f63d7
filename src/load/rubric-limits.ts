/**
 * How large a rubric may be (issue 11, point 9): a rubric is data from anyone, and one of 48,000
 * criteria, or a chain of large ones, once took minutes and gigabytes. The limits are far above
 * real rubrics (the built-in ones have under 100 criteria and under 30 KB) and keep the slowest
 * command on a rubric at the limit to a few seconds (npm run bench:hostile). docs/formats.md and
 * SECURITY.md state them.
 */

/** Criteria in one rubric, counted with those it extends. */
export const MAX_RUBRIC_CRITERIA = 2000;
/** Metrics in one rubric, with those it extends (60,000 once took 10 s for every command). */
export const MAX_RUBRIC_METRICS = 5000;
/** Keys of every mapping in one rubric's data, with those it extends (known or not: each unknown one is a finding). */
export const MAX_RUBRIC_KEYS = 50_000;
/** Files in an `extends` chain, the rubric's own included. */
export const MAX_EXTENDS_FILES = 8;
/** Bytes of the rubric's file and the files it extends, together. */
export const MAX_RUBRIC_BYTES = 2_000_000;

/** The criteria listed in a rubric's raw data (sections[].criteria[]), before the schema. */
export function criteriaCount(data: unknown): number {
  const sections = (data as { sections?: unknown } | null)?.sections;
  if (!Array.isArray(sections)) return 0;
  let n = 0;
  for (const s of sections) {
    const criteria = (s as { criteria?: unknown } | null)?.criteria;
    if (Array.isArray(criteria)) n += criteria.length;
  }
  return n;
}

/** The metrics defined in a rubric's raw data (the keys of `metrics:`), before the schema. */
export function metricsCount(data: unknown): number {
  const metrics = (data as { metrics?: unknown } | null)?.metrics;
  return metrics !== null && typeof metrics === 'object' && !Array.isArray(metrics)
    ? Object.keys(metrics).length
    : 0;
}

/** The keys of every mapping in raw data, counted without recursion (a deep rubric cannot overflow the stack). */
export function keysCount(data: unknown, stopAt = Number.POSITIVE_INFINITY): number {
  let n = 0;
  const stack: unknown[] = [data];
  while (stack.length && n <= stopAt) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) for (const x of v) stack.push(x);
    else
      for (const k in v) {
        n++;
        stack.push((v as Record<string, unknown>)[k]);
      }
  }
  return n;
}

/** The first limit a rubric's raw data (merged with what it extends, or its own) goes over. */
export type RubricOverLimit = {
  code: 'rubric.too-many-criteria' | 'rubric.too-many-metrics' | 'rubric.too-many-keys';
  count: number;
  limit: number;
  path: string[];
};

export function rubricOverLimit(data: unknown): RubricOverLimit | undefined {
  const criteria = criteriaCount(data);
  if (criteria > MAX_RUBRIC_CRITERIA)
    return {
      code: 'rubric.too-many-criteria',
      count: criteria,
      limit: MAX_RUBRIC_CRITERIA,
      path: ['sections'],
    };
  const metrics = metricsCount(data);
  if (metrics > MAX_RUBRIC_METRICS)
    return { code: 'rubric.too-many-metrics', count: metrics, limit: MAX_RUBRIC_METRICS, path: ['metrics'] };
  const keys = keysCount(data, MAX_RUBRIC_KEYS);
  if (keys > MAX_RUBRIC_KEYS)
    return { code: 'rubric.too-many-keys', count: keys, limit: MAX_RUBRIC_KEYS, path: [] };
  return undefined;
}
