/**
 * `civscore trend <inputs...>`: files of several periods, per community the score and tier of
 * each period, the change and tier moves, the criteria whose status changed; per group the share
 * reaching each tier by period; and the cycle's weighted composite, ranked.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { GroupBy } from '../../engine/rank.js';
import { normalizeWeights } from '../../engine/trend.js';
import { namedInputMissing } from '../../pipeline/intake/missing-inputs.js';
import { countTrendPrinted, trendBatch } from '../../pipeline/intake/trend-batch.js';
import { trendRubricOf } from '../../report/trend/finding-rubric.js';
import { TREND_FORMATS, type TrendFormat } from '../../report/trend/index.js';
import { trendWorkbook } from '../../report/trend/workbook.js';
import { xlsxBytes } from '../../sheets/write-xlsx.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { finishRun } from '../exit-line.js';
import { type IntakeCliOptions, intakeOptions, withInspections } from '../intake-options.js';
import { outputFormat, requireNotAnInput } from '../output-kind.js';
import { printFindings } from '../print.js';
import { progressLine } from '../progress-line.js';
import {
  asOfOption,
  evidenceCacheOption,
  formatOption,
  givenOnCommandLine,
  groupOption,
  inspectionsOption,
  jobsOption,
  parseSize,
  periodOption,
  rubricsOption,
} from '../shared-options.js';
import { VERSION } from '../version.js';
import { isNamedFile, writeReport } from '../write-output.js';

const TREND_OUTPUT_FORMATS = [...(Object.keys(TREND_FORMATS) as TrendFormat[]), 'xlsx'] as const;

interface TrendCliOptions extends IntakeCliOptions {
  group?: GroupBy;
  format: TrendFormat | 'xlsx';
  formatGiven?: boolean;
  weights?: number[];
  output?: string;
}

/** "15,25,60" (or "15%,25%,60%", "0.15,0.25,0.6"): each year's weight, oldest first, adding up to 100%. */
export function parseWeights(v: string): number[] {
  const parts = v.split(/[,，]/).map((s) => s.trim().replace(/[%％]$/, ''));
  const nums = parts.map(Number);
  if (!parts.length || parts.some((p) => p === '') || nums.some((n) => !Number.isFinite(n) || n < 0))
    throw new CliError('trend.weights-usage', { value: v });
  const { weights, sum } = normalizeWeights(nums);
  if (Math.abs(sum - 1) > 1e-9) throw new CliError('trend.weights-usage', { value: v });
  return weights;
}

export function registerTrend(program: Command, context: (cmd: Command) => CliContext): void {
  program
    .command('trend')
    .description('scores over several periods: changes, tier moves, and the weighted cycle composite')
    .argument('<inputs...>', 'self-assessment files of several periods, folders and globs')
    .option('-r, --rubric <id|path>', "rubric to use (default: each file's own `rubric:`)")
    .addOption(rubricsOption())
    .addOption(groupOption('shares by community (of compounds), street or district'))
    .addOption(formatOption(TREND_OUTPUT_FORMATS, 'table'))
    .addOption(
      new Option(
        '--weights <list>',
        "each year's weight, oldest first, e.g. 15,25,60 (overrides the rubric's cycle)",
      ).argParser(parseWeights),
    )
    .option(
      '-o, --output <file>',
      'write the report to a file (atomically) instead of stdout; its extension chooses the format',
    )
    .option('--waivers <file>', "a district's waivers file (exemptions per community and criterion)")
    .addOption(inspectionsOption())
    .option(
      '--roster <file>',
      'the communities each street really has (YAML, CSV or .xlsx: street, id, name): shares count them all',
    )
    .addOption(jobsOption('scoring'))
    .addOption(evidenceCacheOption())
    .addOption(asOfOption())
    .addOption(periodOption())
    .addOption(new Option('--max-size <size>', 'largest file to read').argParser(parseSize))
    .action(async (inputs: string[], opts: TrendCliOptions, cmd: Command) => {
      const ctx = context(cmd);
      process.exitCode = await runTrend(inputs, { ...opts, formatGiven: givenOnCommandLine(cmd) }, ctx);
    });
}

export async function runTrend(inputs: string[], opts: TrendCliOptions, ctx: CliContext): Promise<number> {
  const format = outputFormat(TREND_OUTPUT_FORMATS, {
    format: opts.format,
    formatGiven: !!opts.formatGiven,
    output: opts.output,
  });
  requireNotAnInput(opts.output, inputs);
  const { options, findings: inspectionFindings } = await withInspections(
    await intakeOptions(opts, ctx.env),
    opts,
  );
  const batch = await trendBatch(
    inputs,
    {
      ...options,
      ...(opts.group ? { groupBy: opts.group } : {}),
      ...(opts.weights ? { weights: opts.weights } : {}),
      // A period after this day is no year of the trend (a file's `period: 2099`).
      judgedOn: opts.asOf ?? new Date().toISOString().slice(0, 10),
    },
    progressLine(ctx),
  );
  if (batch.kind === 'no-files') {
    printFindings(batch.findings, ctx);
    throw new CliError('trend.no-files', { inputs: inputs.join(' ') }, 2);
  }
  const report = batch.report;
  // Errors at the inspections (a record that applies to nobody) fail the run as an invalid file
  // does; the warnings printed are counted, as rank counts them.
  const errors = countTrendPrinted(report, [...inspectionFindings, ...batch.problems]);
  printFindings(
    [...inspectionFindings, ...batch.problems, ...report.invalid.flatMap((f) => f.findings)],
    ctx,
    trendRubricOf(report),
  );
  if (format === 'xlsx') {
    const spec = trendWorkbook(report, { lang: ctx.lang, color: false, tool: `civscore ${VERSION}` });
    writeReport(ctx, opts.output!, await xlsxBytes(spec));
  } else {
    const text = TREND_FORMATS[format](report, {
      lang: ctx.lang,
      color: ctx.color && !opts.output,
      toFile: isNamedFile(opts.output),
      width: opts.output ? undefined : ctx.width,
    });
    if (opts.output) writeReport(ctx, opts.output, text);
    else ctx.stdout(text);
  }
  const missing = namedInputMissing(inputs, [
    ...batch.problems,
    ...report.invalid.flatMap((f) => f.findings),
  ]);
  // Files not scored, as rank counts them: with errors, or set apart (a period outside its rubric's year).
  return finishRun(ctx, {
    couldNotRun: missing,
    invalidFiles: 0,
    unscoredFiles: report.invalid.length,
    errors,
  });
}
