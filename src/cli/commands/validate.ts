/**
 * `civscore validate <input...>`: check self-assessments for CI, never scoring them. Every file
 * is checked whatever the others hold; every finding has file:line:column, a code and a message.
 * Exit 0 clean, 1 findings fail the run (errors, or warnings over --max-warnings), 2 nothing to check
 * or an unusable rubric.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { threadsFor } from '../../batch/threads.js';
import { bunched } from '../../model/bunched.js';
import { validateSubmissions } from '../../pipeline/intake/check-submissions.js';
import { namedInputMissing } from '../../pipeline/intake/missing-inputs.js';
import { buildValidateReport } from '../../pipeline/validate-report.js';
import { VALIDATE_FORMATS, type ValidateFormat } from '../../report/validate/index.js';
import type { CliContext } from '../context.js';
import { finishRun } from '../exit-line.js';
import { outputFormat } from '../output-kind.js';
import {
  evidenceCacheOption,
  evidenceOptions,
  formatOption,
  givenOnCommandLine,
  jobsOption,
  parseCount,
  parseSize,
  periodOption,
  requirePolicy,
  requireRubric,
  rubricsOption,
} from '../shared-options.js';
import { VERSION } from '../version.js';
import { writeChunks } from '../write-chunks.js';
import { writeReport } from '../write-output.js';

export interface ValidateOptions {
  rubric?: string;
  rubrics?: string[];
  format: ValidateFormat;
  formatGiven?: boolean;
  output?: string;
  strict?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  maxSize?: number;
  period?: string;
  /** Worker threads; 1 checks in this thread. */
  jobs?: number;
  /** Off: every file through the `yaml` parser, as before the batch (tests compare the two). */
  fast?: boolean;
  /** false: --no-evidence-cache. */
  evidenceCache?: boolean;
}

export function registerValidate(program: Command, context: (cmd: Command) => CliContext): void {
  program
    .command('validate')
    .description('check self-assessment files against their rubric, for CI: file:line:column, code, message')
    .argument('<input...>', 'files, folders (searched for *.yaml / *.yml / *.xlsx / *.csv) or globs')
    .option('-r, --rubric <id|path>', "rubric to use (default: each file's own `rubric:`)")
    .addOption(rubricsOption())
    .addOption(formatOption(Object.keys(VALIDATE_FORMATS), 'text'))
    .option(
      '-o, --output <file>',
      'write the report to a file (atomically) instead of stdout; its extension chooses the format (.xml: junit, .sarif: sarif)',
    )
    .option('--strict', 'treat warnings (unknown keys, unknown metrics, ...) as errors')
    .option('-q, --quiet', 'report errors only')
    .addOption(
      new Option('--max-warnings <n>', 'fail the run when there are more warnings than this').argParser(
        parseCount,
      ),
    )
    .addOption(periodOption())
    .addOption(new Option('--max-size <size>', 'largest file to read (default 5MB)').argParser(parseSize))
    .addOption(jobsOption('checking'))
    .addOption(evidenceCacheOption())
    .action(async (inputs: string[], opts: ValidateOptions, cmd: Command) => {
      process.exitCode = await runValidate(
        inputs,
        { ...opts, formatGiven: givenOnCommandLine(cmd) },
        context(cmd),
      );
    });
}

export async function runValidate(inputs: string[], opts: ValidateOptions, ctx: CliContext): Promise<number> {
  const format = outputFormat(Object.keys(VALIDATE_FORMATS) as ValidateFormat[], {
    format: opts.format,
    formatGiven: !!opts.formatGiven,
    output: opts.output,
  });
  if (opts.rubric !== undefined) requireRubric(opts.rubric);
  const policy = requirePolicy(opts.rubrics);
  const threads = threadsFor(opts.jobs);
  const evidence = evidenceOptions(opts, ctx.env);
  // The one intake: listed, bounded and judged as every command reads submissions.
  const intake = await validateSubmissions(inputs, {
    ...(opts.rubric ? { rubric: opts.rubric } : {}),
    ...(opts.maxSize ? { maxBytes: opts.maxSize } : {}),
    ...(opts.period ? { period: opts.period } : {}),
    ...(opts.fast === false ? { fast: false } : {}),
    policy,
    evidence,
    threads,
  });
  const sheets = intake.sheets;
  const { report, couldNotRun, tooManyWarnings, invalidSubmissions } = buildValidateReport(
    intake.yaml,
    intake.items,
    intake.findings,
    {
      ...opts,
      tool: { name: 'civscore', version: VERSION },
      named: inputs,
      ...(sheets.files.length ? { sheets } : {}),
    },
  );
  if (opts.output !== undefined)
    writeReport(
      ctx,
      opts.output,
      bunched(VALIDATE_FORMATS[format](report, { lang: ctx.lang, color: false })),
    );
  else await writeChunks(ctx, VALIDATE_FORMATS[format](report, { lang: ctx.lang, color: ctx.color }));
  return finishRun(ctx, {
    couldNotRun: couldNotRun || namedInputMissing(inputs, intake.findings),
    // Self-assessments: a workbook's rows each.
    invalidFiles: invalidSubmissions,
    ...(tooManyWarnings
      ? { warningsOver: { warnings: report.summary.warnings, max: opts.maxWarnings ?? 0 } }
      : {}),
  });
}
