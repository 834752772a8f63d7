/**
 * Spreadsheet rows on their way from the thread that reads them to the one that judges them, as
 * one flat list of plain values: a structured clone of many small row and cell objects cost the
 * reading thread (the busier one) about 10 µs a row; a flat list, a fraction of that.
 *
 * Per row: the sheet's name (null for CSV), the row number (negative for a row hidden in the
 * workbook), the number of cells, then per cell
 * its column (negative: a formula without a saved value, whose value is null) and its value; a
 * cell with a picture (WPS DISPIMG) has IMAGE added to its column and the picture's id after its value;
 * a formula's saved result has FORMULA added and the formula after its value; a cell under a
 * merge's first row (sheet-row.ts `merged`) has MERGED added, and one in a column hidden in the
 * workbook HIDDEN, before the rest (the sign is kept for a formula without a value). A row that could not be read
 * (`broken`) has its number of cells written as -(n + 1), and its finding as JSON after its cells.
 */
import type { Finding } from '../model/finding.js';
import type { CellScalar, SheetCell, SheetRow } from '../sheets/sheet-row.js';

export type RowWire = (string | number | boolean | null)[];

/** Added to the column of a cell with a picture (columns are at most 16,384). */
const IMAGE = 1 << 24;
/** Added to the column of a cell whose value is a formula's saved result. */
const FORMULA = 1 << 25;
/** Added to the column of a cell that shows a merge's value. */
const MERGED = 1 << 26;
/** Added (before the rest) to the column of a cell in a column hidden in the workbook. */
const HIDDEN = 1 << 27;

export function packRows(rows: readonly SheetRow[]): RowWire {
  const out: RowWire = [];
  for (const r of rows) {
    out.push(r.sheet ?? null, r.hidden ? -r.row : r.row, r.broken ? -(r.cells.length + 1) : r.cells.length);
    for (const c of r.cells) {
      const column = c.hidden ? c.column + HIDDEN : c.column;
      if (c.merged) out.push(column + MERGED, c.value);
      else if (c.image !== undefined) out.push(column + IMAGE, c.value, c.image);
      else if (c.formula !== undefined) out.push(column + FORMULA, c.value, c.formula);
      else out.push(c.formulaWithoutValue ? -column : column, c.value);
    }
    if (r.broken) out.push(JSON.stringify(r.broken));
  }
  return out;
}

export function unpackRows(wire: RowWire): SheetRow[] {
  const rows: SheetRow[] = [];
  let k = 0;
  while (k < wire.length) {
    const sheet = wire[k++] as string | null;
    const signed = wire[k++] as number;
    const row = Math.abs(signed);
    const count = wire[k++] as number;
    const n = count < 0 ? -count - 1 : count;
    const cells: SheetCell[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const signedColumn = wire[k++] as number;
      const value = wire[k++] as CellScalar;
      const bare = Math.abs(signedColumn);
      const hidden = bare >= HIDDEN;
      const column = hidden ? bare - HIDDEN : bare;
      const cell: SheetCell =
        signedColumn < 0
          ? { column, value, formulaWithoutValue: true }
          : column >= MERGED
            ? { column: column - MERGED, value, merged: true }
            : column >= FORMULA
              ? { column: column - FORMULA, value, formula: wire[k++] as string }
              : column >= IMAGE
                ? { column: column - IMAGE, value, image: wire[k++] as string }
                : { column, value };
      if (hidden) cell.hidden = true;
      cells[i] = cell;
    }
    const r: SheetRow = sheet === null ? { row, cells } : { sheet, row, cells };
    if (count < 0) r.broken = JSON.parse(wire[k++] as string) as Finding;
    if (signed < 0) r.hidden = true;
    rows.push(r);
  }
  return rows;
}
