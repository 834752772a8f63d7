/**
 * A carriage return inside a CSV cell of a file: the field is quoted, as for a line feed, so that
 * Excel, WPS and any CSV reader keep it in its cell instead of ending the row there. Not to a
 * file, it is shown as an escape.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sheetCsvChunks } from '../../src/report/csv-sheet.js';
import type { SheetSpec } from '../../src/sheets/workbook-spec.js';

const csv = (values: (string | number)[], toFile = true) => {
  const sheet: SheetSpec = {
    name: 's',
    columns: [
      { header: 'name', width: 10 },
      { header: 'n', width: 4 },
    ],
    rows: [{ values }],
  };
  return [...sheetCsvChunks(sheet, { toFile })].join('').replace(/^\uFEFF/, '');
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
  });

  it('not to a file (stdout, a terminal, a CI log), shows the line breaks as escapes on one line', () => {
    expect(csv(['府前\r社区', 1], false)).toBe('name,n\r\n府前\\r社区,1\r\n');
    expect(csv(['a\n::error::x', 1], false)).toBe('name,n\r\na\\n::error::x,1\r\n');
  });
});
