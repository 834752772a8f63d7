/**
 * `civscore plan status <plan> <inputs...>` (销号): a saved plan (plan --format json --output
 * plan.json) against the latest submissions, read by rank's own intake. Refuses a plan made by
 * another rubric (its sha256) or a file that is no plan. Exit 0 when every quota is met now, 1 when
 * not, 2 when it could not run.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { GroupBy } from '../../engine/rank.js';
import { readSource } from '../../load/read-source.js';
import { readSavedPlan } from '../../model/plan-file.js';
import { PlanStatusRefused, planStatus } from '../../pipeline/plan-status.js';
import { invalidRubricOf } from '../../pipeline/rank-report.js';
import { PLAN_STATUS_FORMATS } from '../../report/plan/status.js';
import { planStatusWorkbook } from '../../report/plan/workbook.js';
import { xlsxBytes } from '../../sheets/write-xlsx.js';
import { cleanOnSignal } from '../clean-on-signal.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { intakeOptions } from '../intake-options.js';
import { outputFormat } from '../output-kind.js';
import { printFindings } from '../print.js';
import { rankInputs } from '../rank-inputs.js';
import {
  asOfOption,
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

type StatusFormat = keyof typeof PLAN_STATUS_FORMATS | 'xlsx';
const STATUS_FORMATS = [...(Object.keys(PLAN_STATUS_FORMATS) as StatusFormat[]), 'xlsx'] as const;

interface PlanStatusCliOptions {
  rubric?: string;
  rubrics?: string[];
  group?: GroupBy;
  format: StatusFormat;
  output?: string;
  jobs?: number;
  asOf?: string;
  /** --period: the period of the rows of a sheet without a period column. */
  period?: string;
  waivers?: string;
  maxSize?: number;
  roster?: string;
  /** --inspections: a fix is done when the inspectors found it so (a 复查's value), not the file alone. */
  inspections?: string[];
  formatGiven?: boolean;
}

export function registerPlanStatus(plan: Command, context: (cmd: Command) => CliContext): void {
  plan
    .command('status')
    .description(
      'close a saved plan (销号): which fixes are done, overdue, which quotas are met, what is left',
    )
    .argument('<plan>', 'the plan saved by plan --format json --output plan.json')
    .argument('<inputs...>', 'the latest self-assessments (YAML, .xlsx, .csv), folders and globs')
    .option('-r, --rubric <id|path>', "rubric to use (default: each file's own `rubric:`)")
    .addOption(rubricsOption())
    .addOption(groupOption('accepted as rank takes it'))
    .addOption(formatOption([...Object.keys(PLAN_STATUS_FORMATS), 'xlsx'], 'table'))
    .option('-o, --output <file>', 'write the status to a file (atomically) instead of stdout')
    .addOption(jobsOption('scoring'))
    .option('--waivers <file>', "a district's waivers file (exemptions per community and criterion)")
    .option('--roster <file>', 'the communities each street really has: quotas count them all')
    .addOption(inspectionsOption())
    .addOption(asOfOption())
    .addOption(periodOption())
    .addOption(new Option('--max-size <size>', 'largest file to read').argParser(parseSize))
    .action(async (planFile: string, inputs: string[], opts: PlanStatusCliOptions, cmd: Command) => {
      const ctx = context(cmd);
      const own = ownOptions(cmd);
      process.exitCode = await runPlanStatus(
        planFile,
        inputs,
        { ...opts, ...own, formatGiven: givenOnCommandLine(cmd) || own.format !== undefined },
        ctx,
      );
    });
}

/**
 * The options commander gave `plan` itself: `plan` takes the same ones (--as-of, --format…) and,
 * as the command before `status`, reads them wherever they stand. They are the status's; one only
 * `plan` takes (--costs, --budget…) is a usage error here.
 */
function ownOptions(cmd: Command): Partial<PlanStatusCliOptions> {
  const parent = cmd.parent;
  if (!parent) return {};
  const mine = new Set(cmd.options.map((o) => o.attributeName()));
  const out: Record<string, unknown> = {};
  for (const o of parent.options) {
    const key = o.attributeName();
    if (parent.getOptionValueSource(key) !== 'cli') continue;
    if (!mine.has(key)) throw new CliError('plan-status.option-usage', { option: o.long ?? o.flags });
    out[key] = parent.getOptionValue(key);
  }
  return out as Partial<PlanStatusCliOptions>;
}

function readPlanFile(file: string) {
  const read = readSource(file);
  let data: unknown;
  if (read.ok)
    try {
      data = JSON.parse(read.source.text);
    } catch {
      data = undefined;
    }
  const saved = readSavedPlan(data);
  if (!saved)
    throw new CliError(
      'plan-status.not-a-plan',
      { file },
      2,
      read.ok ? [] : read.findings.map((f) => ({ ...f, file })),
    );
  return saved;
}

export async function runPlanStatus(
  planFile: string,
  inputs: string[],
  opts: PlanStatusCliOptions,
  ctx: CliContext,
): Promise<number> {
  const format = outputFormat(STATUS_FORMATS, {
    format: opts.format,
    formatGiven: !!opts.formatGiven,
    output: opts.output,
  });
  const saved = readPlanFile(planFile);
  const intake = await intakeOptions(opts, ctx.env);
  return cleanOnSignal(async () => {
    const built = await rankInputs(inputs, opts, ctx, { keepAssessment: true });
    printFindings(built.problems, ctx, invalidRubricOf(built.report));
    let report: ReturnType<typeof planStatus>;
    try {
      report = planStatus(saved, built.report, built.assessments, intake.asOf ?? ctx.today);
    } catch (e) {
      if (e instanceof PlanStatusRefused) {
        const r = e.refusal;
        if (r.reason === 'no-table')
          throw new CliError('plan-status.no-table', { rubric: r.rubric, period: r.period }, 2);
        throw new CliError(
          'plan-status.rubric-changed',
          { rubric: r.rubric, planned: r.planned.slice(0, 12), now: r.now.slice(0, 12) },
          2,
        );
      }
      throw e;
    }
    if (format === 'xlsx')
      writeReport(ctx, opts.output!, await xlsxBytes(planStatusWorkbook(report, { lang: ctx.lang })));
    else {
      const chunks = PLAN_STATUS_FORMATS[format](report, {
        lang: ctx.lang,
        color: false,
        width: opts.output ? undefined : ctx.width,
      });
      await emitChunks(ctx, opts.output, chunks);
    }
    return report.allMet ? 0 : 1;
  });
}
