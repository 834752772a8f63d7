/**
 * `civscore init --rubric <id|path> [--output file]`: a self-assessment template for a rubric, with
 * every metric and facility it needs, each with its unit and a comment; with --out, also the
 * JSON Schema beside it that the template's `# yaml-language-server: $schema=` line names.
 * `--format xlsx|csv` (or an --output named .xlsx / .csv): the fill-in workbook a street office mails to its communities (a row per
 * community of --roster), or its data sheet as CSV. Never overwrites a file without --force.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { type Command, Option } from 'commander';
import { message } from '../../i18n/catalog.js';
import { builtinByName, builtinPath } from '../../load/rubrics.js';
import { assessmentJsonSchema } from '../../model/json-schemas.js';
import type { Lang } from '../../model/localized.js';
import type { Rubric } from '../../model/rubric.js';
import { sheetCsvChunks } from '../../report/csv-sheet.js';
import { fillInCsv } from '../../report/fill-in/csv.js';
import { initWorkbook } from '../../report/fill-in/init-book.js';
import { inspectionsYaml, inspectionWorkbook } from '../../report/fill-in/inspection-book.js';
import { assessmentTemplate } from '../../report/rubric/template.js';
import { fillInBytes } from '../../sheets/write-fill-in.js';
import { xlsxBytes } from '../../sheets/write-xlsx.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { outputFormat } from '../output-kind.js';
import { readUsableRubric } from '../read-rubric.js';
import { givenOnCommandLine, outAliasOption, parsePeriod, requireRoster } from '../shared-options.js';
import { somethingAt, writeOutput, writesToStream } from '../write-output.js';

interface InitOptions {
  rubric: string;
  output?: string;
  /** The old name of --output, still taken. */
  out?: string;
  formatGiven?: boolean;
  force?: boolean;
  schema?: string;
  format: 'yaml' | 'xlsx' | 'csv';
  roster?: string;
  period?: string;
  /** The inspectors' template (督查记录) instead of a self-assessment's. */
  inspections?: boolean;
}

export function registerInit(program: Command, context: (cmd: Command) => CliContext): void {
  program
    .command('init')
    .description('write a self-assessment template for a rubric, with units and comments')
    .requiredOption('-r, --rubric <id|path>', 'the rubric the self-assessment is for')
    .option(
      '-o, --output <file>',
      'write the template here (and its JSON Schema beside it) instead of stdout; .xlsx or .csv: the fill-in workbook or its data sheet',
    )
    .addOption(outAliasOption())
    .option(
      '--schema <path|url>',
      'what the `$schema` line names (default: <rubric>.schema.json beside the file)',
    )
    .option('--force', 'overwrite existing files')
    .addOption(
      new Option(
        '-f, --format <format>',
        'yaml: a template to fill in; xlsx: a workbook, a row per community; csv: its data sheet',
      )
        .choices(['yaml', 'xlsx', 'csv'])
        .default('yaml'),
    )
    .option(
      '--roster <file>',
      'xlsx and csv: a row per community of this roster (YAML, CSV or .xlsx: street, id, name)',
    )
    .option(
      '--inspections',
      "the inspectors' template (督查记录: 明查, 暗访, 复查) instead of a self-assessment's",
    )
    .option(
      '--period <year>',
      "the period written in the file (YYYY or YYYY-MM; default the rubric's year, else this year)",
      parsePeriod,
    )
    .action(async (opts: InitOptions, cmd: Command) => {
      process.exitCode = await runInit({ ...opts, formatGiven: givenOnCommandLine(cmd) }, context(cmd));
    });
}

export function schemaText(rubric: Rubric, lang: Lang): string {
  const schema = assessmentJsonSchema(rubric, lang, (t) => message(lang, `authoring.unit.${t}`));
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The built-in id a --rubric means (its id, in any case, or its title), else undefined. */
function builtinIdOf(ref: string): string | undefined {
  if (builtinPath(ref)) return ref;
  const named = existsSync(ref) ? undefined : builtinByName(ref);
  return named && 'id' in named ? named.id : undefined;
}

/**
 * How the file written at `out` names the rubric: a built-in by its id, a path relative to the
 * file itself (a `rubric:` path is resolved from the file that names it, not from where init ran).
 */
export function rubricRefFrom(out: string, ref: string): string {
  const id = builtinIdOf(ref);
  if (id) return id;
  const rel = relative(dirname(resolve(out)), resolve(ref))
    .split(sep)
    .join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export async function runInit(given: InitOptions, ctx: CliContext): Promise<number> {
  const output = given.output ?? given.out;
  const format = outputFormat(['yaml', 'xlsx', 'csv'] as const, {
    format: given.format,
    formatGiven: !!given.formatGiven,
    output,
    guardKind: false,
  });
  const opts = { ...given, out: output, format };
  const { rubric } = readUsableRubric(opts.rubric);
  // The rubric's own year (a 2005 rubric is for 2005 self-assessments); this year for one without.
  const period = opts.period ?? String(rubric.year ?? ctx.today.slice(0, 4));
  if (opts.inspections) return runInitInspections(rubric, opts, ctx, period);
  if (opts.format !== 'yaml') return runInitSheet(rubric, opts, ctx, period);
  if (opts.roster) throw new CliError('init.roster-needs-sheet', {});
  const schemaName = `${rubric.id}.schema.json`;
  const template = assessmentTemplate(rubric, {
    lang: ctx.lang,
    rubricRef: opts.out ? rubricRefFrom(opts.out, opts.rubric) : (builtinIdOf(opts.rubric) ?? opts.rubric),
    schema: opts.schema ?? `./${schemaName}`,
    period,
  });
  if (!opts.out || opts.out === '-') {
    ctx.stdout(template);
    return 0;
  }
  if (somethingAt(opts.out) && !opts.force) throw new CliError('authoring.exists', { file: opts.out }, 1);
  writeOutput(opts.out, template);
  ctx.stderr(`${message(ctx.lang, 'authoring.written', { file: opts.out })}\n`);
  // Written to a device or a pipe (/dev/null, /dev/stdout): no folder to put a schema beside.
  if (!opts.schema && !writesToStream(opts.out)) {
    const schemaFile = join(dirname(opts.out), schemaName);
    const text = schemaText(rubric, ctx.lang);
    const existing = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : undefined;
    if ((existing === undefined && !somethingAt(schemaFile)) || opts.force) {
      writeOutput(schemaFile, text);
      ctx.stderr(`${message(ctx.lang, 'authoring.written', { file: schemaFile })}\n`);
    } else if (existing !== text && basename(schemaFile) !== basename(opts.out)) {
      ctx.stderr(`${message(ctx.lang, 'authoring.exists', { file: schemaFile })}\n`);
    }
  }
  return 0;
}

/** The fill-in workbook (or its data sheet as CSV): to --out, or CSV to stdout. */
async function runInitSheet(
  rubric: Rubric,
  opts: InitOptions,
  ctx: CliContext,
  period: string,
): Promise<number> {
  const toFile = opts.out && opts.out !== '-' ? opts.out : undefined;
  if (toFile && somethingAt(toFile) && !opts.force)
    throw new CliError('authoring.exists', { file: toFile }, 1);
  const roster = await requireRoster(opts.roster);
  const book = initWorkbook(rubric, {
    lang: ctx.lang,
    rubricRef: toFile ? rubricRefFrom(toFile, opts.rubric) : opts.rubric,
    period: /^\d{4}$/.test(period) ? Number(period) : period,
    ...(roster ? { roster: roster.communities } : {}),
    file: toFile ? basename(toFile) : `${rubric.id}.csv`,
  });
  if (opts.format === 'csv') {
    const text = [...fillInCsv(book.sheets[0]!)].join('');
    if (!toFile) {
      ctx.stdout(text);
      return 0;
    }
    writeOutput(toFile, text);
  } else writeOutput(toFile!, await fillInBytes(book));
  ctx.stderr(`${message(ctx.lang, 'authoring.written', { file: toFile! })}\n`);
  return 0;
}

/**
 * The inspectors' template: a workbook of records to fill in (a row per community of --roster),
 * the rubric's metrics and how to fill it in; CSV: the records sheet alone; YAML: an example file.
 */
async function runInitInspections(
  rubric: Rubric,
  opts: InitOptions,
  ctx: CliContext,
  period: string,
): Promise<number> {
  const toFile = opts.out && opts.out !== '-' ? opts.out : undefined;
  if (toFile && somethingAt(toFile) && !opts.force)
    throw new CliError('authoring.exists', { file: toFile }, 1);
  const roster = await requireRoster(opts.roster);
  const book = inspectionWorkbook(rubric, {
    lang: ctx.lang,
    period,
    ...(roster ? { roster: roster.communities } : {}),
  });
  let bytes: string | Uint8Array;
  // outputFormat refused an .xlsx without a file to write it to.
  if (opts.format === 'xlsx') bytes = await xlsxBytes(book);
  else if (opts.format === 'csv') bytes = [...sheetCsvChunks(book.sheets[0]!, { toFile: !!toFile })].join('');
  else
    bytes = inspectionsYaml(rubric, {
      lang: ctx.lang,
      period,
      ...(roster ? { communities: roster.communities } : {}),
    });
  if (!toFile) {
    ctx.stdout(String(bytes));
    return 0;
  }
  writeOutput(toFile, bytes);
  ctx.stderr(`${message(ctx.lang, 'authoring.written', { file: toFile })}\n`);
  return 0;
}
