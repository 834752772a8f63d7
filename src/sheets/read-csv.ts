/**
 * The records of a CSV file as rows: UTF-8 (with or without BOM) or GB18030, as Chinese Excel and
 * WPS save it; comma, tab or semicolon separated (csvDelimiter). A record's row is
 * the line it starts on, so `file.csv:7:3` is line 7, field 3.
 */
import { type Options as CsvOptions, parse as csvParseSync } from 'csv-parse/sync';
import {
  CSV_RECORD_DELIMITERS,
  type CsvDelimiter,
  csvDelimiter,
  csvErrorFinding,
  withoutSepLine,
} from '../load/csv-lines.js';
import { readSource } from '../load/read-source.js';
import type { Finding } from '../model/finding.js';
import { finding } from '../model/finding.js';
import { limitFinding, SheetLimitError, sheetLimits } from './sheet-limits.js';
import type { SheetCell, SheetRow } from './sheet-row.js';
import { unescapeText } from './spreadsheet-cell.js';

// Bundled (src/load/roster.ts imports it too), so it costs nothing to import here.
const csvParse = () => csvParseSync;

export interface CsvRead {
  rows: SheetRow[];
  findings: Finding[];
}

/** A CSV cell as YAML would read the same text: numbers as numbers, the rest as text (`'=x` is `=x`). */
function csvValue(s: string): string | number {
  const t = s.trim();
  return /^-?\d+(\.\d+)?$/.test(t) && !/^-?0\d/.test(t) ? Number(t) : unescapeText(t);
}

/**
 * The rows of a CSV file of at most maxBytes, under the bounds that size allows (sheet-limits.ts):
 * a file with more community rows, a record wider or longer than they allow, is not read at all
 * and gets the bound's finding. A record csv-parse cannot read (a broken quote) is one row with
 * its finding (`broken`), its cells split plainly at the delimiter so that who it is can be
 * read; the reading goes on at the line after it, so one bad row never costs the others.
 */
export function readCsvRows(file: string, maxBytes: number): CsvRead {
  const read = readSource(file, maxBytes);
  if (!read.ok) return { rows: [], findings: read.findings };
  const text = withoutSepLine(read.source.text.replace(/^\uFEFF/, ''));
  const reader = new CsvReader(text, sheetLimits(maxBytes), maxBytes);
  try {
    reader.readAll();
  } catch (e) {
    if (e instanceof SheetLimitError) return { rows: [], findings: [limitFinding(e)] };
    throw e;
  }
  return { rows: reader.rows, findings: read.findings };
}

type Limits = ReturnType<typeof sheetLimits>;

/** One CSV text read record by record, going on after a record it cannot read. */
class CsvReader {
  readonly rows: SheetRow[] = [];
  private readonly delimiter: CsvDelimiter;
  private filled = 0;
  /** Where the part being parsed starts: its offset in the text, and the line that is. */
  private offset = 0;
  private firstLine = 1;
  /** The text as UTF-8, and where the part being parsed starts in it. */
  private readonly bytes: Buffer;
  private byteOffset = 0;

  constructor(
    private readonly text: string,
    private readonly limits: Limits,
    private readonly maxBytes: number,
  ) {
    this.delimiter = csvDelimiter(text);
    this.bytes = Buffer.from(text, 'utf8');
  }

  readAll(): void {
    while (this.offset <= this.text.length) {
      const stopped = this.readFrom();
      if (!stopped) return;
      this.skipBroken(stopped);
    }
  }

  /** Parses from the current offset to the end; what stopped it, if something did. */
  private readFrom(): { error: unknown; lastLine: number } | undefined {
    // The rest of the text as bytes, without a copy: csv-parse makes bytes of a string it is given,
    // and a restart after each of thousands of bad records made them of the whole rest again.
    const part = this.offset ? this.bytes.subarray(this.byteOffset) : this.bytes;
    let lastLine = 0; // where the last whole record ends: an unclosed quote opens on the line after
    let line = 1;
    try {
      csvParse()(part, {
        delimiter: this.delimiter,
        record_delimiter: CSV_RECORD_DELIMITERS,
        relax_column_count: true,
        skip_empty_lines: false,
        info: true,
        max_record_size: this.limits.rowChars,
        // Checked as the parser goes, so a file past a bound costs no more than the bound.
        on_record: (r: { record: string[]; info: { lines: number } }): undefined => {
          lastLine = r.info.lines;
          this.take(r.record, this.firstLine + line - 1);
          line = r.info.lines + 1;
          return undefined;
        },
      } as unknown as CsvOptions);
      return undefined;
    } catch (e) {
      if (e instanceof SheetLimitError) throw e;
      if ((e as { code?: string }).code === 'CSV_MAX_RECORD_SIZE')
        throw new SheetLimitError('row-size', this.limits.rowChars, this.maxBytes);
      return { error: e, lastLine };
    }
  }

  private take(record: string[], start: number): void {
    const { limits } = this;
    if (record.length > limits.columns) {
      for (let i = limits.columns; i < record.length; i++)
        if (record[i]!.trim() !== '') throw new SheetLimitError('columns', limits.columns, this.maxBytes);
    }
    const cells: SheetCell[] = [];
    record.forEach((s, i) => {
      if (s.trim() !== '') cells.push({ column: i + 1, value: csvValue(s) });
    });
    if (!cells.length) return;
    if (++this.filled > limits.rows) throw new SheetLimitError('rows', limits.rows, this.maxBytes);
    this.rows.push({ row: start, cells });
  }

  /**
   * The record csv-parse could not read, as a row of its first line with the finding, said at that
   * line (at its first quote when the parser noticed only further on); the reading goes on at
   * the next line, so a stray quote costs its own row, never the rows a quote further down would
   * have closed it with.
   */
  private skipBroken({ error, lastLine }: { error: unknown; lastLine: number }): void {
    const said = csvErrorFinding(error, lastLine, (detail) =>
      finding('sheet.csv-syntax', 'error', { detail }),
    );
    const start = lastLine + 1; // the bad record's first line, in the part
    const from = this.lineOffset(start);
    const text = from > this.text.length ? '' : this.text.slice(from, this.lineEnd(from));
    const quote = text.indexOf('"');
    const column =
      said.line === start || quote < 0
        ? (said.column ?? 1)
        : text.slice(0, quote).split(this.delimiter).length;
    const cells: SheetCell[] = [];
    text.split(this.delimiter).forEach((s, i) => {
      const v = s
        .trim()
        .replace(/^"+|"+$/g, '')
        .trim();
      if (v !== '') cells.push({ column: i + 1, value: csvValue(v) });
    });
    if (++this.filled > this.limits.rows) throw new SheetLimitError('rows', this.limits.rows, this.maxBytes);
    const row = this.firstLine + start - 1;
    this.rows.push({ row, cells, broken: { ...said, line: row, column } });
    const next = this.lineOffset(start + 1);
    this.byteOffset += Buffer.byteLength(this.text.slice(this.offset, Math.min(next, this.text.length)));
    this.offset = next;
    this.firstLine = row + 1;
  }

  /** The offset in the text where line `n` of the current part starts (past the end: length + 1). */
  private lineOffset(n: number): number {
    let at = this.offset;
    for (let k = 1; k < n; k++) {
      const end = this.lineEnd(at);
      if (end >= this.text.length) return this.text.length + 1;
      at = end + (this.text.startsWith('\r\n', end) ? 2 : 1);
    }
    return at;
  }

  /** Where the line starting at `at` ends (its line break, or the text's end). */
  private lineEnd(at: number): number {
    const { text } = this;
    let i = at;
    while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    return i;
  }
}
