/** The default terminal report: findings, then per criterion status, points and shortfall; CJK-aligned. */
import { message } from '../../i18n/catalog.js';
import { rubricIdentity } from '../../pipeline/rubric-identity.js';
import { boxTable } from '../box-table.js';
import { terminalText } from '../escape/terminal.js';
import { findingLine, sortFindings } from '../findings-text.js';
import { labeller } from '../labels.js';
import { rubricSourceLine } from '../rubric-source.js';
import { makeStyle } from '../style.js';
import { wrapLine } from '../text-width.js';
import type { CheckReport, Formatter } from '../types.js';
import { checkHeads, criterionRows, fixRows, heading, provenanceLines, summaryLines } from './rows.js';

export const checkTable: Formatter<CheckReport> = (report, { lang, color, width }) => {
  const style = makeStyle(color);
  const t = terminalText;
  const out: string[] = [];
  for (const f of report.files) {
    const l = labeller(lang, f.rubric);
    if (out.length) out.push('');
    for (const fd of sortFindings(f.findings)) out.push(findingLine(fd, l, style));
    const r = f.result;
    if (!r) {
      // A row nobody filled in is said in its one line.
      if (f.findings.some((x) => x.severity === 'error' && x.code !== 'sheet.row-unfilled'))
        out.push(`${t(f.file)}: ${message(lang, 'ui.file-invalid')}`);
      continue;
    }
    if (f.findings.length) out.push('');
    out.push(style.bold(t(heading(r, l))));
    // A rubric that is not built in: say which file judged this community.
    const identity = f.rubric && rubricIdentity(f.rubric);
    if (identity?.path !== undefined) out.push(t(rubricSourceLine(identity, lang)));
    let lastSection = '';
    const rows = criterionRows(r, l).map((row) => {
      const cells = [
        row.section === lastSection ? '' : row.section,
        row.criterion,
        { lines: [row.statusText], paint: (s: string) => style.status(row.status, s) },
        { lines: [row.points], align: 'right' as const },
        row.shortfall,
      ];
      lastSection = row.section;
      return cells;
    });
    const labels = { width, separator: message(lang, 'output.label-separator') };
    out.push(boxTable(checkHeads(l), rows, labels));
    if (r.sections.some((s) => s.criteria.some((c) => c.veto)))
      out.push(...wrapLine('', message(lang, 'ui.veto-legend'), width, style.dim));
    for (const line of provenanceLines(r, l, f.rubric)) out.push(...wrapLine('', t(line), width, style.dim));
    summaryLines(r, l).forEach((s, i) =>
      out.push(...wrapLine('', t(s), width, i < 2 ? style.bold : undefined)),
    );
    const fixes = fixRows(r, l);
    if (fixes.length) {
      const fixTable = fixes.map((fx) => [
        fx.criterion + (fx.required ? message(lang, 'ui.required') : ''),
        { lines: [fx.gain], align: 'right' as const },
      ]);
      out.push(boxTable([message(lang, 'ui.col.fix'), message(lang, 'ui.col.gain')], fixTable, labels));
    }
    if (f.belowMinTier && report.minTier) {
      out.push(
        style.severity('error', t(message(lang, 'ui.below-min-tier', { tier: l.tier(report.minTier) }))),
      );
    }
  }
  return `${out.join('\n')}\n`;
};
