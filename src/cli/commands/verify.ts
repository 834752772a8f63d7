/**
 * `civscore verify <statement> [--inputs <dir>] [--allowed-signers <file>]`: whether a signed
 * result (rank --attest) still holds. The signature, every input's digest, then the scoring run
 * again with the recorded options through the same intake rank uses. Offline: nothing here or
 * below opens a connection. Exit 0 intact, 1 tampered, 2 could not check.
 */
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { SolverChoice } from '../../engine/plan/plan.js';
import type { GroupBy } from '../../engine/rank.js';
import { message } from '../../i18n/catalog.js';
import { LANGS, type Lang } from '../../model/localized.js';
import type { Rubric } from '../../model/rubric.js';
import { isPathLike } from '../../pipeline/attest/make-attestation.js';
import { resultData, resultPieces } from '../../pipeline/attest/result-data.js';
import { sha256Pieces } from '../../pipeline/attest/sha256-list.js';
import type { Predicate } from '../../pipeline/attest/statement.js';
import { verifyStatement } from '../../pipeline/attest/verify-statement.js';
import { resultsFile } from '../../pipeline/results-file.js';
import { labeller } from '../../report/labels.js';
import { wrapLine } from '../../report/text-width.js';
import type { CliContext } from '../context.js';
import { CliError } from '../errors.js';
import { finishRun } from '../exit-line.js';
import { checkPlanOptions, makePlan } from '../plan-run.js';
import { rankInputs } from '../rank-inputs.js';
import { VERSION } from '../version.js';

interface VerifyOptions {
  inputs?: string;
  allowedSigners?: string;
}

export function registerVerify(program: Command, context: (cmd: Command) => CliContext): void {
  program
    .command('verify')
    .description('check a signed result (rank --attest): signature, every input, and the scoring run again')
    .argument('<statement>', 'the statement file --attest wrote')
    .option(
      '--inputs <dir>',
      "the folder the statement's paths are read from (default: the statement's folder)",
    )
    .option(
      '--allowed-signers <file>',
      "who may sign, in ssh-keygen's allowed_signers format (default: allowed_signers beside the statement)",
    )
    .action(async (statement: string, opts: VerifyOptions, cmd: Command) => {
      const ctx = context(cmd);
      process.exitCode = await runVerify(statement, opts, ctx);
    });
}

const isLang = (v: string | undefined): v is Lang => (LANGS as readonly string[]).includes(v ?? '');

/**
 * The recorded run, made again from the files under `base`: the result's data. The rubrics it
 * was judged under go into `rubrics` by id, to word the notes (a quota by its title).
 */
async function rerun(predicate: Predicate, base: string, ctx: CliContext, rubrics: Map<string, Rubric>) {
  const o = predicate.options;
  const at = (p: string) => resolve(base, p);
  const opts = {
    ...(o.rubric !== undefined ? { rubric: isPathLike(o.rubric) ? at(o.rubric) : o.rubric } : {}),
    ...(o.rubrics ? { rubrics: o.rubrics.map(at) } : {}),
    ...(o.group ? { group: o.group as GroupBy } : {}),
    ...(o.waivers ? { waivers: at(o.waivers) } : {}),
    ...(o.roster ? { roster: at(o.roster) } : {}),
    ...(o.inspections ? { inspections: o.inspections.map(at) } : {}),
    ...(o.maxSize ? { maxSize: o.maxSize } : {}),
    ...(o.period ? { period: o.period } : {}),
    ...(o.outputs ? { written: o.outputs.map(at) } : {}),
    ...(predicate.asOf ? { asOf: predicate.asOf } : {}),
  };
  const quiet = { ...ctx, stderr: () => {}, stderrIsTTY: false };
  try {
    if (o.command === 'plan') {
      // plan --attest: the plan made again with its recorded options, beside the ranking.
      const planOpts = {
        ...opts,
        ...(o.costs ? { costs: o.costs.map(at) } : {}),
        ...(o.quotes ? { quotes: o.quotes.map(at) } : {}),
        ...(o.target ? { target: o.target } : {}),
        ...(o.budget !== undefined ? { budget: o.budget } : {}),
        ...(o.months !== undefined ? { months: o.months } : {}),
        solver: (o.solver ?? 'auto') as SolverChoice,
        timeLimit: o.timeLimit ?? '30',
        // The signed plan is the best plan; its alternatives are not part of it.
        alternatives: '0',
      };
      const checked = checkPlanOptions(planOpts);
      const built = await rankInputs(o.inputs.map(at), planOpts, quiet, {
        keepAssessment: true,
        digests: true,
      });
      for (const t of built.report.tables) rubrics.set(t.rubric.id, t.rubric);
      const { plan } = await makePlan(built, planOpts, checked, quiet);
      return {
        resultSha256: sha256Pieces(resultPieces(built.report, base, plan)),
        data: () => resultData(built.report, base, plan),
        digests: built.digests,
      };
    }
    const keep = { ...(o.resultsOut !== undefined ? { keepCriteria: true } : {}), digests: true };
    const { report, criteria, digests } = await rankInputs(o.inputs.map(at), opts, quiet, keep);
    for (const t of report.tables) rubrics.set(t.rubric.id, t.rubric);
    const resultSha256 = sha256Pieces(resultPieces(report, base));
    const data = () => resultData(report, base);
    if (o.resultsOut === undefined) return { resultSha256, data, digests };
    // The Parquet results made again as rank made them: their digest is checked against the signed one.
    const again = await resultsFile(report, criteria, {
      asOf: predicate.asOf ?? undefined,
      version: VERSION,
      lang: isLang(o.resultsLang) ? o.resultsLang : 'zh-CN',
      base,
    });
    return { resultSha256, data, digests, resultsSha256: again.sha256 };
  } catch (e) {
    // Every input gone, or a waivers or roster file that no longer reads: nothing scored again.
    if (e instanceof CliError) return { resultSha256: '', data: () => ({ tables: [], unscored: [] }) };
    throw e;
  }
}

export async function runVerify(statement: string, opts: VerifyOptions, ctx: CliContext): Promise<number> {
  const rubrics = new Map<string, Rubric>();
  const outcome = await verifyStatement({
    statement,
    allowedSigners: opts.allowedSigners ?? join(dirname(statement), 'allowed_signers'),
    ...(opts.inputs ? { base: opts.inputs } : {}),
    version: VERSION,
    rerun: (p, base) => rerun(p, base, ctx, rubrics),
  });
  if ('usage' in outcome) throw new CliError(outcome.usage, outcome.params, 2);
  // A note about a table is worded with its rubric as run again (a quota by its title).
  const rubricOf = (params: Record<string, unknown>) =>
    typeof params.rubric === 'string' ? rubrics.get(params.rubric) : undefined;
  // √ and × are in GBK and Big5 too: a Chinese Windows console shows them (✓ and ✗ are not).
  for (const n of outcome)
    ctx.stdout(
      `${wrapLine('', `${n.tampered ? '×' : '√'} ${labeller(ctx.lang, rubricOf(n.params)).text(n.code, n.params)}`, ctx.width).join('\n')}\n`,
    );
  const bad = outcome.filter((n) => n.tampered).length;
  ctx.stdout(
    `${bad ? message(ctx.lang, 'verify.tampered', { count: String(bad) }) : message(ctx.lang, 'verify.intact')}\n`,
  );
  return finishRun(ctx, { couldNotRun: false, invalidFiles: 0, tampered: bad });
}
