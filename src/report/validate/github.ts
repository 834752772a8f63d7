/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=<code>::<message>`, one
 * a finding, escaped as the runner expects (%, CR and LF everywhere; also `:` and `,` in properties).
 * File names and messages are first shown with terminalText, as in every log line: a control
 * character from a file reaches neither the runner nor the log viewer.
 */
import { message } from '../../i18n/catalog.js';
import type { Severity } from '../../model/finding.js';
import { findingCell } from '../../model/place.js';
import { terminalText } from '../escape/terminal.js';
import type { Formatter } from '../types.js';
import { labellers } from './labels.js';
import { summaryText } from './text.js';
import type { ValidateReport } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const validateGithub: Formatter<ValidateReport> = (report, { lang }) => {
  const labelFor = labellers(lang);
  const out: string[] = [];
  for (const f of report.files) {
    const l = labelFor(f.rubric);
    for (const x of f.findings) {
      const props = [
        `file=${escapeProperty(terminalText(x.file ?? f.file))}`,
        `line=${x.line ?? 1}`,
        `col=${x.column ?? 1}`,
        `title=${escapeProperty(x.code)}`,
      ].join(',');
      // A workbook has no lines to annotate: the message itself starts with the cell.
      const cell = findingCell(x);
      const text = cell ? `${cell}  ${l.finding(x)}` : l.finding(x);
      out.push(`::${COMMAND[x.severity]} ${props}::${escapeData(terminalText(text))}`);
    }
  }
  const s = report.summary;
  out.push(escapeData(summaryText(s, lang)));
  if (report.tooManyWarnings)
    out.push(
      `::error title=validate.too-many-warnings::${escapeData(
        message(
          lang,
          'validate.too-many-warnings',
          stringify({ warnings: s.warnings, max: report.maxWarnings ?? 0 }),
        ),
      )}`,
    );
  return `${out.join('\n')}\n`;
};

const stringify = (o: Record<string, number>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)]));
