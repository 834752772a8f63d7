/**
 * `civscore validate <input...>`: check self-assessments for CI, never scoring them. Every file
 * is checked whatever the others hold; every finding has file:line:column, a code and a message.
 * Exit 0 clean, 1 findings fail the run (errors, or warnings over --max-warnings), 2 nothing to check
 * or an unusable rubric.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { startWorkers, validateBatch } from '../../batch/pool.js';
import { threadsFor, workersBeforeScan } from '../../batch/threads.js';
import { locateId, toValidateItem, type ValidateItem } from '../../batch/validate-batch-item.js';
import { duplicateIds, type IdEntry } from '../../model/duplicate-ids.js';
import type { Finding } from '../../model/finding.js';
import { byCodeUnits } from '../../model/text-order.js';
import { validateSheet } from '../../pipeline/assess-sheet.js';
import { rubricFor } from '../../pipeline/select-rubric.js';
import { sortFindings } from '../../report/findings-text.js';
import type { FileReport } from '../../report/types.js';
import { VALIDATE_FORMATS, type ValidateFormat } from '../../report/validate/index.js';
import type { ValidateReport } from '../../report/validate/types.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { exitCode } from '../exit-code.js';
import { formatOption, jobsOption, parseSize, requireRubric } from '../shared-options.js';
import { expandSheetInputs, splitSheets } from '../sheet-inputs.js';
import { VERSION } from '../version.js';
import { writeChunks } from '../write-chunks.js';

export interface ValidateOptions {
  rubric?: string;
  format: ValidateFormat;
  strict?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  maxSize?: number;
  /** Worker threads; 1 checks in this thread. */
  jobs?: number;
  /** Off: every file through the `yaml` parser, as before the batch (tests compare the two). */
  fast?: boolean;
}

function parseCountOption(v: string): number {
  if (!/^\d+$/.test(v.trim()))
    throw new CliError('cli.usage', { detail: `--max-warnings ${v}: use 0 or more` });
  return Number(v);
}

export function registerValidate(program: Command, context: (cmd: Command) => CliContext): void {
  program
    .command('validate')
    .description('check self-assessment files against their rubric, for CI: file:line:column, code, message')
    .argument('<input...>', 'files, folders (searched for *.yaml / *.yml / *.xlsx / *.csv) or globs')
    .option('-r, --rubric <id|path>', "rubric to use (default: each file's own `rubric:`)")
    .addOption(formatOption(Object.keys(VALIDATE_FORMATS), 'text'))
    .option('--strict', 'treat warnings (unknown keys, unknown metrics, ...) as errors')
    .option('-q, --quiet', 'report errors only')
    .addOption(
      new Option('--max-warnings <n>', 'fail the run when there are more warnings than this').argParser(
        parseCountOption,
      ),
    )
    .addOption(new Option('--max-size <size>', 'largest file to read (default 5MB)').argParser(parseSize))
    .addOption(jobsOption('checking'))
    .action(async (inputs: string[], opts: ValidateOptions, cmd: Command) => {
      process.exitCode = await runValidate(inputs, opts, context(cmd));
    });
}

export async function runValidate(inputs: string[], opts: ValidateOptions, ctx: CliContext): Promise<number> {
  if (opts.rubric) requireRubric(opts.rubric);
  const threads = threadsFor(opts.jobs);
  // Workers load while the inputs are scanned (those the batch turns out too small for are stopped).
  const workers = startWorkers(workersBeforeScan(threads));
  const expanded = expandSheetInputs(inputs);
  const { yaml, sheets } = splitSheets(expanded.files);
  const byFile = new Map<string, FileReport>();
  const entry = (file: string): FileReport => {
    let r = byFile.get(file);
    if (!r) byFile.set(file, (r = { file, findings: [] }));
    return r;
  };
  const add = (fs: readonly Finding[], fallback: string) => {
    for (const f of fs) entry(f.file ?? fallback).findings.push(f);
  };
  add(expanded.findings, '');

  let couldNotRun = expanded.files.length === 0;
  const ids: IdEntry[] = [];
  const failedRubrics = new Set<string>();
  const items = await validateBatch(
    yaml,
    {
      ...(opts.rubric ? { rubric: opts.rubric } : {}),
      ...(opts.maxSize ? { maxBytes: opts.maxSize } : {}),
      ...(opts.fast === false ? { fast: false } : {}),
    },
    { ...threads, workers },
  );
  /** Files whose id the fast path left unplaced: placed only if they turn out to be duplicates. */
  const unplaced = new Map<string, 'community' | 'street'>();
  const useItem = (file: string, r: ValidateItem) => {
    const rep = entry(file);
    rep.findings.push(...r.findings);
    if (r.rubricRef !== undefined) {
      const rubric = rubricFor(r.rubricRef).rubric;
      if (!rubric) throw new Error(`rubric ${r.rubricRef} used in a worker could not be loaded again`);
      rep.rubric = rubric;
    }
    if (r.id) {
      const { level, ...id } = r.id;
      if (id.line === undefined) unplaced.set(file, level);
      ids.push({ file, ...id });
    }
    if (r.rubricFailure) {
      couldNotRun = true;
      const key = r.rubricFailure.file ?? '';
      if (!failedRubrics.has(key)) {
        failedRubrics.add(key);
        add(r.rubricFailure.findings, key);
      }
    }
  };
  for (let i = 0; i < items.length; i++) useItem(yaml[i]!, items[i]!);
  // Workbooks and CSV files row by row: one report per file, each row's id named by its row.
  for (const file of sheets) {
    for await (const r of validateSheet(file, {
      ...(opts.rubric ? { rubric: opts.rubric } : {}),
      ...(opts.maxSize ? { maxBytes: opts.maxSize } : {}),
    })) {
      const { label, ...row } = r;
      const item = toValidateItem(row);
      useItem(file, item.id ? { ...item, id: undefined } : item);
      if (item.id && label) ids.push({ ...item.id, file: label, source: file });
    }
  }
  const dups = duplicateIds(ids).map((d) => {
    const level = unplaced.get(d.file!);
    return level ? { ...d, ...locateId(d.file!, level, opts.maxSize) } : d;
  });
  add(dups, '');

  const files = [...byFile.values()]
    .sort((a, b) => byCodeUnits(a.file, b.file))
    .map((r) => {
      let fs = r.findings;
      if (opts.strict)
        fs = fs.map((f) => (f.severity === 'warning' ? { ...f, severity: 'error' as const } : f));
      return { ...r, findings: sortFindings(fs) };
    });
  const count = (sev: Finding['severity']) =>
    files.reduce((n, r) => n + r.findings.filter((f) => f.severity === sev).length, 0);
  const summary = {
    files: expanded.files.length,
    invalid: files.filter((r) => r.findings.some((f) => f.severity === 'error')).length,
    errors: count('error'),
    warnings: count('warning'),
    notes: count('info'),
  };
  const tooManyWarnings = opts.maxWarnings !== undefined && summary.warnings > opts.maxWarnings;
  const shown = opts.quiet
    ? files.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }))
    : files;
  const report: ValidateReport = {
    files: shown,
    summary,
    ...(opts.maxWarnings !== undefined ? { maxWarnings: opts.maxWarnings } : {}),
    tooManyWarnings,
    tool: { name: 'civscore', version: VERSION },
  };
  await writeChunks(ctx, VALIDATE_FORMATS[opts.format](report, { lang: ctx.lang, color: ctx.color }));
  return exitCode({ couldNotRun, invalidFiles: summary.invalid + (tooManyWarnings ? 1 : 0) });
}
