/**
 * The fill-in workbook as data, for the xlsx writer (src/sheets/write-fill-in.ts) and the CSV
 * writer: a data sheet per rubric, headed by the titles and the ids, with its rows; and the guide
 * sheet (填表说明) naming the rubric, its source and how to fill in, with every column explained.
 * Pure.
 */
import { message } from '../../i18n/catalog.js';
import { clauseSeparator, listOf } from '../../i18n/list.js';
import { type Lang, pick } from '../../model/localized.js';
import type { Rubric } from '../../model/rubric.js';
import { sourceCitation } from '../provenance.js';
import type { FillInColumn } from './columns.js';
import type { CellOut } from './value-types.js';

export interface FillInSheet {
  name: string;
  rubric: Rubric;
  columns: FillInColumn[];
  rows: Iterable<CellOut[]>;
  /** Rows below the data that keep the drop-down lists and number rules, for communities added later. */
  spareRows: number;
}

export interface GuideSheet {
  name: string;
  /** Lines of text, one per row. */
  lines: string[];
  /** The columns table: header, then one row per column of each data sheet. */
  table: string[][];
}

export interface FillInWorkbook {
  sheets: FillInSheet[];
  guide: GuideSheet;
}

/** A data sheet's name: `自评`, or `自评-<rubric id>` when there are several (at most 31 characters). */
export function dataSheetName(lang: Lang, rubricId: string | undefined): string {
  const base = message(lang, 'fillin.sheet.data');
  return (rubricId ? `${base}-${rubricId}` : base).slice(0, 31);
}

export function guideSheet(
  sheets: readonly Pick<FillInSheet, 'name' | 'rubric' | 'columns'>[],
  o: { lang: Lang; file: string; period?: string },
): GuideSheet {
  const m = (k: Parameters<typeof message>[1], p: Record<string, string> = {}) => message(o.lang, k, p);
  const lines: string[] = [];
  for (const s of sheets) {
    lines.push(
      m('fillin.guide.title', { title: pick(s.rubric.title, o.lang) || s.rubric.id, rubric: s.rubric.id }),
    );
    const source = sourceCitation(s.rubric.source, o.lang);
    if (source) lines.push(m('fillin.guide.source', { source }));
  }
  if (o.period) lines.push(m('fillin.guide.period', { period: o.period }));
  lines.push(
    '',
    m('fillin.guide.how'),
    m('fillin.guide.rows', {
      sheet: listOf(
        o.lang,
        sheets.map((s) => s.name),
      ),
    }),
    m('fillin.guide.values'),
    m('fillin.guide.unknown'),
    m('fillin.guide.facilities'),
    m('fillin.guide.check', { file: o.file }),
    '',
    m('fillin.guide.columns'),
  );
  const table: string[][] = [
    [
      m('fillin.guide.col.title'),
      m('fillin.guide.col.key'),
      m('fillin.guide.col.fill'),
      m('fillin.guide.col.used-by'),
    ],
  ];
  const sep = clauseSeparator(o.lang);
  for (const s of sheets) for (const c of s.columns) table.push([c.title, c.key, c.fill, c.usedBy.join(sep)]);
  return { name: m('fillin.sheet.guide'), lines, table };
}
