/**
 * The rows of an .xlsx workbook, streamed (exceljs's WorkbookReader): a workbook of 100,000 rows
 * is never held as exceljs objects, one row at a time is. Hidden sheets are skipped. Rows come
 * with their own numbers (the reader skips blank rows: never count them).
 */
import { cellScalar } from './cell-value.js';
import { drainGuarded } from './drain-guard.js';
import { excel } from './exceljs.js';
import type { SheetCell, SheetRow } from './sheet-row.js';

interface StreamCell {
  value: unknown;
  numFmt?: string;
}
interface StreamRow {
  number: number;
  eachCell(opts: { includeEmpty: boolean }, fn: (cell: StreamCell, column: number) => void): void;
}
interface StreamSheet extends AsyncIterable<StreamRow> {
  name?: string;
  state?: string;
}

export async function* readXlsxRows(file: string): AsyncGenerator<SheetRow> {
  const reader = new (excel().stream.xlsx.WorkbookReader)(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  for await (const ws of drainGuarded(reader as unknown as AsyncIterable<StreamSheet>)) {
    const hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
    const sheet = ws.name ?? 'Sheet1';
    for await (const row of drainGuarded(ws)) {
      if (hidden) continue;
      const cells: SheetCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const read = cellScalar(cell.value, cell.numFmt);
        if (read.formulaWithoutValue) cells.push({ column, value: null, formulaWithoutValue: true });
        else if (read.value !== null && read.value !== '') cells.push({ column, value: read.value });
      });
      if (cells.length) yield { sheet, row: row.number, cells };
    }
  }
}
