/**
 * `civscore report <inputs...>`: the ranking, groups, quotas and one page per community as one
 * self-contained HTML file, or printed to PDF by a system browser. The same inputs, options and
 * verdicts as `rank`; only the form differs.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { GroupBy } from '../../engine/rank.js';
import { message } from '../../i18n/catalog.js';
import { namedInputMissing } from '../../pipeline/intake/missing-inputs.js';
import { failingQuotas } from '../../pipeline/intake/rank-batch.js';
import { invalidRubricOf } from '../../pipeline/rank-report.js';
import { type PagesChoice, reportView } from '../../report/html/model.js';
import { printFooter } from '../../report/html/print-footer.js';
import { renderReport } from '../../report/html/render.js';
import { planView } from '../../report/plan/view.js';
import {
  type AttestCliOptions,
  attestKey,
  attestOption,
  keyOption,
  recordedOptions,
  signerOption,
  writeAttestation,
  writtenBy,
} from '../attest-options.js';
import { findBrowser, printPdf } from '../browser.js';
import { cleanOnSignal } from '../clean-on-signal.js';
import type { CliContext } from '../context.js';
import { finishRun } from '../exit-line.js';
import { outputFormat } from '../output-kind.js';
import { addPlanOptions, checkPlanOptions, makePlan, type PlanRunOptions } from '../plan-run.js';
import { printFindings } from '../print.js';
import { rankInputs } from '../rank-inputs.js';
import {
  asOfOption,
  evidenceCacheOption,
  givenOnCommandLine,
  groupOption,
  inspectionsOption,
  jobsOption,
  parseSize,
  periodOption,
  rubricsOption,
} from '../shared-options.js';
import { VERSION } from '../version.js';
import { writeReport } from '../write-output.js';

interface ReportOptions extends AttestCliOptions, Partial<Omit<PlanRunOptions, 'asOf'>> {
  rubric?: string;
  rubrics?: string[];
  roster?: string;
  group?: GroupBy;
  format: 'html' | 'pdf';
  formatGiven?: boolean;
  output?: string;
  pages: PagesChoice;
  jobs?: number;
  asOf?: string;
  waivers?: string;
  maxSize?: number;
}

export function registerReport(program: Command, context: (cmd: Command) => CliContext): void {
  const report = program
    .command('report')
    .description(
      'a report to read and print: overview, quotas, groups and a page per community (HTML or PDF)',
    )
    .argument('<inputs...>', 'self-assessment files, folders (searched recursively) and globs')
    .option('-r, --rubric <id|path>', "rubric to use (default: each file's own `rubric:`)")
    .addOption(rubricsOption())
    .addOption(groupOption('group the ranking by community (of compounds), street or district'))
    .addOption(
      new Option('-f, --format <format>', 'html, or pdf printed by a system browser')
        .choices(['html', 'pdf'])
        .default('html'),
    )
    .option(
      '-o, --output <file>',
      'the file to write, .html or .pdf (required for pdf; html goes to stdout without it)',
    )
    .addOption(
      new Option('--pages <which>', 'community pages: all, below-tier (not at the top tier) or none')
        .choices(['all', 'below-tier', 'none'])
        .default('all'),
    )
    .option(
      '--roster <file>',
      'the communities each street really has (YAML, CSV or .xlsx): quotas count them all',
    )
    .addOption(jobsOption('scoring'))
    .addOption(evidenceCacheOption())
    .option('--waivers <file>', "a district's waivers file (exemptions per community and criterion)")
    .addOption(inspectionsOption())
    .addOption(asOfOption())
    .addOption(periodOption())
    .addOption(new Option('--max-size <size>', 'largest file to read').argParser(parseSize))
    .addOption(attestOption())
    .addOption(keyOption())
    .addOption(signerOption());
  // A plan page (整改计划), with the plan's own options.
  addPlanOptions(
    report,
    'a plan page (整改计划): what each fix costs (costs.yaml), as plan takes it (repeatable)',
  ).action(async (inputs: string[], opts: ReportOptions, cmd: Command) => {
    const ctx = context(cmd);
    process.exitCode = await runReport(inputs, { ...opts, formatGiven: givenOnCommandLine(cmd) }, ctx);
  });
}

export async function runReport(inputs: string[], opts: ReportOptions, ctx: CliContext): Promise<number> {
  const format = outputFormat(['html', 'pdf'] as const, {
    format: opts.format,
    formatGiven: !!opts.formatGiven,
    output: opts.output,
  });
  // Before any work: a PDF without a browser is known at once.
  const browser = format === 'pdf' ? findBrowser(ctx.env) : undefined;
  const key = attestKey(opts);
  // A plan page when any of the plan's options is given (--costs, or --target… counting fixes).
  const wantPlan = !!(opts.costs || opts.quotes || opts.target || opts.budget || opts.months);
  const planOpts = { ...opts, solver: opts.solver ?? 'auto', timeLimit: opts.timeLimit ?? '30' };
  const checked = wantPlan ? checkPlanOptions(planOpts) : undefined;
  return cleanOnSignal(async () => {
    // The community pages need every criterion: the batch keeps each scored submission's full
    // result (a spreadsheet row's as a file's), so nothing is judged twice.
    const built = await rankInputs(inputs, { ...opts, written: writtenBy(opts) }, ctx, {
      keepResults: opts.pages !== 'none',
      ...(wantPlan ? { keepAssessment: true } : {}),
      ...(key ? { digests: true } : {}),
    });
    const { report, problems, results, digests } = built;
    if (key)
      writeAttestation(
        ctx,
        { report, inputs, digests, options: recordedOptions('report', opts), asOf: opts.asOf },
        opts,
        key,
      );
    printFindings(problems, ctx, invalidRubricOf(report));
    const made = checked ? await makePlan(built, planOpts, checked, ctx) : undefined;
    if (made) printFindings(made.findings, ctx, invalidRubricOf(report));
    const view = reportView({
      report,
      results,
      lang: ctx.lang,
      asOf: opts.asOf ?? message(ctx.lang, 'report.as-of-period'),
      version: VERSION,
      pages: opts.pages,
      ...(made ? { plan: planView(made.plan, ctx.lang) } : {}),
      findings: problems,
    });
    if (format === 'pdf') {
      // Printed twice or more: the contents learn their page numbers from the first printing.
      const job = {
        render: (pages?: ReadonlyMap<string, number>) => renderReport(view, pages ?? new Map()),
        footer: printFooter(ctx.lang, view.title),
      };
      writeReport(ctx, opts.output!, await printPdf(job, browser!));
    } else if (opts.output) writeReport(ctx, opts.output, renderReport(view));
    else ctx.stdout(renderReport(view));
    // A file whose own rubric cannot be used is that file's problem (exit 1), not the run's.
    return finishRun(ctx, {
      couldNotRun: namedInputMissing(inputs, problems),
      invalidFiles: 0,
      unscoredFiles: report.invalid.length,
      errors: report.summary.errors ?? 0,
      quotasShort: failingQuotas(report),
    });
  });
}
