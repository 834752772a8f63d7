/** Printing findings to stderr for commands whose stdout is a report. */

import type { Finding } from '../model/finding.js';
import { findingLine, sortFindings } from '../report/findings-text.js';
import { labeller } from '../report/labels.js';
import { makeStyle } from '../report/style.js';
import type { CliContext } from './context.js';

export function printFindings(findings: readonly Finding[], ctx: CliContext): void {
  if (!findings.length) return;
  const l = labeller(ctx.lang);
  const style = makeStyle(ctx.color);
  ctx.stderr(
    `${sortFindings(findings)
      .map((f) => findingLine(f, l, style))
      .join('\n')}\n`,
  );
}
