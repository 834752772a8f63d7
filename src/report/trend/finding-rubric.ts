/**
 * The rubric a trend's finding is worded with, so that it names metrics and criteria by their
 * titles: the rubric it names, else the run's one rubric. A file that could not be scored carries
 * no rubric of its own here.
 */
import type { Finding } from '../../model/finding.js';
import type { Rubric } from '../../model/rubric.js';
import type { TrendReport } from './types.js';

export function trendRubricOf(report: Pick<TrendReport, 'tables'>): (f: Finding) => Rubric | undefined {
  const byId = new Map<string, Rubric>();
  for (const t of report.tables) byId.set(t.rubric.id, t.rubric);
  const only = report.tables.length === 1 ? report.tables[0]!.rubric : undefined;
  return (f) => (typeof f.params.rubric === 'string' ? byId.get(f.params.rubric) : undefined) ?? only;
}
