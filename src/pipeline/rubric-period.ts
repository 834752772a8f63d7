/**
 * A self-assessment whose period is not its rubric's year (a 2026 file scored by the 2005
 * targets): `check` warns with the fix, as `rank` does when it ranks such files apart.
 */
import { type Finding, finding } from '../model/finding.js';
import type { Rubric } from '../model/rubric.js';

/** Whether a period (2005, 2005-03) lies in the rubric's year; a rubric without one fits any. */
export function periodFitsRubric(period: string, rubric: Pick<Rubric, 'year'>): boolean {
  return rubric.year === undefined || period.startsWith(String(rubric.year));
}

/** The warning for a scored file whose period is not its rubric's year, or nothing. */
export function rubricYearFinding(
  r: { file: string; rubric?: Rubric; result?: { period: string } },
  position?: { line: number; column: number },
): Finding | undefined {
  const { rubric, result } = r;
  if (!rubric || !result || rubric.year === undefined || periodFitsRubric(result.period, rubric))
    return undefined;
  return {
    ...finding(
      'period.rubric-year',
      'warning',
      { period: result.period, rubric: rubric.id, year: rubric.year },
      ['period'],
    ),
    file: r.file,
    ...(position ?? {}),
  };
}
