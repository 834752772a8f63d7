/**
 * Issue 23: `convert` reads through the same claims as rank: a workbook row that claims another
 * community's id (same rubric and period) is a duplicate, marked on both, counted as not
 * converted, and never written over that community's YAML file in silence.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let tmp: string;
let hostile: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-convert-claims-'));
  // A CSV of one row: dingzi's figures under guigan's id (guigan scores 100 on its own file).
  const all = join(tmp, 'street.csv');
  expect(runCli(['convert', 'examples/street', '--to', 'csv', '-o', all]).code).toBe(0);
  const lines = readFileSync(all, 'utf8').split(/\r?\n/);
  const header = lines.slice(0, 2);
  const dingzi = lines.find((l) => l.startsWith('dingzi,'));
  expect(dingzi).toBeDefined();
  hostile = join(tmp, 'hostile.csv');
  writeFileSync(
    hostile,
    `${[...header, dingzi!.replace(/^dingzi,丁字社区/, 'guigan,桂柑社区')].join('\r\n')}\r\n`,
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('convert: a row that claims another community', () => {
  it('is a duplicate on both, counted, and neither replaces the other (--to yaml)', () => {
    const out = join(tmp, 'out');
    const r = runCli(['convert', 'examples/street', hostile, '--to', 'yaml', '-o', out, '--lang', 'en']);
    expect(r.code).toBe(1);
    const marks = r.stderr.split('\n').filter((l) => l.includes('validate.duplicate-id'));
    expect(marks).toHaveLength(2);
    expect(marks.some((l) => /examples\/street\/guigan\.yaml:\d+:\d+/.test(l))).toBe(true);
    expect(marks.some((l) => /hostile\.csv:\d+:\d+/.test(l))).toBe(true);
    expect(existsSync(join(out, 'guigan.yaml'))).toBe(false);
    expect(existsSync(join(out, 'dingzi.yaml'))).toBe(true);
    expect(r.stderr).toMatch(/8 communities converted from 10 files.*2 not converted/);
  });

  it('is marked the same way whichever comes first', () => {
    const r = runCli([
      'convert',
      hostile,
      'examples/street',
      '--to',
      'yaml',
      '-o',
      join(tmp, 'out2'),
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.includes('validate.duplicate-id'))).toHaveLength(2);
    expect(existsSync(join(tmp, 'out2', 'guigan.yaml'))).toBe(false);
  });

  it('keeps both rows in a workbook, marked', () => {
    const r = runCli([
      'convert',
      'examples/street',
      hostile,
      '--to',
      'xlsx',
      '-o',
      join(tmp, 'b.xlsx'),
      '--lang',
      'en',
    ]);
    expect(r.stderr.split('\n').filter((l) => l.includes('validate.duplicate-id'))).toHaveLength(2);
    expect(r.code).toBe(1);
  });
});
