/**
 * The fill-in workbook as .xlsx bytes, by exceljs's streaming writer (shared strings off, so a
 * workbook of many thousand communities is never held whole): per data sheet, row 1 the titles
 * (bold, wrapped, each with its comment), row 2 the column ids (hidden; the reader matches them
 * first), frozen under the header and right of the name; drop-down lists and number rules down
 * to the spare rows; A4 landscape with both header rows and the id and name columns on every
 * printed page. Then the guide sheet. Every text cell is a string cell through spreadsheetText
 * (never a formula, and still text if the sheet is saved as CSV).
 */
import { columnLetters } from '../model/place.js';
import type { Validation } from '../report/fill-in/value-types.js';
import type { FillInWorkbook } from '../report/fill-in/workbook.js';
import { bufferedWorkbook } from './buffered-workbook.js';
import { escapeText } from './spreadsheet-cell.js';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;

function dataValidation(v: Validation) {
  if (v.type === 'list')
    return {
      type: 'list',
      allowBlank: true,
      formulae: [`"${v.values.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
    };
  const between = v.min !== undefined && v.max !== undefined;
  return {
    type: v.type,
    allowBlank: true,
    operator: between ? 'between' : v.min !== undefined ? 'greaterThanOrEqual' : 'between',
    formulae: between ? [v.min, v.max] : v.min !== undefined ? [v.min] : [-1e15, 1e15],
    // The guide says a unit typed in the cell (120平方米) is read too, and so it is: no warning
    // pops up for it. The rule stays for Excel's "circle invalid data".
    showErrorMessage: false,
  };
}

export async function fillInBytes(book: FillInWorkbook): Promise<Uint8Array> {
  const { wb, finish } = bufferedWorkbook();
  for (const s of book.sheets) {
    const n = s.columns.length;
    const nameColumn = s.columns.findIndex((c) => c.key === 'name') + 1;
    const ws = wb.addWorksheet(s.name.slice(0, 31), {
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: false,
        printTitlesRow: '1:2',
        ...(nameColumn > 0 ? { printTitlesColumn: `A:${columnLetters(nameColumn)}` } : {}),
      },
      views: [{ state: 'frozen', ySplit: 2, xSplit: Math.max(nameColumn, 1) }],
    } as never);
    ws.columns = s.columns.map((c) => ({
      width: c.width,
      ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
    }));
    const titles = ws.getRow(1);
    titles.height = 48;
    s.columns.forEach((c, i) => {
      const cell = titles.getCell(i + 1);
      cell.value = escapeText(c.title);
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      cell.fill = HEADER_FILL as never;
      cell.border = { bottom: { style: 'thin' } };
      cell.note = c.note;
    });
    titles.commit();
    const keys = ws.getRow(2);
    s.columns.forEach((c, i) => {
      const cell = keys.getCell(i + 1);
      cell.value = c.key;
      cell.font = { color: { argb: 'FF808080' }, size: 8 };
    });
    keys.hidden = true;
    keys.commit();
    let last = 2;
    for (const values of s.rows) {
      const row = ws.addRow(values.map((v) => (typeof v.value === 'string' ? escapeText(v.value) : v.value)));
      values.forEach((v, i) => {
        if (v.numFmt) row.getCell(i + 1).numFmt = v.numFmt;
      });
      row.commit();
      last = row.number;
    }
    const end = Math.max(last, 2) + s.spareRows;
    s.columns.forEach((c, i) => {
      if (!c.validation) return;
      const col = columnLetters(i + 1);
      (ws as unknown as { dataValidations: { add(r: string, v: unknown): void } }).dataValidations.add(
        `${col}3:${col}${end}`,
        dataValidation(c.validation),
      );
    });
    if (n) ws.autoFilter = `A1:${columnLetters(n)}1`;
    ws.commit();
  }
  const g = book.guide;
  const gs = wb.addWorksheet(g.name.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  } as never);
  gs.columns = [{ width: 34 }, { width: 26 }, { width: 60 }, { width: 40 }];
  for (const line of g.lines) {
    const row = gs.addRow([line ? escapeText(line) : null]);
    if (line) gs.mergeCells(row.number, 1, row.number, 4);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    if (row.number === 1) row.getCell(1).font = { bold: true, size: 14 };
    const len = [...line].length;
    if (len > 60) row.height = 15 * Math.ceil(len / 60);
    row.commit();
  }
  g.table.forEach((cells, i) => {
    const row = gs.addRow(cells.map((c) => (c ? escapeText(c) : null)));
    row.eachCell((cell) => {
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (i === 0) {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL as never;
      }
    });
    row.commit();
  });
  gs.commit();
  return finish();
}
