/**
 * A sheet of the workbook description (workbook-spec.ts) as a CSV file: one table, one header,
 * UTF-8 with a byte-order mark (so Excel and WPS read the Chinese correctly) and CRLF line ends.
 * Numbers are written as numbers (ASCII digits and minus, a share as a fraction such as 0.222),
 * text through spreadsheetText, so that a name like `=HYPERLINK(…)` stays text, with control and
 * bidi characters shown as escapes (csvField). The same
 * description makes the .xlsx sheet, so the CSV file and the workbook never disagree.
 */

import { cellVisibleText } from '../model/unsafe-text.js';
import { cellText, escapeText, type SheetValue, spreadsheetText } from '../sheets/spreadsheet-cell.js';
import type { ColumnSpec, SheetSpec } from '../sheets/workbook-spec.js';
import { terminalText } from './escape/terminal.js';
import { num } from './numbers.js';

/** A field as CSV writes it: quoted when it holds a quote, a comma or a line break. */
export function csvQuoted(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Where a CSV text goes, which decides what becomes of a line break in a cell. */
export interface CsvTextOptions {
  /**
   * A file the operator named (--output x.csv): line breaks and tabs stay, inside quoted cells.
   * Otherwise (a terminal, standard output, a CI log): every control character, line break and
   * invisible character is shown as an escape (terminalText), so no line a value starts can be
   * read as a runner command (`::error`, `::add-mask::`).
   */
  toFile?: boolean;
  /** Text read back by civscore (fill-in sheets): escapeText, which a reader can undo, in place of spreadsheetText. */
  reversible?: boolean;
}

/**
 * The one text cell of every CSV civscore writes, neutralised for spreadsheets and quoted. A
 * report to a file shows control, bidi and invisible characters as escapes as the terminal does
 * (cellVisibleText: `\x1b`, `\u202e`), keeping tabs and line breaks inside its quoted cells; not to
 * a file, everything is escaped (terminalText). Text read back (reversible: the fill-in sheet,
 * convert) keeps what a workbook cell holds (cellText drops only the controls it cannot hold), so
 * that it reads back as written.
 */
export function csvField(s: string, o: CsvTextOptions = {}): string {
  const text = !o.toFile ? terminalText(s) : o.reversible ? cellText(s) : cellVisibleText(s);
  return csvQuoted(o.reversible ? escapeText(text) : spreadsheetText(text));
}

/** A number as CSV writes it: a percentage column as the fraction to a tenth of a percent. */
function csvNumber(x: number, column: ColumnSpec | undefined): string {
  return num(x, column?.numFmt?.includes('%') ? 3 : 2);
}

function csvCell(v: SheetValue, column: ColumnSpec | undefined, o: CsvTextOptions): string {
  if (v === null) return '';
  return typeof v === 'number' ? csvNumber(v, column) : csvField(v, o);
}

/** The sheet as chunks of some hundred lines: a province's ranking is never one string. */
export function* sheetCsvChunks(sheet: SheetSpec, o: CsvTextOptions = {}): Generator<string> {
  const out: string[] = [sheet.columns.map((c) => csvField(c.header, o)).join(',')];
  let bom = '\uFEFF';
  const flush = (): string => {
    const chunk = `${bom}${out.join('\r\n')}\r\n`;
    bom = '';
    out.length = 0;
    return chunk;
  };
  for (const r of sheet.rows) {
    out.push(r.values.map((v, i) => csvCell(v, sheet.columns[i], o)).join(','));
    if (out.length >= CHUNK_LINES) yield flush();
  }
  if (out.length) yield flush();
}

/** Lines per chunk written. */
const CHUNK_LINES = 256;
