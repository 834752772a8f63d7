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
  // Written about 64 KB at a time: a province's batch has tens of thousands of finding lines,
  // never held as one string beside the report.
  let buf = '';
  for (const f of collapseRepeats(sortFindings(findings))) {
    buf += `${findingLine(f, labelFor(rubricOf?.(f)), style)}\n`;
    if (buf.length >= CHUNK) {
      ctx.stderr(buf);
      buf = '';
    }
  }
  if (buf) ctx.stderr(buf);
}

const CHUNK = 65536;
