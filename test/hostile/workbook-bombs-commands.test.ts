/**
 * Issue 23: every command that reads submissions reads a spreadsheet with the same bounded reader
 * (the intake's), so each workbook bomb gives the same finding at the file under check, validate,
 * rank, report, trend, plan and convert: never an internal error, never a run that reads on.
 * (workbook-bombs.test.ts holds rank through the binary to TMPDIR, SIGTERM and descriptors;
 * bench/hostile.js to time and memory.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hugeSharedStrings,
  idOnlyCsv,
  idOnlyRows,
  manyEmptySheets,
  zipBombSheet,
} from '../../bench/workbook-bombs.js';
import { runCli } from '../helpers/run-cli.js';
import { machineDir } from './generate-machine.js';

const dir = machineDir();
const RUBRIC = ['--rubric', 'district-2005-community'];
const AS_OF = ['--as-of', '2005-12-31'];

/** Each command's own arguments around the file. */
const COMMANDS: Record<string, (file: string, out: string) => string[]> = {
  check: (f) => ['check', f, ...RUBRIC],
  validate: (f) => ['validate', f, ...RUBRIC],
  rank: (f) => ['rank', f, ...RUBRIC, ...AS_OF],
  report: (f) => ['report', f, ...RUBRIC, ...AS_OF],
  trend: (f) => ['trend', f, ...RUBRIC, ...AS_OF],
  plan: (f) => ['plan', f, ...RUBRIC, ...AS_OF],
  convert: (f, out) => ['convert', f, '--to', 'yaml', '-o', out],
};

const BOMBS: [string, () => string, string[], string][] = [
  [
    'a sheet that inflates past the budget',
    () => zipBombSheet(join(dir(), 'c-zip'), 8, 600_000),
    ['--max-size', '64KB'],
    'sheet.inflated-too-large',
  ],
  [
    'a huge shared-strings table',
    () => hugeSharedStrings(join(dir(), 'c-sst'), 100_000),
    ['--max-size', '64KB'],
    'sheet.too-many-strings',
  ],
  [
    'thousands of empty sheets',
    () => manyEmptySheets(join(dir(), 'c-sheets'), 1_500),
    [],
    'sheet.too-many-sheets',
  ],
  [
    'id-only rows past the row bound',
    () => idOnlyRows(join(dir(), 'c-ids'), 200),
    ['--max-size', '64KB'],
    'sheet.too-many-rows',
  ],
  [
    'a CSV of id-only rows past the row bound',
    () => idOnlyCsv(join(dir(), 'c-csv'), 0.05),
    ['--max-size', '64KB'],
    'sheet.too-many-rows',
  ],
];

describe.each(BOMBS)('%s', (_name, make, options, code) => {
  let file: string | undefined;
  for (const [command, args] of Object.entries(COMMANDS))
    it(`${command}: ${code} at the file, no internal error`, () => {
      file ??= make();
      const r = runCli([...args(file, join(dir(), `out-${command}-${code}`)), ...options, '--lang', 'en']);
      const said = r.stdout + r.stderr;
      const name = file.split('/').pop()!.replace('.', '\\.');
      expect(said).toMatch(new RegExp(`${name}:1:1 +error +${code.replace('.', '\\.')} .*--max-size`));
      expect(said).not.toMatch(/internal error|\n +at /);
      // Findings fail the run (1): plan too, left with nothing scored (as rank on them).
      expect(r.code).toBe(1);
    });
});
