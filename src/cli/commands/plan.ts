/**
 * `civscore plan <inputs...> --costs <file>`: the cheapest 整改计划 that meets every quota. The
 * files are read and judged by rank's own batch (same rubric policy, roster, waivers, groups,
 * doubts); the plan comes from src/pipeline/plan.ts and is checked by re-scoring before it is
 * printed. The exit code follows rank's rule (--fail-on, default both): 1 when a file has errors, or
 * when a quota the plan leaves out is not met after it; and 1 when no plan meets the quotas it plans
 * for; 2 when it could not run.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { GroupBy } from '../../engine/rank.js';
import { namedInputMissing } from '../../pipeline/intake/missing-inputs.js';
import { invalidRubricOf } from '../../pipeline/rank-report.js';
import { PLAN_FORMATS, type PlanFormat } from '../../report/plan/index.js';
import { planWorkbook } from '../../report/plan/workbook.js';
import { xlsxBytes } from '../../sheets/write-xlsx.js';
import {
  type AttestCliOptions,
  attestKey,
  attestOption,
  keyOption,
  recordedOptions,
  signerOption,
  writeAttestation,
  writtenBy,
} from '../attest-options.js';
import { cleanOnSignal } from '../clean-on-signal.js';
import type { CliContext } from '../context.js';
import { finishRun } from '../exit-line.js';
import { outputFormat, requireNotAnInput } from '../output-kind.js';
import {
  addPlanOptions,
  checkPlanOptions,
  DEFAULT_ALTERNATIVES,
  makePlan,
  type PlanRunOptions,
} from '../plan-run.js';
import { printFindings } from '../print.js';
import { rankInputs } from '../rank-inputs.js';
import {
  asOfOption,
  evidenceCacheOption,
  type FailOn,
  failOnOption,
  formatOption,
  givenOnCommandLine,
  groupOption,
  inspectionsOption,
  jobsOption,
  parseSize,
  periodOption,
  rubricsOption,
} from '../shared-options.js';
import { emitChunks } from '../write-chunks.js';
import { writeReport } from '../write-output.js';
import { registerPlanStatus } from './plan-status.js';

interface PlanCliOptions extends PlanRunOptions, AttestCliOptions {
  group?: GroupBy;
  failOn: FailOn[];
  format: PlanFormat | 'xlsx';
  output?: string;
  formatGiven?: boolean;
}

const PLAN_OUTPUT_FORMATS = [...(Object.keys(PLAN_FORMATS) as PlanFormat[]), 'xlsx'] as const;

export function registerPlan(program: Command, context: (cmd: Command) => CliContext): void {
  const plan = program
    .command('plan')
    .description('the cheapest improvement plan (整改计划) that meets every quota, proven optimal')
    .argument('<inputs...>', 'self-assessment files (YAML, .xlsx, .csv), folders and globs, as for rank');
  addPlanOptions(
    plan,
    'what each fix costs (costs.yaml), one per rubric (repeatable); none: each fix counts 1',
  )
    .option('-r, --rubric <id|path>', "rubric to use (default: each file's own `rubric:`)")
    .addOption(rubricsOption())
    .addOption(groupOption('accepted as rank takes it; the plan follows the groups its quotas name'))
    .addOption(formatOption([...Object.keys(PLAN_FORMATS), 'xlsx'], 'table'))
    .option('-o, --output <file>', 'write the plan to a file (atomically) instead of stdout')
    .addOption(jobsOption('scoring'))
    .addOption(evidenceCacheOption())
    .addOption(failOnOption())
    .option('--waivers <file>', "a district's waivers file (exemptions per community and criterion)")
    .addOption(inspectionsOption())
    .option('--roster <file>', 'the communities each street really has: quotas count them all')
    .addOption(asOfOption())
    .addOption(periodOption())
    .addOption(new Option('--max-size <size>', 'largest file to read').argParser(parseSize))
    .addOption(attestOption())
    .addOption(keyOption())
    .addOption(signerOption())
    .action(async (inputs: string[], opts: PlanCliOptions, cmd: Command) => {
      const ctx = context(cmd);
      process.exitCode = await runPlan(inputs, { ...opts, formatGiven: givenOnCommandLine(cmd) }, ctx);
    });
  registerPlanStatus(plan, context);
}

export async function runPlan(inputs: string[], opts: PlanCliOptions, ctx: CliContext): Promise<number> {
  const format = outputFormat(PLAN_OUTPUT_FORMATS, {
    format: opts.format,
    formatGiven: !!opts.formatGiven,
    output: opts.output,
  });
  requireNotAnInput(opts.output, inputs);
  const checked = checkPlanOptions(opts);
  const key = attestKey(opts);
  return cleanOnSignal(async () => {
    const built = await rankInputs(inputs, { ...opts, written: writtenBy(opts) }, ctx, {
      keepAssessment: true,
      ...(key ? { digests: true } : {}),
    });
    printFindings(built.problems, ctx, invalidRubricOf(built.report));
    const { plan, findings } = await makePlan(
      built,
      opts,
      checked,
      ctx,
      format === 'json' ? DEFAULT_ALTERNATIVES.json : DEFAULT_ALTERNATIVES.read,
    );
    printFindings(findings, ctx, invalidRubricOf(built.report));
    if (key)
      writeAttestation(
        ctx,
        {
          report: built.report,
          inputs,
          digests: built.digests,
          options: recordedOptions('plan', opts),
          asOf: opts.asOf,
          plan,
        },
        opts,
        key,
      );
    if (format === 'xlsx')
      writeReport(ctx, opts.output!, await xlsxBytes(planWorkbook(plan, { lang: ctx.lang })));
    else {
      const chunks = PLAN_FORMATS[format](plan, {
        lang: ctx.lang,
        color: false,
        width: opts.output ? undefined : ctx.width,
      });
      await emitChunks(ctx, opts.output, chunks);
    }
    // rank's rule (its --fail-on): files with errors, and quotas not met after the plan: one the
    // plan leaves out and its fixes do not meet. No plan that meets the quotas it plans for is 1.
    const quotas = opts.failOn.includes('quota');
    return finishRun(ctx, {
      couldNotRun: namedInputMissing(inputs, built.problems),
      invalidFiles: 0,
      unscoredFiles: opts.failOn.includes('invalid') ? built.report.invalid.length : 0,
      errors: opts.failOn.includes('invalid') ? (built.report.summary.errors ?? 0) : 0,
      quotasShort: quotas ? plan.leftOut.filter((x) => !x.metAfter).length : 0,
      noPlan: !plan.feasible,
    });
  });
}
