/**
 * A WorkbookSpec written as .xlsx with exceljs's streaming writer (shared strings off, so memory
 * stays flat however many rows), to a temporary file renamed into place. A4 landscape, header
 * rows repeated on every printed page, frozen header and autofilter where the spec asks.
 */
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { columnLetters } from '../model/place.js';
import type { WorkbookSpec } from '../report/workbook-spec.js';
import { excel } from './exceljs.js';

let pending: string | undefined;

/** Removes a workbook still being written (Ctrl-C). */
export function cleanupXlsx(): void {
  if (pending) rmSync(pending, { force: true });
  pending = undefined;
}

export async function writeXlsx(file: string, spec: WorkbookSpec): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  pending = tmp;
  try {
    const wb = new (excel().stream.xlsx.WorkbookWriter)({
      filename: tmp,
      useSharedStrings: false,
      useStyles: true,
    });
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
        header: c.header,
        width: Math.max(8, Math.min(80, c.width + 2)),
        ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
      }));
      const header = ws.getRow(1);
      header.font = { bold: true };
      header.commit();
      if (s.table && s.columns.length) ws.autoFilter = `A1:${columnLetters(s.columns.length)}1`;
      for (const r of s.rows) {
        const row = ws.addRow(r.values);
        if (r.fill && s.fillColumn)
          row.getCell(s.fillColumn).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: r.fill } };
        row.commit();
      }
      ws.commit();
    }
    await wb.commit();
    renameSync(tmp, file);
    pending = undefined;
  } catch (e) {
    cleanupXlsx();
    throw e;
  }
}
