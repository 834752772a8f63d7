/**
 * The levels in order (rank, report and trend alike): once every submission is judged, a street
 * (or community) whose rubric has roll-up criteria is judged again with its compounds' or
 * communities' results (roll-up.ts), and its item replaces the first. Nothing happens, and
 * nothing is judged twice, when no rubric of the run rolls anything up.
 */
import type { Finding } from '../../model/finding.js';
import { type BuiltRankReport, buildRankReport, type RankReportOptions } from '../rank-report.js';
import { lowerResults } from '../roll-up.js';
import { type Intake, type IntakeOptions, judgeAgain } from './judge-submissions.js';

/** One judged submission, as the intake hands it over. */
type BatchItem = Extract<Intake, { kind: 'judged' }>['items'][number];

export async function rollUpPass(
  items: BatchItem[],
  findings: readonly Finding[],
  options: IntakeOptions,
  reportOptions: RankReportOptions,
): Promise<{ items: BatchItem[]; built: BuiltRankReport }> {
  const built = buildRankReport(items, findings, reportOptions);
  const lower = lowerResults(built);
  if (!lower.size) return { items, built };
  const again = await judgeAgain(lower, options, reportOptions.rowIds);
  const judged = items.map((it) => again.get(it.kind === 'scored' ? it.entry.file : it.file) ?? it);
  return { items: judged, built: buildRankReport(judged, findings, reportOptions) };
}
