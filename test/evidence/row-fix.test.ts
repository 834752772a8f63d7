/**
 * A spreadsheet row's evidence without its sha256 (or with a stale one) is told the fix that works
 * for a row: the sha256 written after the path in its cell. `evidence add` edits YAML files only
 * (evidence.add.not-yaml), yet every command told a workbook's submitter to run it. A YAML file is
 * still told to run evidence add.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-row-fix-'));
  writeFileSync(join(tmp, 'photo.jpg'), 'a photo');
  // The street as a CSV file with a 台账 column: dingzi lists photo.jpg, no sha256.
  const c = runCli(['convert', join(ROOT, 'examples/street'), '--to', 'csv', '-o', join(tmp, 'street.csv')]);
  expect(c.code, c.stderr).toBe(0);
  const lines = readFileSync(join(tmp, 'street.csv'), 'utf8').split(/\r?\n/);
  lines[0] = `${lines[0]},台账：service-area-150`;
  lines[1] = `${lines[1]},`;
  lines[2] = `${lines[2]},photo.jpg`;
  writeFileSync(join(tmp, 'street.csv'), lines.join('\n'));
  mkdirSync(join(tmp, 'yaml'));
  cpSync(join(ROOT, 'examples/street/dingzi.yaml'), join(tmp, 'yaml', 'dingzi.yaml'));
  writeFileSync(join(tmp, 'yaml', 'photo.jpg'), 'a photo');
  writeFileSync(
    join(tmp, 'yaml', 'dingzi.yaml'),
    `${readFileSync(join(tmp, 'yaml', 'dingzi.yaml'), 'utf8')}evidence:\n  service-area-150:\n    - { path: photo.jpg }\n`,
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const COMMANDS = ['check', 'validate', 'rank', 'trend', 'report'];
const run = (command: string, input: string, lang: string) =>
  runCli(
    command === 'validate'
      ? [command, input, '--lang', lang]
      : [command, input, '--as-of', '2005-12-31', '--lang', lang],
  );

describe.each([
  ['en', /write it after the path in the cell/],
  ['zh-CN', /请在单元格中路径后写上/],
  ['zh-TW', /請在儲存格中路徑後寫上/],
])('in %s', (lang, cellFix) => {
  it.each(COMMANDS)(
    '%s tells a row to write the sha256 in its cell, a YAML file to run evidence add',
    (command) => {
      const row = run(command, join(tmp, 'street.csv'), lang);
      const rowLine = (row.stdout + row.stderr).split('\n').find((l) => l.includes('evidence.unhashed'));
      if (command === 'report') expect(row.stdout).toMatch(cellFix);
      else {
        expect(rowLine, row.stderr).toMatch(/street\.csv:3:\d+ /);
        expect(rowLine).toMatch(cellFix);
        expect(rowLine).not.toContain('evidence add');
      }
      const file = run(command, join(tmp, 'yaml'), lang);
      expect(file.stdout + file.stderr).toContain('civscore evidence add');
    },
  );
});
