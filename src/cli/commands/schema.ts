/**
 * `civscore schema [--rubric <id|path>]`: a JSON Schema for editors. With --rubric, the schema of
 * that rubric's self-assessments (metric names, types and units, facility names); without, the
 * schema of rubric files (the same as schemas/rubric.schema.json).
 */
import type { Command } from 'commander';
import { rubricJsonSchema } from '../../model/json-schemas.js';
import type { CliContext } from '../context.js';
import { readUsableRubric } from '../read-rubric.js';
import { schemaText } from './init.js';

export function registerSchema(program: Command, context: (cmd: Command) => CliContext): void {
  program
    .command('schema')
    .description("print a JSON Schema: a rubric's self-assessments (--rubric), or rubric files")
    .option('-r, --rubric <id|path>', 'the rubric whose self-assessments the schema is for')
    .action((opts: { rubric?: string }, cmd: Command) => {
      const ctx = context(cmd);
      if (opts.rubric) ctx.stdout(schemaText(readUsableRubric(opts.rubric).rubric, ctx.lang));
      else ctx.stdout(`${JSON.stringify(rubricJsonSchema(), null, 2)}\n`);
      process.exitCode = 0;
    });
}
