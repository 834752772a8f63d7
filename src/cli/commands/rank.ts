/**
 * `civscore rank <inputs...>`: every community scored over worker threads, ranked per rubric
 * (ties share a rank), grouped by street or district, and the rubric's quotas per group, met
 * or short by N communities with the nearest candidates.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { BatchItem } from '../../batch/assess-batch-item.js';
import { assessBatch, startWorkers } from '../../batch/pool.js';
import { assessSheets } from '../../batch/sheet-batch.js';
import { threadsFor, workersBeforeScan } from '../../batch/threads.js';
import { type GroupBy, groups, quotas, type RankEntry, rank } from '../../engine/rank.js';
import { message } from '../../i18n/catalog.js';
import { loadYamlFile } from '../../load/load-yaml-file.js';
import { loadRubric } from '../../load/rubrics.js';
import { duplicateIds } from '../../model/duplicate-ids.js';
import { type Finding, finding } from '../../model/finding.js';
import { byCodeUnits } from '../../model/text-order.js';
import { RANK_FORMATS, type RankFormat } from '../../report/rank/index.js';
import type { RankReport, RankTable } from '../../report/rank/types.js';
import { rankWorkbook } from '../../report/rank/workbook.js';
import { cleanupXlsx, writeXlsx } from '../../sheets/write-xlsx.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { exitCode } from '../exit-code.js';
import { printFindings } from '../print.js';
import {
  asOfOption,
  formatOption,
  jobsOption,
  parseSize,
  requireRubric,
  requireWaivers,
} from '../shared-options.js';
import { expandSheetInputs, splitSheets } from '../sheet-inputs.js';
import { VERSION } from '../version.js';
import { cleanupAtomic, writeFileAtomic } from '../write-atomic.js';
import { bunched, writeChunks } from '../write-chunks.js';

const FAIL_ON = ['invalid', 'quota'] as const;
type FailOn = (typeof FAIL_ON)[number];

interface RankOptions {
  rubric?: string;
  group?: GroupBy;
  format: RankFormat | 'xlsx';
  output?: string;
  jobs?: number;
  failOn: FailOn[];
  asOf?: string;
  waivers?: string;
  maxSize?: number;
}

function parseFailOn(v: string): FailOn[] {
  const parts = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 1 && parts[0] === 'none') return [];
  for (const p of parts)
    if (!(FAIL_ON as readonly string[]).includes(p))
      throw new CliError('cli.usage', {
        detail: `--fail-on ${v}: use invalid, quota, both (invalid,quota) or none`,
      });
  return parts as FailOn[];
}

export function registerRank(program: Command, context: (cmd: Command) => CliContext): void {
  program
    .command('rank')
    .description('rank many communities per rubric, by street or district, and check the quotas')
    .argument('<inputs...>', 'self-assessment files, folders (searched recursively) and globs')
    .option('-r, --rubric <id|path>', "rubric to use (default: each file's own `rubric:`)")
    .addOption(
      new Option('-g, --group <by>', 'group the ranking by street or district').choices([
        'street',
        'district',
      ]),
    )
    .addOption(formatOption([...Object.keys(RANK_FORMATS), 'xlsx'], 'table'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .addOption(jobsOption('scoring'))
    .addOption(
      new Option('--fail-on <list>', 'what makes the exit code 1: invalid, quota, both or none')
        .argParser(parseFailOn)
        .default([...FAIL_ON], 'invalid,quota'),
    )
    .option('--waivers <file>', "a district's waivers file (exemptions per community and criterion)")
    .addOption(asOfOption())
    .addOption(new Option('--max-size <size>', 'largest file to read').argParser(parseSize))
    .action(async (inputs: string[], opts: RankOptions, cmd: Command) => {
      const ctx = context(cmd);
      process.exitCode = await runRank(inputs, opts, ctx);
    });
}

export async function runRank(inputs: string[], opts: RankOptions, ctx: CliContext): Promise<number> {
  if (opts.format === 'xlsx' && !opts.output) throw new CliError('xlsx.needs-output', {});
  const forced = opts.rubric ? requireRubric(opts.rubric) : undefined;
  const waivers = requireWaivers(opts.waivers);
  const threads = threadsFor(opts.jobs);
  // Workers load while the inputs are scanned (those the batch turns out too small for are stopped).
  const workers = startWorkers(workersBeforeScan(threads));
  const expanded = expandSheetInputs(inputs);
  if (expanded.files.length === 0) {
    for (const w of workers) void w.terminate();
    printFindings(expanded.findings, ctx);
    throw new CliError('rank.no-files', { inputs: inputs.join(' ') }, 2);
  }

  // Ctrl-C or a stop request: no temporary report left behind, and the shell's usual exit code.
  const onSignal = (signal: NodeJS.Signals) => {
    cleanupAtomic();
    cleanupXlsx();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const progress = ctx.stderrIsTTY ? progressLine(ctx) : undefined;
    const assess = {
      ...(opts.rubric ? { rubric: opts.rubric } : {}),
      asOf: opts.asOf ?? ctx.today,
      ...(waivers ? { waivers } : {}),
      ...(opts.maxSize ? { maxBytes: opts.maxSize } : {}),
    };
    const { yaml, sheets } = splitSheets(expanded.files);
    const yamlItems = await assessBatch(yaml, assess, {
      ...threads,
      workers,
      ...(progress ? { onProgress: progress.update } : {}),
    });
    progress?.done();
    // Workbooks and CSV files, row by row in this thread (streamed): each row is an item.
    const sheetBatch = sheets.length ? await assessSheets(sheets, assess) : undefined;
    const items = sheetBatch ? yamlItems.concat(sheetBatch.items) : yamlItems;
    const rowIds = sheetBatch?.rowIds;

    const { report, couldNotRun, problems } = buildReport(items, expanded.findings, opts, forced?.id, rowIds);
    printFindings(problems, ctx);
    if (opts.format === 'xlsx') {
      const spec = rankWorkbook(report, {
        lang: ctx.lang,
        color: false,
        asOf: opts.asOf ?? ctx.today,
        tool: `civscore ${VERSION}`,
      });
      await writeXlsx(opts.output!, spec);
    } else {
      const chunks = RANK_FORMATS[opts.format](report, { lang: ctx.lang, color: ctx.color && !opts.output });
      if (opts.output) writeFileAtomic(opts.output, bunched(chunks));
      else await writeChunks(ctx, chunks);
    }
    const short = report.tables.reduce(
      (n, t) => n + t.quotas.filter((q) => q.status === 'short' || q.status === 'over').length,
      0,
    );
    return exitCode({
      couldNotRun,
      invalidFiles: opts.failOn.includes('invalid') ? report.invalid.length : 0,
      quotasShort: opts.failOn.includes('quota') ? short : 0,
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/**
 * Where ids must be unique: level, rubric and period. One string per distinct scope, found
 * through the entries' shared strings, so 100,000 entries build no key of their own.
 */
function scopeOf(): (e: RankEntry) => string {
  const scopes = new Map<string, Map<string, Map<string, string>>>();
  return (e) => {
    let byPeriod = scopes.get(e.rubric);
    if (!byPeriod) scopes.set(e.rubric, (byPeriod = new Map()));
    let byLevel = byPeriod.get(e.period);
    if (!byLevel) byPeriod.set(e.period, (byLevel = new Map()));
    let scope = byLevel.get(e.level);
    if (scope === undefined) byLevel.set(e.level, (scope = `${e.level}|${e.rubric}|${e.period}`));
    return scope;
  };
}

/** From the batch's items to the report: duplicates out, one table per rubric. */
export function buildReport(
  items: readonly BatchItem[],
  inputFindings: readonly Finding[],
  opts: Pick<RankOptions, 'group'>,
  forcedRubric?: string,
  /** Spreadsheet rows by label: the file and cell of the row's id (a YAML file is read again for it). */
  rowIds?: ReadonlyMap<string, Pick<Finding, 'file' | 'sheet' | 'line' | 'column'>>,
): { report: RankReport; couldNotRun: boolean; problems: Finding[] } {
  const invalid = new Map<string, Finding[]>();
  const addInvalid = (file: string, fs: readonly Finding[]) => {
    const list = invalid.get(file);
    if (list) list.push(...fs);
    else invalid.set(file, [...fs]);
  };
  for (const f of inputFindings) if (f.severity === 'error') addInvalid(f.file ?? '', [f]);
  const problems: Finding[] = inputFindings.filter((f) => f.severity !== 'error');

  let couldNotRun = false;
  const rubricProblems = new Set<string>();
  const entries: RankEntry[] = [];
  const rubricFiles = new Map<string, string>();
  let warnings = 0;
  for (const it of items) {
    if (it.kind === 'scored') {
      entries.push(it.entry);
      warnings += it.entry.warnings;
      if (it.rubricFile && !rubricFiles.has(it.entry.rubric)) rubricFiles.set(it.entry.rubric, it.rubricFile);
    } else if (it.kind === 'invalid') addInvalid(it.file, it.findings);
    else {
      couldNotRun = true;
      const first = it.rubricFindings[0];
      const ref = first?.file ?? '?';
      if (!rubricProblems.has(ref)) {
        rubricProblems.add(ref);
        problems.push(...it.rubricFindings);
      }
      addInvalid(it.file, [
        {
          ...finding('rank.rubric-unavailable', 'error', { rubric: ref }),
          file: it.file,
          line: 1,
          column: 1,
        },
      ]);
    }
  }

  // The same community in two files (same rubric, level and period): neither is ranked.
  const dups = duplicateIds(entries, scopeOf());
  const dupFiles = new Set(dups.map((d) => d.file));
  const byFile = dups.length ? new Map(entries.map((e) => [e.file, e])) : undefined;
  for (const d of dups) {
    const e = byFile!.get(d.file!)!;
    const pos = rowIds?.get(e.file) ?? loadYamlFile(e.file).locate([e.level, 'id']);
    addInvalid(e.file, [{ ...d, ...pos }]);
  }
  const ranked = dupFiles.size ? entries.filter((e) => !dupFiles.has(e.file)) : entries;

  const byRubric = new Map<string, RankEntry[]>();
  for (const e of ranked) {
    const list = byRubric.get(e.rubric);
    if (list) list.push(e);
    else byRubric.set(e.rubric, [e]);
  }
  const tables: RankTable[] = [];
  for (const id of [...byRubric.keys()].sort()) {
    const rubric = loadRubric(forcedRubric ?? rubricFiles.get(id) ?? id).rubric;
    if (!rubric) throw new Error(`rubric ${id} scored in a worker could not be loaded again`);
    const list = byRubric.get(id)!;
    tables.push({
      rubric,
      rows: rank(list),
      ...(opts.group ? { groups: groups(list, opts.group) } : {}),
      quotas: quotas(rubric, list),
    });
  }
  const invalidList = [...invalid]
    .map(([file, findings]) => ({ file, findings }))
    .sort((a, b) => byCodeUnits(a.file, b.file));
  for (const f of invalidList) problems.push(...f.findings);
  return {
    report: {
      tables,
      invalid: invalidList,
      ...(opts.group ? { groupBy: opts.group } : {}),
      summary: { files: items.length, scored: ranked.length, invalid: invalidList.length, warnings },
    },
    couldNotRun,
    problems,
  };
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
