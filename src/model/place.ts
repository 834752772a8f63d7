/**
 * A finding's place as people read it: `file:line:column` in a text file (CSV included),
 * `file.xlsx:Sheet!C7` in a workbook. Every formatter prints places through `placeText`.
 */
import type { Finding, Position } from './finding.js';

/** 1 → A, 26 → Z, 27 → AA: the column as Excel and WPS name it. */
export function columnLetters(column: number): string {
  let n = Math.max(1, Math.floor(column));
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A sheet name as a formula would write it: quoted when it holds spaces or punctuation. */
export function sheetName(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `Sheet!C7`. */
export function cellRef(sheet: string, row: number, column: number): string {
  return `${sheetName(sheet)}!${columnLetters(column)}${row}`;
}

/** The cell a workbook finding is at (`Sheet!C7`), or undefined for a text file's finding. */
export function findingCell(f: Pick<Finding, 'sheet' | 'line' | 'column'>): string | undefined {
  return f.sheet !== undefined ? cellRef(f.sheet, f.line ?? 1, f.column ?? 1) : undefined;
}

/** `file:line:column`, `file.xlsx:Sheet!C7`, or the file alone when there is no place. */
export function placeText(f: Pick<Finding, 'file' | 'sheet' | 'line' | 'column'>): string {
  if (!f.file) return '';
  if (f.sheet !== undefined) return `${f.file}:${findingCell(f)}`;
  return f.line !== undefined ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
}

/** The row a finding is on: the last of its sheet at or before its line; none before the first row. */
export function rowOf<R extends { at: Position }>(
  rows: readonly R[],
  f: Pick<Finding, 'sheet' | 'line'>,
): R | undefined {
  if (f.line === undefined) return undefined;
  let found: R | undefined;
  for (const r of rows)
    if (r.at.sheet === f.sheet && r.at.line <= f.line && (!found || r.at.line >= found.at.line)) found = r;
  return found;
}
