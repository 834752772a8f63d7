/** `file:line:col  severity  code  message`, one finding a line, then the totals. */
import { message } from '../../i18n/catalog.js';
import { findingLine } from '../findings-text.js';
import { makeStyle } from '../style.js';
import type { FormatOptions, Formatter } from '../types.js';
import { labellers } from './labels.js';
import type { ValidateReport, ValidateSummary } from './types.js';

export const validateText: Formatter<ValidateReport> = (report, { lang, color }) => {
  const style = makeStyle(color);
  const labelFor = labellers(lang);
  const lines: string[] = [];
  for (const f of report.files) {
    const l = labelFor(f.rubric);
    for (const x of f.findings) lines.push(findingLine(x, l, style));
  }
  const s = report.summary;
  if (lines.length) lines.push('');
  lines.push(summaryText(s, lang));
  if (report.tooManyWarnings)
    lines.push(
      message(lang, 'validate.too-many-warnings', {
        warnings: String(s.warnings),
        max: String(report.maxWarnings),
      }),
    );
  return `${lines.join('\n')}\n`;
};

/**
 * The totals' line: files, and where a workbook or CSV file was read, the self-assessments (its
 * rows each) and how many of them have errors.
 */
export function summaryText(s: ValidateSummary, lang: FormatOptions['lang']): string {
  const counts = { errors: String(s.errors), warnings: String(s.warnings) };
  if (!s.sheets)
    return message(lang, 'validate.summary', {
      ...counts,
      files: String(s.files),
      invalid: String(s.invalid),
    });
  return message(lang, 'validate.summary-rows', {
    ...counts,
    submissions: String(s.submissions),
    rows: String(s.rows),
    sheets: String(s.sheets),
    yaml: String(s.files - s.sheets),
    invalid: String(s.invalidSubmissions),
  });
}
