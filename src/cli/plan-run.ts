/**
 * The plan's options and its making, shared by `plan` and `report --costs` (the report's plan
 * page): the options checked before any work, then from the intake's batch (kept assessments) the
 * cost files read against the rubrics in the run, the targets checked, and the plan built.
 */
import { type Command, Option } from 'commander';
import { ExactNotApplicable, PlanCheckError, type SolverChoice } from '../engine/plan/plan.js';
import { message } from '../i18n/catalog.js';
import { loadCosts } from '../load/costs.js';
import { readMoney } from '../model/costs.js';
import { parseRate } from '../model/figures.js';
import { type Finding, hasErrors } from '../model/finding.js';
import { suggest } from '../model/names.js';
import type { Rubric } from '../model/rubric.js';
import { buildPlan, type PlanReport, type PlanTarget } from '../pipeline/plan.js';
import type { CliContext } from './context.js';
import { CliError } from './errors.js';
import { intakeOptions } from './intake-options.js';
import type { rankInputs } from './rank-inputs.js';

export interface PlanRunOptions {
  rubric?: string;
  rubrics?: string[];
  asOf?: string;
  waivers?: string;
  maxSize?: number;
  roster?: string;
  jobs?: number;
  costs?: string[];
  quotes?: string[];
  target?: string[];
  budget?: string;
  months?: string;
  solver: SolverChoice;
  timeLimit: string;
  alternatives?: string;
  within?: string;
}

const many = (v: string, prev: string[] | undefined) => [...(prev ?? []), v];

/** --costs, --quotes, --target, --budget, --months, --solver, --time-limit. */
export function addPlanOptions(cmd: Command, costs: string): Command {
  return cmd
    .option('--costs <file>', costs, many)
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
    .option('--alternatives <n>', 'how many cheapest other plans to list (default 3; 20 in JSON; 0: none)')
    .option('--within <percent>', 'how much dearer than the best plan an alternative may be (default 5%)');
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
    // 大多数 ≥ 300 ㎡ counts a criterion: the plan does not lift it (see pipeline/plan.ts tierQuotas).
    if (q.criterion !== undefined) throw new CliError('plan.target-criterion', { id });
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

export interface CheckedPlanOptions {
  targets: Map<string, { text: string; value: string }>;
  budget?: number;
  months?: number;
  timeLimit: number;
  /** --alternatives (undefined: the format's default); --within as a fraction. */
  alternatives?: number;
  within: number;
}

/** The alternatives listed when --alternatives is not given: a few to read, more for a program. */
export const DEFAULT_ALTERNATIVES = { read: 3, json: 20 } as const;
const DEFAULT_WITHIN = 0.05;

function alternativesOption(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim()) || Number(v) > 1000)
    throw new CliError('plan.alternatives-usage', { value: v });
  return Number(v);
}

function withinOption(v: string | undefined): number {
  if (v === undefined) return DEFAULT_WITHIN;
  const m = /^(\d+(?:\.\d+)?)\s*[%％]$/.exec(v.trim());
  if (!m) throw new CliError('plan.within-usage', { value: v });
  return Number(m[1]) / 100;
}

/** The plan's own options, checked before any file is read (a usage error is exit 2 at once). */
export function checkPlanOptions(opts: PlanRunOptions): CheckedPlanOptions {
  const targets = parseTargets(opts.target ?? []);
  const budget = opts.budget === undefined ? undefined : readMoney(opts.budget.replace(/\s+/g, ''));
  if (opts.budget !== undefined && budget === undefined)
    throw new CliError('plan.budget-usage', { value: opts.budget });
  const months = positive(opts.months, 'plan.months-usage');
  const timeLimit = positive(opts.timeLimit, 'plan.time-limit-usage')!;
  const alternatives = alternativesOption(opts.alternatives);
  return {
    ...(alternatives !== undefined ? { alternatives } : {}),
    within: withinOption(opts.within),
    targets,
    ...(budget !== undefined ? { budget } : {}),
    ...(months !== undefined ? { months } : {}),
    timeLimit,
  };
}

/** How many unscored files plan.none-scored names before "and N more". */
const NAMED_FILES = 3;

/**
 * The plan from the intake's batch (rankInputs with keepAssessment): the cost files' findings are
 * returned for the caller to print with its own; a cost file with errors, no quotas, or a rubric
 * no cost file prices is a usage error.
 */
export async function makePlan(
  built: Awaited<ReturnType<typeof rankInputs>>,
  opts: PlanRunOptions,
  checked: CheckedPlanOptions,
  ctx: CliContext,
  /** How many alternatives without --alternatives (the format's default). */
  alternatives: number = DEFAULT_ALTERNATIVES.read,
): Promise<{ plan: PlanReport; findings: Finding[] }> {
  const intake = await intakeOptions(opts, ctx.env);
  const { report } = built;
  const rubrics = new Map(report.tables.map((t) => [t.rubric.id, t.rubric]));
  const planTargets = checkTargets(checked.targets, [...rubrics.values()]);
  const communities = new Set(
    report.tables.flatMap((t) => t.rows.map((r) => `${t.rubric.id}\u0000${r.entry.id}`)),
  );
  const costs = loadCosts(opts.costs ?? [], opts.quotes ?? [], rubrics, (rubric, id) =>
    communities.has(`${rubric}\u0000${id}`),
  );
  if (hasErrors(costs.findings)) {
    const bad = costs.findings.find((f) => f.severity === 'error')!;
    throw new CliError('plan.costs-invalid', { file: bad.file ?? '' }, 2, costs.findings);
  }
  // Nothing scored (every file broken, or not a text file): that, not the rubric, is why there is
  // no plan; the files' problems are printed with it, and it fails as rank fails on them (exit 1).
  if (report.invalid.length && !report.tables.some((t) => t.rows.length)) {
    const files = report.invalid.map((i) => i.file);
    throw new CliError(
      'plan.none-scored',
      {
        count: String(files.length),
        files: files.slice(0, NAMED_FILES),
        more: String(Math.max(0, files.length - NAMED_FILES)),
      },
      1,
    );
  }
  if (!report.tables.some((t) => t.quotas.length)) throw new CliError('plan.no-quotas', {}, 2);
  if (costs.models.size)
    for (const t of report.tables)
      if (t.quotas.length && !costs.models.has(t.rubric.id))
        throw new CliError('plan.no-costs', { rubric: t.rubric.id }, 2);
  try {
    const plan = await buildPlan({
      report,
      groupOf: built.groupOf,
      assessments: built.assessments,
      ...(intake.asOf ? { asOf: intake.asOf } : {}),
      ...(intake.waivers ? { waivers: intake.waivers } : {}),
      ...(intake.roster ? { roster: intake.roster } : {}),
      costs: costs.models,
      targets: planTargets,
      ...(checked.budget !== undefined ? { budget: checked.budget } : {}),
      ...(checked.months !== undefined ? { months: checked.months } : {}),
      solver: {
        solver: opts.solver,
        timeLimit: checked.timeLimit,
        alternatives: { count: checked.alternatives ?? alternatives, within: checked.within },
      },
      day: intake.asOf ?? ctx.today,
    });
    return { plan, findings: costs.findings };
  } catch (e) {
    if (e instanceof ExactNotApplicable)
      throw new CliError('plan.exact-not-applicable', { why: message(ctx.lang, `plan.why.${e.why}`) }, 2);
    if (e instanceof PlanCheckError) throw new CliError('plan.check-failed', { detail: e.message }, 2);
    throw e;
  }
}
