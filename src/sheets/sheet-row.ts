/** A spreadsheet row as the readers hand it on: plain values by column, and where the row is. */
import type { Finding } from '../model/finding.js';

/** A cell's value as the YAML path would read it: text, a number, yes/no, or nothing. */
export type CellScalar = string | number | boolean | null;

export interface SheetCell {
  /** 1-based: A = 1. */
  column: number;
  value: CellScalar;
  /** The cell held a formula without a saved result (value is null). */
  formulaWithoutValue?: boolean;
  /**
   * The cell's value is a formula's saved result: the formula as written (`G5`), '' for a copy of
   * a shared formula. Only the .xlsx reader sets it.
   */
  formula?: string;
  /**
   * A picture placed in the cell (WPS `=DISPIMG("ID_…",1)`) that the workbook holds
   * (xl/cellimages.xml and its xl/media/ part): its id. Only the .xlsx reader sets it.
   */
  image?: string;
  /**
   * The cell lies under the first row of a merge and shows the merge's value (the value of its
   * first cell): set by the .xlsx reader, for the rows below a merge's first row only.
   */
  merged?: boolean;
  /**
   * The cell's column is hidden in the workbook (`<col hidden="1">`): Excel and WPS do not show
   * it. Only the .xlsx reader sets it.
   */
  hidden?: true;
}

export interface SheetRow {
  /** The worksheet's name; undefined for a CSV file. */
  sheet?: string;
  /** The row number in the sheet, or the line of the CSV file the record starts on. */
  row: number;
  /** Non-empty cells only, by column. */
  cells: SheetCell[];
  /**
   * The row could not be read as written (a CSV record with a broken quote): why, at its line.
   * Its cells are its line split plainly, to say who it is, never to be scored.
   */
  broken?: Finding;
  /**
   * The row is hidden in the workbook (`<row hidden="1">`): Excel and WPS do not show it, so
   * whoever reviews the workbook there does not see it. Only the .xlsx reader sets it.
   */
  hidden?: true;
}
