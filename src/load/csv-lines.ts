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

/** A CSV file's separator: a comma, a tab (Excel's "Unicode text") or a semicolon. */
export type CsvDelimiter = ',' | '\t' | ';';

/** Excel's first line naming the separator (`sep=;`), as it writes and reads it in some locales. */
const SEP_LINE = /^\uFEFF?sep=([,;\t])[ ]*(?=\r\n|\n|\r|$)/i;

/** The separators by precedence on a tie: a comma, then a tab, then a semicolon. */
const DELIMITERS: readonly CsvDelimiter[] = [',', '\t', ';'];

/**
 * The separator of a CSV text: the one an Excel `sep=` line names, else the one the first lines
 * hold most of in a line (quoted text aside), so a title line above the header (`五马街道自评表`,
 * no separator at all) leaves the header to decide; Excel saves a sheet with semicolons where the
 * decimal mark is a comma.
 */
export function csvDelimiter(text: string): CsvDelimiter {
  const sep = SEP_LINE.exec(text);
  if (sep) return sep[1] as CsvDelimiter;
  const most = new Map<CsvDelimiter, number>(DELIMITERS.map((d) => [d, 0]));
  for (const line of text.slice(0, 65_536).split(/\r\n|\n|\r/, 10)) {
    const plain = line.replace(/"(?:[^"]|"")*"/g, '');
    for (const d of DELIMITERS) most.set(d, Math.max(most.get(d)!, plain.split(d).length - 1));
  }
  return DELIMITERS.reduce((best, d) => (most.get(d)! > most.get(best)! ? d : best));
}

/** The text without Excel's `sep=` line's words, its line kept so that lines keep their numbers. */
export function withoutSepLine(text: string): string {
  return text.replace(SEP_LINE, '');
}
