/** The report as JSON: codes and numbers for programs, with each message also in the chosen language. */
import type { Finding } from '../../model/finding.js';
import { findingCell } from '../../model/place.js';
import { rubricIdentity } from '../../pipeline/rubric-identity.js';
import { labeller } from '../labels.js';
import { provenanceJson } from '../provenance.js';
import type { CheckReport, Formatter } from '../types.js';

export function findingJson(f: Finding, message: string) {
  return {
    file: f.file,
    line: f.line,
    column: f.column,
    ...(f.sheet !== undefined ? { sheet: f.sheet, cell: findingCell(f) } : {}),
    severity: f.severity,
    code: f.code,
    message,
    params: f.params,
  };
}

export const checkJson: Formatter<CheckReport> = (report, { lang }) => {
  const files = report.files.map((f) => {
    const l = labeller(lang, f.rubric);
    return {
      file: f.file,
      ...(f.rubric ? { rubric: rubricIdentity(f.rubric) } : {}),
      valid: !f.findings.some((x) => x.severity === 'error'),
      ...(report.minTier ? { belowMinTier: !!f.belowMinTier } : {}),
      findings: f.findings.map((x) => findingJson(x, l.finding(x))),
      result: f.result ?? null,
      ...(f.rubric ? { provenance: provenanceJson(f.rubric, lang) } : {}),
    };
  });
  return `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
};
