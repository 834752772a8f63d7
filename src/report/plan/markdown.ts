/** The plan as Markdown (for a report or a wiki): a table of fixes per group, the quotas below it. */
import { message } from '../../i18n/catalog.js';
import { aside, clauseSeparator, listOf } from '../../i18n/list.js';
import type { PlanReport } from '../../pipeline/plan.js';
import { markdownText as mdCell } from '../escape/markdown.js';
import type { FormatOptions } from '../types.js';
import { planView } from './view.js';

export function* planMarkdownChunks(report: PlanReport, o: FormatOptions): Iterable<string> {
  const v = planView(report, o.lang);
  const m = (code: Parameters<typeof message>[1]) => message(o.lang, code);
  const out: string[] = [];
  for (const t of v.tables) {
    out.push(`# ${mdCell(t.heading)}`, '', `- ${mdCell(t.solver)}`, `- ${mdCell(t.costs)}`);
    if (t.quotes) out.push(`- ${mdCell(t.quotes)}`);
    if (t.inspected) out.push(`- ${mdCell(t.inspected)}`);
    for (const g of t.groups) {
      out.push('', `## ${mdCell(g.name)}`, '');
      if (g.lifts.length) {
        const head = [
          m('plan.col.community'),
          m('plan.col.fixes'),
          m('plan.col.cost'),
          m('plan.col.months'),
          m('plan.col.responsible'),
          m('plan.col.tier'),
        ];
        out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
        for (const lift of g.lifts)
          out.push(
            `| ${[
              lift.community,
              lift.fixes
                .map((f) => `${f.text}${aside(o.lang, f.way)}${f.source ? `※ ${f.source}` : ''}`)
                .join(clauseSeparator(o.lang)),
              lift.cost,
              lift.months,
              listOf(o.lang, [...new Set(lift.fixes.map((f) => f.responsible))]),
              lift.tier,
            ]
              .map(mdCell)
              .join(' | ')} |`,
          );
        out.push('');
      }
      for (const s of g.stations) out.push(`- ${mdCell(s)}`);
      for (const q of g.quotas) out.push(/^\s/.test(q) ? `  - ${mdCell(q.trim())}` : `- ${mdCell(q)}`);
      out.push(`- **${mdCell(g.subtotal)}**`);
    }
    if (t.alternatives) {
      out.push('', `## ${mdCell(t.alternatives.heading)}`, '');
      for (const a of t.alternatives.items) {
        out.push(`- **${mdCell(a.title)}**`);
        for (const c of a.changes) out.push(`  - ${mdCell(c)}`);
      }
      for (const n of t.alternatives.notes) out.push(`- ${mdCell(n)}`);
    }
    out.push('');
  }
  if (v.leftOut) {
    out.push(`## ${mdCell(v.leftOut.heading)}`, '');
    for (const x of v.leftOut.lines) out.push(`- ${mdCell(x)}`);
    out.push('');
  }
  if (v.nothing) out.push(message(o.lang, 'plan.nothing'), '');
  out.push(`**${mdCell(v.total)}**`, '');
  for (const p of v.problems) out.push(`> ${mdCell(p)}`, '');
  yield `${out.join('\n')}\n`;
}
