/**
 * A text cell for a spreadsheet (CSV, xlsx): text that Excel, WPS or LibreOffice would read as a
 * formula or a DDE command (a first character `=`, `+`, `-`, `@`, a tab or a carriage return, as
 * in `-1+cmd|' /C calc'!A0`) gets a leading apostrophe, so it stays text. Every text cell goes
 * through here, numbers included when they are written as text; numbers written as numbers (our
 * own ranks, scores and counts) do not, so a spreadsheet can still sum them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/**
 * A workbook cell's value: text stays a string (a string cell, through spreadsheetText when it
 * is written), numbers stay numbers.
 */
export type SheetValue = string | number | null;
