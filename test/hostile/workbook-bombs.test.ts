/**
 * Issue 23, the spreadsheet bombs through the binary, small (bench/hostile.js runs them at full
 * size against time and memory): each gives the finding of the bound it passes, at the file, with
 * exit code 1 and no internal error; nothing is left in TMPDIR, also after SIGTERM; spreadsheets
 * are held to the same 5 MB as YAML unless --max-size says otherwise; a workbook of many sheets
 * leaves no file open for the next file of the batch.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  hugeSharedStrings,
  idOnlyCsv,
  idOnlyRows,
  manyEmptySheets,
  zipBombSheet,
} from '../../bench/workbook-bombs.js';
import { BIN, ROOT, runBinary } from '../helpers/run-cli.js';
import { machineDir } from './generate-machine.js';

const dir = machineDir();
const RUBRIC = ['--rubric', 'district-2005-community', '--as-of', '2005-12-31'];

/** A run with its own empty TMPDIR; what it left there. */
function run(args: string[]) {
  const scratch = mkdtempSync(join(dir(), 'tmp-'));
  const r = runBinary(['--lang', 'en', ...args], { env: { TMPDIR: scratch }, timeout: 60_000 });
  return { ...r, left: readdirSync(scratch) };
}

describe('workbook bombs, small, through the binary', () => {
  const cases: [string, () => string, string[], string][] = [
    [
      'a sheet that inflates past the budget',
      () => zipBombSheet(join(dir(), 'zip'), 8, 600_000),
      ['--max-size', '64KB'],
      'sheet.inflated-too-large',
    ],
    [
      'rows of text that inflate 1000:1',
      () => zipBombSheet(join(dir(), 'zip2'), 40),
      ['--max-size', '64KB'],
      'sheet.too-many-rows',
    ],
    [
      'a huge shared-strings table',
      () => hugeSharedStrings(join(dir(), 'sst'), 100_000),
      ['--max-size', '64KB'],
      'sheet.too-many-strings',
    ],
    [
      'thousands of empty sheets',
      () => manyEmptySheets(join(dir(), 'sheets'), 1_500),
      [],
      'sheet.too-many-sheets',
    ],
    [
      'id-only rows past the row bound',
      () => idOnlyRows(join(dir(), 'ids'), 200),
      ['--max-size', '64KB'],
      'sheet.too-many-rows',
    ],
    [
      'a CSV of id-only rows past the row bound',
      () => idOnlyCsv(join(dir(), 'csv'), 0.05),
      ['--max-size', '64KB'],
      'sheet.too-many-rows',
    ],
  ];
  for (const [name, make, options, code] of cases)
    test(`${name}: ${code} at the file, exit 1, nothing left in TMPDIR`, () => {
      const file = make();
      const r = run(['rank', file, ...RUBRIC, ...options]);
      expect(r.stderr).toMatch(
        new RegExp(
          `${file.split('/').pop()!.replace('.', '\\.')}:1:1 +error +${code.replace('.', '\\.')} .*--max-size`,
        ),
      );
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(/internal error|\n +at /);
      expect(r.left).toEqual([]);
    });

  test('within the bounds the same rows are ranked (the bound is on the work, not the kind of file)', () => {
    const r = run([
      'rank',
      idOnlyRows(join(dir(), 'ids-ok'), 50),
      ...RUBRIC,
      '--max-size',
      '64KB',
      '-f',
      'json',
    ]);
    expect(r.stderr).not.toContain('sheet.too-many-rows');
    expect(JSON.parse(r.stdout).summary.files).toBe(50);
  });

  test('spreadsheets are held to the 5 MB of YAML by default, and read past it with --max-size', () => {
    const big = join(dir(), 'big');
    mkdirSync(big, { recursive: true });
    const csv = idOnlyCsv(big, 5.5);
    const r = run(['validate', csv]);
    expect(r.stdout + r.stderr).toMatch(/id-only\.csv:1:1 +error +load\.too-large/);
    const raised = run(['validate', csv, '--max-size', '6MB']);
    expect(raised.stdout + raised.stderr).not.toContain('load.too-large');
  });

  test('a workbook of many empty sheets leaves no file open for the next file of the batch', () => {
    const batch = join(dir(), 'fd');
    mkdirSync(batch, { recursive: true });
    manyEmptySheets(batch, 1_500);
    copyFileSync(join(ROOT, 'examples/street/guigan.yaml'), join(batch, 'z-guigan.yaml'));
    // 200 descriptors: the old reader opened one temporary file per sheet and kept it open.
    const r = spawnSync(
      'sh',
      [
        '-c',
        `ulimit -n 200 && exec "${process.execPath}" "${BIN}" --lang en rank "${batch}" --as-of 2005-12-31 --max-size 64MB --jobs 1 -f json`,
      ],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      },
    );
    expect(r.stderr).not.toMatch(/EMFILE|too many open files/i);
    const ranked = JSON.parse(r.stdout).tables.flatMap((t: { ranking: { id: string }[] }) =>
      t.ranking.map((x) => x.id),
    );
    expect(ranked).toContain('guigan');
  });

  // The reader writes no temporary file at all, so no exit path can leave one: not SIGTERM, and
  // not SIGKILL or an out-of-memory abort either, which no clean-up could follow.
  for (const signal of ['SIGTERM', 'SIGKILL'] as const)
    test(`${signal} while a bomb is read leaves nothing in TMPDIR`, async () => {
      const file = zipBombSheet(join(dir(), `term-${signal}`), 400);
      const scratch = mkdtempSync(join(dir(), 'tmp-'));
      const child = spawn(process.execPath, [BIN, 'rank', file, ...RUBRIC, '--max-size', '64MB'], {
        stdio: 'ignore',
        env: { PATH: process.env.PATH ?? '', TMPDIR: scratch },
      });
      const ended = new Promise((done) => child.on('exit', done));
      // Long enough for the old reader to have started its temporary file (it did within a second).
      await new Promise((r) => setTimeout(r, 1500));
      child.kill(signal);
      await ended;
      expect(readdirSync(scratch)).toEqual([]);
    });
});
