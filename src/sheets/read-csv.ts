/**
 * The records of a CSV file as rows: UTF-8 (with or without BOM) or GB18030, as Chinese Excel and
 * WPS save it; comma or tab separated (whichever the first line holds more of). A record's row is
 * the line it starts on, so `file.csv:7:3` is line 7, field 3.
 */
import { parse as csvParseSync } from 'csv-parse/sync';
import { readSource } from '../load/read-source.js';
import type { Finding } from '../model/finding.js';
import { finding } from '../model/finding.js';
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

export function readCsvRows(file: string, maxBytes: number): CsvRead {
  const read = readSource(file, maxBytes);
  if (!read.ok) return { rows: [], findings: read.findings };
  const text = read.source.text.replace(/^\uFEFF/, '');
  const rows: SheetRow[] = [];
  try {
    const records = csvParse()(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number; raw?: string } }[];
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
    const err = e as { message?: string; lines?: number };
    return {
      rows: [],
      findings: [
        {
          ...finding('sheet.csv-syntax', 'error', { detail: String(err.message ?? e) }),
          line: err.lines ?? 1,
          column: 1,
        },
      ],
    };
  }
  return { rows, findings: read.findings };
}
