/** Rows go to the judging thread as one flat list and come back as the same rows. */
import { describe, expect, it } from 'vitest';
import { packRows, unpackRows } from '../../src/batch/row-wire.js';
import type { SheetRow } from '../../src/sheets/sheet-row.js';

describe('row wire', () => {
  it("gives back every row as it was: sheets, CSV rows, every value type, formulas with and without a value, pictures, a merge's value", () => {
    const rows: SheetRow[] = [
      {
        sheet: '自评',
        row: 2,
        cells: [
          { column: 1, value: 'c1' },
          { column: 7, value: 120.5 },
        ],
      },
      {
        sheet: '自评',
        row: 9,
        cells: [
          { column: 3, value: true },
          { column: 4, value: null, formulaWithoutValue: true },
          { column: 5, value: 320, formula: 'G5' },
          { column: 6, value: 12, formula: '' },
          { column: 8, value: '照片', image: 'ID_1' },
          { column: 16_384, value: '五马街道', merged: true },
        ],
      },
      {
        row: 4,
        cells: [
          { column: 2, value: '是' },
          { column: 12, value: false },
        ],
      },
      { sheet: '', row: 1, cells: [] },
      {
        row: 5,
        cells: [{ column: 1, value: 'fuqian' }],
        broken: { code: 'sheet.csv-quote-not-closed', severity: 'error', params: {}, line: 5, column: 2 },
      },
      { row: 6, cells: [], broken: { code: 'sheet.csv-syntax', severity: 'error', params: { detail: 'x' } } },
    ];
    // Each kind of cell again in a column hidden in the workbook (`<col hidden>`), the last column too.
    rows.push({
      sheet: '自评',
      row: 10,
      cells: [
        { column: 1, value: 'c2', hidden: true },
        { column: 4, value: null, formulaWithoutValue: true, hidden: true },
        { column: 5, value: 320, formula: 'G5', hidden: true },
        { column: 8, value: '照片', image: 'ID_1', hidden: true },
        { column: 9, value: '五马街道', merged: true, hidden: true },
        { column: 16_384, value: 7, hidden: true },
      ],
    });
    expect(unpackRows(packRows(rows))).toEqual(rows);
    expect(unpackRows(structuredClone(packRows(rows)))).toEqual(rows);
    expect(unpackRows(packRows([]))).toEqual([]);
  });
});
