/** A district's waivers file: exemptions per community and criterion, with reason and expiry. */
import { toExemption } from '../model/build-rubric.js';
import { type Finding, hasErrors } from '../model/finding.js';
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
  const findings = y.findings;
  return {
    exemptions: hasErrors(findings) ? [] : parsed.data.exemptions.map((e) => toExemption(e, file)),
    findings,
  };
}
