/**
 * Text for a spreadsheet cell that Excel and WPS show as text, never run as a formula (OWASP's
 * CSV injection advice): a community named `=HYPERLINK("http://x","点我")`, or beginning with
 * + - @, a tab or a carriage return. CSV: the text gets a leading `'`. xlsx: the text is written
 * as a string cell, never a formula, so it needs no change (the writer never makes formulas).
 * A plain number (-5, +3) is left alone.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function startsLikeFormula(s: string): boolean {
  return FORMULA_START.test(s) && !PLAIN_NUMBER.test(s);
}

export function csvSafeText(s: string): string {
  return startsLikeFormula(s) ? `'${s}` : s;
}

/** A workbook cell's value: text stays a string (a string cell), numbers stay numbers. */
export type SheetValue = string | number | null;
