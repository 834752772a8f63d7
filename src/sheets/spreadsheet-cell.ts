/**
 * A text cell for a spreadsheet (CSV, xlsx): text that Excel, WPS or LibreOffice would read as a
 * formula or a DDE command (a first character `=`, `+`, `-`, `@`, a tab or a carriage return, as
 * in `-1+cmd|' /C calc'!A0`) gets a leading apostrophe, so it stays text. Every text cell goes
 * through here, numbers included when they are written as text; numbers written as numbers (our
 * own ranks, scores and counts) do not, so a spreadsheet can still sum them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Control characters a workbook cell cannot hold (exceljs drops them from the xlsx, where XML
 * cannot carry them): a CSV file drops them too, so that the two never disagree and no terminal
 * escape (`ESC [2J`) reaches a terminal that shows the CSV. Tab and line breaks stay.
 */
const NOT_IN_CELL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;

/** Text as a workbook cell holds it: the controls it cannot hold dropped (NOT_IN_CELL). */
export function cellText(s: string): string {
  return s.replace(NOT_IN_CELL, '');
}

export function spreadsheetText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/**
 * spreadsheetText, reversible: text that already starts with the apostrophe that escapes a formula
 * gets one more, so that a reader taking one escaping apostrophe off (unescapeText) gets the text
 * back exactly. For what is read back (convert, the fill-in workbook).
 */
export function escapeText(s: string): string {
  return /^'+[=+\-@\t\r]/.test(s) ? `'${s}` : spreadsheetText(s);
}

/** A cell's text as written before escapeText or spreadsheetText: one escaping apostrophe off. */
export function unescapeText(s: string): string {
  return /^'+[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

/**
 * A workbook cell's value: text stays a string (a string cell, through spreadsheetText when it
 * is written), numbers stay numbers.
 */
export type SheetValue = string | number | null;
