/**
 * The batch behind `rank` and `report`: the submissions judged by the intake, then ranked per
 * rubric and period (rank-report.ts), with the waivers' own findings. `report` asks for the full
 * results too, and makes its community pages from them: a spreadsheet row's as a file's, and
 * nothing judged twice (but a street whose rubric rolls up its compounds or communities, judged
 * again once they are: roll-up-pass.ts).
 */

import { type KeptPoints, keptPoints } from '../../engine/criterion-points.js';
import type { GroupBy } from '../../engine/rank.js';
import type { CommunityResult } from '../../engine/result.js';
import type { Roster } from '../../load/roster.js';
import type { Assessment } from '../../model/assessment.js';
import type { Finding } from '../../model/finding.js';
import type { RankReport } from '../../report/rank/types.js';
import { NO_DIGESTS, type ReadDigests } from '../attest/file-digest.js';
import { inspectionFindings, inspectionsView, isInspectionError } from '../inspection-findings.js';
import type { BuiltRankReport } from '../rank-report.js';
import { heldExemptions, waiverFindings } from '../waiver-findings.js';
import {
  type Intake,
  type IntakeOptions,
  type IntakeProgress,
  judgeSubmissions,
} from './judge-submissions.js';
import { rollUpPass } from './roll-up-pass.js';

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
      /** Interpreted assessments by the entry's file (or row label): with keepAssessment only (plan). */
      assessments: ReadonlyMap<string, Assessment>;
      /** Criterion points by the entry's file (or row label): with keepCriteria only. */
      criteria: ReadonlyMap<string, KeptPoints>;
      /** What was read of each YAML submission, by its path as listed: with digests only. */
      digests: ReadDigests;
    });

export async function rankBatch(
  inputs: string[],
  options: RankBatchOptions,
  progress?: IntakeProgress,
): Promise<RankBatch> {
  const intake = await judgeSubmissions(inputs, options, progress);
  if (intake.kind === 'no-files') return intake;
  const digests = options.digests ? digestsOf(intake.items) : NO_DIGESTS;
  const reportOptions = {
    ...(options.group ? { group: options.group } : {}),
    ...(options.forcedRubric ? { forcedRubric: options.forcedRubric } : {}),
    ...(options.roster ? { roster: options.roster } : {}),
    ...(intake.rowIds ? { rowIds: intake.rowIds } : {}),
  };
  // The levels in order: streets with roll-up criteria are judged again with their compounds' or
  // communities' results, and the report is made from the judgement that stands.
  const { items, built } = await rollUpPass(intake.items, intake.findings, options, reportOptions);
  const results = new Map<string, CommunityResult>();
  const criteria = new Map<string, KeptPoints>();
  const assessments = new Map<string, Assessment>();
  for (const it of items) {
    if (it.kind !== 'scored') continue;
    if (it.result) results.set(it.entry.file, it.result);
    if (it.criteria) criteria.set(it.entry.file, keptPoints(it.criteria));
    if (it.assessment) assessments.set(it.entry.file, it.assessment);
  }
  if (options.waivers)
    built.problems.push(...waiverFindings(options.waivers, tablesEntries(built.report), options.asOf));
  if (options.inspections) {
    const entries = built.report.tables.flatMap((t) => t.rows.map((r) => r.entry));
    built.problems.push(
      ...inspectionFindings(
        options.inspections,
        entries,
        options.roster?.communities.map((c) => c.id),
      ),
    );
    built.report.inspections = inspectionsView(options.inspections, options.asOf, entries);
  }
  countPrinted(built);
  const held = heldExemptions(options.waivers, tablesEntries(built.report), options.asOf);
  built.report.tables.forEach((t, i) => {
    if (held[i]?.length) t.exemptions = held[i];
  });
  return { ...built, kind: 'ranked', results, criteria, assessments, digests };
}

/** Each file's digest as the batch read it (the first judgement: a roll-up's second reads none). */
function digestsOf(items: Extract<Intake, { kind: 'judged' }>['items']): ReadDigests {
  const sha256 = new Map<string, string>();
  const mentionEvidence = new Set<string>();
  for (const it of items) {
    if (it.sha256 === undefined) continue;
    const file = it.kind === 'scored' ? it.entry.file : it.file;
    sha256.set(file, it.sha256);
    if (it.mentionsEvidence) mentionEvidence.add(file);
  }
  return { sha256, mentionEvidence };
}

/**
 * The summary counts the warnings printed (issue #25): the waivers' and inspections' too; and the
 * errors at the inspections (a record that applies to nobody, a bad field), which fail the run as
 * an invalid file does. Counted again once the inspections file's own findings join the problems.
 */
export function countPrinted(built: Pick<BuiltRankReport, 'report' | 'problems'>): void {
  let warnings = 0;
  let errors = 0;
  for (const f of built.problems)
    if (f.severity === 'warning') warnings++;
    else if (f.severity === 'error' && isInspectionError(f)) errors++;
  built.report.summary.warnings = warnings;
  if (errors) built.report.summary.errors = errors;
  else delete built.report.summary.errors;
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
