/**
 * `civscore report <inputs...>`: the ranking, groups, quotas and one page per community as one
 * self-contained HTML file, or printed to PDF by a system browser. The same inputs, options and
 * verdicts as `rank`; only the form differs.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { GroupBy } from '../../engine/rank.js';
import type { CommunityResult } from '../../engine/result.js';
import { message } from '../../i18n/catalog.js';
import { assessFile } from '../../pipeline/assess-file.js';
import { invalidRubricOf } from '../../pipeline/rank-report.js';
import { type PagesChoice, reportView } from '../../report/html/model.js';
import { printFooter } from '../../report/html/print-footer.js';
import { renderReport } from '../../report/html/render.js';
import { findBrowser, printPdf } from '../browser.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { exitCode } from '../exit-code.js';
import { printFindings } from '../print.js';
import { asOfOption, groupOption, jobsOption, parseSize, rubricsOption } from '../shared-options.js';
import { VERSION } from '../version.js';
import { writeOutput } from '../write-output.js';
import { cleanOnSignal, failingQuotas, rankBatch } from './rank.js';

interface ReportOptions {
  rubric?: string;
  rubrics?: string[];
  roster?: string;
  group?: GroupBy;
  format: 'html' | 'pdf';
  output?: string;
  pages: PagesChoice;
  jobs?: number;
  asOf?: string;
  waivers?: string;
  maxSize?: number;
}

export function registerReport(program: Command, context: (cmd: Command) => CliContext): void {
  program
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
    .option('-o, --output <file>', 'the file to write (required for pdf; html goes to stdout without it)')
    .addOption(
      new Option('--pages <which>', 'community pages: all, below-tier (not at the top tier) or none')
        .choices(['all', 'below-tier', 'none'])
        .default('all'),
    )
    .option('--roster <file>', 'the communities each street really has (YAML or CSV): quotas count them all')
    .addOption(jobsOption('scoring'))
    .option('--waivers <file>', "a district's waivers file (exemptions per community and criterion)")
    .addOption(asOfOption())
    .addOption(new Option('--max-size <size>', 'largest file to read').argParser(parseSize))
    .action(async (inputs: string[], opts: ReportOptions, cmd: Command) => {
      const ctx = context(cmd);
      process.exitCode = await runReport(inputs, opts, ctx);
    });
}

export async function runReport(inputs: string[], opts: ReportOptions, ctx: CliContext): Promise<number> {
  if (opts.format === 'pdf' && !opts.output) throw new CliError('report.pdf-needs-output', {}, 2);
  // Before any work: a PDF without a browser is known at once.
  const browser = opts.format === 'pdf' ? findBrowser() : undefined;
  return cleanOnSignal(async () => {
    const { report, couldNotRun, problems, assess } = await rankBatch(inputs, opts, ctx);
    printFindings(problems, ctx, invalidRubricOf(report));
    // The community pages need every criterion: those files are judged once more, in full.
    const results = new Map<string, CommunityResult>();
    if (opts.pages !== 'none') {
      for (const t of report.tables) {
        const top = t.rubric.tiers[0]?.id;
        for (const r of t.rows) {
          if (opts.pages === 'below-tier' && r.entry.tier === top) continue;
          const full = assessFile(r.entry.file, assess);
          if (full.result) results.set(r.entry.file, full.result);
        }
      }
    }
    const view = reportView({
      report,
      results,
      lang: ctx.lang,
      asOf: assess.asOf ?? message(ctx.lang, 'report.as-of-period'),
      version: VERSION,
      pages: opts.pages,
    });
    if (opts.format === 'pdf') {
      const job = {
        render: (pages?: ReadonlyMap<string, number>) => renderReport(view, pages ?? new Map()),
        footer: printFooter(ctx.lang, view.title),
      };
      writeOutput(opts.output!, await printPdf(job, browser!));
    } else if (opts.output) writeOutput(opts.output, renderReport(view));
    else ctx.stdout(renderReport(view));
    return exitCode({ couldNotRun, invalidFiles: report.invalid.length, quotasShort: failingQuotas(report) });
  });
}
