/**
 * `civscore plan <inputs...> --costs <file>`: the cheapest 整改计划 that meets every quota. The
 * files are read and judged by rank's own batch (same rubric policy, roster, waivers, groups,
 * doubts); the plan comes from src/pipeline/plan.ts and is checked by re-scoring before it is
 * printed. Exit 0 when the plan meets every quota, 1 when none can, 2 when it could not run.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { ExactNotApplicable, PlanCheckError, type SolverChoice } from '../../engine/plan/plan.js';
import type { GroupBy } from '../../engine/rank.js';
import { message } from '../../i18n/catalog.js';
import { loadCosts } from '../../load/costs.js';
import { readMoney } from '../../model/costs.js';
import { parseRate } from '../../model/figures.js';
import { hasErrors } from '../../model/finding.js';
import { suggest } from '../../model/names.js';
import type { Rubric } from '../../model/rubric.js';
import { buildPlan, type PlanTarget } from '../../pipeline/plan.js';
import { invalidRubricOf } from '../../pipeline/rank-report.js';
import { PLAN_FORMATS, type PlanFormat } from '../../report/plan/index.js';
import { planWorkbook } from '../../report/plan/workbook.js';
import { xlsxBytes } from '../../sheets/write-xlsx.js';
import { cleanOnSignal } from '../clean-on-signal.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { intakeOptions } from '../intake-options.js';
import { outputFormat } from '../output-kind.js';
import { printFindings } from '../print.js';
import { rankInputs } from '../rank-inputs.js';
import {
  asOfOption,
  evidenceCacheOption,
  formatOption,
  givenOnCommandLine,
  groupOption,
  jobsOption,
  parseSize,
  rubricsOption,
} from '../shared-options.js';
import { bunched, writeChunks } from '../write-chunks.js';
import { writeReport } from '../write-output.js';

interface PlanCliOptions {
  rubric?: string;
  rubrics?: string[];
  group?: GroupBy;
  format: PlanFormat | 'xlsx';
  output?: string;
  jobs?: number;
  asOf?: string;
  waivers?: string;
  maxSize?: number;
  roster?: string;
  costs?: string[];
  quotes?: string[];
  target?: string[];
  budget?: string;
  months?: string;
  solver: SolverChoice;
  timeLimit: string;
  formatGiven?: boolean;
}

const PLAN_OUTPUT_FORMATS = [...(Object.keys(PLAN_FORMATS) as PlanFormat[]), 'xlsx'] as const;

const many = (v: string, prev: string[] | undefined) => [...(prev ?? []), v];

export function registerPlan(program: Command, context: (cmd: Command) => CliContext): void {
  program
    .command('plan')
    .description('the cheapest improvement plan (整改计划) that meets every quota, proven optimal')
    .argument('<inputs...>', 'self-assessment files (YAML, .xlsx, .csv), folders and globs, as for rank')
    .option(
      '--costs <file>',
      'what each fix costs (costs.yaml), one per rubric (repeatable); none: each fix counts 1',
      many,
    )
    .option(
      '--quotes <file>',
      "a community's own quote (a cost file with community:), if the district allows (repeatable)",
      many,
    )
    .option('--target <id=share>', 'set a quota to another share, e.g. modern-share=60% (repeatable)', many)
    .option('--budget <amount>', 'the most the plan may cost, in 元 or 万元 (50万)')
    .option('--months <n>', 'the most months of work the plan may take in all')
    .addOption(
      new Option('--solver <solver>', 'exact, highs, or auto (exact when the problem splits by group)')
        .choices(['auto', 'exact', 'highs'])
        .default('auto'),
    )
    .option('--time-limit <seconds>', "HiGHS's time limit, in seconds", '30')
    .option('-r, --rubric <id|path>', "rubric to use (default: each file's own `rubric:`)")
    .addOption(rubricsOption())
    .addOption(groupOption('accepted as rank takes it; the plan follows the groups its quotas name'))
    .addOption(formatOption([...Object.keys(PLAN_FORMATS), 'xlsx'], 'table'))
    .option('-o, --output <file>', 'write the plan to a file (atomically) instead of stdout')
    .addOption(jobsOption('scoring'))
    .addOption(evidenceCacheOption())
    .option('--waivers <file>', "a district's waivers file (exemptions per community and criterion)")
    .option('--roster <file>', 'the communities each street really has: quotas count them all')
    .addOption(asOfOption())
    .addOption(new Option('--max-size <size>', 'largest file to read').argParser(parseSize))
    .action(async (inputs: string[], opts: PlanCliOptions, cmd: Command) => {
      const ctx = context(cmd);
      process.exitCode = await runPlan(inputs, { ...opts, formatGiven: givenOnCommandLine(cmd) }, ctx);
    });
}

const WHOLE = /^(\d+)\s*(个|個)?$/;

/** `id=60%` (a share) or `id=2` (a count, for a quota that counts): checked for form here, for kind once the rubrics are known. */
function parseTargets(values: readonly string[]): Map<string, { text: string; value: string }> {
  const out = new Map<string, { text: string; value: string }>();
  for (const v of values) {
    const eq = v.indexOf('=');
    const id = eq > 0 ? v.slice(0, eq).trim() : '';
    const value = eq > 0 ? v.slice(eq + 1).trim() : '';
    if (!id || !(WHOLE.test(value) || parseRate(value).ok))
      throw new CliError('plan.target-usage', { value: v });
    out.set(id, { text: v, value });
  }
  return out;
}

/** Every --target names a quota of a rubric in the run, with a share, or a whole number for a quota that counts. */
function checkTargets(
  targets: Map<string, { text: string; value: string }>,
  rubrics: readonly Rubric[],
): Map<string, PlanTarget> {
  const quotas = new Map(rubrics.flatMap((r) => r.quotas.map((q) => [q.id, q] as const)));
  const out = new Map<string, PlanTarget>();
  for (const [id, t] of targets) {
    const q = quotas.get(id);
    if (!q) {
      const near = suggest(id, new Set(quotas.keys()));
      throw new CliError('plan.target-unknown', { id, ...(near ? { suggestion: near } : {}) });
    }
    if (q.measure === 'count') {
      const m = WHOLE.exec(t.value);
      if (!m) throw new CliError('plan.target-count-usage', { value: t.text, id });
      out.set(id, { value: Number(m[1]), measure: 'count' });
    } else {
      const share = parseRate(t.value);
      if (!share.ok) throw new CliError('plan.target-usage', { value: t.text });
      out.set(id, { value: share.value, measure: 'share' });
    }
  }
  return out;
}

function positive(
  v: string | undefined,
  code: 'plan.months-usage' | 'plan.time-limit-usage',
): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || (code === 'plan.time-limit-usage' && n === 0))
    throw new CliError(code, { value: v });
  return n;
}

export async function runPlan(inputs: string[], opts: PlanCliOptions, ctx: CliContext): Promise<number> {
  const format = outputFormat(PLAN_OUTPUT_FORMATS, {
    format: opts.format,
    formatGiven: !!opts.formatGiven,
    output: opts.output,
  });
  const targets = parseTargets(opts.target ?? []);
  const budget = opts.budget === undefined ? undefined : readMoney(opts.budget.replace(/\s+/g, ''));
  if (opts.budget !== undefined && budget === undefined)
    throw new CliError('plan.budget-usage', { value: opts.budget });
  const months = positive(opts.months, 'plan.months-usage');
  const timeLimit = positive(opts.timeLimit, 'plan.time-limit-usage')!;
  const intake = intakeOptions(opts, ctx.env);
  const assess = {
    ...(intake.rubric ? { rubric: intake.rubric } : {}),
    ...(intake.asOf ? { asOf: intake.asOf } : {}),
    ...(intake.waivers ? { waivers: intake.waivers } : {}),
    ...(intake.maxBytes ? { maxBytes: intake.maxBytes } : {}),
    policy: intake.policy,
  };
  const roster = intake.roster;
  return cleanOnSignal(async () => {
    const built = await rankInputs(inputs, opts, ctx);
    const { report, problems } = built;
    const rubrics = new Map(report.tables.map((t) => [t.rubric.id, t.rubric]));
    const planTargets = checkTargets(targets, [...rubrics.values()]);
    const communities = new Set(
      report.tables.flatMap((t) => t.rows.map((r) => `${t.rubric.id}\u0000${r.entry.id}`)),
    );
    const costs = loadCosts(opts.costs ?? [], opts.quotes ?? [], rubrics, (rubric, id) =>
      communities.has(`${rubric}\u0000${id}`),
    );
    printFindings([...problems, ...costs.findings], ctx, invalidRubricOf(report));
    if (hasErrors(costs.findings)) {
      const bad = costs.findings.find((f) => f.severity === 'error')!;
      throw new CliError('plan.costs-invalid', { file: bad.file ?? '' }, 2);
    }
    if (!report.tables.some((t) => t.quotas.length)) throw new CliError('plan.no-quotas', {}, 2);
    if (costs.models.size)
      for (const t of report.tables)
        if (t.quotas.length && !costs.models.has(t.rubric.id))
          throw new CliError('plan.no-costs', { rubric: t.rubric.id }, 2);
    let plan: Awaited<ReturnType<typeof buildPlan>>;
    try {
      plan = await buildPlan({
        report,
        groupOf: built.groupOf,
        assess,
        ...(roster ? { roster } : {}),
        costs: costs.models,
        targets: planTargets,
        ...(budget !== undefined ? { budget } : {}),
        ...(months !== undefined ? { months } : {}),
        solver: { solver: opts.solver, timeLimit },
      });
    } catch (e) {
      if (e instanceof ExactNotApplicable)
        throw new CliError('plan.exact-not-applicable', { why: message(ctx.lang, `plan.why.${e.why}`) }, 2);
      if (e instanceof PlanCheckError) throw new CliError('plan.check-failed', { detail: e.message }, 2);
      throw e;
    }
    if (format === 'xlsx')
      writeReport(ctx, opts.output!, await xlsxBytes(planWorkbook(plan, { lang: ctx.lang })));
    else {
      const chunks = PLAN_FORMATS[format](plan, {
        lang: ctx.lang,
        color: false,
        width: opts.output ? undefined : ctx.width,
      });
      if (opts.output) writeReport(ctx, opts.output, bunched(chunks));
      else await writeChunks(ctx, chunks);
    }
    return plan.feasible ? 0 : 1;
  });
}
