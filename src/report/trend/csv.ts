/**
 * The trend as CSV: one row per community and period (a long table that spreadsheets pivot and
 * databases import), UTF-8 with a byte-order mark and CRLF, numbers as numbers.
 */
import { message } from '../../i18n/catalog.js';
import { csvField } from '../csv-sheet.js';
import { labeller } from '../labels.js';
import { num } from '../numbers.js';
import type { Formatter } from '../types.js';
import type { TrendReport } from './types.js';

export const trendCsv: Formatter<TrendReport> = (report, { lang }) => {
  const m = (c: Parameters<typeof message>[1]) => message(lang, c);
  const rows: string[][] = [
    [
      'rubric',
      'id',
      m('trend.col.community'),
      m('trend.col.street'),
      'period',
      'scored',
      'total',
      'possible',
      'tier',
      m('trend.col.tier'),
      'change',
      'composite',
      'file',
    ],
  ];
  for (const t of report.tables) {
    const l = labeller(lang, t.rubric);
    for (const c of t.trend.communities)
      for (const p of c.points)
        rows.push([
          t.rubric.id,
          c.id,
          c.name,
          c.street ?? '',
          p.period,
          p.total === null ? 'no' : 'yes',
          p.total === null ? '' : num(p.total),
          p.possible === null ? '' : num(p.possible),
          p.tier ?? '',
          p.total === null ? m('trend.unscored') : l.tier(p.tier),
          c.change === null ? '' : num(c.change),
          c.composite ? num(c.composite.value) : '',
          p.file,
        ]);
  }
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
};
