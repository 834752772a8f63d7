/** Printing findings to stderr for commands whose stdout is a report. */

import type { Finding } from '../model/finding.js';
import type { Rubric } from '../model/rubric.js';
import { findingLine, sortFindings } from '../report/findings-text.js';
import { type Labeller, labeller } from '../report/labels.js';
import { makeStyle } from '../report/style.js';
import type { CliContext } from './context.js';

/**
 * `rubrics`: a finding whose params name one of them (`rubric`) is worded with its titles (a
 * metric's and an option's names, not their ids); with one rubric, every finding is.
 */
export function printFindings(
  findings: readonly Finding[],
  ctx: CliContext,
  rubrics: readonly Rubric[] = [],
): void {
  if (!findings.length) return;
  const l = labeller(ctx.lang);
  const own = new Map<string, Labeller>();
  for (const r of rubrics) if (!own.has(r.id)) own.set(r.id, labeller(ctx.lang, r));
  // With one rubric in the run, every finding is worded with it (an invalid file's metric too).
  const fallback = own.size === 1 ? [...own.values()][0]! : l;
  const style = makeStyle(ctx.color);
  ctx.stderr(
    `${sortFindings(findings)
      .map((f) =>
        findingLine(f, (typeof f.params.rubric === 'string' && own.get(f.params.rubric)) || fallback, style),
      )
      .join('\n')}\n`,
  );
}
