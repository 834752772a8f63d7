/** The validate report as JSON: codes, positions and params for programs, messages in the chosen language. */
import { findingJson } from '../check/json.js';
import type { Formatter } from '../types.js';
import { labellers } from './labels.js';
import type { ValidateReport } from './types.js';

export const validateJson: Formatter<ValidateReport> = (report, { lang }) => {
  const labelFor = labellers(lang);
  const files = report.files.map((f) => {
    const l = labelFor(f.rubric);
    return {
      file: f.file,
      valid: !f.findings.some((x) => x.severity === 'error'),
      findings: f.findings.map((x) => findingJson(x, l.finding(x))),
    };
  });
  return `${JSON.stringify(
    {
      version: 1,
      summary: report.summary,
      ...(report.maxWarnings !== undefined
        ? { maxWarnings: report.maxWarnings, tooManyWarnings: report.tooManyWarnings }
        : {}),
      files,
    },
    null,
    2,
  )}\n`;
};
