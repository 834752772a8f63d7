/**
 * The levels in order (rank, report and trend alike): once every submission is judged, a street
 * (or community) whose rubric has roll-up criteria is judged again with its compounds' or
 * communities' results (roll-up.ts), and its item replaces the first. Nothing happens, and
 * nothing is judged twice, when no rubric of the run rolls anything up; when one does, a first
 * pass only places everyone in their groups, and the report is built once.
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
  // No street (or community) of the run has a roll-up criterion: the one build, as ever.
  if (!items.some((it) => it.kind === 'scored' && it.entry.rollUps))
    return { items, built: buildRankReport(items, findings, reportOptions) };
  // Who counts where, without ranking or judging quotas (the lower levels' report is built once,
  // below, with the streets judged again: never twice).
  const lower = lowerResults(buildRankReport(items, findings, { ...reportOptions, membersOnly: true }));
  const again = lower.size ? await judgeAgain(lower, options, reportOptions.rowIds) : undefined;
  const judged = again
    ? items.map((it) => again.get(it.kind === 'scored' ? it.entry.file : it.file) ?? it)
    : items;
  return { items: judged, built: buildRankReport(judged, findings, reportOptions) };
}
