/** Rubric reports as Markdown, for a wiki page or an issue. */
import { message } from '../../i18n/catalog.js';
import { aside, listSeparator, nameWithId } from '../../i18n/list.js';
import { cell } from '../check/markdown.js';
import { markdownCode } from '../escape/markdown.js';
import { marked } from '../provenance.js';
import type { Formatter } from '../types.js';
import { criterionColumns, type RubricListRow, type RubricView, showLines, tierCells } from './view.js';

export const showMarkdown: Formatter<RubricView> = (view, { lang }) => {
  const m = (code: Parameters<typeof message>[1]) => message(lang, code);
  const [heading, ...rest] = showLines(view, lang);
  const out = [`## ${cell(heading!)}`, '', ...rest.map((s) => `- ${cell(s)}`), ''];
  const withOrigin = view.extends !== undefined;
  const cols = criterionColumns(view, lang);
  out.push(`| ${cols.join(' | ')} |`, `|${cols.map((_, i) => (i === 3 ? '---:' : '---')).join('|')}|`);
  for (const s of view.sections)
    for (const c of s.criteria)
      out.push(
        `| ${[cell(s.title), `${cell(c.title)}${aside(lang, markdownCode(c.id, { table: true }))}`, ...[c.kindWord, marked(String(c.points), !!c.pointsPractice), c.rule, c.quote ?? '', ...(withOrigin ? [m(`authoring.origin.${c.origin}`)] : [])].map(cell)].join(' | ')} |`,
      );
  if (view.tiers.length) {
    out.push(
      '',
      `| ${m('authoring.col.tier')} | ${m('authoring.col.min-score')} | ${m('authoring.col.requires')} |`,
      '|---|---:|---|',
    );
    for (const t of view.tiers) out.push(`| ${tierCells(t, lang).map(cell).join(' | ')} |`);
  }
  if (view.quotas.length) {
    out.push(
      '',
      `| ${m('authoring.col.quota')} | ${m('authoring.col.group')} | ${m('authoring.col.tier')} | ${m('authoring.col.share')} |`,
      '|---|---|---|---|',
    );
    for (const q of view.quotas)
      out.push(
        `| ${[nameWithId(lang, q.title, q.id), q.groupWord, q.tierWord, q.share].map(cell).join(' | ')} |`,
      );
  }
  if (view.legend) out.push('', cell(view.legend));
  const names = (n: string[]) => cell(n.join(listSeparator(lang)));
  const titled = (title: string, id: string) =>
    `${cell(title)}${aside(lang, markdownCode(id, { table: true }))}`;
  if (view.facilities.length) {
    out.push('', `| ${m('authoring.col.facility')} | ${m('authoring.col.names')} |`, '|---|---|');
    for (const f of view.facilities) out.push(`| ${titled(f.title, f.id)} | ${names(f.names)} |`);
  }
  if (view.metrics.length) {
    out.push(
      '',
      `| ${m('authoring.col.metric')} | ${m('authoring.col.type')} | ${m('authoring.col.unit')} | ${m('authoring.col.names')} |`,
      '|---|---|---|---|',
    );
    for (const x of view.metrics)
      out.push(`| ${titled(x.title, x.id)} | ${cell(x.type)} | ${cell(x.unit)} | ${names(x.names)} |`);
  }
  if (view.facilities.length || view.metrics.length) out.push('', cell(m('authoring.show.names-note')));
  return `${out.join('\n')}\n`;
};

export const listMarkdown: Formatter<RubricListRow[]> = (rows, { lang }) => {
  const m = (code: Parameters<typeof message>[1]) => message(lang, code);
  const out = [
    `| ${[m('authoring.col.id'), m('authoring.col.title'), m('authoring.col.level'), m('authoring.col.year'), m('authoring.col.source')].join(' | ')} |`,
    '|---|---|---|---:|---|',
    ...rows.map(
      (r) =>
        `| ${[markdownCode(r.id, { table: true }), ...[r.title, r.level, r.year !== undefined ? String(r.year) : '', r.source ?? ''].map(cell)].join(' | ')} |`,
    ),
  ];
  return `${out.join('\n')}\n`;
};
