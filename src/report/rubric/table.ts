/** Rubric reports for the terminal: CJK-aligned tables. */

import { message } from '../../i18n/catalog.js';
import { aside, listSeparator, nameWithId } from '../../i18n/list.js';
import { boxTable } from '../box-table.js';
import { terminalText } from '../escape/terminal.js';
import { marked } from '../provenance.js';
import { makeStyle } from '../style.js';
import { wrapLine } from '../text-width.js';
import type { FormatOptions, Formatter } from '../types.js';
import { criterionColumns, type RubricListRow, type RubricView, showLines, tierCells } from './view.js';

const boxOptions = ({ lang, width }: FormatOptions) => ({
  width,
  separator: message(lang, 'output.label-separator'),
});
const right = (s: string) => ({ lines: [s], align: 'right' as const });

export const showTable: Formatter<RubricView> = (view, options) => {
  const { lang, color } = options;
  const style = makeStyle(color);
  const m = (code: Parameters<typeof message>[1]) => message(lang, code);
  const head = showLines(view, lang).map(terminalText);
  const out: string[] = [
    ...wrapLine('', head[0]!, options.width, style.bold),
    ...head.slice(1).flatMap((line) => wrapLine('', line, options.width)),
  ];
  const withOrigin = view.extends !== undefined;
  // The source's words may be cut inside a long figure ("2000~2500户、") so that the ids keep a
  // table at 80 columns: an id is never broken (box-table.ts).
  const cols = criterionColumns(view, lang).map((h, i) => ({
    head: h,
    maxWidth: WRAP_AT[i],
    ...(i === 5 ? { cutAbove: 10 } : {}),
  }));
  const rows = view.sections.flatMap((s) =>
    s.criteria.map((c, i) => [
      i === 0
        ? `${s.title}${s.weight !== undefined ? aside(lang, marked(message(lang, 'authoring.show.weight', { weight: String(s.weight) }), !!s.weightPractice)) : ''}`
        : '',
      { lines: [c.title, c.id], paint: (line: string) => (line === c.id ? style.dim(line) : line) },
      c.kindWord,
      right(marked(String(c.points), !!c.pointsPractice)),
      c.rule,
      c.quote ?? '',
      ...(withOrigin ? [m(`authoring.origin.${c.origin}`)] : []),
    ]),
  );
  out.push(boxTable(cols, rows, boxOptions(options)));
  if (view.tiers.length) {
    out.push(
      boxTable(
        [m('authoring.col.tier'), m('authoring.col.min-score'), m('authoring.col.requires')],
        view.tiers.map((tier) => {
          const [name, min, requires] = tierCells(tier, lang);
          return [name, right(min), requires];
        }),
        boxOptions(options),
      ),
    );
  }
  if (view.quotas.length) {
    out.push(
      boxTable(
        [
          m('authoring.col.quota'),
          m('authoring.col.group'),
          m('authoring.col.tier'),
          m('authoring.col.share'),
        ],
        view.quotas.map((q) => [nameWithId(options.lang, q.title, q.id), q.groupWord, q.tierWord, q.share]),
        boxOptions(options),
      ),
    );
  }
  if (view.legend) out.push(...wrapLine('', view.legend, options.width, style.dim));
  out.push(...catalogueTables(view, options));
  return `${out.join('\n')}\n`;
};

/** The facility catalogue and the metrics, with every name a self-assessment may use. */
function catalogueTables(view: RubricView, options: FormatOptions): string[] {
  const m = (code: Parameters<typeof message>[1]) => message(options.lang, code);
  const list = (names: string[]) => names.map(terminalText).join(listSeparator(options.lang));
  const out: string[] = [];
  const titled = (title: string, id: string) => ({
    lines: [terminalText(title), id],
    paint: (line: string) => (line === id ? makeStyle(options.color).dim(line) : line),
  });
  if (view.facilities.length)
    out.push(
      boxTable(
        [m('authoring.col.facility'), { head: m('authoring.col.names'), maxWidth: 50 }],
        view.facilities.map((f) => [titled(f.title, f.id), list(f.names)]),
        boxOptions(options),
      ),
    );
  if (view.metrics.length)
    out.push(
      boxTable(
        [
          m('authoring.col.metric'),
          m('authoring.col.type'),
          m('authoring.col.unit'),
          { head: m('authoring.col.names'), maxWidth: 40 },
        ],
        view.metrics.map((x) => [titled(x.title, x.id), x.type, x.unit, list(x.names)]),
        boxOptions(options),
      ),
    );
  if (out.length) out.push(...wrapLine('', m('authoring.show.names-note'), options.width));
  return out;
}

/** The rule and the quote are wrapped at these widths even when there is room: they run long. */
const WRAP_AT = [undefined, undefined, undefined, undefined, 40, 30];

export const listTable: Formatter<RubricListRow[]> = (rows, options) => {
  const m = (code: Parameters<typeof message>[1]) => message(options.lang, code);
  return `${boxTable(
    [
      { head: m('authoring.col.id'), whole: true },
      m('authoring.col.title'),
      m('authoring.col.level'),
      m('authoring.col.year'),
      m('authoring.col.source'),
    ],
    rows.map((r) => [r.id, r.title, r.level, r.year !== undefined ? String(r.year) : '', r.source ?? '']),
    boxOptions(options),
  )}\n`;
};
