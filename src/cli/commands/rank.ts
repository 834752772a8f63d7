/**
 * `civscore rank <inputs...>`: every community scored over worker threads, ranked per rubric
 * (ties share a rank), grouped by street or district, and the rubric's quotas per group, met
 * or short by N communities with the nearest candidates.
 */
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { resultsThread } from '../../batch/results-thread.js';
import type { GroupBy } from '../../engine/rank.js';
import { message } from '../../i18n/catalog.js';
import { bunched } from '../../model/bunched.js';
import { namedInputMissing } from '../../pipeline/intake/missing-inputs.js';
import { failingQuotas } from '../../pipeline/intake/rank-batch.js';
import { invalidRubricOf } from '../../pipeline/rank-report.js';
import { resultsFile } from '../../pipeline/results-file.js';
import { RANK_CSV_TABLES, type RankCsvTable, rankTableCsvChunks } from '../../report/rank/csv.js';
import { RANK_FORMATS, type RankFormat } from '../../report/rank/index.js';
import type { RankReport } from '../../report/rank/types.js';
import { rankWorkbook } from '../../report/rank/workbook.js';
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
import { CliError } from '../errors.js';
import { finishRun } from '../exit-line.js';
import { outputFormat, requireNotAnInput } from '../output-kind.js';
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
import { VERSION } from '../version.js';
import { emitChunks } from '../write-chunks.js';
import { isNamedFile, writeReport } from '../write-output.js';

const RANK_OUTPUT_FORMATS = [...(Object.keys(RANK_FORMATS) as RankFormat[]), 'xlsx'] as const;

interface RankOptions extends AttestCliOptions {
  rubric?: string;
  rubrics?: string[];
  group?: GroupBy;
  format: RankFormat | 'xlsx';
  /** Whether --format was given (else --output's extension chooses). */
  formatGiven?: boolean;
  output?: string;
  jobs?: number;
  failOn: FailOn[];
  asOf?: string;
  waivers?: string;
  maxSize?: number;
  roster?: string;
  quotasOutput?: string;
  groupsOutput?: string;
  unscoredOutput?: string;
  resultsOut?: string;
}

export function registerRank(program: Command, context: (cmd: Command) => CliContext): void {
  program
    .command('rank')
    .description('rank many communities per rubric, by street or district, and check the quotas')
    .argument(
      '<inputs...>',
      'self-assessment files (YAML, .xlsx, .csv), folders (searched recursively) and globs',
    )
    .option('-r, --rubric <id|path>', "rubric to use (default: each file's own `rubric:`)")
    .addOption(rubricsOption())
    .addOption(groupOption('group the ranking by community (of compounds), street or district'))
    .addOption(formatOption(RANK_OUTPUT_FORMATS, 'table'))
    .option(
      '-o, --output <file>',
      'write the report to a file (atomically) instead of stdout; its extension chooses the format',
    )
    .option('--quotas-output <file>', 'also write the quotas as a CSV table of their own')
    .option('--groups-output <file>', 'also write the groups of --group as a CSV table of their own')
    .option(
      '--unscored-output <file>',
      'also write the files not scored, with their findings, as a CSV table',
    )
    .option(
      '--results-out <file>',
      "also write every community's result (scores, tier, vetoes, each criterion's points) as a Parquet file",
    )
    .addOption(jobsOption('scoring'))
    .addOption(evidenceCacheOption())
    .addOption(failOnOption())
    .option('--waivers <file>', "a district's waivers file (exemptions per community and criterion)")
    .addOption(inspectionsOption())
    .option(
      '--roster <file>',
      'the communities each street really has (YAML, CSV or .xlsx: street, id, name): quotas count them all',
    )
    .addOption(asOfOption())
    .addOption(periodOption())
    .addOption(new Option('--max-size <size>', 'largest file to read').argParser(parseSize))
    .addOption(attestOption())
    .addOption(keyOption())
    .addOption(signerOption())
    .action(async (inputs: string[], opts: RankOptions, cmd: Command) => {
      const ctx = context(cmd);
      process.exitCode = await runRank(inputs, { ...opts, formatGiven: givenOnCommandLine(cmd) }, ctx);
    });
}

export async function runRank(inputs: string[], opts: RankOptions, ctx: CliContext): Promise<number> {
  const format = outputFormat(RANK_OUTPUT_FORMATS, {
    format: opts.format,
    formatGiven: !!opts.formatGiven,
    output: opts.output,
  });
  if (opts.groupsOutput && !opts.group)
    throw new CliError('table.groups-need-group', { option: '--groups-output' });
  // Each CSV table of its own is a CSV file: never written over a self-assessment or a rubric.
  for (const [table, option] of [
    ['quotasOutput', '--quotas-output'],
    ['groupsOutput', '--groups-output'],
    ['unscoredOutput', '--unscored-output'],
  ] as const)
    if (opts[table]) {
      outputFormat(['csv'], { format: 'csv', formatGiven: false, output: opts[table], option });
      requireNotAnInput(opts[table], inputs, option);
    }
  // Nor is any output a file the run reads (rank 自评.xlsx -o 自评.xlsx).
  requireNotAnInput(opts.output, inputs);
  if (opts.resultsOut)
    outputFormat(['parquet'], {
      format: 'parquet',
      formatGiven: false,
      output: opts.resultsOut,
      option: '--results-out',
    });
  const key = attestKey(opts);
  // The Parquet results are written on a thread of their own, started now so that it loads
  // while the files are scored, and given the results while this thread prints the report.
  const thread = opts.resultsOut ? resultsThread() : undefined;
  try {
    return await cleanOnSignal(async () => {
      const { report, problems, criteria, digests } = await rankInputs(
        inputs,
        { ...opts, written: writtenBy(opts) },
        ctx,
        { ...(opts.resultsOut ? { keepCriteria: true } : {}), ...(key ? { digests: true } : {}) },
      );
      const results = thread
        ? resultsFile(report, criteria, {
            asOf: opts.asOf,
            version: VERSION,
            lang: ctx.lang,
            base: opts.attest ? dirname(resolve(opts.attest)) : undefined,
            sink: thread.sink(),
          })
        : undefined;
      // Awaited once the report is out: a failure meanwhile is not one that nothing handles.
      results?.catch(() => {});
      printFindings(problems, ctx, invalidRubricOf(report));
      await printRank(report, format, opts, ctx);
      const made = await results;
      if (made) writeReport(ctx, opts.resultsOut!, made.pieces);
      if (key)
        writeAttestation(
          ctx,
          {
            report,
            inputs,
            digests,
            options: recordedOptions('rank', opts),
            asOf: opts.asOf,
            ...(made ? { results: { path: opts.resultsOut!, sha256: made.sha256, lang: ctx.lang } } : {}),
          },
          opts,
          key,
        );
      // A file whose own rubric cannot be used is that file's problem (exit 1), not the run's.
      return finishRun(ctx, {
        couldNotRun: namedInputMissing(inputs, problems),
        invalidFiles: 0,
        unscoredFiles: opts.failOn.includes('invalid') ? report.invalid.length : 0,
        // An inspection record that applies to nobody fails as an invalid file does.
        errors: opts.failOn.includes('invalid') ? (report.summary.errors ?? 0) : 0,
        quotasShort: opts.failOn.includes('quota') ? failingQuotas(report) : 0,
      });
    });
  } finally {
    thread?.stop();
  }
}

/** The report, and the tables asked for on their own (--quotas-output, …), each where it goes. */
async function printRank(
  report: RankReport,
  format: RankFormat | 'xlsx',
  opts: RankOptions,
  ctx: CliContext,
): Promise<void> {
  const tableOptions = { lang: ctx.lang, color: false };
  const tableTo = (file: string) => ({ ...tableOptions, toFile: isNamedFile(file) });
  for (const table of Object.keys(RANK_CSV_TABLES) as RankCsvTable[]) {
    const file = opts[table];
    if (file) writeReport(ctx, file, bunched(rankTableCsvChunks(table, report, tableTo(file))));
  }
  if (format === 'csv' && !opts.quotasOutput && report.tables.some((t) => t.quotas.length))
    ctx.stderr(`${message(ctx.lang, 'table.quotas-elsewhere')}\n`);
  if (format === 'xlsx') {
    const spec = rankWorkbook(report, {
      lang: ctx.lang,
      color: false,
      asOf: opts.asOf ?? message(ctx.lang, 'report.as-of-period'),
      tool: `civscore ${VERSION}`,
    });
    writeReport(ctx, opts.output!, await xlsxBytes(spec));
  } else {
    const chunks = RANK_FORMATS[format](report, {
      lang: ctx.lang,
      color: ctx.color && !opts.output,
      width: opts.output ? undefined : ctx.width,
      toFile: isNamedFile(opts.output),
    });
    await emitChunks(ctx, opts.output, chunks);
  }
}
