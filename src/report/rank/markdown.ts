/** The rank report as Markdown, for a report upward or an issue. */
import { message } from '../../i18n/catalog.js';
import { cell } from '../check/markdown.js';
import { labeller } from '../labels.js';
import type { Formatter } from '../types.js';
import {
  candidateLine,
  groupLine,
  groupName,
  quotaSentence,
  quotaTitle,
  rowCells,
  rowColumns,
  tierDistribution,
} from './rows.js';
import { summaryLine } from './table.js';
import type { RankReport } from './types.js';

const RIGHT = new Set(['rank', 'score']);

export const rankMarkdown: Formatter<RankReport> = (report, { lang }) => {
  const out: string[] = [];
  for (const t of report.tables) {
    const cols = rowColumns(t.rubric.level);
    const head = cols.map(([, code]) => message(lang, code));
    const rule = cols.map(([k]) => (RIGHT.has(k) ? '---:' : '---'));
    const l = labeller(lang, t.rubric);
    out.push(
      `## ${cell(message(lang, 'rank.heading', { rubric: l.rubricTitle(), id: t.rubric.id, count: String(t.rows.length) }))}`,
      '',
    );
    const sections = t.groups
      ? t.groups.map((g) => ({
          title: `### ${cell(groupLine(g, l))}`,
          extra: tierDistribution(g, t.rubric, l),
          rows: g.rows,
        }))
      : [{ title: '', extra: '', rows: t.rows }];
    for (const s of sections) {
      if (s.title) out.push(s.title, '', cell(s.extra), '');
      out.push(`| ${head.join(' | ')} |`, `|${rule.join('|')}|`);
      for (const r of s.rows) {
        const c = rowCells(r, l);
        out.push(`| ${cols.map(([k]) => cell(c[k])).join(' | ')} |`);
      }
      out.push('');
    }
    if (t.quotas.length) {
      out.push(`### ${message(lang, 'rank.quotas')}`, '');
      for (const q of t.quotas) {
        const mark = q.status === 'met' ? '✅' : q.status === 'masked' ? '❔' : '❌';
        out.push(
          `- ${mark} **${cell(quotaTitle(q, t.rubric, l))}**, ${cell(groupName(q, l))}: ${cell(quotaSentence(q, l))}`,
        );
        for (const c of q.candidates) out.push(`  - ${cell(candidateLine(c, l))}`);
      }
      out.push('');
    }
  }
  if (report.invalid.length) {
    out.push(`**${message(lang, 'rank.invalid', { count: String(report.invalid.length) })}**`, '');
    for (const f of report.invalid) out.push(`- \`${f.file}\``);
    out.push('');
  }
  out.push(summaryLine(report, lang));
  return `${out.join('\n').trimEnd()}\n`;
};
