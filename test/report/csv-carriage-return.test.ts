/**
 * A carriage return inside a CSV cell: the field is quoted, as for a line feed, so that Excel, WPS
 * and any CSV reader keep it in its cell instead of ending the row there.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sheetCsvChunks } from '../../src/report/csv-sheet.js';
import type { SheetSpec } from '../../src/report/workbook-spec.js';

const csv = (values: (string | number)[]) => {
  const sheet: SheetSpec = {
    name: 's',
    columns: [
      { header: 'name', width: 10 },
      { header: 'n', width: 4 },
    ],
    rows: [{ values }],
  };
  return [...sheetCsvChunks(sheet)].join('').replace(/^\uFEFF/, '');
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
});
