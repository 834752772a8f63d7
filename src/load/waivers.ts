/**
 * A district's waivers file: exemptions per community and criterion, with reason and expiry.
 * It names the rubric it is for (`rubric:`), and every `expires` is a real calendar day; each
 * exemption keeps the line of its `expires`, where a warning about it points.
 */
import { toExemption } from '../model/build-rubric.js';
import { isCalendarDate, notADate } from '../model/dates.js';
import { type Finding, finding, hasErrors } from '../model/finding.js';
import type { Exemption } from '../model/rubric.js';
import { WaiversFileSchema } from '../model/rubric-schema.js';
import { zodFindings } from '../model/zod-findings.js';
import { loadYamlFile, place } from './load-yaml-file.js';

export function loadWaivers(file: string): { exemptions: Exemption[]; findings: Finding[] } {
  const y = loadYamlFile(file);
  if (!y.data) return { exemptions: [], findings: y.findings };
  const parsed = WaiversFileSchema.safeParse(y.data);
  if (!parsed.success)
    return { exemptions: [], findings: place(zodFindings(parsed.error, y.data), file, y.locate) };
  const { rubric, exemptions } = parsed.data;
  const own: Finding[] = [];
  if (!rubric) own.push(finding('machine.waivers-no-rubric', 'error', {}, []));
  exemptions.forEach((e, i) => {
    if (typeof e.expires === 'string' && !isCalendarDate(e.expires))
      own.push(notADate(e.expires, ['exemptions', i, 'expires']));
  });
  const findings = [...y.findings, ...place(own, file, y.locate)];
  return {
    exemptions: hasErrors(findings)
      ? []
      : exemptions.map((e, i) => toExemption(e, file, { ...y.locate(['exemptions', i, 'expires']), rubric })),
    findings,
  };
}
