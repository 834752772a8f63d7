/**
 * The planner: which solver runs (the exact DP when the problem splits by group, HiGHS when fixes
 * are shared or money and months are limited together), and the check every plan passes before
 * anyone sees it: each lifted community's fixed assessment is scored again through the engine and
 * must reach its claimed tier (inspected: less what the inspections took off), shared stations must serve no more than their cap, and each quota
 * claimed met must be met by the re-scored tiers. A plan that fails is an internal error.
 */
import { adjustResult } from '../inspect.js';
import { reaches } from '../rank.js';
import { score } from '../score.js';
import { type AlternativesRequest, alternativesOf, liftSig } from './alternatives.js';
import { applyFixes } from './candidates.js';
import { quotaHolds } from './choices.js';
import type { PlanProblem, PlanSolution } from './problem.js';
import { exactApplies, type NotSeparable, solveExact } from './solve-exact.js';
import { highsAlternatives, solveHighs } from './solve-highs.js';

export type SolverChoice = 'auto' | 'exact' | 'highs';

export class PlanCheckError extends Error {
  constructor(
    readonly community: string,
    readonly detail: string,
  ) {
    super(`plan check failed for ${community}: ${detail}`);
  }
}

export class ExactNotApplicable extends Error {
  constructor(readonly why: NotSeparable) {
    super(`the exact planner does not apply: ${why}`);
  }
}

export interface PlanOptions {
  solver: SolverChoice;
  /** HiGHS's time limit, in seconds. */
  timeLimit: number;
  /** The cheapest other plans within a margin (none when absent). */
  alternatives?: AlternativesRequest;
}

export async function solvePlan(problem: PlanProblem, options: PlanOptions): Promise<PlanSolution> {
  const why = exactApplies(problem);
  let solution: PlanSolution;
  if (options.solver === 'exact') {
    if (why) throw new ExactNotApplicable(why);
    solution = solveExact(problem);
  } else if (options.solver === 'highs' || why)
    solution = await solveHighs(problem, { timeLimit: options.timeLimit });
  else solution = solveExact(problem);
  // Each lift re-scored once, whichever plans it is in.
  const rescored = new Map<string, string | null>();
  verifyPlan(problem, solution, rescored);
  if (options.alternatives) {
    const alternatives =
      solution.solver === 'exact'
        ? alternativesOf(problem, solution, options.alternatives)
        : await highsAlternatives(problem, solution, options.alternatives, { timeLimit: options.timeLimit });
    // An alternative is a plan like the best: it reaches its claimed tiers, or it is an internal error.
    for (const a of alternatives.list)
      verifyPlan(
        problem,
        {
          ...solution,
          lifts: a.lifts,
          cost: a.cost,
          months: a.months,
          quotas: a.quotas,
          stations: a.stations ?? solution.stations,
        },
        rescored,
      );
    solution.alternatives = alternatives;
  }
  return solution;
}

/** Every claim of the plan, checked by scoring the fixed assessments again. */
export function verifyPlan(
  problem: PlanProblem,
  solution: PlanSolution,
  /** Tiers already found by re-scoring, by community and fixes (filled in here). */
  rescored?: Map<string, string | null>,
): void {
  const { rubric } = problem;
  const byId = new Map(problem.communities.map((c) => [c.id, c]));
  const after = new Map<string, string | null>();
  for (const lift of solution.lifts) {
    const c = byId.get(lift.community);
    if (!c) throw new PlanCheckError(lift.community, 'not among the communities');
    const key = `${c.id}\u0000${liftSig(lift)}`;
    let tier: string | null;
    if (rescored?.has(key)) tier = rescored.get(key)!;
    else {
      const fixed = score(rubric, applyFixes(c.assessment, lift.package.fixes), problem.score);
      tier = (c.penalty ? adjustResult(rubric, fixed, c.penalty) : fixed).tier;
      rescored?.set(key, tier);
    }
    if (!reaches(rubric, tier, lift.package.tier))
      throw new PlanCheckError(c.id, `reaches ${tier ?? 'no tier'}, not ${lift.package.tier}`);
    after.set(c.id, tier);
  }
  for (const s of solution.stations) {
    const cap = s.option.way.shared ?? 1;
    if (s.serves.length > cap * s.count)
      throw new PlanCheckError(
        s.serves.join(','),
        `${s.serves.length} communities share ${s.count} of ${s.key}`,
      );
  }
  for (const s of solution.stations)
    for (const id of s.serves) {
      const lift = solution.lifts.find((l) => l.community === id);
      if (!lift?.package.shared.includes(s.key))
        throw new PlanCheckError(id, `served by ${s.key} it did not ask for`);
    }
  for (const q of solution.quotas) {
    if (!q.met) continue;
    const reached = q.quota.members.filter((id) =>
      reaches(rubric, after.has(id) ? after.get(id)! : (byId.get(id)?.tier ?? null), q.quota.tier),
    ).length;
    if (reached !== q.reached || !quotaHolds(q.quota, reached))
      throw new PlanCheckError(
        q.quota.key ?? '',
        `quota ${q.quota.quota} reaches ${reached} of ${q.quota.n}`,
      );
  }
}
