/** The default terminal report: findings, then per criterion status, points and shortfall; CJK-aligned. */
import { message } from '../../i18n/catalog.js';
import { rubricIdentity } from '../../pipeline/rubric-identity.js';
import { findingLine, sortFindings } from '../findings-text.js';
import { boxTable } from '../grid-style.js';
import { labeller } from '../labels.js';
import { rubricSourceLine } from '../rubric-source.js';
import { makeStyle } from '../style.js';
import type { CheckReport, Formatter } from '../types.js';
import { CHECK_COLUMNS, criterionRows, fixRows, heading, provenanceLines, summaryLines } from './rows.js';

export const checkTable: Formatter<CheckReport> = (report, { lang, color }) => {
  const style = makeStyle(color);
  const out: string[] = [];
  for (const f of report.files) {
    const l = labeller(lang, f.rubric);
    if (out.length) out.push('');
    for (const fd of sortFindings(f.findings)) out.push(findingLine(fd, l, style));
    const r = f.result;
    if (!r) {
      out.push(`${f.file}: ${message(lang, 'ui.file-invalid')}`);
      continue;
    }
    if (f.findings.length) out.push('');
    out.push(style.bold(heading(r, l)));
    // A rubric that is not built in: say which file judged this community.
    const identity = f.rubric && rubricIdentity(f.rubric);
    if (identity?.path !== undefined) out.push(rubricSourceLine(identity, lang));
    const table = boxTable(CHECK_COLUMNS.map((k) => message(lang, k)));
    let lastSection = '';
    for (const row of criterionRows(r, l)) {
      table.push([
        row.section === lastSection ? '' : row.section,
        row.criterion,
        style.status(row.status, row.statusText),
        { content: row.points, hAlign: 'right' },
        row.shortfall,
      ]);
      lastSection = row.section;
    }
    out.push(table.toString());
    if (r.sections.some((s) => s.criteria.some((c) => c.veto)))
      out.push(style.dim(message(lang, 'ui.veto-legend')));
    for (const line of provenanceLines(r, l, f.rubric)) out.push(style.dim(line));
    out.push(...summaryLines(r, l).map((s, i) => (i < 2 ? style.bold(s) : s)));
    const fixes = fixRows(r, l);
    if (fixes.length) {
      const ft = boxTable([message(lang, 'ui.col.fix'), message(lang, 'ui.col.gain')]);
      for (const fx of fixes) {
        ft.push([
          fx.criterion + (fx.required ? message(lang, 'ui.required') : ''),
          { content: fx.gain, hAlign: 'right' },
        ]);
      }
      out.push(ft.toString());
    }
    if (f.belowMinTier && report.minTier) {
      out.push(style.severity('error', message(lang, 'ui.below-min-tier', { tier: l.tier(report.minTier) })));
    }
  }
  return `${out.join('\n')}\n`;
};
