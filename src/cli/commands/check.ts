/**
 * `civscore check <file...>`: is this community compliant, which tier, what is missing, what to fix
 * first. Which rubric (SECURITY.md): one self-assessment file named on its own is a community's
 * own work and follows the rubric path it names; several files, a folder, a glob or a workbook
 * (whose rows are many communities' submissions) are held to the operator's policy as rank holds
 * them (built-in ids, and --rubrics folders), and so is any run given --rubrics.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { inspectionNotes } from '../../engine/inspect.js';
import { listOf, withId } from '../../i18n/list.js';
import { type Finding, hasErrors } from '../../model/finding.js';
import type { InspectionSet } from '../../model/inspection.js';
import { type Lang, pick } from '../../model/localized.js';
import { collapseRepeats } from '../../model/repeated.js';
import type { Rubric } from '../../model/rubric.js';
import { findTier, nearestTier } from '../../model/tier-name.js';
import type { AssessedFile } from '../../pipeline/assess-file.js';
import { isInspectionError } from '../../pipeline/inspection-findings.js';
import {
  type CheckedSubmission,
  markDuplicates,
  meantForChecked,
  noSubmission,
  withRubricYear,
} from '../../pipeline/intake/check-claims.js';
import { checkSubmissions, listInOrder } from '../../pipeline/intake/check-submissions.js';
import { fileLocator } from '../../pipeline/locate-file.js';
import { DISTRICT_FILE_CODES } from '../../pipeline/select-rubric.js';
import { CHECK_FORMATS, type CheckFormat } from '../../report/check/index.js';
import { checkSummary } from '../../report/check/summary.js';
import type { CheckReport, FileReport } from '../../report/types.js';
import { sheetKind } from '../../sheets/sheet-files.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { finishRun } from '../exit-line.js';
import { outputFormat } from '../output-kind.js';
import { printFindings } from '../print.js';
import {
  asOfOption,
  evidenceCacheOption,
  evidenceOptions,
  formatOption,
  givenOnCommandLine,
  inspectionsOption,
  parseSize,
  periodOption,
  requireInspections,
  requirePolicy,
  requireRubric,
  requireWaivers,
  rubricsOption,
} from '../shared-options.js';
import { writeReport } from '../write-output.js';

const DISTRICT_FILE_FINDINGS = new Set<string>(Object.values(DISTRICT_FILE_CODES));

interface CheckOptions {
  rubric?: string;
  rubrics?: string[];
  format: CheckFormat;
  formatGiven?: boolean;
  output?: string;
  minTier?: string;
  asOf?: string;
  waivers?: string;
  maxSize?: number;
  period?: string;
  inspections?: string[];
  /** false: --no-evidence-cache. */
  evidenceCache?: boolean;
}

export function registerCheck(program: Command, context: (cmd: Command) => CliContext): void {
  program
    .command('check')
    .description('score self-assessment files against their rubric and show what is missing')
    .argument(
      '<file...>',
      'self-assessment files (YAML, or .xlsx / .csv with one community per row), folders or globs',
    )
    .option('-r, --rubric <id|path>', "rubric to use (default: each file's own `rubric:`)")
    .addOption(rubricsOption())
    .addOption(formatOption(Object.keys(CHECK_FORMATS), 'table'))
    .option(
      '-o, --output <file>',
      'write the report to a file (atomically) instead of stdout; its extension chooses the format',
    )
    .option('--min-tier <tier>', 'exit 1 unless every file reaches this tier (its id or title)')
    .option('--waivers <file>', "a district's waivers file (exemptions per community and criterion)")
    .addOption(inspectionsOption())
    .addOption(asOfOption())
    .addOption(periodOption())
    .addOption(new Option('--max-size <size>', 'largest file to read').argParser(parseSize))
    .addOption(evidenceCacheOption())
    .action(async (files: string[], opts: CheckOptions, cmd: Command) => {
      const ctx = context(cmd);
      process.exitCode = await runCheck(files, { ...opts, formatGiven: givenOnCommandLine(cmd) }, ctx);
    });
}

export async function runCheck(inputs: string[], opts: CheckOptions, ctx: CliContext): Promise<number> {
  const format = outputFormat(Object.keys(CHECK_FORMATS) as CheckFormat[], {
    format: opts.format,
    formatGiven: !!opts.formatGiven,
    output: opts.output,
  });
  const { files, findings: inputFindings } = listInOrder(inputs);
  const forced = opts.rubric !== undefined ? requireRubric(opts.rubric) : undefined;
  const policy = checkPolicy(inputs, files, opts.rubrics);
  if (opts.minTier !== undefined && forced) minTierOf(forced, opts.minTier, ctx.lang);
  const waivers = requireWaivers(opts.waivers);
  const inspections = await requireInspections(opts.inspections, opts.maxSize);
  const assessed: CheckedSubmission[] = [];
  const locate = fileLocator();
  // The one intake, each submission kept whole, a row's as a file's.
  for await (const r of checkSubmissions(files, {
    ...(inspections.set ? { inspections: inspections.set } : {}),
    ...(opts.rubric ? { rubric: opts.rubric } : {}),
    ...(policy ? { policy } : {}),
    asOf: opts.asOf,
    ...(waivers ? { waivers } : {}),
    ...(opts.maxSize ? { maxBytes: opts.maxSize } : {}),
    ...(opts.period ? { period: opts.period } : {}),
    evidence: evidenceOptions(opts, ctx.env),
  })) {
    assessed.push(
      r.sheet !== undefined ? withRubricYear(r) : withRubricYear(r, (f) => locate(f, ['period'])),
    );
  }
  markDuplicates(assessed, locate);
  // A --min-tier that a file's rubric does not have is a usage error, before anything is shown.
  let minTier: string | undefined;
  if (opts.minTier !== undefined)
    for (const r of assessed) if (r.rubric) minTier ??= minTierOf(r.rubric, opts.minTier, ctx.lang);
  const inspectionErrors = printInspected(assessed, inspections.findings, inspections.set, ctx);
  const built = fileReports(inputs, assessed, inputFindings, opts, ctx);
  const reports = built.reports;
  const couldNotRun = files.length === 0 || built.couldNotRun || noSubmission(assessed);
  const shownTier = minTier ?? opts.minTier;
  // Each file's repeats of one code said once (the exit code below counts every finding).
  const report: CheckReport = {
    files: reports.map((r) => ({ ...r, findings: collapseRepeats(r.findings) })),
    ...(shownTier !== undefined ? { minTier: shownTier } : {}),
  };
  const toFile = opts.output !== undefined;
  let text = CHECK_FORMATS[format](report, {
    lang: ctx.lang,
    color: ctx.color && !toFile,
    width: toFile ? undefined : ctx.width,
  });
  if (format === 'table' && reports.length > 1) text += checkSummary(report, ctx.lang);
  if (opts.output !== undefined) writeReport(ctx, opts.output, text);
  else ctx.stdout(text);
  return finishRun(ctx, {
    couldNotRun,
    invalidFiles: reports.filter((r) => hasErrors(r.findings)).length,
    belowMinTier: reports.filter((r) => r.belowMinTier).length,
    errors: inspectionErrors,
  });
}

/**
 * The inspections' own findings, and each inspected community's (虚报, 整改 overdue), on stderr;
 * how many are errors (they fail the run, as an invalid file does).
 */
function printInspected(
  assessed: readonly AssessedFile[],
  own: readonly Finding[],
  set: InspectionSet | undefined,
  ctx: CliContext,
): number {
  const inspected = assessed.flatMap((r) =>
    r.result?.inspection
      ? [
          ...r.result.inspection.problems,
          ...inspectionNotes(r.result.entity.id, r.result.rubric, r.result.inspection, r.result.entity.name),
        ]
      : [],
  );
  const rubrics = new Map(assessed.flatMap((r) => (r.rubric ? [[r.rubric.id, r.rubric] as const] : [])));
  const all = [...own, ...inspected, ...(set ? meantForChecked(set, assessed) : [])];
  printFindings(all, ctx, (f) =>
    typeof f.params.rubric === 'string' ? rubrics.get(f.params.rubric) : undefined,
  );
  return all.filter(isInspectionError).length;
}

/**
 * Each file's report, and whether the run could not do what it was asked: a rubric that failed,
 * a file that is not there, or a district's file (rubric, waivers, roster) given as a submission.
 */
function fileReports(
  inputs: readonly string[],
  assessed: readonly AssessedFile[],
  inputFindings: readonly Finding[],
  opts: CheckOptions,
  ctx: CliContext,
): { reports: FileReport[]; couldNotRun: boolean } {
  const reports: FileReport[] = inputFindings.map((f) => ({ file: f.file ?? '', findings: [f] }));
  const named = new Set(inputs);
  let couldNotRun = false;
  for (const r of assessed) {
    if (r.rubricFailure) {
      couldNotRun = true;
      printFindings(r.rubricFailure.findings, ctx);
    }
    if (r.findings.some((f) => f.code === 'load.not-found' || f.code === 'load.is-directory'))
      couldNotRun = true;
    // A rubric, waivers or roster file named where a self-assessment goes: nothing was checked.
    // One found in a folder or by a glob (a submitter's own rubric beside its file) is skipped
    // with its warning, as every other command skips it: it never stops the batch's run.
    if (named.has(r.file) && r.findings.some((f) => DISTRICT_FILE_FINDINGS.has(f.code))) couldNotRun = true;
    const tier =
      r.rubric && opts.minTier !== undefined ? minTierOf(r.rubric, opts.minTier, ctx.lang) : undefined;
    const below = tier !== undefined && !!r.result && !reachesTier(r, tier);
    reports.push({
      file: r.file,
      findings: r.findings,
      ...(r.result ? { result: r.result } : {}),
      ...(r.rubric ? { rubric: r.rubric } : {}),
      ...(opts.minTier !== undefined ? { belowMinTier: below || !r.result } : {}),
    });
  }
  return { reports, couldNotRun };
}

/**
 * One YAML file named on its own is the community's own: its rubric path is followed (no policy).
 * Anything more is a batch of submissions, and the operator's policy decides each one's rubric;
 * so does --rubrics, given.
 */
function checkPolicy(inputs: readonly string[], files: readonly string[], rubrics: string[] | undefined) {
  const own =
    rubrics === undefined &&
    inputs.length === 1 &&
    files.length === 1 &&
    files[0] === inputs[0] &&
    sheetKind(files[0]!) === undefined;
  return own ? undefined : requirePolicy(rubrics);
}

/** --min-tier as the rubric's tier id (given by id or by a title in any language), or a usage error. */
function minTierOf(rubric: Rubric, given: string, lang: Lang): string {
  const id = findTier(rubric, given);
  if (id !== undefined) return id;
  const near = nearestTier(rubric, given);
  const params = {
    tier: given,
    // Named as the reader knows it.
    rubric: pick(rubric.title, lang) || rubric.id,
    // The tiers as a reader knows them, with the id that also works.
    known: listOf(
      lang,
      rubric.tiers.map((t) => withId(lang, pick(t.title, lang), t.id)),
    ),
    // The title the reader knows it by, not its id.
    ...(near !== undefined ? { suggestion: tierTitle(rubric, near, lang) } : {}),
  };
  throw new CliError(near !== undefined ? 'trust.unknown-tier-near' : 'cli.unknown-tier', params, 2);
}

function tierTitle(rubric: Rubric, id: string, lang: Lang): string {
  const tier = rubric.tiers.find((t) => t.id === id);
  return (tier && pick(tier.title, lang)) || id;
}

/** Whether a result's tier is the given tier or above it (tiers are listed highest first). */
function reachesTier(r: FileReport, tier: string): boolean {
  const tiers = r.rubric?.tiers ?? [];
  const want = tiers.findIndex((t) => t.id === tier);
  const got = tiers.findIndex((t) => t.id === r.result?.tier);
  return want >= 0 && got >= 0 && got <= want;
}
