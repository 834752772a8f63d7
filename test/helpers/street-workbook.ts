/**
 * The example street (examples/street) as the fill-in workbook `convert --to xlsx` writes, at
 * `file`, and opened with exceljs for a test to change: the hidden-row, hidden-column and
 * hidden-sheet tests each start from it.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type ExcelJSTypes from 'exceljs';
import { expect } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSTypes;

export async function streetWorkbook(file: string): Promise<ExcelJSTypes.Workbook> {
  const c = runCli(['convert', join(ROOT, 'examples/street'), '--to', 'xlsx', '-o', file]);
  expect(c.code, c.stderr).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
