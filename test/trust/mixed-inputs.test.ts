/**
 * One folder of YAML files and a workbook (or a CSV file) of the same street: every command says
 * the same things at the same places. A community claimed in a YAML file and in a spreadsheet row
 * is validate.duplicate-id at the YAML key and at the row's id cell (`street.xlsx:Sheet!A3`, a CSV
 * file's line:column), never at a made-up `A3:1:1`.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const AS_OF = ['--as-of', '2005-12-31'];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-mixed-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A folder holding dingzi.yaml and the whole street as one spreadsheet of `kind`. */
function mixedFolder(kind: 'xlsx' | 'csv'): string {
  const dir = join(tmp, `mixed-${kind}`);
  if (existsSync(dir)) return dir;
  mkdirSync(dir, { recursive: true });
  const c = runCli([
    'convert',
    join(ROOT, 'examples/street'),
    '--to',
    kind,
    '-o',
    join(dir, `street.${kind}`),
  ]);
  expect(c.code, c.stderr).toBe(0);
  cpSync(join(ROOT, 'examples/street/dingzi.yaml'), join(dir, 'dingzi.yaml'));
  return dir;
}

const COMMANDS = ['check', 'validate', 'rank', 'trend', 'plan', 'report'] as const;
const args = (command: string, dir: string) =>
  command === 'validate' ? [command, dir, '--lang', 'en'] : [command, dir, ...AS_OF, '--lang', 'en'];

describe.each([
  ['xlsx', /street\.xlsx:'Self-assessment'!A3 {2}error {2}validate\.duplicate-id/],
  ['csv', /street\.csv:3:1 {2}error {2}validate\.duplicate-id/],
] as const)('one id in a YAML file and a %s row', (kind, rowPlace) => {
  it.each(COMMANDS)('%s marks both, the row at its id cell, and fails the run', (command) => {
    const dir = mixedFolder(kind);
    const r = runCli(args(command, dir));
    const said = r.stdout + r.stderr;
    expect(said).toMatch(/dingzi\.yaml:4:14 {2}error {2}validate\.duplicate-id/);
    expect(said).toMatch(rowPlace);
    // A sheet cell is never given a line and column besides.
    expect(said).not.toMatch(/![A-Z]+\d+:\d+:\d+/);
    expect(r.code).toBe(1);
  });
});
