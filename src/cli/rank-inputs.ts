/**
 * The batch `rank` and `report` share, from the command's side: the options checked, the intake
 * and the ranking run (src/pipeline/intake), a progress line at a terminal, and "no files" as
 * the usage error it is.
 */
import type { GroupBy } from '../engine/rank.js';
import { countPrinted, type RankBatchOptions, rankBatch } from '../pipeline/intake/rank-batch.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import { type IntakeCliOptions, intakeOptions, withInspections } from './intake-options.js';
import { printFindings } from './print.js';
import { progressLine } from './progress-line.js';

/** The batch `rank` and `report` share: the intake's options checked, the submissions judged and ranked. */
export async function rankInputs(
  inputs: string[],
  opts: IntakeCliOptions & { group?: GroupBy },
  ctx: CliContext,
  keep: Pick<RankBatchOptions, 'keepResults' | 'keepCriteria' | 'keepAssessment' | 'digests'> = {},
) {
  const { options, findings } = await withInspections(await intakeOptions(opts, ctx.env), opts);
  const batch = await rankBatch(
    inputs,
    { ...options, ...(opts.group ? { group: opts.group } : {}), ...keep },
    progressLine(ctx),
  );
  if (batch.kind === 'no-files') {
    printFindings(batch.findings, ctx);
    throw new CliError('rank.no-files', { inputs: inputs.join(' ') }, 2);
  }
  if (findings.length) {
    batch.problems.unshift(...findings);
    countPrinted(batch);
  }
  return batch;
}
