/** `civscore check <file...>`: is this community compliant, which tier, what is missing, what to fix first. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { hasErrors } from '../../model/finding.js';
import { type AssessedFile, assessFile } from '../../pipeline/assess-file.js';
import { assessSheet } from '../../pipeline/assess-sheet.js';
import { CHECK_FORMATS, type CheckFormat } from '../../report/check/index.js';
import type { CheckReport, FileReport } from '../../report/types.js';
import { sheetKind } from '../../sheets/sheet-files.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { exitCode } from '../exit-code.js';
import { printFindings } from '../print.js';
import { asOfOption, formatOption, parseSize, requireRubric, requireWaivers } from '../shared-options.js';

interface CheckOptions {
  rubric?: string;
  format: CheckFormat;
  minTier?: string;
  asOf?: string;
  waivers?: string;
  maxSize?: number;
}

export function registerCheck(program: Command, context: (cmd: Command) => CliContext): void {
  program
    .command('check')
    .description('score self-assessment files against their rubric and show what is missing')
    .argument('<file...>', 'self-assessment files: YAML, or .xlsx / .csv with one community per row')
    .option('-r, --rubric <id|path>', "rubric to use (default: each file's own `rubric:`)")
    .addOption(formatOption(Object.keys(CHECK_FORMATS), 'table'))
    .option('--min-tier <id>', 'exit 1 unless every file reaches this tier')
    .option('--waivers <file>', "a district's waivers file (exemptions per community and criterion)")
    .addOption(asOfOption())
    .addOption(new Option('--max-size <size>', 'largest file to read').argParser(parseSize))
    .action(async (files: string[], opts: CheckOptions, cmd: Command) => {
      const ctx = context(cmd);
      process.exitCode = await runCheck(files, opts, ctx);
    });
}

export async function runCheck(files: string[], opts: CheckOptions, ctx: CliContext): Promise<number> {
  const forced = opts.rubric ? requireRubric(opts.rubric) : undefined;
  if (opts.minTier && forced && !forced.tiers.some((t) => t.id === opts.minTier)) {
    throw new CliError('cli.unknown-tier', {
      tier: opts.minTier,
      rubric: forced.id,
      known: forced.tiers.map((t) => t.id).join(', '),
    });
  }
  const waivers = requireWaivers(opts.waivers);
  const reports: FileReport[] = [];
  let couldNotRun = false;
  const assess = {
    ...(opts.rubric ? { rubric: opts.rubric } : {}),
    asOf: opts.asOf ?? ctx.today,
    ...(waivers ? { waivers } : {}),
    ...(opts.maxSize ? { maxBytes: opts.maxSize } : {}),
    scoreInvalid: true,
  };
  const add = (r: AssessedFile) => {
    if (r.rubricFailure) {
      couldNotRun = true;
      printFindings(r.rubricFailure.findings, ctx);
    }
    if (r.findings.some((f) => f.code === 'load.not-found' || f.code === 'load.is-directory'))
      couldNotRun = true;
    const below = opts.minTier !== undefined && !!r.result && !reachesTier(r, opts.minTier);
    reports.push({
      file: r.file,
      findings: r.findings,
      ...(r.result ? { result: r.result } : {}),
      ...(r.rubric ? { rubric: r.rubric } : {}),
      ...(opts.minTier ? { belowMinTier: below || !r.result } : {}),
    });
  };
  for (const file of files) {
    // A workbook or CSV file: one report per community row.
    if (sheetKind(file)) for await (const r of assessSheet(file, assess)) add(r);
    else add(assessFile(file, assess));
  }
  const report: CheckReport = { files: reports, ...(opts.minTier ? { minTier: opts.minTier } : {}) };
  ctx.stdout(CHECK_FORMATS[opts.format](report, { lang: ctx.lang, color: ctx.color }));
  return exitCode({
    couldNotRun,
    invalidFiles: reports.filter((r) => hasErrors(r.findings)).length,
    belowMinTier: reports.filter((r) => r.belowMinTier).length,
  });
}

/** Whether a result's tier is the given tier or above it (tiers are listed highest first). */
function reachesTier(r: FileReport, tier: string): boolean {
  const tiers = r.rubric?.tiers ?? [];
  const want = tiers.findIndex((t) => t.id === tier);
  const got = tiers.findIndex((t) => t.id === r.result?.tier);
  return want >= 0 && got >= 0 && got <= want;
}
