/**
 * `civscore rank <inputs...>`: every community scored over worker threads, ranked per rubric
 * (ties share a rank), grouped by street or district, and the rubric's quotas per group, met
 * or short by N communities with the nearest candidates.
 */
import type { Worker } from 'node:worker_threads';
import type { Command } from 'commander';
import { Option } from 'commander';
import { assessBatch, startWorkers } from '../../batch/pool.js';
import { assessSheets, SHEET_WORKER_YOUNG_MB, sheetsWantWorker } from '../../batch/sheet-batch.js';
import { threadsFor, workersBeforeScan } from '../../batch/threads.js';
import type { GroupBy } from '../../engine/rank.js';
import { message } from '../../i18n/catalog.js';
import { suggestChoice } from '../../model/choice-words.js';
import { buildRankReport, invalidRubricOf } from '../../pipeline/rank-report.js';
import { waiverFindings } from '../../pipeline/waiver-findings.js';
import { RANK_CSV_TABLES, type RankCsvTable, rankTableCsvChunks } from '../../report/rank/csv.js';
import { RANK_FORMATS, type RankFormat } from '../../report/rank/index.js';
import type { RankReport } from '../../report/rank/types.js';
import { rankWorkbook } from '../../report/rank/workbook.js';
import { sheetKind } from '../../sheets/sheet-files.js';
import { xlsxBytes } from '../../sheets/write-xlsx.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { exitCode } from '../exit-code.js';
import { printFindings } from '../print.js';
import {
  asOfOption,
  formatOption,
  groupOption,
  jobsOption,
  parseSize,
  requirePolicy,
  requireRoster,
  requireRubric,
  requireWaivers,
  rubricsOption,
} from '../shared-options.js';
import { listSheetInputs } from '../sheet-inputs.js';
import { VERSION } from '../version.js';
import { cleanupAtomic } from '../write-atomic.js';
import { bunched, writeChunks } from '../write-chunks.js';
import { isNamedFile, writeOutput } from '../write-output.js';

const FAIL_ON = ['invalid', 'quota'] as const;
type FailOn = (typeof FAIL_ON)[number];

interface RankOptions {
  rubric?: string;
  rubrics?: string[];
  group?: GroupBy;
  format: RankFormat | 'xlsx';
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
}

function parseFailOn(v: string): FailOn[] {
  const parts = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 1 && parts[0] === 'none') return [];
  if (parts.length === 1 && parts[0] === 'both') return [...FAIL_ON];
  if (parts.length === 0)
    throw new CliError('cli.usage', {
      detail: `--fail-on "${v}" names nothing: use invalid, quota, both (invalid,quota) or none`,
    });
  for (const p of parts)
    if (!(FAIL_ON as readonly string[]).includes(p)) {
      const near = suggestChoice(p, [...FAIL_ON, 'both', 'none']);
      throw new CliError('usage.fail-on', { value: v, ...(near ? { suggestion: near } : {}) });
    }
  return parts as FailOn[];
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
    .addOption(formatOption([...Object.keys(RANK_FORMATS), 'xlsx'], 'table'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--quotas-output <file>', 'also write the quotas as a CSV table of their own')
    .option('--groups-output <file>', 'also write the groups of --group as a CSV table of their own')
    .option(
      '--unscored-output <file>',
      'also write the files not scored, with their findings, as a CSV table',
    )
    .addOption(jobsOption('scoring'))
    .addOption(
      new Option('--fail-on <list>', 'what makes the exit code 1: invalid, quota, both or none')
        .argParser(parseFailOn)
        .default([...FAIL_ON], 'invalid,quota'),
    )
    .option('--waivers <file>', "a district's waivers file (exemptions per community and criterion)")
    .option(
      '--roster <file>',
      'the communities each street really has (YAML or CSV: street, id, name): quotas count them all',
    )
    .addOption(asOfOption())
    .addOption(new Option('--max-size <size>', 'largest file to read').argParser(parseSize))
    .action(async (inputs: string[], opts: RankOptions, cmd: Command) => {
      const ctx = context(cmd);
      process.exitCode = await runRank(inputs, opts, ctx);
    });
}

/** The options `rank` and `report` share: which files, which rubric, how they are grouped and judged. */
export type RankBatchOptions = Pick<
  RankOptions,
  'rubric' | 'rubrics' | 'group' | 'jobs' | 'asOf' | 'waivers' | 'maxSize' | 'roster'
>;

/**
 * The batch behind `rank` and `report`: options checked, files found and scored over the
 * threads, and the rank report built. `assess` is how each file was judged, for a second look.
 */
export async function rankBatch(inputs: string[], opts: RankBatchOptions, ctx: CliContext) {
  const forced = opts.rubric !== undefined ? requireRubric(opts.rubric) : undefined;
  const policy = requirePolicy(opts.rubrics);
  const waivers = requireWaivers(opts.waivers);
  const roster = requireRoster(opts.roster);
  const threads = threadsFor(opts.jobs);
  // Workers load while the inputs are scanned (those the batch turns out too small for are
  // stopped); none when only spreadsheets are named, whose rows have a worker of their own.
  const onlySheets = inputs.every((i) => sheetKind(i) !== undefined);
  const workers = startWorkers(onlySheets ? 0 : workersBeforeScan(threads));
  // A large batch of workbooks is read here and judged in a worker of its own (sheet-batch.ts),
  // started as soon as the listing is complete, so that it loads while the YAML files are scored.
  let sheetWorker: Worker | undefined;
  // The folders are listed while their first files are scored.
  const listed = listSheetInputs(inputs, (sheets) => {
    if (sheets.length > 0 && threads.jobs > 1 && sheetsWantWorker(sheets))
      sheetWorker = startWorkers(1, SHEET_WORKER_YOUNG_MB)[0];
  });
  if (!listed.any()) {
    for (const w of workers) void w.terminate();
    printFindings(listed.findings, ctx);
    throw new CliError('rank.no-files', { inputs: inputs.join(' ') }, 2);
  }
  const assess = {
    ...(opts.rubric ? { rubric: opts.rubric } : {}),
    ...(opts.asOf ? { asOf: opts.asOf } : {}),
    ...(waivers ? { waivers } : {}),
    ...(opts.maxSize ? { maxBytes: opts.maxSize } : {}),
    policy,
  };
  const progress = ctx.stderrIsTTY ? progressLine(ctx) : undefined;
  // A progress line says how many files there are: at a terminal, all are listed first.
  if (progress) listed.finish();
  const yamlItems = listed.sorted(
    await assessBatch(listed.yaml, assess, {
      ...threads,
      workers,
      ...(progress ? { onProgress: progress.update } : {}),
    }),
  );
  progress?.done();
  listed.finish();
  const sheets = listed.sheets;
  // Workbooks and CSV files, streamed row by row: each row is an item.
  const sheetBatch = sheets.length ? await assessSheets(sheets, assess, sheetWorker) : undefined;
  const items = sheetBatch ? yamlItems.concat(sheetBatch.items) : yamlItems;
  const built = buildRankReport(items, listed.findings, {
    ...(opts.group ? { group: opts.group } : {}),
    ...(forced ? { forcedRubric: forced.id } : {}),
    ...(roster ? { roster } : {}),
    ...(sheetBatch ? { rowIds: sheetBatch.rowIds } : {}),
  });
  if (waivers) built.problems.push(...waiverFindings(waivers, tablesEntries(built.report), opts.asOf));
  return { ...built, assess };
}

/** Quotas that fail the run: short, over, or provisional (a provisional verdict is no pass). */
export function failingQuotas(report: RankReport): number {
  return report.tables.reduce(
    (n, t) => n + t.quotas.filter((q) => q.status === 'short' || q.status === 'over' || q.provisional).length,
    0,
  );
}

/** Ctrl-C or a stop request while `work` runs: no temporary report left behind, the shell's usual code. */
export async function cleanOnSignal<T>(work: () => Promise<T>): Promise<T> {
  const onSignal = (signal: NodeJS.Signals) => {
    cleanupAtomic();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await work();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export async function runRank(inputs: string[], opts: RankOptions, ctx: CliContext): Promise<number> {
  const format = opts.format;
  if (format === 'xlsx' && !opts.output) throw new CliError('xlsx.needs-output', {});
  if (opts.groupsOutput && !opts.group)
    throw new CliError('table.groups-need-group', { option: '--groups-output' });
  return cleanOnSignal(async () => {
    const { report, couldNotRun, problems } = await rankBatch(inputs, opts, ctx);
    printFindings(problems, ctx, invalidRubricOf(report));
    const tableOptions = { lang: ctx.lang, color: false };
    const tableTo = (file: string) => ({ ...tableOptions, toFile: isNamedFile(file) });
    for (const table of Object.keys(RANK_CSV_TABLES) as RankCsvTable[]) {
      const file = opts[table];
      if (file) writeOutput(file, bunched(rankTableCsvChunks(table, report, tableTo(file))));
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
      writeOutput(opts.output!, await xlsxBytes(spec));
    } else {
      const chunks = RANK_FORMATS[format](report, {
        lang: ctx.lang,
        color: ctx.color && !opts.output,
        width: opts.output ? undefined : ctx.width,
        toFile: isNamedFile(opts.output),
      });
      if (opts.output) writeOutput(opts.output, bunched(chunks));
      else await writeChunks(ctx, chunks);
    }
    return exitCode({
      couldNotRun,
      invalidFiles: opts.failOn.includes('invalid') ? report.invalid.length : 0,
      quotasShort: opts.failOn.includes('quota') ? failingQuotas(report) : 0,
    });
  });
}

/** "scoring 12345 / 100000 files" on one rewritten line of a terminal's stderr, ten times a second. */
function progressLine(ctx: CliContext) {
  let last = 0;
  let shown = false;
  return {
    update(done: number, total: number) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      shown = true;
      ctx.stderr(
        `\r${message(ctx.lang, 'rank.progress', { done: String(done), total: String(total) })}\u001b[K`,
      );
    },
    done() {
      if (shown) ctx.stderr('\r\u001b[K');
    },
  };
}

const tablesEntries = (report: RankReport) =>
  report.tables.map((t) => ({ rubric: t.rubric, entries: t.rows.map((r) => r.entry) }));
