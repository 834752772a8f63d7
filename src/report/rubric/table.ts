/** Rubric reports for the terminal: CJK-aligned tables. */

import { message } from '../../i18n/catalog.js';
import { boxTable } from '../grid-style.js';
import { makeStyle } from '../style.js';
import type { Formatter } from '../types.js';
import { criterionColumns, type RubricListRow, type RubricView, showLines } from './view.js';

function table(head: string[]) {
  return boxTable(head, { wordWrap: true });
}

export const showTable: Formatter<RubricView> = (view, { lang, color }) => {
  const style = makeStyle(color);
  const m = (code: Parameters<typeof message>[1]) => message(lang, code);
  const head = showLines(view, lang);
  const out: string[] = [style.bold(head[0]!), ...head.slice(1)];
  const withOrigin = view.extends !== undefined;
  const cols = criterionColumns(view, lang);
  const t = table(cols);
  for (const s of view.sections) {
    s.criteria.forEach((c, i) => {
      const section =
        i === 0
          ? `${s.title}${s.weight !== undefined ? ` (${message(lang, 'authoring.show.weight', { weight: String(s.weight) })})` : ''}`
          : '';
      t.push([
        section,
        `${c.title}\n${style.dim(c.id)}`,
        c.kind,
        { content: String(c.points), hAlign: 'right' },
        wrap(c.rule, 40),
        wrap(c.quote ?? '', 30),
        ...(withOrigin ? [m(`authoring.origin.${c.origin}`)] : []),
      ]);
    });
  }
  out.push(t.toString());
  if (view.tiers.length) {
    const tt = table([m('authoring.col.tier'), m('authoring.col.min-score'), m('authoring.col.requires')]);
    for (const tier of view.tiers)
      tt.push([
        `${tier.title} (${tier.id})`,
        { content: String(tier.minScore), hAlign: 'right' },
        tier.requires.join(', '),
      ]);
    out.push(tt.toString());
  }
  if (view.quotas.length) {
    const qt = table([
      m('authoring.col.quota'),
      m('authoring.col.group'),
      m('authoring.col.tier'),
      m('authoring.col.share'),
    ]);
    for (const q of view.quotas) qt.push([`${q.title} (${q.id})`, q.group, q.tier, q.share]);
    out.push(qt.toString());
  }
  return `${out.join('\n')}\n`;
};

export const listTable: Formatter<RubricListRow[]> = (rows, { lang }) => {
  const m = (code: Parameters<typeof message>[1]) => message(lang, code);
  const t = table([
    m('authoring.col.id'),
    m('authoring.col.title'),
    m('authoring.col.level'),
    m('authoring.col.year'),
    m('authoring.col.source'),
  ]);
  for (const r of rows)
    t.push([r.id, r.title, r.level, r.year !== undefined ? String(r.year) : '', r.source ?? '']);
  return `${t.toString()}\n`;
};

/** Breaks long text at spaces or between CJK characters, so a column stays readable. */
function wrap(s: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  let w = 0;
  for (const ch of s) {
    const cw = /[\u1100-\uffff]/.test(ch) ? 2 : 1;
    if (w + cw > width && line) {
      lines.push(line.trimEnd());
      line = '';
      w = 0;
      if (ch === ' ') continue;
    }
    line += ch;
    w += cw;
  }
  if (line) lines.push(line.trimEnd());
  return lines.join('\n');
}
