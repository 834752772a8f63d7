/**
 * The batch behind `rank` and `report`: the submissions judged by the intake, then ranked per
 * rubric and period (rank-report.ts), with the waivers' own findings. `report` asks for the full
 * results too, and makes its community pages from them: a spreadsheet row's as a file's, and
 * nothing judged twice.
 */
import type { CriterionPoints } from '../../engine/criterion-points.js';
import type { GroupBy } from '../../engine/rank.js';
import type { CommunityResult } from '../../engine/result.js';
import type { Roster } from '../../load/roster.js';
import type { Finding } from '../../model/finding.js';
import type { RankReport } from '../../report/rank/types.js';
import { type BuiltRankReport, buildRankReport } from '../rank-report.js';
import { waiverFindings } from '../waiver-findings.js';
import { type IntakeOptions, type IntakeProgress, judgeSubmissions } from './judge-submissions.js';

export interface RankBatchOptions extends IntakeOptions {
  group?: GroupBy;
  /** The id of the --rubric every submission was judged by. */
  forcedRubric?: string;
  roster?: Roster;
}

export type RankBatch =
  | { kind: 'no-files'; findings: Finding[] }
  | (BuiltRankReport & {
      kind: 'ranked';
      /** Full results by the entry's file (or row label): with keepResults only. */
      results: ReadonlyMap<string, CommunityResult>;
      /** Criterion points by the entry's file (or row label): with keepCriteria only. */
      criteria: ReadonlyMap<string, CriterionPoints>;
    });

export async function rankBatch(
  inputs: string[],
  options: RankBatchOptions,
  progress?: IntakeProgress,
): Promise<RankBatch> {
  const intake = await judgeSubmissions(inputs, options, progress);
  if (intake.kind === 'no-files') return intake;
  const results = new Map<string, CommunityResult>();
  const criteria = new Map<string, CriterionPoints>();
  for (const it of intake.items) {
    if (it.kind !== 'scored') continue;
    if (it.result) results.set(it.entry.file, it.result);
    if (it.criteria) criteria.set(it.entry.file, it.criteria);
  }
  const built = buildRankReport(intake.items, intake.findings, {
    ...(options.group ? { group: options.group } : {}),
    ...(options.forcedRubric ? { forcedRubric: options.forcedRubric } : {}),
    ...(options.roster ? { roster: options.roster } : {}),
    ...(intake.rowIds ? { rowIds: intake.rowIds } : {}),
  });
  if (options.waivers)
    built.problems.push(...waiverFindings(options.waivers, tablesEntries(built.report), options.asOf));
  return { ...built, kind: 'ranked', results, criteria };
}

/** Quotas that fail the run: short, over, or provisional (a provisional verdict is no pass). */
export function failingQuotas(report: RankReport): number {
  return report.tables.reduce(
    (n, t) => n + t.quotas.filter((q) => q.status === 'short' || q.status === 'over' || q.provisional).length,
    0,
  );
}

const tablesEntries = (report: RankReport) =>
  report.tables.map((t) => ({ rubric: t.rubric, entries: t.rows.map((r) => r.entry) }));
