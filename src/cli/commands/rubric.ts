/**
 * `civscore rubric list|show|lint`: for people who write rubrics. list the built-in ones, show
 * one as a table (its own parts, or with --resolved everything after `extends`), lint files:
 * the schema, what build-rubric checks, and lint-rubric's checks, each at file:line:column.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import {
  BUILTIN_DIR,
  builtinIds,
  builtinPath,
  readRubricFile,
  rubricFileOrFinding,
} from '../../load/rubrics.js';
import { builtinSourcesDir, readSourceTexts } from '../../load/source-texts.js';
import type { Finding } from '../../model/finding.js';
import { quoteFindings } from '../../model/lint-quotes.js';
import { lintRubric } from '../../model/lint-rubric.js';
import { findingJson } from '../../report/check/json.js';
import { findingLine, sortFindings } from '../../report/findings-text.js';
import { labeller } from '../../report/labels.js';
import { LIST_FORMATS, type ListFormat, SHOW_FORMATS, type ShowFormat } from '../../report/rubric/index.js';
import { listRow, rubricView } from '../../report/rubric/view.js';
import { makeStyle } from '../../report/style.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { finishRun } from '../exit-line.js';
import { printFindings } from '../print.js';
import { readUsableRubric } from '../read-rubric.js';
import { parseCount } from '../shared-options.js';
import { registerExplain } from './explain.js';
import { registerInit } from './init.js';
import { registerRubricInit } from './rubric-init.js';
import { registerSchema } from './schema.js';

const LINT_FORMATS = ['text', 'json'] as const;
type LintFormat = (typeof LINT_FORMATS)[number];

/** The rubric author's commands: rubric list|show|lint, init, schema and explain. */
export function registerAuthoring(program: Command, context: (cmd: Command) => CliContext): void {
  registerRubric(program, context);
  registerInit(program, context);
  registerSchema(program, context);
  registerExplain(program, context);
}

export function registerRubric(program: Command, context: (cmd: Command) => CliContext): void {
  const rubric = program.command('rubric').description('list, show and lint rubrics (评分细则)');
  rubric
    .command('list')
    .description('the built-in rubrics: id, title, level, year and source')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(Object.keys(LIST_FORMATS))
        .default('table'),
    )
    .action((opts: { format: ListFormat }, cmd: Command) => {
      process.exitCode = runList(opts, context(cmd));
    });
  rubric
    .command('show')
    .description(
      "a rubric's sections, criteria, points, tiers and quotas, with each criterion's source quote",
    )
    .argument('<rubric>', 'a built-in id or a path')
    .option('--resolved', 'show the rubric after `extends`, inherited parts included')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(Object.keys(SHOW_FORMATS))
        .default('table'),
    )
    .action((ref: string, opts: { resolved?: boolean; format: ShowFormat }, cmd: Command) => {
      process.exitCode = runShow(ref, opts, context(cmd));
    });
  rubric
    .command('lint')
    .description('check rubric files: schema, names, ids, tiers, weights, quotas, extends; file:line:column')
    .argument('<file...>', 'rubric files (or built-in ids)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(LINT_FORMATS).default('text'))
    .addOption(
      new Option('--max-warnings <n>', 'fail the run when there are more warnings than this').argParser(
        parseCount,
      ),
    )
    .option(
      '--sources <folder>',
      "the source documents the quotes cite: each quote must be in its source (a built-in rubric's are checked against the checkout's sources/)",
    )
    .action(
      (
        files: string[],
        opts: { format: LintFormat; maxWarnings?: number; sources?: string },
        cmd: Command,
      ) => {
        process.exitCode = runLint(files, opts, context(cmd));
      },
    );
  registerRubricInit(rubric, context);
}

export function runList(opts: { format: ListFormat }, ctx: CliContext): number {
  const l = labeller(ctx.lang);
  const rows = [];
  let broken = false;
  for (const id of builtinIds()) {
    const read = readRubricFile(builtinPath(id)!);
    if (!read.rubric || read.salvaged) {
      broken = true;
      printFindings(
        read.findings.filter((f) => f.severity === 'error'),
        ctx,
      );
      rows.push({ id, title: '', level: '' });
      continue;
    }
    rows.push(listRow(read.rubric, l));
  }
  ctx.stdout(LIST_FORMATS[opts.format](rows, { lang: ctx.lang, color: ctx.color, width: ctx.width }));
  return broken ? 1 : 0;
}

export function runShow(
  ref: string,
  opts: { resolved?: boolean; format: ShowFormat },
  ctx: CliContext,
): number {
  const read = readUsableRubric(ref);
  const l = labeller(ctx.lang, read.rubric);
  const view = rubricView(read.rubric, l, {
    resolved: !!opts.resolved,
    ...(read.origins ? { origins: read.origins } : {}),
    ...(read.ownDrop?.length ? { drop: read.ownDrop } : {}),
  });
  ctx.stdout(SHOW_FORMATS[opts.format](view, { lang: ctx.lang, color: ctx.color, width: ctx.width }));
  return 0;
}

/**
 * Every finding for one rubric file: loading, extends, schema, build and lint, placed. With a
 * folder of sources (a built-in rubric: the checkout's `sources/`, when there is one), every quote
 * is looked for in the source it cites.
 */
export function lintFile(file: string, sources?: string): Finding[] {
  const read = readRubricFile(file);
  if (!read.raw || !read.rubric) return read.findings;
  const lint = lintRubric(read.raw, read.rubric);
  const dir = sources ?? (dirname(resolve(file)) === BUILTIN_DIR ? builtinSourcesDir() : undefined);
  if (dir !== undefined) lint.push(...quoteFindings(read.raw, readSourceTexts(dir, read.raw)));
  return [...read.findings, ...read.place(read.salvaged ? read.salvaged.restore(lint) : lint)];
}

export function runLint(
  files: string[],
  opts: { format: LintFormat; maxWarnings?: number; sources?: string },
  ctx: CliContext,
): number {
  let couldNotRun = false;
  if (opts.sources !== undefined && !existsSync(opts.sources))
    throw new CliError('cli.sources-not-found', { folder: opts.sources });
  const all: Finding[] = [];
  for (const ref of files) {
    const named = existsSync(ref) ? undefined : rubricFileOrFinding(ref);
    const file = named && 'file' in named ? named.file : ref;
    const fs = lintFile(file, opts.sources);
    if (fs.some((f) => f.code === 'load.not-found' || f.code === 'load.is-directory')) couldNotRun = true;
    all.push(...fs);
  }
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  const l = labeller(ctx.lang);
  if (opts.format === 'json') {
    ctx.stdout(
      `${JSON.stringify(
        {
          version: 1,
          files: files.length,
          errors,
          warnings,
          findings: sortFindings(all).map((f) => findingJson(f, l.finding(f))),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const style = makeStyle(ctx.color);
    const lines = sortFindings(all).map((f) => findingLine(f, l, style));
    lines.push(l.text('authoring.lint-summary', { files: files.length, errors, warnings }));
    ctx.stdout(`${lines.join('\n')}\n`);
  }
  return finishRun(ctx, {
    couldNotRun,
    invalidFiles: 0,
    errors,
    ...(opts.maxWarnings !== undefined && warnings > opts.maxWarnings
      ? { warningsOver: { warnings, max: opts.maxWarnings } }
      : {}),
  });
}
