/**
 * SARIF 2.1.0: one run, our codes as rules (their English message as the short description),
 * one result per finding at its file, line and column.
 */
import { type MessageCode, message } from '../../i18n/catalog.js';
import type { Severity } from '../../model/finding.js';
import { findingCell } from '../../model/place.js';
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
    for (const x of f.findings) {
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
              ? { logicalLocations: [{ name: wellFormed(findingCell(x) ?? ''), kind: 'element' }] }
              : {}),
          },
        ],
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
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};
