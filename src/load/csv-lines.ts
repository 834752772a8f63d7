import { type Finding, finding } from '../model/finding.js';

/**
 * The line endings a CSV record may end with. csv-parse otherwise takes the first line's ending
 * for the whole file, so a file saved with a CRLF header and LF rows (an office's sheet edited
 * in two programs) would read as one long row.
 */
export const CSV_RECORD_DELIMITERS: string[] = ['\r\n', '\n', '\r'];

/** csv-parse's error codes, as findings the catalogue explains (the rest keep csv-parse's words). */
const CSV_PROBLEMS: Record<
  string,
  'sheet.csv-quote-not-closed' | 'sheet.csv-quote-closing' | 'sheet.csv-quote-opening'
> = {
  CSV_QUOTE_NOT_CLOSED: 'sheet.csv-quote-not-closed',
  CSV_INVALID_CLOSING_QUOTE: 'sheet.csv-quote-closing',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'sheet.csv-quote-closing',
  INVALID_OPENING_QUOTE: 'sheet.csv-quote-opening',
  CSV_INVALID_OPENING_QUOTE: 'sheet.csv-quote-opening',
};

/**
 * The finding for csv-parse's error `e`, at its line and field: a broken quote by its own code,
 * anything else by `otherwise` with csv-parse's own words. `lastLine` is where the last whole
 * record ended (an unclosed quote opens on the line after; csv-parse names the file's end).
 */
export function csvErrorFinding(
  e: unknown,
  lastLine: number,
  otherwise: (detail: string) => Finding,
): Finding {
  const err = e as { message?: string; lines?: number; code?: string; index?: number };
  const code = CSV_PROBLEMS[err.code ?? ''];
  return {
    ...(code ? finding(code, 'error') : otherwise(String(err.message ?? e))),
    line: err.code === 'CSV_QUOTE_NOT_CLOSED' ? lastLine + 1 : (err.lines ?? 1),
    column: (err.index ?? 0) + 1,
  };
}
