/**
 * A WorkbookSpec as the bytes of an .xlsx file, made by exceljs's streaming writer (shared strings
 * off, so the sheets' XML is never held whole): A4 landscape, header rows repeated on every
 * printed page, frozen header and autofilter where the spec asks. The command writes the bytes
 * through writeOutput (atomically, or to a device or pipe), as every other report.
 */
import { columnLetters } from '../model/place.js';
import { cellVisibleText } from '../model/unsafe-text.js';
import { bufferedWorkbook } from './buffered-workbook.js';
import { spreadsheetText } from './spreadsheet-cell.js';
import type { SheetSpec, WorkbookSpec } from './workbook-spec.js';

/**
 * One rule per value of the key column: `=$K2="modern"` over the column's cells below the header
 * (to the last row a sheet can have, as rows are written before they are counted).
 */
function conditionalFills(c: NonNullable<SheetSpec['conditionalFills']>) {
  const key = columnLetters(c.keyColumn);
  const column = columnLetters(c.column);
  return {
    ref: `${column}2:${column}1048576`,
    rules: c.fills.map((f, i) => ({
      type: 'expression' as const,
      priority: i + 1,
      // An empty key (no tier) only where the row has a value, not on every empty row below.
      formulae: [
        f.equals === '' ? `AND($${key}2="",$${column}2<>"")` : `$${key}2="${f.equals.replace(/"/g, '""')}"`,
      ],
      style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: f.argb } } },
    })),
  };
}

/** Rows below the last one written that keep a column's drop-down, for the rows people add. */
const LIST_SPARE_ROWS = 2000;

/** Rows written between turns of the event loop. */
const YIELD_ROWS = 500;

export async function xlsxBytes(spec: WorkbookSpec): Promise<Uint8Array> {
  const { wb, finish } = bufferedWorkbook();
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31), {
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: s.table ? '1:1' : undefined,
      },
      ...(s.table ? { views: [{ state: 'frozen', ySplit: 1 }] } : {}),
    } as never);
    ws.columns = s.columns.map((c) => ({
      header: spreadsheetText(cellVisibleText(c.header)),
      width: Math.max(8, Math.min(80, c.width + 2)),
      ...(c.numFmt || c.wrap
        ? {
            style: {
              ...(c.numFmt ? { numFmt: c.numFmt } : {}),
              ...(c.wrap ? { alignment: { wrapText: true, vertical: 'top' as const } } : {}),
            },
          }
        : {}),
    }));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.commit();
    if (s.table && s.columns.length) ws.autoFilter = `A1:${columnLetters(s.columns.length)}1`;
    if (s.conditionalFills) ws.addConditionalFormatting(conditionalFills(s.conditionalFills));
    // exceljs gives every cell a style object of its own, and works out each one's style XML
    // again when the row is written (a third of writing 100,000 rows, and much of its garbage);
    // it remembers only objects it has seen. Cells of one column, value type and fill have the
    // same style: the first one's object serves them all, and the file is the same.
    const shared = new Map<string, unknown>();
    let written = 0;
    for (const r of s.rows) {
      // The rows' XML waits in exceljs's stream until the zip compresses it, which happens only
      // when this loop lets the event loop run: every few hundred rows it does, so a sheet of
      // 100,000 rows is never held uncompressed (some 100 MB).
      if (++written % YIELD_ROWS === 0) await new Promise((done) => setImmediate(done));
      // Text cells are string cells (never formulas) and also pass spreadsheetText, so that
      // the sheet saved again as CSV, or a cell copied out, still does not run as a formula.
      // Control, bidi and invisible characters shown as escapes, as in the CSV file (cellVisibleText).
      const row = ws.addRow(
        r.values.map((v) => (typeof v === 'string' ? spreadsheetText(cellVisibleText(v)) : v)),
      );
      const filled = r.fill && s.fillColumn ? s.fillColumn : undefined;
      if (filled)
        row.getCell(filled).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: r.fill! } };
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        const key = `${column}\u0000${cell.type}\u0000${column === filled ? r.fill : ''}`;
        const style = shared.get(key);
        if (style) cell.style = style as typeof cell.style;
        else shared.set(key, cell.style);
      });
      row.commit();
    }
    // Drop-downs (状态 of a 整改台账, 检查方式 of an inspections sheet) over the rows written and
    // rows people add below them, not the whole column: exceljs and WPS expand a list range into
    // its cells on reading, and a million of them took seconds to open.
    for (const list of s.lists ?? []) {
      const column = columnLetters(list.column);
      const values = list.values.map((v) => v.replace(/[",]/g, ''));
      (ws as unknown as { dataValidations: { add(ref: string, v: unknown): void } }).dataValidations.add(
        `${column}2:${column}${written + 1 + LIST_SPARE_ROWS}`,
        { type: 'list', allowBlank: true, showErrorMessage: true, formulae: [`"${values.join(',')}"`] },
      );
    }
    ws.commit();
  }
  return finish();
}
