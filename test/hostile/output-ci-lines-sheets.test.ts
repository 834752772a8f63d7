/**
 * Issue 23: a name or street with a line break in a spreadsheet cell (a workbook holds one as
 * easily as text) starts no runner command (`::error::`, `::warning::`) in any command's text
 * output, whether the submissions come as .csv or .xlsx: the same escapes as for YAML
 * (output-ci-lines.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBinary, runCli } from '../helpers/run-cli.js';

let tmp: string;
const sheet: Record<string, string> = {};
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'civscore-ci-sheets-'));
  const csv = join(tmp, 'street.csv');
  expect(runCli(['convert', 'examples/street', '--to', 'csv', '-o', csv]).code).toBe(0);
  const text = readFileSync(csv, 'utf8');
  expect(text).toContain('丁字社区');
  writeFileSync(
    csv,
    text.replace('丁字社区', '"丁字\n::error::FORGED1"').replace('五马街道', '"五马\r::warning::FORGED2"'),
  );
  sheet.csv = csv;
  sheet.xlsx = join(tmp, 'street.xlsx');
  expect(runCli(['convert', csv, '--to', 'xlsx', '-o', sheet.xlsx]).code).toBe(0);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const forged = (text: string) => text.split(/\r\n|\r|\n/).filter((l) => /^[ \t]*::[a-z-]+.*FORGED/.test(l));
const AS_OF = ['--as-of', '2005-12-31'];

/** [label, command line, whether it shows names] */
const RUNS: [string, string[], boolean?][] = [
  ['check', ['check']],
  ['check markdown', ['check', '-f', 'markdown']],
  ['validate github', ['validate', '-f', 'github'], false],
  ['validate text', ['validate'], false],
  ['rank table', ['rank', ...AS_OF, '--group', 'street']],
  ['rank csv', ['rank', ...AS_OF, '-f', 'csv']],
  ['rank markdown', ['rank', ...AS_OF, '-f', 'markdown', '--group', 'street']],
  ['trend table', ['trend', ...AS_OF, '--group', 'street']],
  ['trend csv', ['trend', ...AS_OF, '-f', 'csv']],
  ['plan table', ['plan', ...AS_OF]],
  ['plan markdown', ['plan', ...AS_OF, '-f', 'markdown']],
  ['convert csv to stdout', ['convert', '--to', 'csv', '-o', '-']],
];

describe.each(['csv', 'xlsx'])('a line break in a .%s cell', (ext) => {
  for (const [label, [command, ...rest], shows = true] of RUNS)
    it(`${label}: no line starts a runner command`, () => {
      const args = [command!, sheet[ext]!, ...rest, '--lang', 'en'];
      // `-o -` writes to descriptor 1 itself: only the process shows it.
      const r = rest.includes('-') ? runBinary(args) : runCli(args);
      expect(r.code, r.stderr).toBeLessThan(2);
      // The name is there, escaped, not dropped.
      if (shows) expect(r.stdout + r.stderr).toMatch(/FORGED/);
      expect(forged(r.stdout), 'stdout').toEqual([]);
      expect(forged(r.stderr), 'stderr').toEqual([]);
    });
});
