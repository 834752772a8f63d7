/**
 * SARIF 2.1.0: one run, our codes as rules (their English message as the short description),
 * one result per finding at its file, line and column (a workbook's: its cell, Sheet1!C7). A
 * finding on a row of a workbook or CSV file names the self-assessment it is about, the row's
 * place (`properties.submission`: `自评.xlsx:Sheet1!A7`), and the run counts submissions as the
 * text output does (`properties`: files, submissions, rows, sheets, invalidSubmissions).
 */
import { type MessageCode, message } from '../../i18n/catalog.js';
import type { Severity } from '../../model/finding.js';
import { findingCell, placeText, rowOf } from '../../model/place.js';
import { terminalText } from '../escape/terminal.js';
import { wellFormed } from '../escape/unicode.js';
import type { Formatter } from '../types.js';
import { labellers } from './labels.js';
import type { ValidateReport } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** A message's English wording with each parameter shown as its name: `unknown key "{key}"`. */
function template(code: MessageCode): string {
  const names = new Proxy({} as Record<string, string>, {
    get: (_, k) => (typeof k === 'string' ? `{${k}}` : undefined),
  });
  return message('en', code, names);
}

/** A path as a URI reference: forward slashes, every segment percent-encoded. */
export function pathToUri(path: string): string {
  const p = wellFormed(path).replace(/\\/g, '/');
  const abs = p.startsWith('/');
  const encoded = p
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
  return abs ? `file://${encoded}` : encoded;
}

export const validateSarif: Formatter<ValidateReport> = (report, { lang }) => {
  const labelFor = labellers(lang);
  const ruleIndex = new Map<MessageCode, number>();
  const rules: { id: string; shortDescription: { text: string } }[] = [];
  const results: unknown[] = [];
  for (const f of report.files) {
    const l = labelFor(f.rubric);
    const rows = report.rows?.get(f.file);
    for (const x of f.findings) {
      const row = rows ? rowOf(rows, x) : undefined;
      let index = ruleIndex.get(x.code);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(x.code, index);
        rules.push({ id: x.code, shortDescription: { text: template(x.code) } });
      }
      results.push({
        ruleId: x.code,
        ruleIndex: index,
        level: LEVEL[x.severity],
        message: { text: wellFormed(l.finding(x)) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: pathToUri(x.file ?? f.file) },
              region: { startLine: Math.max(1, x.line ?? 1), startColumn: Math.max(1, x.column ?? 1) },
            },
            // A workbook is no text: the cell (Sheet!C7) names the place; line and column are its row and column.
            ...(x.sheet !== undefined
              ? {
                  logicalLocations: [
                    { name: terminalText(wellFormed(findingCell(x) ?? '')), kind: 'element' },
                  ],
                }
              : {}),
          },
        ],
        ...(row
          ? { properties: { submission: terminalText(wellFormed(placeText({ file: f.file, ...row.at }))) } }
          : {}),
      });
    }
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            rules,
          },
        },
        results,
        // What the text output counts: a YAML file is one self-assessment, a workbook's row another.
        properties: {
          files: report.summary.files,
          submissions: report.summary.submissions,
          rows: report.summary.rows,
          sheets: report.summary.sheets,
          invalidSubmissions: report.summary.invalidSubmissions,
        },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};
