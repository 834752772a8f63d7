/** The plan as text for a terminal or a printout: one block per group, every line within the width. */
import { message } from '../../i18n/catalog.js';
import type { PlanReport } from '../../pipeline/plan.js';
import { terminalText } from '../escape/terminal.js';
import { wrapBullet, wrapLine } from '../text-width.js';
import type { FormatOptions } from '../types.js';
import { planView } from './view.js';

export function* planTextChunks(report: PlanReport, o: FormatOptions): Iterable<string> {
  const v = planView(report, o.lang);
  const w = o.width;
  const out: string[] = [];
  const line = (indent: string, text: string) => out.push(...wrapLine(indent, terminalText(text), w));
  const bullet = (indent: string, text: string) => out.push(...wrapBullet(indent, terminalText(text), w));
  for (const t of v.tables) {
    line('', t.heading);
    line('', t.solver);
    line('', t.costs);
    if (t.quotes) line('', t.quotes);
    if (t.inspected) line('', t.inspected);
    for (const g of t.groups) {
      out.push('');
      line('', g.name);
      for (const lift of g.lifts) {
        line(
          '  ',
          message(o.lang, report.unit ? 'plan.lift-unit' : 'plan.lift', {
            community: lift.community,
            tier: lift.tier,
            cost: lift.cost,
            months: lift.months,
          }),
        );
        for (const f of lift.fixes) {
          bullet(
            '    · ',
            report.unit
              ? f.text
              : message(o.lang, 'plan.fix-line', {
                  fix: f.text,
                  way: f.way,
                  responsible: f.responsible,
                  months: f.months,
                  cost: f.cost,
                }),
          );
          if (f.source) line('      ', `※ ${f.source}`);
        }
      }
      for (const s of g.stations) line('  ', s);
      for (const q of g.quotas) {
        const indent = /^\s+/.exec(q)?.[0] ?? '';
        line(`  ${indent}`, q.slice(indent.length));
      }
      line('  ', g.subtotal);
    }
    if (t.alternatives) {
      out.push('');
      line('', t.alternatives.heading);
      for (const a of t.alternatives.items) {
        line('  ', a.title);
        for (const c of a.changes) bullet('    · ', c);
      }
      for (const n of t.alternatives.notes) line('  ', n);
    }
    out.push('');
  }
  if (v.leftOut) {
    line('', v.leftOut.heading);
    for (const x of v.leftOut.lines) bullet('  · ', x);
    out.push('');
  }
  if (v.nothing) line('', message(o.lang, 'plan.nothing'));
  line('', v.total);
  for (const p of v.problems) line('', p);
  yield `${out.join('\n')}\n`;
}
