/** The last line of `check` on several files: how many were scored, invalid, below --min-tier. */
import { message } from '../../i18n/catalog.js';
import type { Lang } from '../../model/localized.js';
import type { CheckReport } from '../types.js';

export function checkSummary(report: CheckReport, lang: Lang): string {
  const files = report.files;
  const invalid = files.filter((f) => f.findings.some((x) => x.severity === 'error')).length;
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
