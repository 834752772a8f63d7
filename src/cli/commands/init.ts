/**
 * `civscore init --rubric <id|path> [--out file]`: a self-assessment template for a rubric, with
 * every metric and facility it needs, each with its unit and a comment; with --out, also the
 * JSON Schema beside it that the template's `# yaml-language-server: $schema=` line names.
 * Never overwrites a file without --force.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { message } from '../../i18n/catalog.js';
import { builtinByName, builtinPath } from '../../load/rubrics.js';
import { assessmentJsonSchema } from '../../model/json-schemas.js';
import type { Lang } from '../../model/localized.js';
import type { Rubric } from '../../model/rubric.js';
import { assessmentTemplate } from '../../report/rubric/template.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { readUsableRubric } from '../read-rubric.js';
import { somethingAt, writeOutput } from '../write-output.js';

interface InitOptions {
  rubric: string;
  out?: string;
  force?: boolean;
  schema?: string;
}

export function registerInit(program: Command, context: (cmd: Command) => CliContext): void {
  program
    .command('init')
    .description('write a self-assessment template for a rubric, with units and comments')
    .requiredOption('-r, --rubric <id|path>', 'the rubric the self-assessment is for')
    .option('-o, --out <file>', 'write the template here (and its JSON Schema beside it) instead of stdout')
    .option(
      '--schema <path|url>',
      'what the `$schema` line names (default: <rubric>.schema.json beside the file)',
    )
    .option('--force', 'overwrite existing files')
    .action((opts: InitOptions, cmd: Command) => {
      process.exitCode = runInit(opts, context(cmd));
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

export function runInit(opts: InitOptions, ctx: CliContext): number {
  const { rubric } = readUsableRubric(opts.rubric);
  const schemaName = `${rubric.id}.schema.json`;
  const template = assessmentTemplate(rubric, {
    lang: ctx.lang,
    rubricRef: opts.out ? rubricRefFrom(opts.out, opts.rubric) : (builtinIdOf(opts.rubric) ?? opts.rubric),
    schema: opts.schema ?? `./${schemaName}`,
    period: ctx.today.slice(0, 4),
  });
  if (!opts.out || opts.out === '-') {
    ctx.stdout(template);
    return 0;
  }
  if (somethingAt(opts.out) && !opts.force) throw new CliError('authoring.exists', { file: opts.out }, 1);
  writeOutput(opts.out, template);
  ctx.stderr(`${message(ctx.lang, 'authoring.written', { file: opts.out })}\n`);
  if (!opts.schema) {
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
