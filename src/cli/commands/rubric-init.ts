/**
 * `civscore rubric init [--output file] [--extends <rubric>]`: a rubric skeleton to fill in, commented
 * in the reader's language (report/rubric/skeleton.ts); with --extends, a district's variant of
 * another rubric. Written like `init --output`: never over an existing file without --force.
 */
import type { Command } from 'commander';
import { message } from '../../i18n/catalog.js';
import { rubricSkeleton } from '../../report/rubric/skeleton.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { readUsableRubric } from '../read-rubric.js';
import { outAliasOption } from '../shared-options.js';
import { somethingAt, writeOutput } from '../write-output.js';
import { rubricRefFrom } from './init.js';

interface RubricInitOptions {
  output?: string;
  /** The old name of --output, still taken. */
  out?: string;
  force?: boolean;
  extends?: string;
}

export function registerRubricInit(rubric: Command, context: (cmd: Command) => CliContext): void {
  rubric
    .command('init')
    .description('write a rubric skeleton to fill in: every part, one example of each kind, commented')
    .option('-o, --output <file>', 'write it here instead of stdout')
    .addOption(outAliasOption())
    .option(
      '--extends <rubric>',
      'a variant of this rubric (a built-in id or a path): inherit, drop, override',
    )
    .option('--force', 'overwrite an existing file')
    .action((opts: RubricInitOptions, cmd: Command) => {
      process.exitCode = runRubricInit({ ...opts, out: opts.output ?? opts.out }, context(cmd));
    });
}

export function runRubricInit(opts: RubricInitOptions, ctx: CliContext): number {
  const toFile = opts.out !== undefined && opts.out !== '-';
  const parent = opts.extends
    ? {
        ref: toFile ? rubricRefFrom(opts.out!, opts.extends) : opts.extends,
        rubric: readUsableRubric(opts.extends).rubric,
      }
    : undefined;
  const text = rubricSkeleton({
    lang: ctx.lang,
    year: ctx.today.slice(0, 4),
    file: toFile ? opts.out! : 'my-rubric.yaml',
    ...(parent ? { parent } : {}),
  });
  if (!toFile) {
    ctx.stdout(text);
    return 0;
  }
  if (somethingAt(opts.out!) && !opts.force) throw new CliError('authoring.exists', { file: opts.out! }, 1);
  writeOutput(opts.out!, text);
  ctx.stderr(`${message(ctx.lang, 'authoring.written', { file: opts.out! })}\n`);
  return 0;
}
