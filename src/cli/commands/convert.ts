/**
 * `civscore convert <inputs...> --to xlsx|csv|yaml --output <file|dir>`: self-assessments from YAML
 * files and spreadsheets into one fill-in workbook (a sheet per rubric), one CSV file, or one YAML
 * file per community (named by id, in init's layout), so that a folder of YAML becomes the
 * workbook a street office works in and back, scoring the same. What has no place in the output is
 * a finding at its place, never left out in silence; nothing is overwritten without --force.
 */
import { mkdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type Command, Option } from 'commander';
import { message } from '../../i18n/catalog.js';
import { ENTITY_ID_RE } from '../../model/assessment-schema.js';
import { type Finding, finding, hasErrors } from '../../model/finding.js';
import type { Rubric } from '../../model/rubric.js';
import { type ConvertItem, convertInputs, duplicateClaims } from '../../pipeline/convert-inputs.js';
import { expandSheetInputs } from '../../pipeline/intake/list-inputs.js';
import { namedInputMissing } from '../../pipeline/intake/missing-inputs.js';
import { fillInColumns, type Measure, wordsOf } from '../../report/fill-in/columns.js';
import { neededExtras } from '../../report/fill-in/community.js';
import { fillInCsv } from '../../report/fill-in/csv.js';
import { SPARE_ROWS } from '../../report/fill-in/init-book.js';
import { rowCells } from '../../report/fill-in/rows.js';
import { dataSheetName, type FillInSheet, guideSheet } from '../../report/fill-in/workbook.js';
import { assessmentTemplate } from '../../report/rubric/template.js';
import type { RowField } from '../../sheets/header.js';
import { fillInBytes } from '../../sheets/write-fill-in.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { finishRun } from '../exit-line.js';
import { outputFormat } from '../output-kind.js';
import { printFindings } from '../print.js';
import {
  givenOnCommandLine,
  parseSize,
  periodOption,
  requirePolicy,
  requireRubric,
  rubricsOption,
} from '../shared-options.js';
import { isNamedFile, somethingAt, writeOutput } from '../write-output.js';
import { writeSubmission } from '../write-submission.js';
import { rubricRefFrom, schemaText } from './init.js';

type Target = 'xlsx' | 'csv' | 'yaml';

interface ConvertOptions {
  to: Target;
  /** Whether --to was given (else --output's extension says: .xlsx, .csv, or a folder for yaml). */
  toGiven?: boolean;
  output: string;
  rubric?: string;
  rubrics?: string[];
  force?: boolean;
  maxSize?: number;
  /** --period: the period of the rows of a sheet without a period column. */
  period?: string;
}

export function registerConvert(program: Command, context: (cmd: Command) => CliContext): void {
  program
    .command('convert')
    .description(
      'convert self-assessments between YAML files, one .xlsx workbook and CSV, without losing a value',
    )
    .argument('<inputs...>', 'self-assessment files (YAML, .xlsx, .csv), folders or globs')
    .addOption(
      new Option(
        '--to <format>',
        "what to write: xlsx (one workbook), csv (one file) or yaml (a file per community); default: --output's extension, a folder for yaml",
      ).choices(['xlsx', 'csv', 'yaml']),
    )
    .requiredOption('-o, --output <file|dir>', 'the workbook or CSV file to write, or for yaml the folder')
    .option('-r, --rubric <id|path>', "rubric to use (default: each file's own `rubric:`)")
    .addOption(rubricsOption())
    .option('--force', 'overwrite existing files')
    .addOption(new Option('--max-size <size>', 'largest file to read (default 5MB)').argParser(parseSize))
    .addOption(periodOption())
    .action(async (inputs: string[], opts: ConvertOptions, cmd: Command) => {
      const toGiven = givenOnCommandLine(cmd, 'to');
      process.exitCode = await runConvert(inputs, { ...opts, toGiven }, context(cmd));
    });
}

export async function runConvert(inputs: string[], given: ConvertOptions, ctx: CliContext): Promise<number> {
  const to = outputFormat(['xlsx', 'csv', 'yaml'] as const, {
    format: given.to ?? 'yaml',
    formatGiven: given.to !== undefined && given.toGiven !== false,
    output: given.output,
    option: '--to',
    guardKind: false,
  });
  const opts = { ...given, to };
  if (opts.rubric !== undefined) requireRubric(opts.rubric);
  const policy = requirePolicy(opts.rubrics);
  if (opts.to !== 'yaml' && somethingAt(opts.output) && !opts.force)
    throw new CliError('authoring.exists', { file: opts.output }, 1);
  if (opts.to === 'yaml' && isFile(opts.output))
    throw new CliError('convert.to-dir', { output: opts.output });
  const { files, findings: inputFindings } = expandSheetInputs(inputs);
  const problems: Finding[] = [...inputFindings];
  const items: ConvertItem[] = [];
  let couldNotRun = files.length === 0 || namedInputMissing(inputs, inputFindings);
  for await (const r of convertInputs(files, {
    ...(opts.rubric ? { rubric: opts.rubric } : {}),
    ...(opts.maxSize ? { maxBytes: opts.maxSize } : {}),
    ...(opts.period ? { period: opts.period } : {}),
    policy,
  })) {
    if (r.kind === 'findings') {
      problems.push(...r.findings);
      if (r.findings.some((f) => f.code === 'load.not-found' || f.code === 'load.is-directory'))
        couldNotRun = true;
      continue;
    }
    items.push(r.item);
    for (const d of r.item.community.dropped)
      problems.push({
        ...finding(`convert.dropped.${d.why}`, 'warning', { what: d.what, rubric: r.item.rubric.id }, d.path),
        file: r.item.file,
        ...r.item.locate(d.path),
      });
  }
  // Nothing read and nothing wrong (workbooks with a header and no row): nothing to convert, and
  // the command could not run, as every command on an empty folder or template (exit 2).
  if (!items.length && !hasErrors(problems)) {
    problems.push(finding('convert.nothing', 'error'));
    couldNotRun = true;
  }
  // Two submissions claiming one community (rubric, period, id): both marked, as rank marks
  // them; a folder of YAML gets neither (one file per id), a workbook or CSV keeps both rows.
  const claims = duplicateClaims(items);
  problems.push(...claims.findings);
  let written = 0;
  if (items.length) {
    if (opts.to === 'yaml')
      written = writeYaml(
        items.filter((it) => !claims.labels.has(it.label)),
        opts,
        ctx,
        problems,
      );
    else {
      await writeSheet(items, opts, ctx);
      written = items.length;
    }
  }
  printFindings(problems, ctx, findingRubric(items));
  ctx.stderr(
    `${message(ctx.lang, 'convert.summary', {
      rows: String(written),
      units: message(ctx.lang, `quota.units.${levelOf(items)}`, { count: String(written) }),
      files: String(files.length),
      output: opts.output,
      skipped: String(countSkipped(problems, items.length - written)),
    })}\n`,
  );
  return finishRun(ctx, {
    couldNotRun,
    invalidFiles: 0,
    errors: problems.filter((f) => f.severity === 'error').length,
  });
}

/**
 * The rubric a finding is worded with, as check and rank word it (社区服务站, not service-station):
 * its file's (a workbook's rows are of one rubric, or the first's), else the run's only one.
 */
function findingRubric(items: readonly ConvertItem[]): (f: Finding) => Rubric | undefined {
  const byFile = new Map<string, Rubric>();
  for (const it of items) if (!byFile.has(it.file)) byFile.set(it.file, it.rubric);
  const only = new Set(items.map((it) => it.rubric.id)).size === 1 ? items[0]!.rubric : undefined;
  return (f) => (f.file !== undefined ? byFile.get(f.file) : undefined) ?? only;
}

function isFile(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Communities read but not written, and inputs that gave none. */
function countSkipped(problems: readonly Finding[], unwritten: number): number {
  // A duplicate claim is about a community that was read: counted as written or not, never twice.
  // A row of a sheet without a period column is written all the same, its period left to fill in.
  const unread = problems.filter(
    (f) =>
      f.severity === 'error' &&
      !f.code.startsWith('convert.') &&
      f.code !== 'validate.duplicate-id' &&
      f.code !== 'period.no-column',
  ).length;
  return unwritten + unread;
}

/** One YAML file per community, `<id>.yaml` in the folder; ids that clash (in any case) are refused. */
function writeYaml(
  items: readonly ConvertItem[],
  opts: ConvertOptions,
  ctx: CliContext,
  problems: Finding[],
): number {
  mkdirSync(opts.output, { recursive: true });
  const seen = new Map<string, string>();
  const schemas = new Map<string, Rubric>();
  let written = 0;
  for (const it of items) {
    const id = it.community.entity.id;
    const level = it.rubric.level;
    const at = { file: it.file, ...it.locate([level, 'id']) };
    if (!id || !ENTITY_ID_RE.test(id)) {
      problems.push({ ...finding('convert.no-id', 'error'), ...at });
      continue;
    }
    const first = seen.get(id.toLowerCase());
    if (first !== undefined) {
      problems.push({ ...finding('convert.duplicate-id', 'error', { id, first }), ...at });
      continue;
    }
    seen.set(id.toLowerCase(), it.label);
    const target = join(opts.output, `${id}.yaml`);
    const text = assessmentTemplate(it.rubric, {
      lang: ctx.lang,
      rubricRef: it.rubricByName ? it.rubricRef : rubricRefFrom(target, it.rubricRef),
      schema: `./${it.rubric.id}.schema.json`,
      period: '',
      values: it.community,
    });
    const w = writeSubmission(target, text, opts.force === true);
    if (!w.written) {
      const code = w.refused === 'exists' ? 'convert.exists' : 'convert.not-a-file';
      problems.push({ ...finding(code, 'error', { file: target }), ...at });
      continue;
    }
    if (w.replaced)
      problems.push({
        ...finding('convert.replaced', 'warning', {
          file: target,
          community: `${it.community.entity.name ?? ''}（${id}）`,
        }),
        ...at,
      });
    written++;
    schemas.set(it.rubric.id, it.rubric);
  }
  // The schema each file's `$schema` line names, beside it (an existing one is kept without --force).
  for (const [id, rubric] of schemas) {
    const file = join(opts.output, `${id}.schema.json`);
    if (somethingAt(file) && opts.force !== true) continue;
    writeOutput(file, schemaText(rubric, ctx.lang));
  }
  return written;
}

/** One workbook (a data sheet per rubric) or one CSV file (one rubric). */
async function writeSheet(
  items: readonly ConvertItem[],
  opts: ConvertOptions,
  ctx: CliContext,
): Promise<void> {
  const groups = new Map<string, { rubric: Rubric; items: ConvertItem[] }>();
  for (const it of items) {
    const key = it.rubric.file ?? it.rubric.id;
    const g = groups.get(key) ?? { rubric: it.rubric, items: [] };
    g.items.push(it);
    groups.set(key, g);
  }
  if (opts.to === 'csv' && groups.size > 1)
    throw new CliError('convert.csv-rubrics', {
      rubrics: [...groups.values()].map((g) => g.rubric.id).join(', '),
    });
  const words = wordsOf(ctx.lang);
  const sheets: FillInSheet[] = [];
  for (const g of groups.values()) {
    const extras = {
      metrics: new Set<string>(),
      facilities: new Map<string, Set<Measure>>(),
      fields: new Set<RowField>(),
    };
    for (const it of g.items) neededExtras(it.community, extras);
    const columns = fillInColumns(g.rubric, ctx.lang, {
      metrics: extras.metrics,
      facilities: [...extras.facilities].flatMap(([id, ms]) =>
        [...ms].map((m) => [id, m] as [string, Measure]),
      ),
      fields: extras.fields,
    });
    sheets.push({
      name: dataSheetName(ctx.lang, groups.size > 1 ? g.rubric.id : undefined),
      rubric: g.rubric,
      columns,
      rows: g.items.map((it) =>
        rowCells(
          it.community,
          columns,
          g.rubric,
          words,
          it.rubricByName ? it.rubricRef : rubricRefFrom(opts.output, it.rubricRef),
        ),
      ),
      spareRows: SPARE_ROWS,
    });
  }
  if (opts.to === 'csv') {
    writeOutput(opts.output, fillInCsv(sheets[0]!, isNamedFile(opts.output)));
    return;
  }
  const periods = new Set(items.map((it) => String(it.community.period ?? '')));
  const guide = guideSheet(sheets, {
    lang: ctx.lang,
    file: basename(opts.output),
    ...(periods.size === 1 && !periods.has('') ? { period: [...periods][0]! } : {}),
  });
  writeOutput(opts.output, await fillInBytes({ sheets, guide }));
}

/** What the items are, in words: compounds or streets when every one is, else communities. */
function levelOf(items: readonly ConvertItem[]): 'community' | 'compound' | 'street' {
  const levels = new Set(items.map((it) => it.rubric.level));
  return levels.size === 1 ? [...levels][0]! : 'community';
}
