/**
 * A workbook or CSV sent back with its header and no row (the template, empty) holds no
 * self-assessment: every command says so and exits 2, as on an empty folder. It exited 0 in
 * check, validate, rank, trend and report (a run that checked nothing passed), 1 in convert and
 * 2 in plan with a word about quotas. A workbook beside real submissions is only noted.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'civscore-header-only-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const csv = join(dir, 'empty.csv');
const xlsx = join(dir, 'template.xlsx');
beforeAll(() => {
  const full = join(dir, 'full.csv');
  expect(runCli(['convert', join(ROOT, 'examples/street'), '--to', 'csv', '-o', full]).code).toBe(0);
  writeFileSync(csv, `${readFileSync(full, 'utf8').split('\n')[0]}\n`);
  expect(
    runCli(['init', '--format', 'xlsx', '--rubric', 'district-2005-community', '--out', xlsx]).code,
  ).toBe(0);
});

const COMMANDS: [string, (input: string) => string[]][] = [
  ['check', (i) => ['check', i]],
  ['validate', (i) => ['validate', i]],
  ['validate --format github', (i) => ['validate', i, '--format', 'github']],
  ['rank', (i) => ['rank', i]],
  ['report', (i) => ['report', i, '-o', join(dir, 'report.html')]],
  ['trend', (i) => ['trend', i]],
  ['plan', (i) => ['plan', i]],
  ['convert', (i) => ['convert', i, '--to', 'yaml', '-o', join(dir, 'out')]],
];

describe.each([
  ['a CSV file', () => csv],
  ['a workbook', () => xlsx],
])('%s with a header and no row', (_kind, input) => {
  it.each(COMMANDS)('%s exits 2 and says the sheet has no row', (_name, args) => {
    for (const [lang, none] of [
      ['zh-CN', /没有社区数据行|没有数据行|没有找到自评/],
      ['en', /no (community )?rows|no self-assessments found/i],
    ] as const) {
      const r = runCli(['--lang', lang, ...args(input())]);
      expect(r.code, r.stderr).toBe(2);
      // check and validate say it in their report (stdout), the others on stderr.
      expect(r.stdout + r.stderr).toMatch(none);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

it('beside real submissions it is a note, and the run goes on', () => {
  const r = runCli(['--lang', 'en', 'rank', join(ROOT, 'examples/street'), csv, '--fail-on', 'none']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('guigan');
  expect(r.stderr).toContain('sheet.no-rows');
});
