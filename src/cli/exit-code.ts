/**
 * The exit code, as one pure function: 0 clean, 1 a finding fails the run, 2 the command could
 * not run; and, as data, why (the words are the catalogue's, src/cli/exit-line.ts prints them).
 */
export interface RunOutcome {
  /** Usage errors, a missing or invalid rubric, a file that does not exist, no files. */
  couldNotRun: boolean;
  /** Files (or rows) with error-severity findings. */
  invalidFiles: number;
  /**
   * A ranking's files not scored (rank, report, plan): with errors, or set apart with a warning
   * only (a period outside its rubric's year counts in its street's table, in doubt). Said as
   * not scored, not as errors.
   */
  unscoredFiles?: number;
  /** Error findings, where the command counts findings rather than files (convert, rubric lint). */
  errors?: number;
  /** Warnings, when there are more than --max-warnings allows. */
  warningsOver?: { warnings: number; max: number };
  /** Files below --min-tier. */
  belowMinTier?: number;
  /** Quotas short, when the command is asked to fail on them. */
  quotasShort?: number;
  /** plan: no plan meets every quota. */
  noPlan?: boolean;
  /** verify: inputs or results that differ from the signed statement. */
  tampered?: number;
}

export function exitCode(o: RunOutcome): 0 | 1 | 2 {
  if (o.couldNotRun) return 2;
  if (o.invalidFiles > 0 || (o.unscoredFiles ?? 0) > 0 || (o.errors ?? 0) > 0 || o.warningsOver) return 1;
  if ((o.belowMinTier ?? 0) > 0 || (o.quotasShort ?? 0) > 0) return 1;
  if (o.noPlan || (o.tampered ?? 0) > 0) return 1;
  return 0;
}

/** One reason an exit is not 0, with what it counts. */
export type ExitReason =
  | { kind: 'could-not-run' }
  | { kind: 'invalid' | 'unscored' | 'errors' | 'below-tier' | 'quotas' | 'tampered'; count: number }
  | { kind: 'no-plan' }
  | { kind: 'warnings'; count: number; max: number };

/** Why the exit code is what it is: nothing for 0, else every reason, in this order. */
export function exitReasons(o: RunOutcome): ExitReason[] {
  if (o.couldNotRun) return [{ kind: 'could-not-run' }];
  const reasons: ExitReason[] = [];
  if (o.invalidFiles > 0) reasons.push({ kind: 'invalid', count: o.invalidFiles });
  if ((o.unscoredFiles ?? 0) > 0) reasons.push({ kind: 'unscored', count: o.unscoredFiles! });
  if ((o.errors ?? 0) > 0) reasons.push({ kind: 'errors', count: o.errors! });
  if (o.warningsOver)
    reasons.push({ kind: 'warnings', count: o.warningsOver.warnings, max: o.warningsOver.max });
  if ((o.belowMinTier ?? 0) > 0) reasons.push({ kind: 'below-tier', count: o.belowMinTier! });
  if ((o.quotasShort ?? 0) > 0) reasons.push({ kind: 'quotas', count: o.quotasShort! });
  if (o.noPlan) reasons.push({ kind: 'no-plan' });
  if ((o.tampered ?? 0) > 0) reasons.push({ kind: 'tampered', count: o.tampered! });
  return reasons;
}
