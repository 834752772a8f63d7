/** Printing findings to stderr for commands whose stdout is a report. */

import type { Finding } from '../model/finding.js';
import { collapseRepeats } from '../model/repeated.js';
import type { Rubric } from '../model/rubric.js';
import { findingLine, sortFindings } from '../report/findings-text.js';
import { makeStyle } from '../report/style.js';
import { labellers } from '../report/validate/labels.js';
import type { CliContext } from './context.js';

/** rubricOf: the rubric a finding is about, to name its metrics and criteria by title (as check does). */
export function printFindings(
  findings: readonly Finding[],
  ctx: CliContext,
  rubricOf?: (f: Finding) => Rubric | undefined,
): void {
  if (!findings.length) return;
  const labelFor = labellers(ctx.lang);
  const style = makeStyle(ctx.color);
  ctx.stderr(
    `${collapseRepeats(sortFindings(findings))
      .map((f) => findingLine(f, labelFor(rubricOf?.(f)), style))
      .join('\n')}\n`,
  );
}
