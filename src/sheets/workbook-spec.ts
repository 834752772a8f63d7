/**
 * A workbook as data, for the report layer to describe and the xlsx writer to write: sheets of
 * headed columns and rows of plain values (text is always a string cell, never a formula).
 * Rows are an iterable, so a sheet of 100,000 rows is made as it is written.
 */
import type { SheetValue } from './spreadsheet-cell.js';

export interface ColumnSpec {
  header: string;
  /** In characters; a Chinese character counts two. */
  width: number;
  /** Excel number format, e.g. `0.0%`. */
  numFmt?: string;
  /** Long text (sentences, lists of candidates): wrapped in its cell, so the printed page stays legible. */
  wrap?: boolean;
}

export interface RowSpec {
  values: SheetValue[];
  /** A fill for the row's `fillColumn` cell (ARGB), e.g. per tier. */
  fill?: string;
}

export interface SheetSpec {
  name: string;
  columns: ColumnSpec[];
  rows: Iterable<RowSpec>;
  /** Header frozen, repeated on every printed page, and an autofilter over the columns. */
  table?: boolean;
  /** The column (1-based) `RowSpec.fill` colours. */
  fillColumn?: number;
  /**
   * Conditional fills (kept by Excel and WPS when a row is edited or sorted): the cells of
   * `column` get `argb` where the same row's `keyColumn` equals `equals` (both 1-based).
   */
  conditionalFills?: { column: number; keyColumn: number; fills: { equals: string; argb: string }[] };
  /** Drop-down lists: the cells of `column` (1-based) below the header offer these values. */
  lists?: { column: number; values: string[] }[];
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
}
