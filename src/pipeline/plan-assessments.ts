/**
 * The assessments behind a rank report's rows, judged once more in full through the same code
 * rank used (assessFile for a YAML file, assessSheet for a workbook's or CSV's rows), so that a
 * plan can fix them and score them again. Keyed by the row's file (a row's label, `x.xlsx:Sheet!A7`).
 */
import type { Assessment } from '../model/assessment.js';
import { sheetKind } from '../sheets/sheet-files.js';
import { type AssessOptions, assessFile } from './assess-file.js';
import { assessSheet } from './assess-sheet.js';

/**
 * The workbook or CSV file a row's label names (row-data.ts rowLabel: `x.xlsx:Sheet!A7`,
 * `x.csv:7`), or undefined for a YAML file.
 */
function sheetOf(label: string): string | undefined {
  const bang = label.lastIndexOf('!');
  const colon = bang >= 0 ? label.lastIndexOf(':', bang) : label.lastIndexOf(':');
  if (colon < 0 || (bang < 0 && !/^\d+$/.test(label.slice(colon + 1)))) return undefined;
  const file = label.slice(0, colon);
  return sheetKind(file) ? file : undefined;
}

export async function assessmentsOf(
  files: readonly string[],
  options: AssessOptions,
): Promise<Map<string, Assessment>> {
  const out = new Map<string, Assessment>();
  const wanted = new Set(files);
  const sheets = new Set<string>();
  for (const file of files) {
    const sheet = sheetKind(file) === undefined ? sheetOf(file) : undefined;
    if (sheet) {
      sheets.add(sheet);
      continue;
    }
    const r = assessFile(file, { ...options, keepAssessment: true });
    if (r.assessment && r.result && !r.result.withheld) out.set(file, r.assessment);
  }
  for (const sheet of sheets)
    for await (const r of assessSheet(sheet, { ...options, keepAssessment: true }))
      if (wanted.has(r.file) && r.assessment && r.result && !r.result.withheld) out.set(r.file, r.assessment);
  return out;
}
