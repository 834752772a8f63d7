/**
 * How large a rubric may be (issue 11, point 9): a rubric is data from anyone, and one of 48,000
 * criteria, or a chain of large ones, once took minutes and gigabytes. The limits are far above
 * real rubrics (the built-in ones have under 100 criteria and under 30 KB) and keep the slowest
 * command on a rubric at the limit to a few seconds (npm run bench:hostile). docs/formats.md and
 * SECURITY.md state them.
 */

/** Criteria in one rubric, counted with those it extends. */
export const MAX_RUBRIC_CRITERIA = 2000;
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
