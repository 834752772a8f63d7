/**
 * A fill-in sheet as CSV, as the reader takes it back: UTF-8 with a byte-order mark (Excel and
 * WPS then read the Chinese), CRLF line ends, the titles, the column ids, then one row per
 * community. Text that a spreadsheet would run as a formula is prefixed with `'` (OWASP's advice);
 * a percentage is written as `85%`.
 */
import { percentText } from '../../sheets/cell-value.js';
import { type CsvTextOptions, csvField, csvQuoted } from '../csv-sheet.js';
import type { CellOut } from './value-types.js';
import type { FillInSheet } from './workbook.js';

function field(c: CellOut, o: CsvTextOptions): string {
  const v = c.value;
  if (v === null) return '';
  if (typeof v === 'number') return csvQuoted(c.numFmt?.includes('%') ? percentText(v) : String(v));
  return csvField(v, o);
}

/** toFile: false when the sheet goes to standard output (`-o -`): line breaks then shown as escapes. */
export function* fillInCsv(sheet: Pick<FillInSheet, 'columns' | 'rows'>, toFile = true): Generator<string> {
  const o: CsvTextOptions = { toFile, reversible: true };
  yield `\uFEFF${sheet.columns.map((c) => csvField(c.title, o)).join(',')}\r\n`;
  yield `${sheet.columns.map((c) => csvQuoted(c.key)).join(',')}\r\n`;
  for (const row of sheet.rows) yield `${row.map((c) => field(c, o)).join(',')}\r\n`;
}
