/** The last line of `check` on several files: how many were scored, invalid, below --min-tier. */
import { message } from '../../i18n/catalog.js';
import type { Lang } from '../../model/localized.js';
import type { CheckReport } from '../types.js';

export function checkSummary(report: CheckReport, lang: Lang): string {
  const failed = (f: CheckReport['files'][number]) => f.findings.some((x) => x.severity === 'error');
  // A self-assessment is a file or row that was scored or failed; a workbook's own notes (its
  // encoding, a sheet without rows) are said at the file but are no submission of their own.
  const files = report.files.filter((f) => f.result || failed(f));
  const invalid = files.filter(failed).length;
  const counts = {
    files: String(files.length),
    scored: String(files.filter((f) => f.result).length),
    invalid: String(invalid),
  };
  const below = files.filter((f) => f.belowMinTier).length;
  const line = message(lang, 'check.summary', counts);
  const tier = report.minTier ? message(lang, 'check.summary-below', { count: String(below) }) : '';
  return `\n${line}${tier}\n`;
}
