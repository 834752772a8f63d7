/**
 * An input the operator named that is not there: the command could not run on all its inputs
 * (README, Exit codes: 2), in every command alike. The other inputs are still read and reported.
 * Only a path named on the command line counts: a link inside a folder that points nowhere is
 * that file's error, and a file a submission names (its rubric, its evidence) is the submission's.
 */
import type { Finding } from '../../model/finding.js';

const MISSING = new Set<string>(['load.not-found', 'load.is-directory']);

export function namedInputMissing(inputs: readonly string[], findings: Iterable<Finding>): boolean {
  const named = new Set(inputs);
  for (const f of findings) if (MISSING.has(f.code) && f.file !== undefined && named.has(f.file)) return true;
  return false;
}
