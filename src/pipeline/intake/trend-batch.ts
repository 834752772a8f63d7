/**
 * The batch behind `trend`: the submissions of every period judged by the intake (full results
 * kept, for the criteria whose status changed), then one trend per rubric family (trend-files.ts).
 */
import type { Finding } from '../../model/finding.js';
import type { TrendReport } from '../../report/trend/types.js';
import { inspectionFindings, isInspectionError } from '../inspection-findings.js';
import { type TrendOptions, trendReport } from '../trend-files.js';
import { type IntakeOptions, type IntakeProgress, judgeSubmissions } from './judge-submissions.js';
import { rollUpPass } from './roll-up-pass.js';

export async function trendBatch(
  inputs: string[],
  options: IntakeOptions & Omit<TrendOptions, 'rowIds'>,
  progress?: IntakeProgress,
): Promise<
  | { kind: 'no-files'; findings: Finding[] }
  /** problems: what the inputs' listing warns of (links out, pipes), for stderr as rank says it. */
  | { kind: 'trend'; report: TrendReport; problems: Finding[] }
> {
  const intake = await judgeSubmissions(inputs, { ...options, keepResults: true }, progress);
  if (intake.kind === 'no-files') return intake;
  // Streets rolled up from their compounds or communities of the same period, as rank does.
  const { items } = await rollUpPass(
    intake.items,
    intake.findings,
    { ...options, keepResults: true },
    {
      ...(options.roster ? { roster: options.roster } : {}),
      ...(intake.rowIds ? { rowIds: intake.rowIds } : {}),
    },
  );
  const { report, said } = trendReport(items, intake.findings, {
    ...options,
    ...(intake.rowIds ? { rowIds: intake.rowIds } : {}),
  });
  // What the listing warns of, and what rank prints of the scored files (evidence, hidden cells).
  const problems = [...intake.findings.filter((f) => f.severity !== 'error'), ...said];
  // The inspections as rank judges them: a record that applies to nobody is an error.
  if (options.inspections) {
    const entries = items.flatMap((it) => (it.kind === 'scored' ? [it.entry] : []));
    problems.push(
      ...inspectionFindings(
        options.inspections,
        entries,
        options.roster?.communities.map((c) => c.id),
      ),
    );
  }
  return { kind: 'trend', problems, report: options.inspections ? { ...report, inspections: true } : report };
}

/**
 * The summary counts what is printed, as rank's does (rank-batch.ts countPrinted): the warnings
 * among the run's problems (stderr), the report's notes and the unscored files' findings; and the errors at the inspections (a
 * record that applies to nobody), which fail the run as an invalid file does (returned).
 */
export function countTrendPrinted(report: TrendReport, problems: readonly Finding[]): number {
  let warnings = 0;
  let errors = 0;
  for (const f of [...problems, ...report.notes])
    if (f.severity === 'warning') warnings++;
    else if (f.severity === 'error' && isInspectionError(f)) errors++;
  // An unscored file's warnings are printed with its errors.
  for (const i of report.invalid) for (const f of i.findings) if (f.severity === 'warning') warnings++;
  report.summary.warnings = warnings;
  if (errors) report.summary.errors = errors;
  return errors;
}
