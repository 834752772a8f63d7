/**
 * The records of a CSV file as rows: UTF-8 (with or without BOM) or GB18030, as Chinese Excel and
 * WPS save it; comma or tab separated (whichever the first line holds more of). A record's row is
 * the line it starts on, so `file.csv:7:3` is line 7, field 3.
 */
import { type Options as CsvOptions, parse as csvParseSync } from 'csv-parse/sync';
import { CSV_RECORD_DELIMITERS, csvErrorFinding } from '../load/csv-lines.js';
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

export function delimiterOf(text: string): ',' | '\t' {
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  const tabs = first.split('\t').length;
  const commas = first.split(',').length;
  return tabs > commas ? '\t' : ',';
}

/** A CSV cell as YAML would read the same text: numbers as numbers, the rest as text (`'=x` is `=x`). */
function csvValue(s: string): string | number {
  const t = s.trim();
  return /^-?\d+(\.\d+)?$/.test(t) && !/^-?0\d/.test(t) ? Number(t) : unescapeText(t);
}

/**
 * The rows of a CSV file of at most maxBytes, under the bounds that size allows (sheet-limits.ts):
 * a file with more community rows, a record wider or longer than they allow, is not read at all
 * and gets the bound's finding.
 */
export function readCsvRows(file: string, maxBytes: number): CsvRead {
  const read = readSource(file, maxBytes);
  if (!read.ok) return { rows: [], findings: read.findings };
  const text = read.source.text.replace(/^\uFEFF/, '');
  const rows: SheetRow[] = [];
  const limits = sheetLimits(maxBytes);
  let filled = 0;
  let lastLine = 0; // where the last whole record ends: an unclosed quote opens on the line after
  try {
    const records = csvParse()(text, {
      delimiter: delimiterOf(text),
      record_delimiter: CSV_RECORD_DELIMITERS,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
      max_record_size: limits.rowChars,
      // Checked as the parser goes, so a file past a bound costs no more than the bound.
      on_record: (r: { record: string[]; info: { lines: number } }): unknown => {
        lastLine = r.info.lines;
        if (r.record.length > limits.columns) {
          for (let i = limits.columns; i < r.record.length; i++)
            if (r.record[i]!.trim() !== '') throw new SheetLimitError('columns', limits.columns, maxBytes);
        }
        if (r.record.some((v) => v.trim() !== '') && ++filled > limits.rows)
          throw new SheetLimitError('rows', limits.rows, maxBytes);
        return r;
      },
    } as unknown as CsvOptions) as unknown as {
      record: string[];
      info: { lines: number; raw?: string };
    }[];
    let line = 1;
    for (const { record, info } of records) {
      const start = line;
      line = info.lines + 1;
      const cells: SheetCell[] = [];
      record.forEach((s, i) => {
        if (s.trim() !== '') cells.push({ column: i + 1, value: csvValue(s) });
      });
      if (cells.length) rows.push({ row: start, cells });
    }
  } catch (e) {
    if (e instanceof SheetLimitError) return { rows: [], findings: [limitFinding(e)] };
    if ((e as { code?: string }).code === 'CSV_MAX_RECORD_SIZE')
      return {
        rows: [],
        findings: [limitFinding(new SheetLimitError('row-size', limits.rowChars, maxBytes))],
      };
    return {
      rows: [],
      findings: [csvErrorFinding(e, lastLine, (detail) => finding('sheet.csv-syntax', 'error', { detail }))],
    };
  }
  return { rows, findings: read.findings };
}
