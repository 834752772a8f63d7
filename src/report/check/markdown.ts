/** The report as Markdown, for pasting into a wiki page or an issue. */
import { message } from '../../i18n/catalog.js';
import { markdownCode, markdownText } from '../escape/markdown.js';
import { severityWord, where } from '../findings-text.js';
import { labeller } from '../labels.js';
import type { CheckReport, Formatter } from '../types.js';
import { checkHeads, criterionRows, fixRows, heading, provenanceLines, summaryLines } from './rows.js';

/** Text from data in a Markdown table cell, list item or heading (escape/markdown.ts). */
export const cell = markdownText;

export const checkMarkdown: Formatter<CheckReport> = (report, { lang }) => {
  const out: string[] = [];
  for (const f of report.files) {
    const l = labeller(lang, f.rubric);
    const r = f.result;
    out.push(`## ${cell(r ? heading(r, l) : f.file)}`, '');
    if (f.findings.length) {
      for (const fd of f.findings)
        out.push(
          `- ${markdownCode(where(fd))} **${severityWord(fd.severity, lang)}** \`${fd.code}\` ${cell(l.finding(fd))}`,
        );
      out.push('');
    }
    if (!r) {
      out.push(message(lang, 'ui.file-invalid'), '');
      continue;
    }
    out.push(`| ${checkHeads(l).map(cell).join(' | ')} |`, '|---|---|---|---:|---|');
    for (const row of criterionRows(r, l)) {
      out.push(
        `| ${[row.section, row.criterion, row.statusText, row.points, row.shortfall].map(cell).join(' | ')} |`,
      );
    }
    if (r.sections.some((s) => s.criteria.some((c) => c.veto)))
      out.push('', cell(message(lang, 'ui.veto-legend')));
    const provenance = provenanceLines(r, l, f.rubric);
    if (provenance.length) out.push('', ...provenance.map(cell));
    out.push('', ...summaryLines(r, l).map((s) => `- ${cell(s)}`));
    const fixes = fixRows(r, l);
    if (fixes.length) {
      out.push('', `| ${message(lang, 'ui.col.fix')} | ${message(lang, 'ui.col.gain')} |`, '|---|---:|');
      for (const fx of fixes)
        out.push(`| ${cell(fx.criterion)}${fx.required ? message(lang, 'ui.required') : ''} | ${fx.gain} |`);
    }
    if (f.belowMinTier && report.minTier)
      out.push('', `**${message(lang, 'ui.below-min-tier', { tier: l.tier(report.minTier) })}**`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
};
