/**
 * A large batch of spreadsheets is read in the main thread and judged in a worker: the items,
 * their order and every row's place come out exactly as when one thread does both, for every
 * kind of file (rows scored and not, a duplicate id, CSV, .xls refused, a damaged workbook, one
 * with no data sheet, one not found). Through the binary, a workbook over the worker's threshold
 * ranks the same with the worker (the default) as with --jobs 1. Workers run the built code.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorkbook } from '../../bench/generate-xlsx.js';
import type * as Pool from '../../src/batch/pool.js';
import type * as SheetBatch from '../../src/batch/sheet-batch.js';
import { runBinary, runCli } from '../helpers/run-cli.js';
import { csvText, streetRows } from './street-rows.js';

const AS_OF = ['--as-of', '2005-12-31'];
const built = <T>(path: string) => import(new URL(`../../dist/${path}`, import.meta.url).href) as Promise<T>;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-sheet-worker-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function streetBook(
  name: string,
  edit?: (rows: (string | number | null)[][]) => void,
): Promise<string> {
  const { header, rows } = streetRows();
  edit?.(rows as (string | number | null)[][]);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  const file = join(tmp, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('spreadsheets judged in a worker', () => {
  it('gives the same items and places as one thread, for every kind of file', async () => {
    const { assessSheets } = await built<typeof SheetBatch>('batch/sheet-batch.js');
    const { startWorkers } = await built<typeof Pool>('batch/pool.js');
    const big = join(tmp, 'big.xlsx');
    await generateWorkbook(big, 700);
    const dup = await streetBook('dup.xlsx', (rows) => {
      rows[1]![0] = rows[0]![0]!;
      rows[2]![8] = 'abc';
    });
    const { header, rows } = streetRows();
    const csv = join(tmp, 'street.csv');
    writeFileSync(csv, csvText(header, rows));
    const xls = join(tmp, 'old.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    const damaged = join(tmp, 'damaged.xlsx');
    writeFileSync(damaged, 'not a zip');
    const empty = join(tmp, 'empty.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['只有说明']);
    await wb.xlsx.writeFile(empty);
    const files = [big, dup, csv, xls, damaged, empty, join(tmp, 'missing.xlsx'), big];
    const options = { asOf: '2005-12-31' };
    const here = await assessSheets(files, options);
    const there = await assessSheets(files, options, startWorkers(1)[0]);
    expect(here.items.length).toBeGreaterThan(700 * 2);
    expect(JSON.stringify(there.items)).toBe(JSON.stringify(here.items));
    const kinds = new Set(here.items.map((i) => i.kind));
    expect([...kinds].sort()).toEqual(['invalid', 'scored']);
    const codes = here.items.flatMap((i) => (i.kind === 'invalid' ? i.findings.map((f) => f.code) : []));
    for (const code of ['sheet.legacy-format', 'sheet.not-workbook', 'sheet.no-data-sheet', 'load.not-found'])
      expect(codes).toContain(code);
    expect(there.rowIds.size).toBe(here.rowIds.size);
    for (const item of here.items) {
      const label = item.kind === 'scored' ? item.entry.file : item.file;
      expect(there.rowIds.get(label)).toEqual(here.rowIds.get(label));
    }
    expect(here.rowIds.get(`${dup}:自评!A3`)).toEqual({ file: dup, sheet: '自评', line: 3, column: 1 });
  });

  it('ranks a workbook over the threshold the same with the worker as with --jobs 1, in text and JSON', async () => {
    const book = join(tmp, 'large.xlsx');
    await generateWorkbook(book, 9000);
    expect(statSync(book).size).toBeGreaterThan(1 << 20);
    for (const format of ['table', 'json']) {
      const args = ['rank', book, ...AS_OF, '--format', format];
      const threaded = runCli(args);
      const one = runCli([...args, '--jobs', '1']);
      expect(threaded.code).toBe(1);
      expect(threaded.stdout).toBe(one.stdout);
      expect(threaded.stderr).toBe(one.stderr);
      expect(threaded.stderr).toContain('value.masked');
    }
  }, 120_000);

  it('reports a workbook cut short (a copy that did not finish) and goes on, with the worker and without; it never hangs or passes', async () => {
    const book = join(tmp, 'whole.xlsx');
    await generateWorkbook(book, 12000);
    const bytes = readFileSync(book);
    const cut = Math.floor(bytes.length * 0.8);
    expect(cut).toBeGreaterThan(1 << 20);
    // Cut short: no end record at all. Cut short with an end record after it: exceljs's reader
    // would wait for ever for the rest.
    const short = join(tmp, 'short.xlsx');
    writeFileSync(short, bytes.subarray(0, cut));
    const tricky = join(tmp, 'tricky.xlsx');
    writeFileSync(tricky, Buffer.concat([bytes.subarray(0, cut), bytes.subarray(bytes.length - 22)]));
    for (const file of [short, tricky])
      for (const jobs of [[], ['--jobs', '1']]) {
        // The binary: a wait nothing can settle is noticed when the process runs out of work
        // (src/sheets/drain-guard.ts), which a test process never does.
        const r = runBinary(['--lang', 'zh-CN', 'rank', file, 'examples/street', ...AS_OF, ...jobs], {
          timeout: 60_000,
        });
        expect(r.code, `${file} ${jobs}`).toBe(1);
        expect(r.stderr).toContain(`${file}:1:1  错误  sheet.incomplete  工作簿不完整`);
        expect(r.stdout).toContain('桂柑社区（guigan）');
      }
    for (const command of ['validate', 'check']) {
      const r = runBinary([command, tricky, ...(command === 'check' ? AS_OF : [])], { timeout: 60_000 });
      expect(r.code, command).toBe(1);
      expect(r.stderr + r.stdout).toContain('sheet.incomplete');
    }
  }, 180_000);
});
