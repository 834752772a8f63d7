/**
 * The batch behind `trend`: the submissions of every period judged by the intake (full results
 * kept, for the criteria whose status changed), then one trend per rubric family (trend-files.ts).
 */
import type { Finding } from '../../model/finding.js';
import type { TrendReport } from '../../report/trend/types.js';
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
  return {
    kind: 'trend',
    problems: intake.findings.filter((f) => f.severity !== 'error'),
    report: trendReport(items, intake.findings, {
      ...options,
      ...(intake.rowIds ? { rowIds: intake.rowIds } : {}),
    }),
  };
}
