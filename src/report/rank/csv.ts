/**
 * The ranking as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel and WPS read the
 * Chinese correctly), CRLF line ends, one row per community; then, after an empty row, the quotas.
 */
import { message } from '../../i18n/catalog.js';
import { labeller } from '../labels.js';
import { num } from '../numbers.js';
import { spreadsheetText } from '../spreadsheet-cell.js';
import type { FormatOptions } from '../types.js';
import { sharedWith } from './choices.js';
import { boundText, groupName, pct, quotaSentence, quotaTitle, rowCells } from './rows.js';
import type { RankReport } from './types.js';

/** A field as CSV writes it: quoted when it holds a quote, a comma or a line break. */
function csvQuoted(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A text cell: neutralised for spreadsheets, then quoted. */
export const csvField = (s: string): string => csvQuoted(spreadsheetText(s));

/** A number this report computed (a rank, a score, a count), written as a number. */
export class CsvNumber {
  constructor(readonly text: string) {}
}
const n = (s: string | number) => new CsvNumber(String(s));

const line = (cells: readonly (string | CsvNumber)[]) =>
  cells.map((c) => (c instanceof CsvNumber ? csvQuoted(c.text) : csvField(c))).join(',');

/** The CSV report as chunks of lines: a province's ranking is never one string. */
export function* rankCsvChunks(report: RankReport, { lang }: FormatOptions): Generator<string> {
  const m = (c: Parameters<typeof message>[1]) => message(lang, c);
  const grouped = report.groupBy !== undefined;
  // The metrics a street compares (一社区一品牌): the option chosen, and who shares it.
  const compared: { metric: string; title: string }[] = [];
  for (const t of report.tables)
    for (const v of t.choices ?? [])
      if (!compared.some((c) => c.metric === v.metric))
        compared.push({ metric: v.metric, title: labeller(lang, t.rubric).metric(v.metric) });
  const choiceHeads = compared.flatMap((c) => [
    c.title,
    message(lang, 'rank.col.shared-with', { metric: c.title }),
  ]);
  const out: string[] = [
    line([
      'rubric',
      m('rank.col.rank'),
      'id',
      m('rank.col.community'),
      m('rank.col.street'),
      m('rank.col.district'),
      m('rank.col.score'),
      'tier',
      m('rank.col.tier'),
      m('rank.col.vetoes'),
      m('rank.col.shortfall'),
      ...(grouped ? [m('rank.col.group-rank')] : []),
      ...choiceHeads,
      'file',
    ]),
  ];
  let bom = '\uFEFF';
  const flush = (): string => {
    const chunk = `${bom}${out.join('\r\n')}\r\n`;
    bom = '';
    out.length = 0;
    return chunk;
  };
  for (const t of report.tables) {
    const l = labeller(lang, t.rubric);
    const inGroup = new Map(t.groups?.flatMap((g) => g.rows.map((r) => [r.entry, r.rank] as const)) ?? []);
    const views = compared.map((c) => t.choices?.find((v) => v.metric === c.metric));
    const shares = views.map((v) => (v ? sharedWith(v) : undefined));
    const choiceCells = (e: (typeof t.rows)[number]['entry']) =>
      compared.flatMap((c, i) => {
        const option = e.choices?.[c.metric];
        return [
          views[i] && option !== undefined ? l.option(c.metric, option) : '',
          shares[i]?.get(e.file)?.join(' ') ?? '',
        ];
      });
    for (const r of t.rows) {
      const c = rowCells(r, l);
      out.push(
        line([
          t.rubric.id,
          n(c.rank),
          r.entry.id,
          r.entry.name,
          r.entry.street ?? '',
          r.entry.district ?? '',
          n(num(r.entry.total)),
          r.entry.tier ?? '',
          r.entry.tier ? c.tier : '',
          c.vetoes,
          c.shortfall,
          ...(grouped ? [n(inGroup.get(r.entry) ?? '')] : []),
          ...choiceCells(r.entry),
          r.entry.file,
        ]),
      );
      if (out.length >= CHUNK_LINES) yield flush();
    }
  }
  const quotas = report.tables.flatMap((t) => t.quotas.map((q) => ({ t, q })));
  if (quotas.length) {
    out.push(
      '',
      line([
        'rubric',
        'quota',
        'title',
        'group_by',
        'group',
        'n',
        'unscored',
        'missing',
        'provisional',
        'reached',
        'share',
        'target',
        'status',
        'delta',
        'message',
        'candidates',
        'in_doubt',
      ]),
    );
    const labellers = new Map(report.tables.map((t) => [t, labeller(lang, t.rubric)]));
    for (const { t, q } of quotas) {
      const l = labellers.get(t)!;
      out.push(
        line([
          t.rubric.id,
          q.quota,
          quotaTitle(q, t.rubric, l),
          q.by,
          groupName(q, l),
          n(q.n),
          n(q.unscored),
          n(q.missing),
          q.provisional ? 'yes' : '',
          n(q.reached),
          pct(q.share),
          boundText(q.bound, l),
          q.status,
          n(q.delta ?? ''),
          quotaSentence(q, l),
          q.candidates.map((c) => c.entry.id).join(' '),
          q.doubts.map((d) => `${d.id}:${d.reason}`).join(' '),
        ]),
      );
      if (out.length >= CHUNK_LINES) yield flush();
    }
  }
  if (out.length) yield flush();
}

/** Lines per chunk written. */
const CHUNK_LINES = 256;
