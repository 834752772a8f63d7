/**
 * A carriage return inside a CSV cell written to a file: the field is quoted, as for a line feed,
 * so that Excel, WPS and any CSV reader keep it in its cell instead of ending the row there. (To
 * standard output it is shown as an escape instead, never raw.)
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type CsvTextOptions, csvQuoted, sheetCsvChunks } from '../../src/report/csv-sheet.js';
import type { SheetSpec } from '../../src/sheets/workbook-spec.js';

const csv = (values: (string | number)[], o: CsvTextOptions = { toFile: true }) => {
  const sheet: SheetSpec = {
    name: 's',
    columns: [
      { header: 'name', width: 10 },
      { header: 'n', width: 4 },
    ],
    rows: [{ values }],
  };
  return [...sheetCsvChunks(sheet, o)].join('').replace(/^\uFEFF/, '');
};

describe('CSV cells', () => {
  it('quotes a cell with a carriage return, and a reader gets the cell back whole', () => {
    for (const name of ['府前\r社区', 'a\r\nb', 'a\nb']) {
      const text = csv([name, 1]);
      expect(text.split('\r\n')[1]!.startsWith('"')).toBe(true);
      expect(parse(text)).toEqual([
        ['name', 'n'],
        [name, '1'],
      ]);
    }
    expect(csv(['plain', 1])).toBe('name,n\r\nplain,1\r\n');
    expect(csvQuoted('a\rb')).toBe('"a\rb"');
  });

  it('to standard output, shows the carriage return as an escape, never raw', () => {
    const text = csv(['府前\r社区', 1], {});
    expect(text.split('\r\n')[1]).not.toContain('\r');
    expect(text.split('\r\n')).toHaveLength(3);
  });
});
