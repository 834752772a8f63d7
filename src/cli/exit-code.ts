/** The exit code, as one pure function: 0 clean, 1 a finding fails the run, 2 the command could not run. */
export interface RunOutcome {
  /** Usage errors, a missing or invalid rubric, a file that does not exist, no files. */
  couldNotRun: boolean;
  /** Files with error-severity findings (or over --max-warnings). */
  invalidFiles: number;
  /** Files below --min-tier. */
  belowMinTier?: number;
  /** Quotas short, when the command is asked to fail on them. */
  quotasShort?: number;
}

export function exitCode(o: RunOutcome): 0 | 1 | 2 {
  if (o.couldNotRun) return 2;
  if (o.invalidFiles > 0 || (o.belowMinTier ?? 0) > 0 || (o.quotasShort ?? 0) > 0) return 1;
  return 0;
}
