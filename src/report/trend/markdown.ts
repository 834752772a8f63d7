/** The trend as Markdown: the same sections as the table. */
import { message } from '../../i18n/catalog.js';
import { clauseSeparator, listSeparator } from '../../i18n/list.js';
import { cell } from '../check/markdown.js';
import { labeller } from '../labels.js';
import { num } from '../numbers.js';
import { groupName } from '../rank/rows.js';
import type { Formatter } from '../types.js';
import { trendRubricOf } from './finding-rubric.js';
import {
  changeText,
  communityLabel,
  compositeTier,
  groupPeriodText,
  historyText,
  moveText,
  pointText,
  statusChangeText,
  trendHead,
  weightsText,
} from './rows.js';
import { summaryLine } from './table.js';
import type { TrendReport } from './types.js';

export const trendMarkdown: Formatter<TrendReport> = (report, { lang }) => {
  const out: string[] = [];
  const sep = clauseSeparator(lang);
  for (const t of report.tables) {
    const l = labeller(lang, t.rubric);
    const tr = t.trend;
    out.push(
      `## ${cell(message(lang, 'trend.heading', { rubric: l.rubricTitle(), id: t.rubric.id, count: String(tr.communities.length), periods: tr.periods.join(listSeparator(lang)) }))}`,
      '',
      `| ${[message(lang, 'trend.col.community'), message(lang, 'trend.col.street'), ...tr.periods, message(lang, 'trend.col.change'), trendHead(l, 'trend.col.moves')].map(cell).join(' | ')} |`,
      `|---|---|${tr.periods.map(() => '---:').join('|')}|---:|---|`,
    );
    for (const c of tr.communities)
      out.push(
        `| ${[
          communityLabel(c, l),
          c.street ?? '—',
          ...tr.periods.map((p) =>
            pointText(
              c.points.find((x) => x.period === p),
              l,
            ),
          ),
          changeText(c.change),
          c.moves.map((m) => moveText(m, l)).join(sep),
        ]
          .map(cell)
          .join(' | ')} |`,
      );
    const changed = tr.communities.filter((c) => c.changes.length);
    if (changed.length) {
      out.push('', `### ${message(lang, 'trend.changes')}`, '');
      for (const c of changed) for (const s of c.changes) out.push(`- ${cell(statusChangeText(c, s, l))}`);
    }
    const kept = tr.communities.filter((c) => c.histories?.length);
    if (kept.length) {
      out.push('', `### ${message(lang, 'trend.histories')}`, '');
      for (const c of kept) for (const h of c.histories!) out.push(`- ${cell(historyText(c, h, l))}`);
    }
    if (tr.groups.length) {
      out.push('', `### ${trendHead(l, 'trend.groups')}`, '');
      for (const g of tr.groups) {
        const name = groupName(
          { key: g.key, by: g.key === null && tr.groups.length === 1 ? 'all' : 'street' },
          l,
        );
        for (const p of g.periods) out.push(`- ${cell(groupPeriodText(t, name, p, l))}`);
      }
    }
    if (t.weights && tr.composite && tr.cycleYears) {
      out.push(
        '',
        `### ${cell(message(lang, 'trend.cycle', { years: tr.cycleYears.join(listSeparator(lang)), weights: weightsText(t.weights.values) }))}`,
        '',
        `| ${message(lang, 'trend.col.rank')} | ${message(lang, 'trend.col.community')} | ${message(lang, 'trend.col.composite')} | ${message(lang, 'trend.col.tier')} |`,
        '|---:|---|---:|---|',
      );
      for (const r of tr.composite)
        out.push(
          `| ${r.rank} | ${cell(communityLabel(r.community, l))} | ${num(r.community.composite!.value)} | ${cell(compositeTier(t, r.community.composite!.tier, l))} |`,
        );
    }
    out.push('');
  }
  if (report.notes.length) {
    const rubricOf = trendRubricOf(report);
    for (const n of report.notes) out.push(`- ⚠️ ${cell(labeller(lang, rubricOf(n)).finding(n))}`);
    out.push('');
  }
  if (report.invalid.length) {
    out.push(`**${message(lang, 'rank.invalid', { count: String(report.invalid.length) })}**`, '');
    for (const f of report.invalid) out.push(`- \`${f.file}\``);
    out.push('');
  }
  out.push(summaryLine(report, lang));
  return `${out.join('\n')}\n`;
};
