/**
 * Issue 23: a valid workbook whose last sheet has five rows or fewer had that sheet silently
 * ignored (its street's quota read "met 1/1" for 1 of 2). Every sheet with a header is read,
 * however short, whatever order its zip keeps its parts in and however it stores its text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type * as ExcelJSTypes from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { streetRows } from './street-rows.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSTypes;
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-last-sheet-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The example street split: all but one community on the first sheet, `last` rows on the last. */
async function book(how: 'book' | 'stream-shared' | 'stream-plain', lastRows: number): Promise<string> {
  const { header, rows } = streetRows();
  const file = join(tmp, `${how}-${lastRows}.xlsx`);
  const firstRows = rows.slice(0, -1);
  // The last sheet: a title, blank rows up to `lastRows` in all, the header and one community.
  const lastSheet: (string | number | boolean | null)[][] = [['2005 年社区自评（补报）']];
  while (lastSheet.length < lastRows - 2) lastSheet.push([]);
  lastSheet.push(header, rows[rows.length - 1]!);
  if (how === 'book') {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('自评');
    a.addRow(header);
    for (const r of firstRows) a.addRow(r);
    const b = wb.addWorksheet('补报');
    for (const r of lastSheet) b.addRow(r);
    await wb.xlsx.writeFile(file);
    return file;
  }
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(c: Buffer, _e, done) {
      chunks.push(c);
      done();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: how === 'stream-shared' });
  const a = wb.addWorksheet('自评');
  a.addRow(header).commit();
  for (const r of firstRows) a.addRow(r).commit();
  a.commit();
  const b = wb.addWorksheet('补报');
  for (const r of lastSheet) b.addRow(r).commit();
  b.commit();
  await wb.commit();
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}

describe('the last sheet of a workbook, however short', () => {
  for (const how of ['book', 'stream-shared', 'stream-plain'] as const)
    for (const lastRows of [2, 3, 5])
      it(`is read (${how}, ${lastRows} rows): every community of the street counted`, async () => {
        const file = await book(how, lastRows);
        const yaml = JSON.parse(
          runCli(['rank', join(ROOT, 'examples/street'), '--as-of', '2005-12-31', '-f', 'json']).stdout,
        );
        const r = runCli(['rank', file, '--as-of', '2005-12-31', '-f', 'json']);
        const data = JSON.parse(r.stdout);
        expect(data.summary.files).toBe(yaml.summary.files);
        expect(data.tables[0].quotas.map((q: { message: string }) => q.message)).toEqual(
          yaml.tables[0].quotas.map((q: { message: string }) => q.message),
        );
        expect(r.stdout).toContain('补报!A');
      });
});
