/** Reading the rubric a command works on: usable despite warnings, or a CliError (exit 2) with its findings. */
import { type RubricRead, readRubricFile, rubricFileOrFinding } from '../load/rubrics.js';
import { hasErrors } from '../model/finding.js';
import type { Rubric } from '../model/rubric.js';
import { CliError } from './errors.js';

/** A rubric read for show, explain, init and schema: usable despite warnings, or a CliError (exit 2). */
export function readUsableRubric(ref: string): RubricRead & { rubric: Rubric } {
  const found = rubricFileOrFinding(ref);
  if ('finding' in found) throw new CliError(found.finding.code, found.finding.params, 2);
  const { file } = found;
  const read = readRubricFile(file);
  if (!read.rubric || hasErrors(read.findings)) {
    const count = read.findings.filter((f) => f.severity === 'error').length;
    throw new CliError('rubric.invalid', { rubric: ref, count }, 2, read.findings);
  }
  return read as RubricRead & { rubric: Rubric };
}
