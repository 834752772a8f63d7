/** `file:line:col  severity  code  message`, one finding a line, then the totals. */
import { message } from '../../i18n/catalog.js';
import { findingLine } from '../findings-text.js';
import { makeStyle } from '../style.js';
import type { Formatter } from '../types.js';
import { labellers } from './labels.js';
import type { ValidateReport } from './types.js';

export const validateText: Formatter<ValidateReport> = (report, { lang, color }) => {
  const style = makeStyle(color);
  const labelFor = labellers(lang);
  const lines: string[] = [];
  for (const f of report.files) {
    const l = labelFor(f.rubric);
    for (const x of f.findings) lines.push(findingLine(x, l, style));
  }
  const s = report.summary;
  const counts = {
    files: String(s.files),
    invalid: String(s.invalid),
    errors: String(s.errors),
    warnings: String(s.warnings),
  };
  if (lines.length) lines.push('');
  lines.push(message(lang, 'validate.summary', counts));
  if (report.tooManyWarnings)
    lines.push(
      message(lang, 'validate.too-many-warnings', {
        warnings: String(s.warnings),
        max: String(report.maxWarnings),
      }),
    );
  return `${lines.join('\n')}\n`;
};
