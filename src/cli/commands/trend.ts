/**
 * `civscore trend <inputs...>`: files of several periods, per community the score and tier of
 * each period, the change and tier moves, the criteria whose status changed; per group the share
 * reaching each tier by period; and the cycle's weighted composite, ranked.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { GroupBy } from '../../engine/rank.js';
import { normalizeWeights } from '../../engine/trend.js';
import { expandInputs } from '../../load/expand-inputs.js';
import { trendFiles } from '../../pipeline/trend-files.js';
import { trendRubricOf } from '../../report/trend/finding-rubric.js';
import { TREND_FORMATS, type TrendFormat } from '../../report/trend/index.js';
import { trendWorkbook } from '../../report/trend/workbook.js';
import { xlsxBytes } from '../../sheets/write-xlsx.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { exitCode } from '../exit-code.js';
import { printFindings } from '../print.js';
import {
  asOfOption,
  formatOption,
  groupOption,
  parseSize,
  requireRubric,
  requireWaivers,
} from '../shared-options.js';
import { VERSION } from '../version.js';
import { writeOutput } from '../write-output.js';

interface TrendCliOptions {
  rubric?: string;
  group?: GroupBy;
  format: TrendFormat | 'xlsx';
  weights?: number[];
  output?: string;
  asOf?: string;
  waivers?: string;
  maxSize?: number;
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
    .addOption(groupOption('shares by community (of compounds), street or district'))
    .addOption(formatOption([...Object.keys(TREND_FORMATS), 'xlsx'], 'table'))
    .addOption(
      new Option(
        '--weights <list>',
        "each year's weight, oldest first, e.g. 15,25,60 (overrides the rubric's cycle)",
      ).argParser(parseWeights),
    )
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--waivers <file>', "a district's waivers file (exemptions per community and criterion)")
    .addOption(asOfOption())
    .addOption(new Option('--max-size <size>', 'largest file to read').argParser(parseSize))
    .action(async (inputs: string[], opts: TrendCliOptions, cmd: Command) => {
      const ctx = context(cmd);
      process.exitCode = await runTrend(inputs, opts, ctx);
    });
}

export async function runTrend(inputs: string[], opts: TrendCliOptions, ctx: CliContext): Promise<number> {
  if (opts.format === 'xlsx' && !opts.output) throw new CliError('xlsx.needs-output', {});
  if (opts.rubric) requireRubric(opts.rubric);
  const waivers = requireWaivers(opts.waivers);
  const expanded = expandInputs(inputs);
  if (expanded.files.length === 0) {
    printFindings(expanded.findings, ctx);
    throw new CliError('trend.no-files', { inputs: inputs.join(' ') }, 2);
  }
  const report = trendFiles(expanded.files, expanded.findings, {
    ...(opts.rubric ? { rubric: opts.rubric } : {}),
    ...(opts.asOf ? { asOf: opts.asOf } : {}),
    ...(waivers ? { waivers } : {}),
    ...(opts.maxSize ? { maxBytes: opts.maxSize } : {}),
    ...(opts.group ? { groupBy: opts.group } : {}),
    ...(opts.weights ? { weights: opts.weights } : {}),
  });
  printFindings(
    report.invalid.flatMap((f) => f.findings),
    ctx,
    trendRubricOf(report),
  );
  if (opts.format === 'xlsx') {
    const spec = trendWorkbook(report, { lang: ctx.lang, color: false, tool: `civscore ${VERSION}` });
    writeOutput(opts.output!, await xlsxBytes(spec));
  } else {
    const text = TREND_FORMATS[opts.format](report, {
      lang: ctx.lang,
      color: ctx.color && !opts.output,
      width: opts.output ? undefined : ctx.width,
    });
    if (opts.output) writeOutput(opts.output, text);
    else ctx.stdout(text);
  }
  return exitCode({ couldNotRun: false, invalidFiles: report.invalid.length });
}
