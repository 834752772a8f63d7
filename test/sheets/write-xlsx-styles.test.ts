/**
 * The workbook writer shares one style object among the cells of a column with the same value
 * type and fill (exceljs works a style out once per object): a filled cell keeps its fill, the
 * cells around it get none, and number formats and wrapping stay with their columns.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxBytes } from '../../src/sheets/write-xlsx.js';

describe('xlsxBytes styles', () => {
  it('keeps each fill on its own cell, and each column its number format, over more rows than one turn writes', async () => {
    const rows = Array.from({ length: 1203 }, (_, i) => ({
      values: [`社区${i}`, i % 3 === 0 ? 0.25 : i, i % 2 ? '是' : 7],
      ...(i % 5 === 0 ? { fill: i % 10 === 0 ? 'FFC6EFCE' : 'FFFFC7CE' } : {}),
    }));
    const bytes = await xlsxBytes({
      sheets: [
        {
          name: '排名',
          table: true,
          fillColumn: 3,
          columns: [
            { header: '社区', width: 10, wrap: true },
            { header: '比例', width: 8, numFmt: '0.0%' },
            { header: '结论', width: 8 },
          ],
          rows,
        },
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('排名')!;
    expect(ws.rowCount).toBe(1204);
    for (let i = 0; i < rows.length; i++) {
      const row = ws.getRow(i + 2);
      const fill = row.getCell(3).fill as ExcelJS.FillPattern | undefined;
      expect(fill?.fgColor?.argb, `row ${i + 2}`).toBe(rows[i]!.fill);
      expect(row.getCell(2).numFmt).toBe('0.0%');
      expect(row.getCell(1).alignment?.wrapText).toBe(true);
      expect((row.getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
      expect(row.getCell(3).value).toBe(rows[i]!.values[2]);
    }
  });
});
